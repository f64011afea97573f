import { eq, inArray } from "drizzle-orm";
import type { DB } from "@/server/db";
import { catalogueItem, hotlineCategory, hotlineKbArticle } from "@/drizzle/schema";
import { TOPIC_KB_ARTICLES } from "./knowledge-articles";

/**
 * 12345 knowledge base sample articles (示例数据). Facts follow PRODUCT.md and the catalogue seed where
 * there are any; everything else is illustrative and each article says so. Each article links to
 * catalogue items looked up by exact name (missing names are skipped), and to a 12345 category by code.
 */
export const SAMPLE_NOTE = "【示例数据】本文为演示用示例内容，答复市民时请以主管部门最新规定为准。";

type SampleArticle = { title: string; keywords: string; category?: string; items: string[]; body: string };

export const KB_ARTICLES: SampleArticle[] = [
  ...TOPIC_KB_ARTICLES, // drizzle/seed/knowledge-articles: the frequent-topic articles (sources and 示例 labels there)
  {
    title: "住房公积金提取（租房）怎么办理",
    keywords: "公积金，提取，租房，租房提取",
    category: "zf-gjj",
    items: ["住房公积金提取（租房）", "住房公积金个人账户信息查询"],
    body: `适用：本人及配偶在南通市区无自有住房且租房自住的缴存职工。
办理方式：可在“一网通办”在线申请“住房公积金提取（租房）”，也可到公积金中心服务网点办理。
所需材料：身份证；租住公共租赁住房的提供租赁合同和租金发票。
提取额度和频次以公积金中心当年公布的标准为准，可按月或按年提取。
答复要点：先请来电人在“住房公积金个人账户信息查询”中确认账户状态正常（未封存、无贷款未结清）。`,
  },
  {
    title: "住房公积金提取（购房、偿还贷款）",
    keywords: "公积金，提取，购房，还贷，房贷，商贷",
    category: "zf-gjj",
    items: ["住房公积金提取（购买自住住房）", "住房公积金提取（偿还购房贷款）", "住房公积金贷款结清证明开具"],
    body: `购买自住住房：凭购房合同、付款凭证或不动产权证书，在购房后规定期限内申请提取。
偿还购房贷款：公积金贷款可约定按月冲还；商业贷款凭借款合同和还款明细申请提取。
同一套住房的提取总额不超过实际购房或还款金额。
答复要点：请来电人准备本人身份证和银行卡；材料不全时可先在线申请，按系统提示补正。`,
  },
  {
    title: "居住证申领、签注和补换",
    keywords: "居住证，暂住证，签注，补办，外地户口",
    category: "za-hz",
    items: ["居住证申领", "居住证签注", "居住证补领、换领"],
    body: `申领条件：离开常住户口所在地，在南通居住半年以上，并有合法稳定就业、合法稳定住所或连续就读之一。
办理地点：居住地派出所或线上“居住证申领”。
签注：居住证每年签注一次，逾期未签注的居住证暂停使用，签注后恢复。
补换：遗失或损坏可申请补领、换领。
答复要点：居住年限从居住登记之日起算，请来电人先确认是否已做居住登记。`,
  },
  {
    title: "社会保障卡申领、挂失和补换",
    keywords: "社保卡，社会保障卡，挂失，补卡，密码重置",
    category: "sb-sb",
    items: ["社会保障卡申领", "社会保障卡挂失", "社会保障卡补换", "社会保障卡密码重置"],
    body: `首次申领：参保人员可线上申请“社会保障卡申领”，也可到合作银行网点办理。
挂失：卡片遗失请立即办理“社会保障卡挂失”（线上或电话），挂失后再申请补换。
补换：挂失后或卡片损坏可申请补换，新卡启用后旧卡作废。
密码：忘记密码可凭身份证到网点或线上办理“社会保障卡密码重置”。
答复要点：金融账户的挂失需同时联系发卡银行。`,
  },
  {
    title: "基本医疗保险关系转移接续",
    keywords: "医保转移，医保关系，转入，转出，跨省，医保",
    category: "sb-yb",
    items: ["基本医疗保险关系转移接续", "医疗保险参保缴费凭证开具"],
    body: `适用：跨统筹地区流动就业、需要把医保关系转入或转出南通的参保人员。
办理：由转入地医保经办机构受理，参保人一般无需往返两地，可在线申请“基本医疗保险关系转移接续”。
缴费年限：按规定累计计算；转移期间请保持参保不断缴。
答复要点：请来电人确认已在新就业地参保，再提交转移申请。`,
  },
  {
    title: "异地就医备案",
    keywords: "异地就医，备案，外地看病，转诊，长期居住，医保报销",
    category: "sb-yb",
    items: ["异地就医备案（临时外出就医）", "异地就医备案（异地长期居住）", "异地就医备案（异地转诊）", "异地就医备案（变更、取消）"],
    body: `临时外出就医、异地长期居住、异地转诊三类人员在就医前办理备案，可在定点医疗机构直接结算。
办理：线上“异地就医备案”即可，备案信息如有变化可办理变更或取消。
未备案先就医的，回南通按规定手工报销，报销比例可能降低。
答复要点：请来电人确认就医地的定点医疗机构已开通直接结算。`,
  },
  {
    title: "不动产登记：赠与、继承过户和权证补发",
    keywords: "不动产，房产证，过户，赠与，继承，补证，产权",
    category: "zf-spf",
    items: ["不动产转移登记（赠与）", "不动产转移登记（继承、受遗赠）", "不动产权证书补发、换发", "不动产登记资料查询"],
    body: `赠与、继承等转移登记由双方（或继承人）携身份证、不动产权证书及相关证明材料申请。
证书遗失或损坏可申请“不动产权证书补发、换发”，补发需公告。
查询本人名下不动产可办理“不动产登记资料查询”。
答复要点：涉及税费的，先到税务窗口核税；具体材料以不动产登记中心一次性告知为准。`,
  },
  {
    title: "违法停车举报怎么处理",
    keywords: "违章停车，违法停车，乱停车，占道停车，挡路，举报",
    category: "jt-wzt",
    items: [],
    body: `受理：市民举报机动车违法停车（占用消防通道、人行道、盲道、堵塞出入口等），记录准确地点、车辆号牌和持续时间。
派单：按分类“违法停车”派至公安交警部门处理。
答复要点：请来电人说明具体路段或小区门牌；可上传照片作为线索。涉及小区内部道路的，由物业协调，必要时派至属地。`,
  },
  {
    title: "噪声投诉：夜间施工、社会生活噪声",
    keywords: "噪音，噪声，扰民，夜间施工，广场舞，装修噪声",
    category: "hb-zs",
    items: [],
    body: `夜间施工噪声：夜间（22:00至次日6:00）禁止产生噪声的建筑施工作业，因特殊需要连续施工的须取得证明并公告附近居民。
社会生活噪声：商业经营、娱乐场所、广场舞音响等，属地和相关部门按职责处理。
受理要点：记录噪声来源、发生时间段、持续情况和具体地点；正在发生的可同时建议来电人拨打110。
派单：分类“噪声”，派至生态环境部门；明确为装修的，按物业和属地管理处理。`,
  },
  {
    title: "燃气报修和燃气泄漏",
    keywords: "燃气，天然气，煤气，漏气，报修，燃气泄漏",
    items: [],
    body: `闻到燃气味：请来电人立即关闭燃气总阀、打开门窗通风，不要开关电器、不要使用明火和手机，到室外安全处拨打燃气企业抢修电话或119。
一般报修（燃气表、灶具、管道）：由所属燃气企业上门维修。
受理要点：先确认是否为泄漏险情，险情优先电话转接抢修；非紧急报修记录地址和联系方式后派单。`,
  },
  {
    title: "养老保险关系转移和待遇申领",
    keywords: "养老保险，养老金，退休，转移接续，社保转移",
    category: "sb-sb",
    items: ["基本养老保险关系转移接续申请", "企业职工基本养老保险待遇申领", "城乡居民基本养老保险待遇申领"],
    body: `转移接续：跨地区就业的参保人员可线上申请“基本养老保险关系转移接续申请”，转入地受理后办理。
待遇申领：达到法定退休年龄且累计缴费满15年的，可申请养老保险待遇。
答复要点：缴费年限不足15年的，可按规定延长缴费或转入城乡居民养老保险。`,
  },
  {
    title: "新生儿出生医学证明和户口申报",
    keywords: "出生证明，新生儿，上户口，落户，出生登记",
    category: "za-hz",
    items: ["出生医学证明首次签发", "出生登记（户口申报）"],
    body: `出生医学证明由助产医院签发，办理“出生医学证明首次签发”时核对父母身份信息。
户口申报：凭出生医学证明、父母身份证和户口簿，办理“出生登记（户口申报）”。
答复要点：出生医学证明信息有误的，先到签发医院更正，再申报户口。`,
  },
  {
    title: "南通地铁1号线运营信息",
    keywords: "地铁，轨道交通，1号线，票价，老人免费，运营时间",
    category: "jt-gj",
    items: [],
    body: `南通地铁1号线2022年11月10日开通，平潮站至振兴路站，全长39.18公里，设28座车站。
运营时间：06:00—22:00。
票价：起步价2元；60至64周岁老人半价，65周岁及以上老人免费乘车。
答复要点：具体首末班车时间以车站公告为准。`,
  },
];

/** Idempotent: an article is inserted once by title; later edits (published proposals) are kept. */
export async function seedKnowledge(db: DB): Promise<{ created: number }> {
  const titles = KB_ARTICLES.map((a) => a.title);
  const existing = new Set(
    (await db.select({ title: hotlineKbArticle.title }).from(hotlineKbArticle).where(inArray(hotlineKbArticle.title, titles))).map(
      (r) => r.title,
    ),
  );
  const missing = KB_ARTICLES.filter((a) => !existing.has(a.title));
  if (missing.length === 0) return { created: 0 };
  const names = [...new Set(missing.flatMap((a) => a.items))];
  const items = names.length
    ? await db.select({ id: catalogueItem.id, name: catalogueItem.name }).from(catalogueItem).where(inArray(catalogueItem.name, names))
    : [];
  const itemId = new Map(items.map((i) => [i.name, i.id]));
  const categories = await db.select({ id: hotlineCategory.id, code: hotlineCategory.code }).from(hotlineCategory);
  const categoryId = new Map(categories.map((c) => [c.code, c.id]));
  await db.insert(hotlineKbArticle).values(
    missing.map((a) => ({
      title: a.title,
      body: `${a.body}\n${SAMPLE_NOTE}`,
      keywords: a.keywords,
      catalogueItemIds: a.items.map((n) => itemId.get(n)).filter((id): id is number => id !== undefined),
      categoryId: a.category ? (categoryId.get(a.category) ?? null) : null,
      status: "published",
    })),
  );
  return { created: missing.length };
}

/** For tests: the article's id by title. */
export async function kbArticleId(db: DB, title: string): Promise<number | undefined> {
  const [row] = await db.select({ id: hotlineKbArticle.id }).from(hotlineKbArticle).where(eq(hotlineKbArticle.title, title)).limit(1);
  return row?.id;
}
