/**
 * Types of 一网通办 items and their online form definitions: the drizzle schema's jsonb columns, the
 * services, the client question form and the seed all use them. Types only (no runtime code), so client
 * components may import them. The zod schemas that check them are in validation.ts.
 */
export type FieldType = "text" | "textarea" | "number" | "date" | "select" | "radio" | "checkbox" | "phone" | "idcard" | "email" | "file";
export type FormField = {
  name: string; // camelCase key, unique within the item's form
  label: string; // Chinese
  hint?: string;
  type: FieldType;
  required: boolean;
  options?: { value: string; label: string }[]; // select / radio / checkbox
  validation?: { minLength?: number; maxLength?: number; pattern?: string; patternMessage?: string; min?: number; max?: number };
  accept?: ("pdf" | "jpg" | "png")[]; // file fields; max 10 MB is global
};
export type FormPage = { id: string; title: string; fields: FormField[] }; // one question page (GOV.UK "one thing per page" where sensible: 1–4 fields per page)
export type Material = {
  name: string;
  form: "原件" | "复印件" | "电子证照" | "原件和复印件";
  copies: number;
  required: boolean;
  note?: string;
};
export type SectionSlug = "economy" | "culture" | "governance" | "transport" | "environment" | "life";
export type CatalogueItemSeed = {
  code: string; // 事项编码, unique, e.g. "NT-RSJ-0001" (our own scheme: NT-<DEPT CODE UPPER>-<4 digits>)
  name: string; // e.g. "社会保险参保缴费记录查询"
  section: SectionSlug;
  departmentCode: string; // one of the codes in drizzle/seed/departments.ts (read that file)
  audience: "personal" | "enterprise";
  theme: string; // personal life events: 出生 上学 就业 婚育 住房 出行 就医 社保 退休 身后事 残疾人 养老 户籍 证照 ; enterprise lifecycle: 开办 经营 变更 纳税 用工 资质 工程建设 注销
  kind: "行政许可" | "行政确认" | "行政给付" | "行政裁决" | "行政奖励" | "其他行政权力" | "公共服务";
  summary: string; // one sentence: what it is / what you get
  conditions: string[]; // 申请条件
  materials: Material[]; // 申报材料
  steps: string[]; // 办理流程, e.g. ["网上申请", "受理", "审核", "办结", "送达"]
  fees: string; // 收费标准: "不收费" or the legal fee text
  legalBasis: string[]; // 设定依据: real laws/regulations by name and article where you are sure (e.g. 《中华人民共和国社会保险法》第…条); otherwise the law's name only — never invent article numbers you are not sure of
  legalDays: number; // 法定办结时限 (working days)
  promisedDays: number; // 承诺办结时限 (working days), ≤ legalDays; 0 = 即办
  visits: number; // 到现场次数 0, 1 or 2
  phone: string; // consultation phone: use "0513-12345" (Nantong's real 12345 hotline with area code) unless a department number is publicly well known to you
  online: boolean; // 全程网办 (fully online)
  requiresRealName: boolean;
  keywords: string[]; // synonyms citizens type: e.g. for 公积金提取 ["公积金", "提取", "取公积金"], for 社保 items ["社保", "社会保险"]
  place?: string; // where to go if visits > 0, e.g. "南通市政务服务中心（示例地址）" or the district's 政务服务中心
  form?: FormPage[]; // REQUIRED when online === true; absent otherwise
};
