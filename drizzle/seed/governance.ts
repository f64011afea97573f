import { eq, inArray } from "drizzle-orm";
import type { DB } from "@/server/db";
import { governanceArticle } from "@/drizzle/schema";
import { sanitizeRichText } from "@/server/lib/rich-text";

/**
 * 政务公开 — SAMPLE DATA (示例数据). Every news item, notice, policy document, 文号 and
 * interpretation below is invented for the demo (titles end in “（示例）”); the facts they mention
 * about Nantong (Metro Line 2, 12345, the service catalogue) follow PRODUCT.md. Bodies go through
 * the same sanitiser as admin edits. Inserted once by code; admins' later edits are kept.
 */

const NOTE = "<p><em>【示例数据】本文为演示用示例内容，不代表南通市人民政府及其部门的正式发布。</em></p>";

export type SeedArticle = {
  code: string;
  kind: "news" | "notice" | "policy" | "interpretation";
  title: string;
  summary: string;
  body: string;
  publisher: string;
  publishedAt: string;
  docNumber?: string;
  interprets?: string;
};

const p = (...paragraphs: string[]) => paragraphs.map((t) => `<p>${t}</p>`).join("");

const NEWS: SeedArticle[] = [
  {
    code: "N-01",
    kind: "news",
    title: "智慧南通公共服务平台上线“随手拍”（示例）",
    summary: "市民拍照、在地图上选点，即可把道路坑洼、路灯不亮等城市问题直接提交给12345。",
    body: p(
      "即日起，市民登录智慧南通，在“智慧治理”板块进入“随手拍”，拍下道路坑洼、路灯不亮、占道经营等问题，在地图上标出位置即可提交。",
      "提交的问题直接进入12345热线派单流程，由承办部门在规定时限内处理，市民可在“我的诉求”中查看进度并评价。",
    ),
    publisher: "南通市数据局",
    publishedAt: "2026-11-20T09:00:00+08:00",
  },
  {
    code: "N-02",
    kind: "news",
    title: "南通轨道交通线网运营平稳 日均客流持续增长（示例）",
    summary: "1号线、2号线一期组成的线网共45座车站、60.03公里，运营以来总体平稳。",
    body: p(
      "南通轨道交通1号线（平潮—振兴路）与2号线一期（幸福—先锋镇）组成的线网共有45座车站，运营里程60.03公里。",
      "市民可在智慧南通“智慧交通”板块查询线路、站点和首末班时间。",
    ),
    publisher: "南通市交通运输局",
    publishedAt: "2026-11-18T10:30:00+08:00",
  },
  {
    code: "N-03",
    kind: "news",
    title: "市政务服务中心推出“周末不打烊”服务（示例）",
    summary: "每周六上午，市政务服务中心开放社保、公积金、不动产登记等高频事项窗口。",
    body: p("为方便上班族办事，市政务服务中心每周六9:00—12:00开放高频事项窗口。", "部分事项也可在“一网通办”全程网办，无需到现场。"),
    publisher: "南通市行政审批局",
    publishedAt: "2026-11-15T09:00:00+08:00",
  },
  {
    code: "N-04",
    kind: "news",
    title: "2026年为民办实事项目进展顺利（示例）",
    summary: "全市为民办实事项目总体进度符合预期，养老服务、老旧小区改造等项目已完成年度目标。",
    body: p("今年全市确定的为民办实事项目涉及教育、医疗、养老、交通等领域。", "截至11月底，大部分项目已完成年度目标任务。"),
    publisher: "南通市人民政府办公室",
    publishedAt: "2026-11-12T15:00:00+08:00",
  },
  {
    code: "N-05",
    kind: "news",
    title: "濠河风景区优化夜游线路（示例）",
    summary: "濠河夜游新增两处登船点，市民游客可在智慧南通“畅游南通”预约。",
    body: p("濠河风景区新增两处夜游登船点，航线串联沿岸博物馆群。"),
    publisher: "南通市文化广电和旅游局",
    publishedAt: "2026-11-08T18:00:00+08:00",
  },
  {
    code: "N-06",
    kind: "news",
    title: "全市开展12345热线服务质量提升行动（示例）",
    summary: "聚焦按时办结率和群众满意率，对超期工单实行“日提醒、周通报”。",
    body: p(
      "12345热线是市民反映诉求的主渠道。本次行动重点压实承办部门责任，提升一次办结率。",
      "市民可在“12345热线公开”栏目查看已答复的公开诉求和热点问题。",
    ),
    publisher: "南通市数据局",
    publishedAt: "2026-11-05T09:30:00+08:00",
  },
  {
    code: "N-07",
    kind: "news",
    title: "公共数据开放平台新增一批数据集（示例）",
    summary: "新增一网通办服务事项目录、12345热线统计、信用红黑榜等数据集，支持CSV、JSON下载和API调用。",
    body: p("市公共数据开放平台本次新增多个数据集，均可在“数据开放”栏目下载或通过开放接口调用。"),
    publisher: "南通市数据局",
    publishedAt: "2026-10-30T10:00:00+08:00",
  },
  {
    code: "N-08",
    kind: "news",
    title: "长者数字技能培训走进社区（示例）",
    summary: "“学在南通”推出智能手机应用入门课程，并在社区开设线下课堂。",
    body: p("课程内容包括视频通话、扫码乘车、网上挂号和防范电信诈骗。", "长辈也可在智慧南通“学在南通”在线学习，进度自动保存。"),
    publisher: "南通市民政局",
    publishedAt: "2026-10-26T14:00:00+08:00",
  },
  {
    code: "N-09",
    kind: "news",
    title: "南通市图书馆延长周末开放时间（示例）",
    summary: "周末开放时间延长至晚上九点，读者可在线续借图书。",
    body: p("市图书馆周六、周日开放时间延长至21:00。", "读者可在智慧南通查询馆藏、查看借阅记录并在线续借。"),
    publisher: "南通市文化广电和旅游局",
    publishedAt: "2026-10-20T09:00:00+08:00",
  },
  {
    code: "N-10",
    kind: "news",
    title: "“企业开办一件事”实现一日办结（示例）",
    summary: "设立登记、公章刻制、发票申领、社保登记一次提交、一日办结。",
    body: p("申请人在“一网通办”一次填报，即可同步完成企业开办的各个环节。"),
    publisher: "南通市行政审批局",
    publishedAt: "2026-10-15T11:00:00+08:00",
  },
  {
    code: "N-11",
    kind: "news",
    title: "南通举办中小企业数字化转型对接会（示例）",
    summary: "百余家中小企业与云服务商现场对接，“上云用云”服务券同步发放。",
    body: p("对接会上，云服务商展示了云主机、工业互联网、网络安全等服务。", "企业可在智慧南通“中小企业云服务”在线申请，由市工信局受理。"),
    publisher: "南通市工业和信息化局",
    publishedAt: "2026-10-10T16:00:00+08:00",
  },
  {
    code: "N-12",
    kind: "news",
    title: "惠企政策“免申即享”范围扩大（示例）",
    summary: "稳岗返还等政策通过数据比对自动兑现，企业可在线查看适用政策。",
    body: p("企业登录智慧南通，填写企业画像后即可查看适用的惠企政策及符合的条件。"),
    publisher: "南通市发展和改革委员会",
    publishedAt: "2026-10-05T09:00:00+08:00",
  },
];

const NOTICES: SeedArticle[] = [
  {
    code: "T-01",
    kind: "notice",
    title: "关于2027年元旦期间政务服务安排的通知（示例）",
    summary: "元旦假期线下窗口暂停服务，“一网通办”和12345热线正常受理。",
    body: p("2027年1月1日至1月3日线下窗口暂停服务。", "假期期间，“一网通办”可正常提交申请，12345热线24小时受理。"),
    publisher: "南通市行政审批局",
    publishedAt: "2026-11-25T09:00:00+08:00",
  },
  {
    code: "T-02",
    kind: "notice",
    title: "关于开展2026年度高新技术企业认定奖励申报工作的通知（示例）",
    summary: "符合条件的企业请于12月31日前在线申报。",
    body:
      p("根据《南通市高新技术企业认定奖励实施办法》，现开展2026年度奖励申报工作。") +
      "<h2>申报材料</h2><ol><li>营业执照复印件</li><li>高新技术企业证书复印件</li><li>研发费用专项审计报告</li></ol>",
    publisher: "南通市科学技术局",
    publishedAt: "2026-11-22T10:00:00+08:00",
  },
  {
    code: "T-03",
    kind: "notice",
    title: "关于征集2027年为民办实事项目建议的公告（示例）",
    summary: "欢迎市民通过智慧南通或12345热线提出建议。",
    body: p("征集时间：即日起至12月20日。", "市民可通过12345热线（诉求类型选择“建议”）提交。"),
    publisher: "南通市人民政府办公室",
    publishedAt: "2026-11-19T09:00:00+08:00",
  },
  {
    code: "T-04",
    kind: "notice",
    title: "关于工农路部分路段施工期间交通组织调整的通告（示例）",
    summary: "施工期间部分车道封闭，请绕行。",
    body: p("因管线改造，工农路部分路段半幅封闭施工，请过往车辆和行人注意绕行。", "施工期间造成的不便，敬请谅解。"),
    publisher: "南通市公安局交通警察支队",
    publishedAt: "2026-11-16T08:00:00+08:00",
  },
  {
    code: "T-05",
    kind: "notice",
    title: "关于公开招聘社区工作者的公告（示例）",
    summary: "面向社会公开招聘社区工作者，报名在线进行。",
    body: p("报名条件、岗位和考试安排详见附件。", "报名可在“乐业南通”查看岗位。"),
    publisher: "南通市民政局",
    publishedAt: "2026-11-10T09:00:00+08:00",
  },
  {
    code: "T-06",
    kind: "notice",
    title: "关于征集“中小企业云服务”服务商的通知（示例）",
    summary: "面向具备相应资质的云服务商征集入库。",
    body: p("入库服务商的服务将列入“中小企业云服务”目录，企业可使用“上云用云”服务券抵扣。"),
    publisher: "南通市工业和信息化局",
    publishedAt: "2026-11-03T09:00:00+08:00",
  },
  {
    code: "T-07",
    kind: "notice",
    title: "关于崇川区部分区域停水检修的公告（示例）",
    summary: "因管网检修，部分区域将临时停水。",
    body: p("停水期间请提前储水，恢复供水初期水质可能浑浊，请放水片刻后使用。"),
    publisher: "南通市水利局",
    publishedAt: "2026-10-28T17:00:00+08:00",
  },
  {
    code: "T-08",
    kind: "notice",
    title: "2026年第三季度12345热线工作情况通报（示例）",
    summary: "通报本季度受理量、按时办结率和满意率。",
    body:
      p("本季度12345热线运行平稳，各承办部门按时办结率、满意率保持较高水平。") +
      '<table><caption>第三季度主要指标（示例）</caption><thead><tr><th scope="col">指标</th><th scope="col">数值</th></tr></thead><tbody><tr><td>按时办结率</td><td>99.3%</td></tr><tr><td>满意率</td><td>93.5%</td></tr></tbody></table>',
    publisher: "南通市数据局",
    publishedAt: "2026-10-12T09:00:00+08:00",
  },
];

const POLICY_TEXT = (topic: string) =>
  `<h2>第一章 总则</h2><p>第一条 为${topic}，结合本市实际，制定本办法（措施）。</p><p>第二条 本办法适用于本市行政区域内的相关活动。</p>` +
  `<h2>第二章 主要措施</h2><ol><li>完善工作机制，明确部门职责。</li><li>加强数字化支撑，推动“一网通办”。</li><li>强化考核评估，定期向社会公开进展。</li></ol>` +
  `<h2>第三章 附则</h2><p>本办法自发布之日起施行。</p>`;

const POLICIES: SeedArticle[] = [
  {
    code: "D-01",
    kind: "policy",
    title: "南通市进一步优化营商环境若干措施（示例）",
    docNumber: "通政发〔2026〕1号",
    summary: "从企业开办、审批提速、惠企政策直达等方面提出20条措施。",
    body: POLICY_TEXT("进一步优化营商环境、激发市场主体活力"),
    publisher: "南通市人民政府",
    publishedAt: "2026-09-01T09:00:00+08:00",
  },
  {
    code: "D-02",
    kind: "policy",
    title: "南通市公共数据开放管理办法（示例）",
    docNumber: "通政规〔2026〕2号",
    summary: "规范公共数据开放的范围、方式和安全管理。",
    body: POLICY_TEXT("规范公共数据开放、促进数据开发利用"),
    publisher: "南通市人民政府",
    publishedAt: "2026-08-15T09:00:00+08:00",
  },
  {
    code: "D-03",
    kind: "policy",
    title: "关于促进中小企业专精特新发展的实施意见（示例）",
    docNumber: "通政办发〔2026〕15号",
    summary: "建立梯度培育体系，支持中小企业走专精特新发展道路。",
    body: POLICY_TEXT("促进中小企业专业化、精细化、特色化、新颖化发展"),
    publisher: "南通市人民政府办公室",
    publishedAt: "2026-07-20T09:00:00+08:00",
  },
  {
    code: "D-04",
    kind: "policy",
    title: "南通市养老服务体系建设实施方案（示例）",
    docNumber: "通政办发〔2026〕21号",
    summary: "完善居家社区机构相协调、医养康养相结合的养老服务体系。",
    body: POLICY_TEXT("完善养老服务体系、提升老年人获得感"),
    publisher: "南通市人民政府办公室",
    publishedAt: "2026-06-30T09:00:00+08:00",
  },
  {
    code: "D-05",
    kind: "policy",
    title: "南通市城市管理市民参与办法（示例）",
    docNumber: "通城管规〔2026〕1号",
    summary: "鼓励市民通过“随手拍”、12345等渠道参与城市管理，并给予积分激励。",
    body: POLICY_TEXT("鼓励市民参与城市管理、共建美好家园"),
    publisher: "南通市城市管理局",
    publishedAt: "2026-06-10T09:00:00+08:00",
  },
  {
    code: "D-06",
    kind: "policy",
    title: "南通市全民终身学习促进办法（示例）",
    docNumber: "通政规〔2026〕5号",
    summary: "建设“学在南通”终身学习平台，推进学习型城市建设。",
    body: POLICY_TEXT("促进全民终身学习、建设学习型城市"),
    publisher: "南通市人民政府",
    publishedAt: "2026-05-18T09:00:00+08:00",
  },
];

const INTERPRETATIONS: SeedArticle[] = POLICIES.map((d, i) => ({
  code: `J-0${i + 1}`,
  kind: "interpretation" as const,
  title: `《${d.title.replace("（示例）", "")}》政策解读（示例）`,
  summary: `一图读懂${d.docNumber}的出台背景、主要内容和适用对象。`,
  body:
    "<h2>一、出台背景</h2>" +
    p(`为贯彻落实上级决策部署，解决群众和企业关心的问题，市里研究制定了《${d.title.replace("（示例）", "")}》。`) +
    "<h2>二、主要内容</h2><ul><li>明确了工作目标和职责分工；</li><li>提出了具体支持措施；</li><li>建立了评估和公开机制。</li></ul>" +
    "<h2>三、适用对象</h2>" +
    p("本市行政区域内的相关单位和个人。") +
    "<h2>四、咨询方式</h2>" +
    p("如有疑问，请拨打12345热线咨询。"),
  publisher: d.publisher,
  publishedAt: d.publishedAt.replace("T09:00", "T15:00"),
  interprets: d.code,
}));

export const SEED_ARTICLES: SeedArticle[] = [...NEWS, ...NOTICES, ...POLICIES, ...INTERPRETATIONS];

/** 政务公开 seed (idempotent by code): policy documents first, so interpretations can link to them. */
export async function seedGovernance(db: DB): Promise<void> {
  const insert = async (articles: SeedArticle[], ids: Map<string, number>) => {
    for (const a of articles) {
      const publishedAt = new Date(a.publishedAt);
      await db
        .insert(governanceArticle)
        .values({
          code: a.code,
          kind: a.kind,
          title: a.title,
          summary: a.summary,
          bodyHtml: sanitizeRichText(a.body + NOTE),
          docNumber: a.docNumber ?? null,
          publisher: a.publisher,
          interpretsId: a.interprets ? (ids.get(a.interprets) ?? null) : null,
          status: "published",
          publishedAt,
          sample: true,
          createdAt: publishedAt,
          updatedAt: publishedAt,
        })
        .onConflictDoNothing({ target: governanceArticle.code });
    }
  };
  const codes = async (list: string[]) =>
    new Map(
      (
        await db
          .select({ id: governanceArticle.id, code: governanceArticle.code })
          .from(governanceArticle)
          .where(inArray(governanceArticle.code, list))
      ).map((r) => [r.code ?? "", r.id]),
    );
  await insert([...NEWS, ...NOTICES, ...POLICIES], new Map());
  const policyIds = await codes(POLICIES.map((d) => d.code));
  await insert(
    INTERPRETATIONS.filter((j) => j.interprets && policyIds.has(j.interprets)),
    policyIds,
  );
  // one draft so the admin list is not all published (once)
  const [draft] = await db
    .select({ id: governanceArticle.id })
    .from(governanceArticle)
    .where(eq(governanceArticle.code, "DRAFT-01"))
    .limit(1);
  if (!draft)
    await db.insert(governanceArticle).values({
      code: "DRAFT-01",
      kind: "notice",
      title: "关于2027年春节期间政务服务安排的通知（草稿，示例）",
      summary: "草稿：待春节放假安排公布后完善。",
      bodyHtml: sanitizeRichText(p("春节假期线下窗口安排待定，“一网通办”和12345热线正常受理。") + NOTE),
      publisher: "南通市行政审批局",
      status: "draft",
      sample: true,
    });
}
