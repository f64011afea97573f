import { eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountUser, hotlineCategory, hotlineEvent, hotlineSlaRule, hotlineTicket, orgDepartment } from "@/drizzle/schema";
import { addWorkingDays, shanghaiDate, type HolidayCalendar } from "@/server/lib/working-days";
import { loadHolidayCalendar } from "@/server/modules/admin/service";

// SAMPLE DATA — INVENTED. About 400 12345 tickets so the agent queues, the department desk, the
// statistics page and the public page are not empty in the demo. Every ticket, place description and
// answer below is made up; no real person, phone number or case. Tickets carry idempotency scope
// 'seed-sample' (key sample-<n>), so they are recognisable and the seed inserts them only once.
// Deterministic: a seeded PRNG decides everything; times are relative to the seeding moment (the last
// ~8 weeks), so the figures move with the calendar but the mix is the same every time.

export const SAMPLE_SCOPE = "seed-sample";
export const SAMPLE_COUNT = 400;

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly by resident population (2020 census, 万人): the seven county-level divisions of Nantong. */
const DIVISIONS: { name: string; weight: number; places: string[] }[] = [
  { name: "崇川区", weight: 128, places: ["工农路", "南大街", "濠河风景区附近", "钟秀街道", "狼山镇街道", "观音山街道"] },
  { name: "通州区", weight: 123, places: ["金沙街道", "世纪大道", "川姜镇", "平潮镇"] },
  { name: "海门区", weight: 106, places: ["三厂街道", "海门街道", "常乐镇", "悦来镇"] },
  { name: "如皋市", weight: 123, places: ["如城街道", "长江镇", "白蒲镇", "搬经镇"] },
  { name: "启东市", weight: 96, places: ["汇龙镇", "吕四港镇", "南阳镇", "寅阳镇"] },
  { name: "海安市", weight: 87, places: ["城东镇", "海安街道", "角斜镇", "曲塘镇"] },
  { name: "如东县", weight: 88, places: ["掘港街道", "洋口镇", "栟茶镇", "岔河镇"] },
];
const TYPES: { type: string; weight: number }[] = [
  { type: "咨询", weight: 35 },
  { type: "投诉", weight: 28 },
  { type: "求助", weight: 16 },
  { type: "建议", weight: 11 },
  { type: "举报", weight: 6 },
  { type: "其他", weight: 4 },
];

/** What people write about, by category code (generic, no personal data). */
const TEXT: Record<string, { ask: string[]; answer: string }> = {
  "cg-zdjy": {
    ask: ["{p}路口每天傍晚有流动摊贩占道经营，影响行人和车辆通行。", "{p}农贸市场外人行道被摊位占用，希望规范管理。"],
    answer: "已安排执法中队现场劝离并设置疏导点，后续加强巡查。",
  },
  "cg-wzdj": {
    ask: ["{p}某小区一楼住户在公共绿地上搭建棚屋，请核实处理。", "{p}沿街商铺私自加建雨棚，存在安全隐患。"],
    answer: "经现场核查属违法搭建，已下达限期拆除通知，当事人已自行拆除。",
  },
  "cg-ld": {
    ask: ["{p}一段路灯连续多晚不亮，夜间出行不便。", "{p}小区门口路灯白天常亮，浪费电。"],
    answer: "已通知路灯维护单位检修，故障线路已修复，路灯恢复正常。",
  },
  "cg-ljql": {
    ask: ["{p}垃圾收集点满溢两天未清运，气味较大。", "{p}装修垃圾堆放在楼道口一周无人清理。"],
    answer: "环卫作业单位已完成清运，并调整该点位清运频次为每日两次。",
  },
  "cg-ggp": { ask: ["{p}沿街广告牌松动，大风天气有坠落风险。"], answer: "已督促产权单位加固广告牌，并对周边同类设施开展排查。" },
  "hb-zs": {
    ask: ["{p}附近工地夜间施工噪声扰民，影响休息。", "{p}一家餐饮店外机噪声很大，深夜仍在运转。"],
    answer: "已约谈相关单位，要求夜间22时后停止高噪声作业，并安排复查。",
  },
  "hb-fq": { ask: ["{p}一处企业傍晚排放刺鼻气味，请监测处理。"], answer: "执法人员已现场检查并采样，责令企业整改废气处理设施。" },
  "hb-swr": { ask: ["{p}河道出现大面积油污，水体发黑。"], answer: "已溯源排查并封堵一处违规排口，河道已开展清理。" },
  "hb-gf": { ask: ["{p}田边有人倾倒不明固体废物。"], answer: "已会同属地清理废物并立案调查倾倒来源。" },
  "jt-gj": {
    ask: ["希望增开{p}至市区的早高峰公交班次。", "{p}公交站台候车亭损坏，下雨没有遮挡。"],
    answer: "公交公司已评估客流，拟在早高峰加密班次；站台已安排维修。",
  },
  "jt-czc": { ask: ["在{p}乘坐出租车遇到绕路，要求核查。"], answer: "已调取行车记录核实，对驾驶员作出处理并退还多收费用。" },
  "jt-dlss": {
    ask: ["{p}路面出现较大坑洼，电动车通行危险。", "{p}人行道砖松动多处。"],
    answer: "养护单位已完成坑槽修补，并对该路段进行全面检查。",
  },
  "jt-wzt": { ask: ["{p}小区出入口长期有车辆违停，堵塞消防通道。"], answer: "交警已加强该路段巡查，对违停车辆依法处理并增设提示牌。" },
  "zf-wy": {
    ask: ["{p}某小区物业长期不清理楼道，电梯经常故障。", "咨询{p}小区更换物业公司的程序。"],
    answer: "已约谈物业公司限期整改，并告知业主大会选聘物业的程序。",
  },
  "zf-wxjj": { ask: ["咨询{p}老旧小区加装电梯能否使用维修资金。"], answer: "符合条件的可申请使用维修资金，需经业主表决并向住建部门备案。" },
  "zf-spf": { ask: ["{p}新交付楼盘墙面开裂渗水，开发商迟迟不修。"], answer: "已督促开发企业制定维修方案，承诺在保修期内完成维修。" },
  "zf-gjj": {
    ask: ["咨询异地购房能否提取住房公积金。", "公积金贷款审批进度较慢，想了解原因。"],
    answer: "符合条件可提取，需提供购房合同等材料；贷款审批进度已协调加快。",
  },
  "sb-sb": {
    ask: ["咨询灵活就业人员如何在南通参加职工养老保险。", "社保转移接续多长时间能办好？"],
    answer: "可通过线上或社保经办窗口办理，转移接续一般在45个工作日内完成。",
  },
  "sb-gz": { ask: ["{p}一家工厂拖欠十余名工人两个月工资。"], answer: "劳动保障监察已立案，督促企业补发拖欠工资。" },
  "sb-jy": { ask: ["咨询高校毕业生就业补贴的申领条件。"], answer: "已告知补贴政策和申领渠道，可在人社服务平台在线申请。" },
  "sb-yb": {
    ask: ["咨询门诊慢特病医保报销的办理流程。", "异地就医备案怎么办理？"],
    answer: "可在医保服务平台在线备案或申请，已告知所需材料。",
  },
  "yl-jyfw": { ask: ["{p}社区卫生服务中心周末无法预约疫苗接种。"], answer: "已协调增加周末接种门诊时段，并开通线上预约。" },
  "yl-yd": { ask: ["反映{p}某医院窗口服务态度较差。"], answer: "医院已调查核实，对相关人员进行批评教育并改进服务流程。" },
  "yl-ggws": { ask: ["{p}小区周边蚊虫较多，希望开展消杀。"], answer: "疾控部门已指导街道开展病媒生物防制，完成集中消杀。" },
  "za-zaxj": { ask: ["{p}一处废弃厂房常有人聚集，存在治安隐患。"], answer: "属地派出所已加强巡逻，并联系产权单位封闭出入口。" },
  "za-hz": {
    ask: ["咨询新生儿落户需要哪些材料。", "身份证丢失后异地补办的流程。"],
    answer: "已告知办理材料和流程，可通过线上预约后到窗口办理。",
  },
  "jy-zs": { ask: ["咨询{p}学区小学入学登记的时间和材料。"], answer: "已告知当年招生公告的发布时间和登记材料。" },
  "jy-xwpx": { ask: ["{p}一家校外培训机构收费后无法退费。"], answer: "教育部门已约谈机构，督促按合同办理退费。" },
  "jy-sf": { ask: ["反映{p}某学校收取资料费是否合规。"], answer: "经核查，学校已停止收取该项费用并退还。" },
  "sc-spaq": {
    ask: ["{p}一家小吃店后厨卫生条件差。", "在{p}超市购买的食品已过保质期。"],
    answer: "市场监管人员已现场检查，责令整改并依法处理。",
  },
  "sc-xfwq": { ask: ["在{p}一家健身房办卡后门店关闭，要求退款。"], answer: "已组织调解，商家同意分期退还剩余费用。" },
  "sc-jg": { ask: ["{p}停车场收费高于公示标准。"], answer: "已责令停车场按公示标准收费，并退还多收费用。" },
  "mz-yl": {
    ask: ["咨询{p}居家养老服务补贴的申请条件。", "希望{p}增设社区老年助餐点。"],
    answer: "已告知补贴条件和申请渠道；助餐点建议已转属地研究。",
  },
  "mz-db": { ask: ["咨询低保申请需要准备哪些材料。"], answer: "已告知申请材料，可向户籍所在地街道（乡镇）提出申请。" },
  "qt-qt": {
    ask: ["对12345热线服务提出建议：希望增加夜间人工坐席。", "{p}一处公共设施归属不清，不知道找哪个部门。"],
    answer: "已记录建议并转相关单位研究，具体事项已明确责任单位。",
  },
};

const REVISIT = ["满意", "满意", "满意", "满意", "满意", "满意", "满意", "基本满意", "基本满意", "不满意"];

type EventRow = typeof hotlineEvent.$inferInsert;
type TicketRow = typeof hotlineTicket.$inferInsert;

/** Seeds the invented sample tickets once (skipped when any 'seed-sample' ticket exists). Returns how many were created. */
export async function seedHotlineSamples(db: DB, now = new Date()): Promise<number> {
  const [done] = await db
    .select({ id: hotlineTicket.id })
    .from(hotlineTicket)
    .where(eq(hotlineTicket.idempotencyScope, SAMPLE_SCOPE))
    .limit(1);
  if (done) return 0;
  const users = await db.select({ id: accountUser.id, phone: accountUser.phone, role: accountUser.role }).from(accountUser);
  const byPhone = (p: string) => users.find((u) => u.phone === p);
  const citizen = byPhone("13800000001");
  const agent = byPhone("13800000003");
  const cgStaff = byPhone("13800000004");
  const leaves = await db
    .select({
      id: hotlineCategory.id,
      code: hotlineCategory.code,
      departmentId: hotlineCategory.departmentId,
      needsLocation: hotlineCategory.needsLocation,
    })
    .from(hotlineCategory);
  const cats = leaves.filter((c) => TEXT[c.code] && c.departmentId !== null);
  if (cats.length === 0) return 0;
  const [cgj] = await db.select({ id: orgDepartment.id }).from(orgDepartment).where(eq(orgDepartment.code, "cgj"));
  const sla = new Map((await db.select().from(hotlineSlaRule)).map((r) => [r.requestType, r.workingDays]));
  const cal: HolidayCalendar = await loadHolidayCalendar(db);

  const rnd = prng(20261201);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const weighted = <T extends { weight: number }>(xs: T[]) => {
    let r = rnd() * xs.reduce((s, x) => s + x.weight, 0);
    for (const x of xs) if ((r -= x.weight) < 0) return x;
    return xs[xs.length - 1]!;
  };
  const H = 3_600_000;
  const D = 24 * H;
  const SPAN_DAYS = 56;
  const nowMs = now.getTime();

  const plans: { ticket: TicketRow; events: Omit<EventRow, "ticketId">[] }[] = [];
  for (let i = 0; i < SAMPLE_COUNT; i++) {
    // The first few belong to the demo citizen; the next few are open orders of 市城管局 (the demo staff).
    const forCitizen = citizen && i < 6;
    const forCgj = !forCitizen && i < 20;
    const div = weighted(DIVISIONS);
    const type = forCgj ? pick(["投诉", "求助", "举报"]) : weighted(TYPES).type;
    const cat = forCgj || forCitizen ? pick(cats.filter((c) => c.code.startsWith("cg-"))) : pick(cats);
    const text = TEXT[cat.code]!;
    const place = `${div.name}${pick(div.places)}`;
    const description = pick(text.ask).replace("{p}", place);
    // Recent tickets a little more often (the queues have a front); a fraction of a day of office hours.
    const ageDays = forCgj ? 1 + Math.floor(rnd() * 12) : Math.floor(Math.pow(rnd(), 1.15) * SPAN_DAYS);
    const createdMs = Math.min(nowMs - 20 * 60_000, nowMs - ageDays * D - Math.floor(rnd() * 10 * H));
    const created = new Date(createdMs);
    const channel = forCitizen ? "web" : pick(["phone", "phone", "phone", "web", "mobile", "wechat"]);
    const ticket: TicketRow = {
      ticketNo: `12345${shanghaiDate(created).replaceAll("-", "")}8${String(i).padStart(5, "0")}`,
      type,
      categoryId: cat.id,
      channel,
      status: "new",
      description,
      district: rnd() < 0.93 || cat.needsLocation ? div.name : null,
      address: cat.needsLocation ? place : null,
      isPublic: rnd() < 0.4,
      contactName: null,
      contactPhone: forCitizen ? "13800000001" : null,
      citizenUserId: forCitizen ? citizen!.id : null,
      createdById: forCitizen ? citizen!.id : channel === "phone" ? (agent?.id ?? null) : null,
      idempotencyScope: SAMPLE_SCOPE,
      idempotencyKey: `sample-${i}`,
      createdAt: created,
      updatedAt: created,
    };
    const events: Omit<EventRow, "ticketId">[] = [
      {
        at: created,
        actorId: ticket.createdById ?? null,
        actorRole: forCitizen ? "citizen" : channel === "phone" ? "agent" : null,
        fromStatus: null,
        toStatus: "new",
        note: channel === "phone" ? "坐席代为登记（电话）" : "受理诉求",
      },
    ];
    let status = "new";
    let at = createdMs;
    /** Moves on when the step's time has come; false when it lies in the future (the ticket waits here). */
    const step = (
      afterMs: number,
      to: string,
      note: string,
      role: "agent" | "staff",
      set: Partial<TicketRow> = {},
      departmentId?: number | null,
    ) => {
      const when = at + afterMs;
      if (when > nowMs) return false;
      at = when;
      const actorId = role === "agent" ? (agent?.id ?? null) : departmentId === cgj?.id ? (cgStaff?.id ?? null) : null;
      events.push({ at: new Date(when), actorId, actorRole: role, fromStatus: status, toStatus: to, note });
      status = to;
      Object.assign(ticket, set, { status: to, updatedAt: new Date(when) });
      if (to === "closed") ticket.closedAt = new Date(when);
      if (to === "replied") ticket.repliedAt = new Date(when);
      return true;
    };

    const direct = !forCgj && !forCitizen && (type === "咨询" ? rnd() < 0.65 : rnd() < 0.08);
    if (direct) {
      step(0.2 * H + rnd() * 3 * H, "closed", `直接答复：${text.answer}`, "agent", { answer: text.answer });
    } else {
      const deptId = forCgj || forCitizen ? cgj!.id : cat.departmentId!;
      let rounds = 0;
      const waitingIntake = !forCgj && !forCitizen && ageDays <= 1 && rnd() < 0.5;
      while (!waitingIntake && rounds++ < 2) {
        const dispatchAt = new Date(at + 0.3 * H + rnd() * 4 * H);
        const due = addWorkingDays(dispatchAt, sla.get(type) ?? 13, cal);
        if (
          !step(dispatchAt.getTime() - at, "dispatched", `派单，办理时限 ${due}`, "agent", {
            departmentId: deptId,
            dueDate: due,
            dispatchedAt: dispatchAt,
            returnReason: null,
          })
        )
          break;
        // a misrouted order comes back now and then (退单)
        if (!forCgj && rnd() < 0.06) {
          if (
            !step(
              2 * H + rnd() * 20 * H,
              "returned",
              "退单：该事项不属于本单位职责，建议改派属地",
              "staff",
              { departmentId: null, dueDate: null, returnReason: "该事项不属于本单位职责，建议改派属地" },
              deptId,
            )
          )
            break;
          if (rnd() < 0.5) break; // still waiting to be re-dispatched
          continue;
        }
        if ((forCgj && i % 2 === 1) || (nowMs - at < 3 * D && rnd() < 0.4)) break; // not yet 签收
        if (!step(1 * H + rnd() * 20 * H, "accepted", "部门签收", "staff", {}, deptId)) break;
        if (forCgj) break; // 市城管局's demo desk keeps these open
        const stuck = rnd() < 0.07; // never answered: overdue once the due date passes
        if (stuck) break;
        const workDays = (sla.get(type) ?? 13) + (rnd() < 0.14 ? 4 : -1);
        const replyMs = Math.max(2 * H, (workDays * 1.4 * D * (0.35 + rnd() * 0.6)) | 0);
        if (!step(replyMs, "replied", `答复：${text.answer}`, "staff", { answer: text.answer }, deptId)) break;
        if (rnd() < 0.3 && nowMs - at < 5 * D) break; // awaiting the return visit
        const result = pick(REVISIT);
        if (result === "不满意") {
          if (!step(4 * H + rnd() * 30 * H, "reopened", "回访：不满意（认为问题未解决）", "agent", { satisfaction: "不满意" })) break;
          if (rnd() < 0.4) break; // waiting to be dispatched again
          continue;
        }
        step(4 * H + rnd() * 30 * H, "closed", `回访：${result}`, "agent", { satisfaction: result });
        break;
      }
    }
    plans.push({ ticket, events });
  }

  await db.transaction(async (tx) => {
    for (let i = 0; i < plans.length; i += 100) {
      const chunk = plans.slice(i, i + 100);
      const rows = await tx
        .insert(hotlineTicket)
        .values(chunk.map((p) => p.ticket))
        .returning({ id: hotlineTicket.id, key: hotlineTicket.idempotencyKey });
      const idOf = new Map(rows.map((r) => [r.key, r.id]));
      const events = chunk.flatMap((p) => p.events.map((e) => ({ ...e, ticketId: idOf.get(p.ticket.idempotencyKey!)! })));
      await tx.insert(hotlineEvent).values(events);
    }
  });
  return plans.length;
}
