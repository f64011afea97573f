/**
 * 12345 knowledge base: articles on the most frequent topics of a Chinese city's hotline (低保, 社保, 医保,
 * 公积金, 户籍, 不动产, 物业, 噪声, 占道, 违建, 路灯, 垃圾, 水电气, 公交, 出租车, 欠薪, 入学, 食品安全,
 * 消费维权, 法律援助, 信访 …), added to the sample articles of ../knowledge.ts.
 *
 * SOURCES. The rules stated as facts come from national laws, State Council regulations and ministry rules
 * named in each article's `basis` (and in its 依据 line): e.g. 《社会救助暂行办法》, 《住房公积金管理条例》,
 * 《社会保险法》, 《工伤保险条例》, 《劳动合同法》, 《劳动争议调解仲裁法》, 《保障农民工工资支付条例》,
 * 《居民身份证法》, 《居住证暂行条例》, 《婚姻登记条例》(2025), 《民法典》, 《物业管理条例》,
 * 《噪声污染防治法》(2022), 《大气污染防治法》, 《城乡规划法》, 《城市供水条例》, 《电力供应与使用条例》,
 * 《城镇燃气管理条例》, 《食品安全法》, 《消费者权益保护法》, 《义务教育法》, 《法律援助法》,
 * 《信访工作条例》, 《政府信息公开条例》, 《个人所得税法》, and the 2024 NPCSC decision on the gradual
 * raising of the retirement age. Article numbers are cited only where we are sure of them; otherwise the
 * instrument is named without one. National service numbers (12333, 12329, 12315, 12369, 12366, 12348,
 * 12328, 12300, 12321, 95598, 96119, 96110, 12385) are the published national ones.
 *
 * SAMPLE (示例). Anything Nantong-specific that we could not source — local amounts and standards
 * (低保标准, 尊老金, 公积金 loan limits and 离职提取 conditions), which Nantong department holds a shared duty
 * (噪声, 油烟, 路内停车), local procedures (分户, 加装电梯, 入学 materials), repair time limits and the
 * 12345 answer deadlines of this demo — is marked （示例） in the text or says "以…公布为准". Every stored
 * article also ends with SAMPLE_NOTE (../knowledge.ts), so agents know the whole knowledge base is demo
 * content to be checked against the departments' current rules before it is used on real calls.
 *
 * Facts that change over time (interest rates, tax rates, fee levels) carry the date they took effect.
 */
import type { KbArticleSeed } from "./article";
import { CITY_MANAGEMENT } from "./city-management";
import { CIVIL_AFFAIRS } from "./civil-affairs";
import { EDUCATION } from "./education";
import { ENVIRONMENT } from "./environment";
import { GOVERNMENT } from "./government";
import { HEALTH } from "./health";
import { HOUSEHOLD } from "./household";
import { HOUSING_FUND } from "./housing-fund";
import { LABOUR } from "./labour";
import { MARKET } from "./market";
import { MEDICAL_INSURANCE } from "./medical-insurance";
import { NOISE } from "./noise";
import { PROPERTY } from "./property";
import { RESIDENTIAL } from "./residential";
import { SOCIAL_ASSISTANCE } from "./social-assistance";
import { SOCIAL_INSURANCE } from "./social-insurance";
import { TRANSPORT } from "./transport";
import { UTILITIES } from "./utilities";

export type { KbArticleSeed } from "./article";

/** The articles by topic, in the order they are seeded (the topic names are for reports and tests). */
export const KB_TOPICS: { topic: string; articles: KbArticleSeed[] }[] = [
  { topic: "低保、特困、临时救助、残疾人", articles: SOCIAL_ASSISTANCE },
  { topic: "养老服务、退役军人、婚姻、殡葬", articles: CIVIL_AFFAIRS },
  { topic: "社会保险、退休", articles: SOCIAL_INSURANCE },
  { topic: "欠薪、劳动关系、就业创业", articles: LABOUR },
  { topic: "医疗保障", articles: MEDICAL_INSURANCE },
  { topic: "医疗卫生、疫苗、出生", articles: HEALTH },
  { topic: "住房公积金", articles: HOUSING_FUND },
  { topic: "户籍、证件", articles: HOUSEHOLD },
  { topic: "不动产登记、房屋征收", articles: PROPERTY },
  { topic: "物业、维修资金、租赁、保障房", articles: RESIDENTIAL },
  { topic: "城市管理（占道、违建、路灯、道路、垃圾）", articles: CITY_MANAGEMENT },
  { topic: "噪声", articles: NOISE },
  { topic: "环境污染", articles: ENVIRONMENT },
  { topic: "水、电、燃气、通信", articles: UTILITIES },
  { topic: "交通出行", articles: TRANSPORT },
  { topic: "食品安全、消费维权、开店", articles: MARKET },
  { topic: "教育", articles: EDUCATION },
  { topic: "政务、法律援助、信访、税务", articles: GOVERNMENT },
];

/** Every topic article, ready to be appended to KB_ARTICLES. */
export const TOPIC_KB_ARTICLES: KbArticleSeed[] = KB_TOPICS.flatMap((t) => t.articles);
