/**
 * Reference lists of 智慧经济: industries (GB/T 4754-2017 国民经济行业分类: 门类 letters and the
 * 大类 that Nantong's policies name), enterprise sizes (工信部联企业〔2011〕300号 划型), the seven
 * divisions, and the enterprise flags policies ask about. Pure data, safe on client and server.
 */

export const INDUSTRIES = {
  A: "农、林、牧、渔业",
  B: "采矿业",
  C: "制造业",
  C13: "农副食品加工业",
  C16: "烟草制品业",
  C17: "纺织业",
  C18: "纺织服装、服饰业",
  C26: "化学原料和化学制品制造业",
  C27: "医药制造业",
  C29: "橡胶和塑料制品业",
  C34: "通用设备制造业",
  C35: "专用设备制造业",
  C36: "汽车制造业",
  C37: "铁路、船舶、航空航天和其他运输设备制造业",
  C38: "电气机械和器材制造业",
  C39: "计算机、通信和其他电子设备制造业",
  C40: "仪器仪表制造业",
  D: "电力、热力、燃气及水生产和供应业",
  E: "建筑业",
  F: "批发和零售业",
  G: "交通运输、仓储和邮政业",
  H: "住宿和餐饮业",
  I: "信息传输、软件和信息技术服务业",
  I64: "互联网和相关服务",
  I65: "软件和信息技术服务业",
  J: "金融业",
  K: "房地产业",
  L: "租赁和商务服务业",
  M: "科学研究和技术服务业",
  M73: "研究和试验发展",
  M75: "科技推广和应用服务业",
  N: "水利、环境和公共设施管理业",
  O: "居民服务、修理和其他服务业",
  P: "教育",
  Q: "卫生和社会工作",
  R: "文化、体育和娱乐业",
  R90: "娱乐业",
  S: "公共管理、社会保障和社会组织",
  T: "国际组织",
} as const;
export type IndustryCode = keyof typeof INDUSTRIES;
export const INDUSTRY_CODES = Object.keys(INDUSTRIES) as [IndustryCode, ...IndustryCode[]];

/** "C39" → "C39 计算机、通信和其他电子设备制造业". */
export function industryLabel(code: string): string {
  const name = (INDUSTRIES as Record<string, string>)[code];
  return name ? `${code} ${name}` : code;
}

/**
 * A policy's industry entry covers a profile's industry when the profile's code starts with it:
 * 门类 "C" covers 大类 "C39"; "C39" covers only "C39". A profile that gives only the 门类 ("C") is
 * not covered by a 大类 entry ("C39"): we cannot tell.
 */
export function industryCovers(entry: string, profileCode: string): boolean {
  return profileCode.startsWith(entry);
}

export const ENTERPRISE_SIZES = { micro: "微型", small: "小型", medium: "中型", large: "大型" } as const;
export type EnterpriseSize = keyof typeof ENTERPRISE_SIZES;
export const SIZE_CODES = Object.keys(ENTERPRISE_SIZES) as [EnterpriseSize, ...EnterpriseSize[]];

/** The divisions since 2020 (三区三市一县). */
export const AREAS = ["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县"] as const;
export type Area = (typeof AREAS)[number];

/** Facts about an enterprise that policies ask about (yes/no questions of the questionnaire). */
export const ENTERPRISE_FLAGS = {
  hnte: "高新技术企业（有效期内）",
  tech_sme: "科技型中小企业（已入库）",
  srdi: "省级专精特新中小企业",
  little_giant: "国家级专精特新“小巨人”企业",
  above_scale: "规模以上工业企业",
  foreign_invested: "外商投资企业",
  listed: "上市公司或新三板挂牌企业",
  first_set: "有产品获首台（套）重大装备认定",
  rd_expense: "上年度有研发费用支出",
  social_insurance: "依法足额为员工缴纳社会保险费满12个月",
  no_layoffs: "上年度未裁员或裁员率不高于规定标准",
  digital_project: "有在建的智能化改造或数字化转型项目",
  exporter: "有进出口经营实绩",
  graduate_founder: "法定代表人为毕业5年内的高校毕业生",
} as const;
export type EnterpriseFlag = keyof typeof ENTERPRISE_FLAGS;
export const FLAG_CODES = Object.keys(ENTERPRISE_FLAGS) as [EnterpriseFlag, ...EnterpriseFlag[]];
