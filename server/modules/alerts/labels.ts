/**
 * Words and codes of 突发事件预警 (pure: pages, components, the CAP mapping and the seed share them).
 * Levels follow 《国家突发公共事件总体应急预案》: 红色 (I 级, 特别严重), 橙色 (II 级, 严重), 黄色 (III 级,
 * 较重), 蓝色 (IV 级, 一般). Colour is never shown alone: every badge carries the level in words.
 */

export const ALERT_TYPES = ["weather", "geological", "flood", "health", "safety", "security"] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

export const ALERT_TYPE_LABELS: Record<AlertType, string> = {
  weather: "气象",
  geological: "地质灾害",
  flood: "防汛防旱",
  health: "公共卫生",
  safety: "安全生产",
  security: "社会安全",
};

/** CAP 1.2 `category` of each type (one-to-one, so a CAP message maps back to the same type). */
export const CAP_CATEGORY: Record<AlertType, string> = {
  weather: "Met",
  geological: "Geo",
  flood: "Env",
  health: "Health",
  safety: "Safety",
  security: "Security",
};

/** Event names staff pick from (free text is allowed too, up to 20 characters). */
export const ALERT_EVENTS: Record<AlertType, readonly string[]> = {
  weather: ["台风", "暴雨", "暴雪", "寒潮", "大风", "高温", "大雾", "雷电", "冰雹", "霜冻", "道路结冰", "霾"],
  geological: ["地面塌陷", "地面沉降", "崩塌", "地震"],
  flood: ["洪水", "风暴潮", "干旱", "内涝"],
  health: ["传染病疫情", "食品安全事件", "群体性不明原因疾病"],
  safety: ["危险化学品泄漏", "火灾", "燃气事故"],
  security: ["大型活动人员聚集", "重大交通管制"],
};

export const SEVERITIES = ["blue", "yellow", "orange", "red"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_RANK: Record<Severity, number> = { blue: 1, yellow: 2, orange: 3, red: 4 };

export const SEVERITY_LABELS: Record<Severity, { colour: string; grade: string; meaning: string }> = {
  red: { colour: "红色", grade: "I级", meaning: "特别严重" },
  orange: { colour: "橙色", grade: "II级", meaning: "严重" },
  yellow: { colour: "黄色", grade: "III级", meaning: "较重" },
  blue: { colour: "蓝色", grade: "IV级", meaning: "一般" },
};

/** "红色预警（I级·特别严重）" — the level in words, for badges and messages. */
export function severityText(s: Severity): string {
  const l = SEVERITY_LABELS[s];
  return `${l.colour}预警（${l.grade}·${l.meaning}）`;
}

/** CAP 1.2 `severity` of each level (the mapping China's CAP profile uses). */
export const CAP_SEVERITY: Record<Severity, string> = { red: "Extreme", orange: "Severe", yellow: "Moderate", blue: "Minor" };

/** 红色 and 橙色 need a second person's approval before they go out (four-eyes rule). */
export function needsApproval(s: Severity): boolean {
  return s === "red" || s === "orange";
}

/** The city as a whole and its seven divisions (codes as in org_department). */
export const AREAS = ["city", "chongchuan", "tongzhou", "haimen", "rugao", "qidong", "haian", "rudong"] as const;
export type Area = (typeof AREAS)[number];
export const DIVISIONS = AREAS.filter((a) => a !== "city") as Exclude<Area, "city">[];

export const AREA_LABELS: Record<Area, string> = {
  city: "南通全市",
  chongchuan: "崇川区",
  tongzhou: "通州区",
  haimen: "海门区",
  rugao: "如皋市",
  qidong: "启东市",
  haian: "海安市",
  rudong: "如东县",
};

/** GB/T 2260 administrative division codes (CAP `geocode`, valueName "GB/T 2260"). */
export const AREA_GEOCODES: Record<Area, string> = {
  city: "320600",
  chongchuan: "320613",
  tongzhou: "320612",
  haimen: "320614",
  rugao: "320682",
  qidong: "320681",
  haian: "320685",
  rudong: "320623",
};

export function areasText(areas: readonly string[]): string {
  if (areas.includes("city")) return AREA_LABELS.city;
  return areas.map((a) => AREA_LABELS[a as Area] ?? a).join("、");
}

export const CAP_STATUSES = ["actual", "exercise", "test"] as const;
export type CapStatus = (typeof CAP_STATUSES)[number];
export const CAP_STATUS_LABELS: Record<CapStatus, string> = { actual: "正式", exercise: "演练", test: "测试" };

export const MSG_TYPES = ["alert", "update", "cancel"] as const;
export type MsgType = (typeof MSG_TYPES)[number];
export const MSG_TYPE_LABELS: Record<MsgType, string> = { alert: "发布", update: "更新", cancel: "解除" };

export const ALERT_STATES = ["draft", "pending", "published", "rejected"] as const;
export type AlertState = (typeof ALERT_STATES)[number];
export const ALERT_STATE_LABELS: Record<AlertState, string> = {
  draft: "草稿",
  pending: "待审批",
  published: "已发布",
  rejected: "已退回",
};

/** Departments whose staff issue alerts: 市应急管理局 and 市气象局. */
export const ALERT_DEPARTMENT_CODES = ["yjglj", "qxj"] as const;

/** The cookie that remembers the division a visitor chose for the banner (read in the browser only). */
export const ALERT_AREA_COOKIE = "nt-alert-area";
