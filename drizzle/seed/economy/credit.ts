import { usccCheckChar } from "@/server/lib/uscc";
import { SAMPLE_USCC } from "../demo-accounts";

/**
 * 信用南通 — SAMPLE DATA (示例数据). Every enterprise below is invented: names end in “（示例）” so
 * none can be mistaken for a real company (a black-list entry must never name a real one), the
 * legal representatives are invented, and the 统一社会信用代码 are generated (valid GB 32100 check
 * character, division codes of the seven divisions, organisation codes made up). The 红黑榜
 * categories are the usual Jiangsu ones; entries, reasons, 文号 and dates are invented.
 */

const DIVISIONS: { district: string; code: string }[] = [
  { district: "崇川区", code: "320613" },
  { district: "通州区", code: "320612" },
  { district: "海门区", code: "320614" },
  { district: "如皋市", code: "320682" },
  { district: "启东市", code: "320681" },
  { district: "海安市", code: "320685" },
  { district: "如东县", code: "320623" },
];

const WORDS = [
  "江海",
  "濠滨",
  "紫琅",
  "通吕",
  "滨江",
  "星湖",
  "银杏",
  "启航",
  "锦程",
  "海晟",
  "瑞丰",
  "鼎泰",
  "远帆",
  "沙洲",
  "长风",
  "青墩",
  "五山",
  "东沙",
  "黄海",
  "如意",
];
const TRADES: { suffix: string; industry: string; scope: string }[] = [
  { suffix: "纺织科技", industry: "C17", scope: "纺织品、家用纺织制成品研发、制造、销售" },
  { suffix: "家纺", industry: "C17", scope: "床上用品、家居用品设计、生产、销售" },
  { suffix: "船舶配套", industry: "C37", scope: "船舶配套设备、海洋工程装备零部件制造" },
  { suffix: "电子科技", industry: "C39", scope: "电子元器件、通信设备研发、制造" },
  { suffix: "软件技术", industry: "I65", scope: "软件开发、信息系统集成服务、数据处理" },
  { suffix: "建设工程", industry: "E", scope: "房屋建筑工程、市政公用工程施工" },
  { suffix: "物流", industry: "G", scope: "道路普通货物运输、仓储服务、货运代理" },
  { suffix: "生物医药", industry: "C27", scope: "药品研发、原料药和制剂生产" },
  { suffix: "新能源科技", industry: "C38", scope: "风力发电设备、储能设备研发、制造" },
  { suffix: "精密机械", industry: "C34", scope: "通用机械零部件、数控机床配件加工" },
  { suffix: "食品", industry: "C13", scope: "农副食品加工、预包装食品销售" },
  { suffix: "商贸", industry: "F", scope: "日用百货、五金交电批发零售" },
];
const SURNAMES = ["陈", "张", "王", "李", "顾", "施", "曹", "朱", "徐", "黄", "季", "陆", "沈", "吴", "周"];
const GIVEN = ["建华", "海燕", "志强", "丽娟", "国平", "晓东", "春梅", "卫东", "明", "静", "永刚", "红霞"];
const ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

export type SeedCreditEnterprise = {
  uscc: string;
  name: string;
  legalRepresentative: string;
  registeredCapitalFen: number;
  foundedOn: string;
  district: string;
  address: string;
  industryCode: string;
  registrationStatus: string;
  taxCreditLevel: string | null;
  businessScope: string;
};

/** Deterministic organisation code (positions 9–17): "MA" + 7 characters from the index. */
function orgCode(i: number): string {
  let n = i * 7919 + 104729;
  let s = "";
  for (let k = 0; k < 7; k++) {
    s += ORG_CHARS[n % 31];
    n = Math.floor(n / 31) + k * 13;
  }
  return `MA${s}`;
}

function uscc(divisionCode: string, i: number): string {
  const first17 = `9${1}${divisionCode}${orgCode(i)}`;
  return first17 + usccCheckChar(first17);
}

const LEVELS = ["A", "A", "B", "B", "B", "M", "A", "B", "C", null] as const;

export const SEED_CREDIT_ENTERPRISES: SeedCreditEnterprise[] = [
  {
    uscc: SAMPLE_USCC,
    name: "南通江海智造科技有限公司（示例）",
    legalRepresentative: "顾海峰",
    registeredCapitalFen: 2_000_0000_00,
    foundedOn: "2017-06-08",
    district: "崇川区",
    address: "崇川区崇川路58号南通创新区科创中心（示例地址）",
    industryCode: "C39",
    registrationStatus: "存续",
    taxCreditLevel: "A",
    businessScope: "智能装备、工业控制系统研发、制造、销售；软件开发；技术咨询服务",
  },
  ...Array.from({ length: 72 }, (_, i): SeedCreditEnterprise => {
    const division = DIVISIONS[i % DIVISIONS.length]!;
    const trade = TRADES[i % TRADES.length]!;
    const word = WORDS[(i * 7) % WORDS.length]!;
    const city = division.district.replace(/[区市县]$/, "");
    const form = i % 5 === 0 ? "股份有限公司" : "有限公司";
    const year = 2003 + ((i * 5) % 21);
    const month = String(1 + ((i * 3) % 12)).padStart(2, "0");
    const day = String(1 + ((i * 11) % 28)).padStart(2, "0");
    return {
      uscc: uscc(division.code, i + 1),
      name: `${i % 3 === 0 ? "南通" : city}${word}${trade.suffix}${form}（示例）`,
      legalRepresentative: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 5) % GIVEN.length]}`,
      registeredCapitalFen: (100 + ((i * 37) % 50) * 100) * 10_000 * 100,
      foundedOn: `${year}-${month}-${day}`,
      district: division.district,
      address: `${division.district}${word}路${10 + ((i * 13) % 180)}号（示例地址）`,
      industryCode: trade.industry,
      registrationStatus: i % 23 === 22 ? "注销" : "存续",
      taxCreditLevel: LEVELS[i % LEVELS.length] ?? null,
      businessScope: trade.scope,
    };
  }),
];

export type SeedCreditListEntry = {
  code: string;
  list: "red" | "black";
  category: string;
  uscc: string;
  reason: string;
  decisionNo: string;
  publisher: string;
  publishedOn: string;
  validUntil: string | null;
};

const RED: { category: string; publisher: string; reason: string; prefix: string; years: number }[] = [
  { category: "纳税信用A级纳税人", publisher: "国家税务总局南通市税务局", reason: "年度纳税信用评价为A级", prefix: "通税信", years: 1 },
  {
    category: "守合同重信用企业",
    publisher: "南通市市场监督管理局",
    reason: "连续两年合同履约率100%，获评“守合同重信用”企业",
    prefix: "通市监合",
    years: 2,
  },
  {
    category: "劳动保障守法诚信企业",
    publisher: "南通市人力资源和社会保障局",
    reason: "劳动保障守法诚信等级评价为A级",
    prefix: "通人社诚",
    years: 2,
  },
  { category: "海关高级认证企业", publisher: "南通海关", reason: "通过海关高级认证（AEO）", prefix: "通关认", years: 3 },
];
const BLACK: { category: string; publisher: string; reason: string; prefix: string; years: number }[] = [
  {
    category: "重大税收违法失信主体",
    publisher: "国家税务总局南通市税务局",
    reason: "虚开增值税专用发票，经查证属实",
    prefix: "通税稽",
    years: 3,
  },
  {
    category: "拖欠农民工工资失信联合惩戒对象",
    publisher: "南通市人力资源和社会保障局",
    reason: "拖欠农民工工资数额较大，经责令限期支付逾期未支付",
    prefix: "通人社监",
    years: 3,
  },
  {
    category: "严重违法失信名单（市场监管）",
    publisher: "南通市市场监督管理局",
    reason: "被列入经营异常名录届满3年仍未履行相关义务",
    prefix: "通市监信",
    years: 3,
  },
  {
    category: "安全生产失信联合惩戒对象",
    publisher: "南通市应急管理局",
    reason: "发生生产安全责任事故且未按期整改",
    prefix: "通应急",
    years: 1,
  },
];

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-");
  return `${Number(y) + years}-${m}-${d}`;
}

const listable = SEED_CREDIT_ENTERPRISES.filter((e) => e.uscc !== SAMPLE_USCC);

export const SEED_CREDIT_LIST: SeedCreditListEntry[] = [
  // the demo enterprise is on the red list, never the black
  {
    code: "R-DEMO-1",
    list: "red",
    category: "纳税信用A级纳税人",
    uscc: SAMPLE_USCC,
    reason: "2025年度纳税信用评价为A级",
    decisionNo: "通税信〔2026〕1号",
    publisher: "国家税务总局南通市税务局",
    publishedOn: "2026-04-20",
    validUntil: "2027-04-19",
  },
  ...Array.from({ length: 32 }, (_, i): SeedCreditListEntry => {
    const c = RED[i % RED.length]!;
    const e = listable[(i * 2) % listable.length]!;
    const published = `${2024 + (i % 3)}-${String(1 + ((i * 5) % 12)).padStart(2, "0")}-${String(5 + ((i * 3) % 20)).padStart(2, "0")}`;
    return {
      code: `R-${String(i + 1).padStart(3, "0")}`,
      list: "red",
      category: c.category,
      uscc: e.uscc,
      reason: c.reason,
      decisionNo: `${c.prefix}〔${published.slice(0, 4)}〕${10 + i}号`,
      publisher: c.publisher,
      publishedOn: published,
      validUntil: addYears(published, c.years),
    };
  }),
  ...Array.from({ length: 16 }, (_, i): SeedCreditListEntry => {
    const c = BLACK[i % BLACK.length]!;
    const e = listable[(i * 2 + 1) % listable.length]!;
    const published = `${2024 + (i % 3)}-${String(1 + ((i * 7) % 12)).padStart(2, "0")}-${String(3 + ((i * 5) % 24)).padStart(2, "0")}`;
    return {
      code: `B-${String(i + 1).padStart(3, "0")}`,
      list: "black",
      category: c.category,
      uscc: e.uscc,
      reason: c.reason,
      decisionNo: `${c.prefix}〔${published.slice(0, 4)}〕${20 + i}号`,
      publisher: c.publisher,
      publishedOn: published,
      validUntil: addYears(published, c.years),
    };
  }),
];
