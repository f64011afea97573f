/**
 * Building blocks for the catalogue seed: materials, form fields, the item builder `mk`,
 * licence variants (新办/变更/延续/注销) and per-district templates.
 * SAMPLE DATA — see the header of ./items.ts.
 */
import { MOBILE_PATTERN } from "@/server/lib/phone";
import { DEPARTMENTS } from "../departments";
import type { CatalogueItemSeed, FieldType, FormField, FormPage, Material, SectionSlug } from "./types";

export type Draft = Omit<CatalogueItemSeed, "code">;
export type Kind = CatalogueItemSeed["kind"];
export type Audience = CatalogueItemSeed["audience"];

export const ECO: SectionSlug = "economy";
export const CUL: SectionSlug = "culture";
export const GOV: SectionSlug = "governance";
export const TRA: SectionSlug = "transport";
export const ENV: SectionSlug = "environment";
export const LIFE: SectionSlug = "life";

export const PERSONAL_THEMES = [
  "出生",
  "上学",
  "就业",
  "婚育",
  "住房",
  "出行",
  "就医",
  "社保",
  "退休",
  "身后事",
  "残疾人",
  "养老",
  "户籍",
  "证照",
] as const;
export const ENTERPRISE_THEMES = ["开办", "经营", "变更", "纳税", "用工", "资质", "工程建设", "注销"] as const;

// ---------------------------------------------------------------- places and phones

export const PLACE = {
  center: "南通市政务服务中心（示例地址）",
  gjj: "南通市住房公积金管理中心服务大厅（示例地址）",
  hukou: "户籍所在地公安派出所户籍窗口",
  crj: "南通市公安局出入境接待大厅（示例地址）",
  cgs: "南通市公安局交通警察支队车辆管理所（示例地址）",
  bdc: "南通市不动产登记中心（示例地址）",
  marriage: "县（市、区）婚姻登记处（示例地址）",
  hospital: "新生儿出生的助产医疗机构出生医学证明签发窗口",
  library: "南通市图书馆总服务台（示例地址）",
} as const;

const DEFAULT_PHONE = "0513-12345";
/** Well-known national service numbers (人社 12333, 住房公积金 12329), dialled with Nantong's area code. */
const PHONES: Record<string, string> = { rsj: "0513-12333", gjj: "0513-12329" };

const deptByCode = new Map(DEPARTMENTS.map((d) => [d.code, d]));

function defaultPlace(dept: string): string {
  const d = deptByCode.get(dept);
  if (!d) throw new Error(`unknown department ${dept}`);
  if (d.kind === "district") return `${d.shortName}政务服务中心（示例地址）`;
  if (dept === "gjj") return PLACE.gjj;
  return PLACE.center;
}

// ---------------------------------------------------------------- materials

const material =
  (form: Material["form"]) =>
  (name: string, note?: string, copies = 1): Material =>
    note ? { name, form, copies, required: true, note } : { name, form, copies, required: true };

/** 原件 */
export const yj = material("原件");
/** 复印件 */
export const fy = material("复印件");
/** 原件和复印件 */
export const yf = material("原件和复印件");
/** 电子证照 (fetched from the 电子证照库, never uploaded) */
export const dz = material("电子证照");
/** Make a material optional, with the case in which it is needed. */
export const opt = (m: Material, note?: string): Material => ({ ...m, required: false, ...(note ? { note } : {}) });

/** Marks a form (申请表/申请书) that the online question pages replace: not offered as an upload. */
export const FILLED_ONLINE = "网上申办时在线填写，无需另行上传";
const FILLED_OFFLINE = "可在办理窗口领取或从网上下载空白表格";
/** An application form/letter: filled in online, or picked up at the window for offline items. */
export const sqb = (name = "申请表"): Material => ({ name, form: "原件", copies: 1, required: true, note: FILLED_ONLINE });

export const SFZ = yj("居民身份证");
export const SFZ_DZ = dz("居民身份证");
export const HKB = yj("居民户口簿");
export const YYZZ = dz("营业执照");
export const FR_ID = dz("法定代表人居民身份证");
export const WTS = opt(yj("授权委托书及受托人居民身份证"), "委托他人代办的提供");
export const PHOTO = yj("近期免冠彩色证件照片", "白色背景，符合证件照要求");

// ---------------------------------------------------------------- form fields

type FieldOpts = Partial<Omit<FormField, "name" | "label" | "type">>;
type Opt = { value: string; label: string };

const field =
  (type: FieldType) =>
  (name: string, label: string, o: FieldOpts = {}): FormField => ({ name, label, type, required: true, ...o });

/** "a=选项A|b=选项B" → options. */
export function opts(spec: string): Opt[] {
  return spec.split("|").map((s) => {
    const [value, label] = s.split("=");
    if (!value || !label) throw new Error(`bad option spec ${spec}`);
    return { value, label };
  });
}

export const text = field("text");
export const area = (name: string, label: string, o: FieldOpts = {}): FormField =>
  field("textarea")(name, label, { validation: { maxLength: 500 }, ...o });
export const num = field("number");
export const date = field("date");
export const email = field("email");
export const select = (name: string, label: string, spec: string, o: FieldOpts = {}): FormField =>
  field("select")(name, label, { options: opts(spec), ...o });
export const radio = (name: string, label: string, spec: string, o: FieldOpts = {}): FormField =>
  field("radio")(name, label, { options: opts(spec), ...o });
export const checks = (name: string, label: string, spec: string, o: FieldOpts = {}): FormField =>
  field("checkbox")(name, label, { options: opts(spec), ...o });
export const yesNo = (name: string, label: string, o: FieldOpts = {}): FormField => radio(name, label, "yes=是|no=否", o);

/** The app's one mobile-number rule, stored as the form field's pattern text. */
export const PHONE_PATTERN = MOBILE_PATTERN.source;
export const ID_PATTERN = "^\\d{17}[\\dXx]$";
export const USCC_PATTERN = "^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$";
export const BANK_PATTERN = "^\\d{12,19}$";
export const PLATE_PATTERN = "^[\\u4e00-\\u9fa5][A-Z][A-Z0-9]{5,6}$";

export const phone = (name: string, label: string, o: FieldOpts = {}): FormField =>
  field("phone")(name, label, { validation: { pattern: PHONE_PATTERN, patternMessage: "请输入11位手机号码" }, ...o });
export const idcard = (name: string, label: string, o: FieldOpts = {}): FormField =>
  field("idcard")(name, label, { validation: { pattern: ID_PATTERN, patternMessage: "请输入18位居民身份证号码" }, ...o });
export const person = (name: string, label: string, o: FieldOpts = {}): FormField =>
  text(name, label, { validation: { minLength: 2, maxLength: 30 }, ...o });
export const addr = (name: string, label: string, o: FieldOpts = {}): FormField =>
  text(name, label, { validation: { minLength: 5, maxLength: 100 }, ...o });
export const money = (name: string, label: string, o: FieldOpts = {}): FormField =>
  num(name, label, { hint: "单位：元", validation: { min: 0 }, ...o });
export const area_m2 = (name: string, label: string, o: FieldOpts = {}): FormField =>
  num(name, label, { hint: "单位：平方米", validation: { min: 0 }, ...o });
export const count = (name: string, label: string, max = 9999, o: FieldOpts = {}): FormField =>
  num(name, label, { validation: { min: 0, max }, ...o });
export const uscc = (name = "creditCode", label = "统一社会信用代码", o: FieldOpts = {}): FormField =>
  text(name, label, { validation: { pattern: USCC_PATTERN, patternMessage: "请输入18位统一社会信用代码（大写字母和数字）" }, ...o });
export const bankCard = (name = "bankCardNo", label = "收款银行卡号"): FormField =>
  text(name, label, {
    hint: "须为申请人本人名下的借记卡",
    validation: { pattern: BANK_PATTERN, patternMessage: "请输入12到19位银行卡号" },
  });
export const bankName = (name = "bankName", label = "开户银行"): FormField =>
  select(
    name,
    label,
    "icbc=中国工商银行|abc=中国农业银行|boc=中国银行|ccb=中国建设银行|bocom=交通银行|psbc=中国邮政储蓄银行|jsbank=江苏银行|ntrcb=江苏南通农村商业银行|other=其他银行",
  );
export const plate = (name = "plateNo", label = "号牌号码"): FormField =>
  text(name, label, { hint: "例如：苏F12345", validation: { pattern: PLATE_PATTERN, patternMessage: "请输入正确的号牌号码，如苏F12345" } });
export const districtSel = (name = "district", label = "所在县（市、区）"): FormField =>
  select(name, label, "chongchuan=崇川区|tongzhou=通州区|haimen=海门区|rugao=如皋市|qidong=启东市|haian=海安市|rudong=如东县");
export const delivery = (name = "deliveryMethod"): FormField =>
  radio(name, "结果领取方式", "post=免费邮寄|window=窗口自取|electronic=电子证照（无需领取）");
export const postAddr = (name = "postAddress"): FormField => addr(name, "邮寄地址", { required: false, hint: "选择邮寄时填写" });

/** A question page before ids are assigned. */
export type Q = { title: string; fields: FormField[] };
export const pg = (title: string, ...fields: FormField[]): Q => ({ title, fields });

// ---------------------------------------------------------------- the item builder

export type Spec = {
  name: string;
  section: SectionSlug;
  dept: string;
  aud?: Audience; // default personal
  theme: string;
  kind?: Kind; // default 公共服务
  summary: string;
  cond: string[];
  mat: Material[];
  steps?: string[];
  fees?: string;
  law: string[];
  days: [legal: number, promised: number];
  visits?: number;
  online?: boolean;
  kw: string[];
  q?: Q[]; // item-specific question pages; required when online
  place?: string;
  realName?: boolean;
};

function defaultSteps(online: boolean, kind: Kind, promised: number): string[] {
  if (promised === 0) return online ? ["网上申请", "系统核验", "即时办结"] : ["窗口申请", "受理", "当场办结"];
  const start = online ? "网上申请" : "窗口申请";
  switch (kind) {
    case "行政许可":
      return [start, "受理", "审查", "决定", online ? "电子证照或寄递送达" : "制证送达"];
    case "行政给付":
      return [start, "受理", "审核", "审批", "待遇发放"];
    case "行政确认":
      return [start, "受理", "审核", "确认", online ? "结果送达" : "领取结果"];
    case "行政裁决":
      return [start, "受理", "调查审理", "裁决", "文书送达"];
    default:
      return [start, "受理", "审核", "办结", online ? "结果送达" : "领取结果"];
  }
}

const applicantPage = (aud: Audience, realName: boolean): FormPage =>
  aud === "personal"
    ? {
        id: "applicant",
        title: "申请人信息",
        fields: realName
          ? [
              person("applicantName", "申请人姓名", { hint: "与居民身份证一致" }),
              idcard("applicantIdCard", "申请人居民身份证号码"),
              phone("applicantPhone", "联系电话", { hint: "用于接收办理进度短信" }),
            ]
          : [
              person("applicantName", "姓名", { required: false, hint: "可匿名，不填写即为匿名" }),
              idcard("applicantIdCard", "居民身份证号码", { required: false, hint: "可匿名，不填写即为匿名" }),
              phone("applicantPhone", "联系电话", { hint: "用于接收办理结果，不会向被反映对象公开" }),
            ],
      }
    : {
        id: "applicant",
        title: "申请单位信息",
        fields: [
          text("companyName", "单位名称", { hint: "与营业执照或登记证书一致", validation: { minLength: 2, maxLength: 100 } }),
          uscc(),
          person("contactName", "经办人姓名"),
          phone("contactPhone", "经办人手机号码"),
        ],
      };

const declarationPage = (aud: Audience): FormPage => ({
  id: "declaration",
  title: "承诺声明",
  fields: [
    {
      name: "declaration",
      label: "承诺声明",
      hint: aud === "personal" ? "如有虚假，本人愿承担相应法律责任" : "如有虚假，本单位及经办人愿承担相应法律责任",
      type: "checkbox",
      required: true,
      options: [{ value: "agree", label: "本人承诺所填信息真实有效" }],
    },
  ],
});

function attachmentPages(materials: Material[]): FormPage[] {
  const uploads = materials.filter((m) => m.form !== "电子证照" && m.note !== FILLED_ONLINE);
  const fields: FormField[] = uploads.map((m, i) => ({
    name: `attachment${i + 1}`,
    label: m.name,
    hint: m.note ?? "请上传清晰的扫描件或照片",
    type: "file",
    required: m.required,
    accept: /照片|相片/.test(m.name) ? ["jpg", "png"] : ["pdf", "jpg", "png"],
  }));
  const pages: FormPage[] = [];
  const n = Math.ceil(fields.length / 4);
  for (let k = 0; k < n; k++) {
    pages.push({
      id: `attachments${k + 1}`,
      title: n > 1 ? `上传材料（${k + 1}/${n}）` : "上传材料",
      fields: fields.slice(k * 4, k * 4 + 4),
    });
  }
  return pages;
}

export function mk(s: Spec): Draft {
  const online = s.online ?? false;
  const audience = s.aud ?? "personal";
  const kind = s.kind ?? "公共服务";
  const [legalDays, promisedDays] = s.days;
  if (online && !s.q?.length) throw new Error(`${s.name}: an online item needs its question pages`);
  const materials = online ? s.mat : s.mat.map((m) => (m.note === FILLED_ONLINE ? { ...m, note: FILLED_OFFLINE } : m));
  const d: Draft = {
    name: s.name,
    section: s.section,
    departmentCode: s.dept,
    audience,
    theme: s.theme,
    kind,
    summary: s.summary,
    conditions: s.cond,
    materials,
    steps: s.steps ?? defaultSteps(online, kind, promisedDays),
    fees: s.fees ?? "不收费",
    legalBasis: s.law,
    legalDays,
    promisedDays,
    visits: online ? 0 : (s.visits ?? 1),
    phone: PHONES[s.dept] ?? DEFAULT_PHONE,
    online,
    requiresRealName: s.realName ?? true,
    keywords: [...new Set(s.kw)],
  };
  if (online) {
    d.form = [
      applicantPage(audience, d.requiresRealName),
      ...s.q!.map((p, i): FormPage => ({ id: `q${i + 1}`, title: p.title, fields: p.fields })),
      ...attachmentPages(materials),
      declarationPage(audience),
    ];
  } else {
    d.place = s.place ?? defaultPlace(s.dept);
  }
  return d;
}

// ---------------------------------------------------------------- licence variants

export type Variant = "新办" | "变更" | "延续" | "注销";

export type LicenceSpec = Omit<Spec, "online" | "q"> & {
  /** Name of the certificate, e.g. 食品经营许可证. */
  cert: string;
  /** Options of the 变更事项 question, "a=…|b=…". */
  changeItems: string;
  /** Evidence for a change, default: 变更事项的相关证明材料. */
  changeMat?: Material[];
  /** Which variants are fully online (default: only 变更; 注销 returns the original certificate at the window). */
  online?: Partial<Record<Variant, boolean>>;
  /** Question pages of the 新办 application (needed when 新办 is online). */
  q?: Q[];
  /** How long before expiry the 延续 must be requested, e.g. "30日". */
  renewBefore?: string;
};

const VARIANT_KW: Record<Variant, string[]> = {
  新办: ["新办", "申请", "办证"],
  变更: ["变更", "换证", "信息变更"],
  延续: ["延续", "续期", "到期换证"],
  注销: ["注销", "停业"],
};

export function licence(base: LicenceSpec, variants: Variant[] = ["新办", "变更", "延续", "注销"]): Draft[] {
  const isOnline = (v: Variant) => base.online?.[v] ?? v === "变更";
  const ent = (base.aud ?? "personal") === "enterprise";
  const licenceNo = text("licenceNo", `${base.cert}编号`, { validation: { maxLength: 40 } });
  const [legal, promised] = base.days;
  return variants.map((v): Draft => {
    const common = { ...base, name: `${base.name}（${v}）`, kw: [...base.kw, ...VARIANT_KW[v]] };
    switch (v) {
      case "新办":
        return mk({ ...common, online: isOnline(v), q: base.q });
      case "变更":
        return mk({
          ...common,
          theme: ent ? "变更" : base.theme,
          summary: `已取得${base.cert}的，许可证载明事项发生变化时申请变更，换发${base.cert}。`,
          steps: undefined, // the 新办 procedure (e.g. 现场核查) does not apply to a change
          cond: [`已取得有效期内的${base.cert}`, `${base.cert}载明的事项发生变化，且变化后仍符合许可条件`],
          mat: [
            sqb("变更申请书"),
            yj(`${base.cert}正、副本`),
            ...(base.changeMat ?? [fy("变更事项的相关证明材料")]),
            ...(ent ? [YYZZ] : [SFZ_DZ]),
          ],
          days: [legal, Math.max(1, Math.ceil(promised / 2))],
          online: isOnline(v),
          q: [
            pg("许可证信息", licenceNo),
            pg(
              "变更事项",
              checks("changeItems", "变更事项", base.changeItems),
              area("changeDetail", "变更内容说明", { hint: "请写明变更前后的内容" }),
            ),
          ],
        });
      case "延续":
        return mk({
          ...common,
          summary: `${base.cert}有效期届满需要继续从事许可活动的，在有效期届满前申请延续。`,
          cond: [
            `${base.cert}有效期即将届满，在有效期届满${base.renewBefore ?? ""}前提出申请`,
            "继续符合原许可条件",
            "许可期间无重大违法违规记录",
          ],
          mat: [
            sqb("延续申请书"),
            yj(`${base.cert}正、副本`),
            yj("许可期间遵守相关规定情况及继续符合许可条件的说明"),
            ...(ent ? [YYZZ] : [SFZ_DZ]),
          ],
          days: [legal, promised],
          online: isOnline(v),
          q: [
            pg("许可证信息", licenceNo, date("expiryDate", "原证有效期截止日期")),
            pg(
              "许可条件",
              yesNo("conditionsChanged", "许可条件是否发生变化"),
              area("renewNote", "情况说明", { required: false, hint: "许可条件有变化的，请说明" }),
            ),
          ],
        });
      case "注销":
        return mk({
          ...common,
          theme: ent ? "注销" : base.theme,
          kind: base.kind === "行政许可" ? "其他行政权力" : base.kind,
          summary: `有效期届满未延续、主体终止或主动申请等情形下，依法办理${base.cert}注销。`,
          cond: [`持有${base.cert}`, "有效期届满未延续、主体依法终止、许可被依法撤销或持证人主动申请注销等情形之一"],
          mat: [sqb("注销申请书"), yj(`${base.cert}正、副本`, "遗失的提供遗失声明"), ...(ent ? [YYZZ] : [SFZ_DZ])],
          days: [Math.min(legal, 10), 1],
          steps: isOnline(v) ? ["网上申请", "受理", "审核", "注销公告"] : ["窗口申请", "受理", "审核", "注销公告"],
          online: isOnline(v),
          q: [
            pg("许可证信息", licenceNo),
            pg(
              "注销原因",
              radio("cancelReason", "注销原因", "expired=有效期届满不再延续|terminated=主体依法终止|voluntary=主动申请注销|other=其他"),
              area("cancelNote", "补充说明", { required: false }),
            ),
          ],
        });
    }
  });
}

// ---------------------------------------------------------------- district templates

export type District = { code: string; name: string; shortName: string };
export const DISTRICTS: District[] = DEPARTMENTS.filter((d) => d.kind === "district");

/** 崇川区 is all 街道; the other districts have 镇 and 街道. */
export const grassroots = (d: District): string =>
  d.code === "chongchuan" ? "崇川区户籍所在地街道便民服务中心" : `${d.shortName}户籍所在地镇（街道）便民服务中心`;

/** The same people-facing item run by each district government (optionally only some of them). */
export function perDistrict(template: (d: District) => Spec, only?: string[]): Draft[] {
  return DISTRICTS.filter((d) => !only || only.includes(d.code)).map((d) => {
    const s = template(d);
    return mk({ ...s, dept: d.code, kw: [...s.kw, d.shortName] });
  });
}
