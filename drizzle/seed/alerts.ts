import { and, eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { alertsAlert, orgDepartment } from "@/drizzle/schema";
import { SEVERITY_RANK, type Severity } from "@/server/modules/alerts/labels";

/**
 * SAMPLE DATA (invented, labelled 示例 in every headline): past alerts only, so the seeded site shows no
 * banner. They show /alerts' 往期预警 and an update → cancel chain: a 台风橙色预警 for 启东市 and 海门区,
 * lowered to 蓝色 by an update, then cancelled. Texts follow the style of 南通市气象台's public
 * warnings (signal names and 防御指南 after 《气象灾害预警信号及防御指南》), but the events are made up.
 */

type SampleAlert = {
  identifier: string;
  type: "weather";
  event: string;
  severity: Severity;
  areas: string[];
  headline: string;
  description: string;
  instruction: string;
  sent: string;
  expires: string;
  msgType: "alert" | "update" | "cancel";
  references?: string;
};

const SENDER = "qxj@nantong.gov.cn";

const SAMPLES: SampleAlert[] = [
  {
    identifier: "NT-20260914-S00001",
    type: "weather",
    event: "台风",
    severity: "orange",
    areas: ["qidong", "haimen"],
    headline: "南通市气象台发布启东市、海门区台风橙色预警（示例）",
    description:
      "受台风影响，预计未来24小时内启东市、海门区沿海将出现平均风力10级以上、阵风12级的大风，并伴有暴雨。（示例数据，非真实预警）",
    instruction:
      "1. 停止室内外大型集会和高空等户外危险作业；2. 海上作业船只回港避风，加固港口设施；3. 切断危险的室外电源，危房人员及时转移；4. 非必要不外出，远离广告牌、临时搭建物和大树。",
    sent: "2026-09-14T16:00:00+08:00",
    expires: "2026-09-16T16:00:00+08:00",
    msgType: "alert",
  },
  {
    identifier: "NT-20260915-S00002",
    type: "weather",
    event: "台风",
    severity: "blue",
    areas: ["qidong", "haimen"],
    headline: "南通市气象台将启东市、海门区台风橙色预警降级为蓝色（示例）",
    description: "台风已减弱北上，预计未来24小时内启东市、海门区沿海阵风仍可达8级。（示例数据，非真实预警）",
    instruction:
      "1. 做好防风准备，注意有关媒体报道的台风最新消息；2. 把门窗、围板、棚架、广告牌等易被风吹动的搭建物固紧；3. 海上作业船只暂缓出海。",
    sent: "2026-09-15T10:00:00+08:00",
    expires: "2026-09-16T10:00:00+08:00",
    msgType: "update",
    references: "NT-20260914-S00001",
  },
  {
    identifier: "NT-20260915-S00003",
    type: "weather",
    event: "台风",
    severity: "blue",
    areas: ["qidong", "haimen"],
    headline: "台风蓝色预警解除",
    description: "台风已远离我市，启东市、海门区台风蓝色预警解除。（示例数据）",
    instruction: "预警已解除，请继续关注官方发布的最新信息。",
    sent: "2026-09-15T20:00:00+08:00",
    expires: "2026-09-16T10:00:00+08:00",
    msgType: "cancel",
    references: "NT-20260915-S00002",
  },
  {
    identifier: "NT-20261118-S00004",
    type: "weather",
    event: "大雾",
    severity: "yellow",
    areas: ["city"],
    headline: "南通市气象台发布大雾黄色预警（示例）",
    description: "预计今天早晨到上午，全市大部分地区将出现能见度小于500米的浓雾，局部小于200米。（示例数据，非真实预警）",
    instruction:
      "1. 驾驶人员控制速度，确保安全；2. 机场、高速公路、轮渡码头等采取交通安全管控措施；3. 减少户外活动，呼吸道疾病患者尤其注意。",
    sent: "2026-11-18T05:30:00+08:00",
    expires: "2026-11-18T12:00:00+08:00",
    msgType: "alert",
  },
];

export async function seedAlerts(db: DB) {
  const [dept] = await db
    .select({ id: orgDepartment.id, name: orgDepartment.name })
    .from(orgDepartment)
    .where(eq(orgDepartment.code, "qxj"));
  for (const s of SAMPLES) {
    const [exists] = await db
      .select({ id: alertsAlert.id })
      .from(alertsAlert)
      .where(and(eq(alertsAlert.sender, SENDER), eq(alertsAlert.identifier, s.identifier)));
    if (exists) continue;
    const [ref] = s.references
      ? await db
          .select({ id: alertsAlert.id })
          .from(alertsAlert)
          .where(and(eq(alertsAlert.sender, SENDER), eq(alertsAlert.identifier, s.references)))
      : [];
    const sent = new Date(s.sent);
    const [row] = await db
      .insert(alertsAlert)
      .values({
        identifier: s.identifier,
        sender: SENDER,
        type: s.type,
        event: s.event,
        severity: s.severity,
        severityRank: SEVERITY_RANK[s.severity],
        urgency: s.msgType === "cancel" ? "Past" : "Expected",
        areas: s.areas,
        headline: s.headline,
        description: s.description,
        instruction: s.instruction,
        issuer: dept?.name ?? "南通市气象局",
        departmentId: dept?.id ?? null,
        msgType: s.msgType,
        referencesId: ref?.id ?? null,
        state: "published",
        source: "seed",
        sentAt: sent,
        effectiveAt: sent,
        expiresAt: new Date(s.expires),
        sample: true,
        createdAt: sent,
        updatedAt: sent,
      })
      .returning({ id: alertsAlert.id });
    if (ref && row) await db.update(alertsAlert).set({ supersededById: row.id }).where(eq(alertsAlert.id, ref.id));
  }
}
