import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import { XMLParser } from "fast-xml-parser";
import { accountDevSmsOutbox, accountMessage, alertsAlert, alertsDelivery, alertsSubscription, auditLog } from "@/drizzle/schema";
import type { DB } from "@/server/db";
import { createCaller } from "@/server/root";
import type { SessionUser } from "@/server/modules/account/service";
import * as alerts from "@/server/modules/alerts/service";
import { drainFanout } from "@/server/modules/alerts/fanout";
import { CAP_NS, capTime, parseCapXml, toCapXml } from "@/server/modules/alerts/cap";
import { alertsCapResponse, alertsJsonResponse, ingestAlertsResponse } from "@/server/modules/alerts/http";
import { createIngestKey, DEMO_INGEST_KEY } from "@/server/lib/ingest-keys";
import type { TAlertContent } from "@/server/modules/alerts/validation";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser, freshIp } from "../helpers/fixtures";
import { expectAppError, expectTrpcError } from "../helpers/errors";
import { newUser } from "../helpers/hotline";

const HOUR = 3_600_000;

function content(over: Partial<TAlertContent> = {}): TAlertContent {
  const now = Date.now();
  return {
    type: "weather",
    event: "暴雨",
    severity: "yellow",
    areas: ["rugao"],
    headline: "南通市气象台发布如皋市暴雨黄色预警（测试）",
    description: "预计未来6小时内如皋市降雨量将达50毫米以上，或者已达50毫米以上且降雨可能持续。",
    instruction: "1. 注意防范暴雨；2. 切断低洼地带有危险的室外电源；3. 驾驶人员注意道路积水和交通阻塞。",
    capStatus: "actual",
    effectiveAt: new Date(now - 60_000),
    expiresAt: new Date(now + 12 * HOUR),
    ...over,
  };
}

function capDoc(over: Record<string, string> = {}, info: Record<string, string> = {}) {
  const sent = over.sent ?? capTime(new Date(Date.now() - 60_000));
  const fields = {
    identifier: `UP-${process.pid}-${Math.random().toString(36).slice(2, 10)}`,
    sender: "warning.upstream.example",
    sent,
    status: "Actual",
    msgType: "Alert",
    scope: "Public",
    ...over,
  };
  const i = {
    language: "zh-CN",
    category: "Met",
    event: "大风",
    urgency: "Expected",
    severity: "Moderate",
    certainty: "Likely",
    effective: sent,
    expires: capTime(new Date(Date.now() + 6 * HOUR)),
    senderName: "江苏省突发事件预警信息发布中心",
    headline: "启东市大风黄色预警（测试）",
    description: "预计未来12小时内启东市沿海将出现8级以上大风。",
    instruction: "加固搭建物，海上作业船只回港避风。",
    ...info,
  };
  const el = (o: Record<string, string>) =>
    Object.entries(o)
      .filter(([k]) => k !== "references" || o[k])
      .map(([k, v]) => `<${k}>${v}</${k}>`)
      .join("");
  return {
    fields,
    xml: `<?xml version="1.0" encoding="UTF-8"?><alert xmlns="${CAP_NS}">${el(fields)}<info>${el(i)}<area><areaDesc>启东市</areaDesc><geocode><valueName>GB/T 2260</valueName><value>320681</value></geocode></area></info></alert>`,
  };
}

describe.each(BACKENDS)("突发事件预警 on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let drafter: SessionUser;
  let approver: SessionUser;
  let meteo: SessionUser;
  let citizen: SessionUser;
  let otherStaff: SessionUser;
  const ctx = () => ({ db, ip: freshIp() });
  const caller = (user: SessionUser | null) => createCaller({ db, user, ip: freshIp() });

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    drafter = await demoUser(db, "13800000021");
    approver = await demoUser(db, "13800000022");
    meteo = await demoUser(db, "13800000023");
    citizen = await demoUser(db, DEMO.citizen);
    otherStaff = await demoUser(db, DEMO.staff); // 市城管局
  });
  afterAll(() => cleanup());

  describe("who may issue", () => {
    it("a citizen, an agent or another department's staff cannot draft or publish", async () => {
      await expectTrpcError(caller(citizen).governance.alerts.desk.create({ content: content() }), "FORBIDDEN");
      const agent = await demoUser(db, DEMO.agent);
      await expectTrpcError(caller(agent).governance.alerts.desk.create({ content: content() }), "FORBIDDEN");
      const e = await expectTrpcError(caller(otherStaff).governance.alerts.desk.create({ content: content() }), "FORBIDDEN");
      expect(e.message).toMatch(/市应急管理局、市气象局/);
      await expectTrpcError(caller(null).governance.alerts.desk.list(), "UNAUTHORIZED");
      expect(await caller(otherStaff).governance.alerts.desk.canIssue()).toBe(false);
      expect(await caller(meteo).governance.alerts.desk.canIssue()).toBe(true);
    });

    it("another alerts department cannot touch this department's drafts", async () => {
      const d = await alerts.createDraft(ctx(), drafter, { content: content() });
      await expectAppError(alerts.submit(ctx(), meteo, { id: d.id, version: d.version }), "NOT_FOUND");
    });

    it("rejects bad content with field messages and keeps nothing", async () => {
      const before = await db.select({ n: sql<number>`count(*)::int` }).from(alertsAlert);
      const e = await expectTrpcError(
        caller(drafter).governance.alerts.desk.create({
          content: content({ headline: "短", expiresAt: new Date(Date.now() - 2 * HOUR), effectiveAt: new Date(Date.now() - HOUR) }),
        }),
        "BAD_REQUEST",
      );
      expect(e.cause).toMatchObject({ fieldErrors: { content: expect.any(Array) } });
      const after = await db.select({ n: sql<number>`count(*)::int` }).from(alertsAlert);
      expect(after[0]!.n).toBe(before[0]!.n);
    });
  });

  describe("four-eyes rule", () => {
    it("a yellow alert is published when submitted", async () => {
      const d = await alerts.createDraft(ctx(), drafter, { content: content() });
      expect(d.state).toBe("draft");
      const p = await alerts.submit(ctx(), drafter, { id: d.id, version: d.version });
      expect(p.state).toBe("published");
      expect(p.identifier).toMatch(/^NT-\d{8}-\d{6}$/);
      expect((await alerts.liveAlerts(db)).map((x) => x.id)).toContain(p.id);
    });

    it("a red alert waits for a second person; the drafter cannot approve it; the approval is audited", async () => {
      const d = await alerts.createDraft(ctx(), drafter, { content: content({ severity: "red", event: "台风", areas: ["qidong"] }) });
      const pending = await alerts.submit(ctx(), drafter, { id: d.id, version: d.version });
      expect(pending.state).toBe("pending");
      expect((await alerts.liveAlerts(db)).map((x) => x.id)).not.toContain(d.id);
      await expectAppError(alerts.approve(ctx(), drafter, { id: d.id, version: pending.version }), "FORBIDDEN", /另一名工作人员/);
      const published = await alerts.approve(ctx(), approver, { id: d.id, version: pending.version });
      expect(published.state).toBe("published");
      const trail = await db
        .select({ action: auditLog.action, actorId: auditLog.actorId, outcome: auditLog.outcome })
        .from(auditLog)
        .where(and(eq(auditLog.targetType, "alert"), eq(auditLog.targetId, String(d.id))));
      expect(trail).toEqual(
        expect.arrayContaining([
          { action: "alerts.submit", actorId: drafter.id, outcome: "success" },
          { action: "alerts.approve", actorId: drafter.id, outcome: "failure" },
          { action: "alerts.approve", actorId: approver.id, outcome: "success" },
        ]),
      );
      // Approving twice is a conflict, not a second publish.
      await expectAppError(alerts.approve(ctx(), approver, { id: d.id, version: published.version }), "CONFLICT");
    });

    it("an orange alert can be sent back with a reason, edited and resubmitted", async () => {
      const d = await alerts.createDraft(ctx(), drafter, { content: content({ severity: "orange" }) });
      const p = await alerts.submit(ctx(), drafter, { id: d.id, version: d.version });
      const r = await alerts.reject(ctx(), approver, { id: d.id, version: p.version, reason: "影响区域漏了如东县" });
      expect(r).toMatchObject({ state: "rejected", rejectionReason: "影响区域漏了如东县" });
      const e = await alerts.editDraft(ctx(), drafter, {
        id: d.id,
        version: r.version,
        content: content({ severity: "orange", areas: ["rugao", "rudong"] }),
      });
      expect(e).toMatchObject({ state: "draft", areas: ["rugao", "rudong"] });
      await expectAppError(alerts.editDraft(ctx(), drafter, { id: d.id, version: r.version, content: content() }), "CONFLICT");
    });

    it("refuses to publish an alert whose expiry has passed", async () => {
      const d = await alerts.createDraft(ctx(), drafter, { content: content() });
      await expectAppError(
        alerts.submit(ctx(), drafter, { id: d.id, version: d.version }, new Date(Date.now() + 13 * HOUR)),
        "BAD_REQUEST",
        /失效时间已过/,
      );
    });
  });

  describe("update and cancel", () => {
    it("an update supersedes the original and a cancel ends it; both reference it", async () => {
      const d = await alerts.createDraft(ctx(), meteo, { content: content({ event: "大雾", areas: ["city"] }) });
      const original = await alerts.submit(ctx(), meteo, { id: d.id, version: d.version });
      const u = await alerts.createDraft(ctx(), meteo, {
        content: content({ event: "大雾", severity: "blue", areas: ["city"] }),
        referencesId: original.id,
      });
      expect(u).toMatchObject({ msgType: "update", referencesId: original.id });
      const update = await alerts.submit(ctx(), meteo, { id: u.id, version: u.version });
      const detail = await alerts.publicDetail(db, original.id);
      expect(detail.supersededBy?.id).toBe(update.id);
      expect(detail.live).toBe(false);
      // The superseded original can no longer be updated or cancelled.
      await expectAppError(alerts.cancel(ctx(), meteo, { referencesId: original.id, reason: "大雾已经消散了" }), "CONFLICT");
      const c = await alerts.cancel(ctx(), meteo, { referencesId: update.id, reason: "大雾已经消散，预警解除" });
      expect(c).toMatchObject({ msgType: "cancel", referencesId: update.id, state: "published" });
      const live = (await alerts.liveAlerts(db)).map((x) => x.id);
      expect(live).not.toContain(original.id);
      expect(live).not.toContain(update.id);
      const cap = parseCapXml(await alerts.capXmlOf(db, c.id, "https://example.test"));
      expect(cap.msgType).toBe("cancel");
      expect(cap.references[0]).toMatchObject({ sender: update.sender, identifier: update.identifier });
    });
  });

  describe("CAP 1.2", () => {
    it("an alert's CAP carries every required element in the CAP namespace", async () => {
      const d = await alerts.createDraft(ctx(), drafter, { content: content({ areas: ["qidong", "haimen"] }) });
      const p = await alerts.submit(ctx(), drafter, { id: d.id, version: d.version });
      const xml = await alerts.capXmlOf(db, p.id, "https://www.nantong.gov.cn");
      const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml) as {
        alert: Record<string, unknown> & { info: Record<string, unknown> & { area: { areaDesc: string; geocode: { value: string } }[] } };
      };
      const root = doc.alert;
      expect(root["@_xmlns"]).toBe("urn:oasis:names:tc:emergency:cap:1.2");
      for (const k of ["identifier", "sender", "sent", "status", "msgType", "scope", "info"]) expect(root[k], k).toBeTruthy();
      expect(root.sent).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
      const info = root.info;
      for (const k of [
        "language",
        "category",
        "event",
        "urgency",
        "severity",
        "certainty",
        "headline",
        "description",
        "instruction",
        "area",
      ])
        expect(info[k], k).toBeTruthy();
      expect(info).toMatchObject({ language: "zh-CN", category: "Met", severity: "Moderate", event: "暴雨" });
      expect(info.area.map((x) => [x.areaDesc, x.geocode.value])).toEqual([
        ["启东市", "320681"],
        ["海门区", "320614"],
      ]);
    });

    it("ingest round-trips: CAP in → alert → CAP out", async () => {
      const { xml, fields } = capDoc();
      const a = await alerts.ingestCap(ctx(), xml, { keyName: "test" });
      expect(a).toMatchObject({
        state: "published",
        severity: "yellow",
        areas: ["qidong"],
        event: "大风",
        source: "ingest",
        identifier: fields.identifier,
      });
      const back = parseCapXml(await alerts.capXmlOf(db, a.id, "https://example.test"));
      const first = parseCapXml(xml);
      expect({ ...back, references: [] }).toMatchObject({
        identifier: first.identifier,
        sender: first.sender,
        capStatus: first.capStatus,
        msgType: first.msgType,
        type: first.type,
        event: first.event,
        severity: first.severity,
        urgency: first.urgency,
        certainty: first.certainty,
        headline: first.headline,
        description: first.description,
        instruction: first.instruction,
        issuer: first.issuer,
        areas: first.areas,
      });
      expect(back.sentAt.getTime()).toBe(first.sentAt.getTime());
      expect(back.expiresAt.getTime()).toBe(first.expiresAt.getTime());
      // The same message again is a conflict.
      await expectAppError(alerts.ingestCap(ctx(), xml, { keyName: "test" }), "CONFLICT", /已接收/);

      // An upstream update and cancel reference it.
      const ref = `${fields.sender},${fields.identifier},${fields.sent}`;
      const up = capDoc({ msgType: "Update", references: ref }, { severity: "Severe" });
      const updated = await alerts.ingestCap(ctx(), up.xml, { keyName: "test" });
      expect(updated).toMatchObject({ msgType: "update", referencesId: a.id, severity: "orange" });
      const cancel = capDoc({ msgType: "Cancel", references: `${up.fields.sender},${up.fields.identifier},${up.fields.sent}` });
      const cancelled = await alerts.ingestCap(ctx(), cancel.xml, { keyName: "test" });
      expect(cancelled).toMatchObject({ msgType: "cancel", referencesId: updated.id });
      expect((await alerts.liveAlerts(db)).map((x) => x.id)).not.toContain(updated.id);
    });

    it("rejects malformed XML, a foreign namespace, DOCTYPE, unknown severities, expired alerts and dangling references", async () => {
      const ing = (xml: string) => alerts.ingestCap(ctx(), xml, { keyName: "test" });
      await expectAppError(ing("<alert><identifier>x</alert>"), "BAD_REQUEST", /XML 格式错误（第1行/);
      await expectAppError(ing(capDoc().xml.replace(CAP_NS, "urn:oasis:names:tc:emergency:cap:1.1")), "BAD_REQUEST", /命名空间/);
      await expectAppError(ing(`<!DOCTYPE a [<!ENTITY x "y">]>${capDoc().xml.replace(/^<\?xml[^>]*>/, "")}`), "BAD_REQUEST", /DOCTYPE/);
      await expectAppError(ing(capDoc({}, { severity: "Unknown" }).xml), "BAD_REQUEST", /未知的预警级别.*Unknown/);
      await expectAppError(ing(capDoc({}, { category: "Rescue" }).xml), "BAD_REQUEST", /category/);
      await expectAppError(ing(capDoc({ status: "Draft" }).xml), "BAD_REQUEST", /status/);
      await expectAppError(ing(capDoc({ sent: "2026-12-01T10:00:00Z" }).xml), "BAD_REQUEST", /时区/);
      const past = capTime(new Date(Date.now() - 2 * HOUR));
      await expectAppError(
        ing(
          capDoc({ sent: capTime(new Date(Date.now() - 5 * HOUR)) }, { effective: capTime(new Date(Date.now() - 5 * HOUR)), expires: past })
            .xml,
        ),
        "BAD_REQUEST",
        /已过期/,
      );
      await expectAppError(ing(capDoc({ msgType: "Update" }).xml), "BAD_REQUEST", /references/);
      await expectAppError(ing(capDoc({ msgType: "Cancel", references: `nobody,none,${past}` }).xml), "NOT_FOUND", /原预警不存在/);
      const noHeadline = capDoc().xml.replace(/<headline>.*<\/headline>/, "");
      await expectAppError(ing(noHeadline), "BAD_REQUEST", /<headline>/);
      const elsewhere = capDoc().xml.replace("320681", "320581");
      await expectAppError(ing(elsewhere), "BAD_REQUEST", /不在南通市范围/);
    });

    it("toCapXml escapes text", () => {
      const xml = toCapXml({
        identifier: "X-1",
        sender: "s@example",
        sentAt: new Date(),
        capStatus: "test",
        msgType: "alert",
        references: null,
        type: "safety",
        event: "火灾",
        severity: "blue",
        urgency: "Expected",
        certainty: "Likely",
        effectiveAt: new Date(),
        expiresAt: new Date(Date.now() + HOUR),
        issuer: "<机构>",
        headline: "A & B <c>",
        description: "描述 </description><x>",
        instruction: "指南",
        areas: ["city"],
      });
      expect(parseCapXml(xml)).toMatchObject({
        headline: "A & B <c>",
        description: "描述 </description><x>",
        issuer: "<机构>",
        areas: ["city"],
      });
    });
  });

  describe("subscriptions and fan-out", () => {
    it("matches division and level, sends each subscriber one message and SMS, and two workers never send twice", async () => {
      await drainFanout(db); // whatever earlier tests queued
      const inRugao = await newUser(db, "citizen");
      const wholeCity = await newUser(db, "citizen");
      const redOnly = await newUser(db, "citizen");
      const elsewhere = await newUser(db, "citizen");
      const smsOnly = await newUser(db, "citizen");
      await alerts.saveSubscription(ctx(), inRugao, { areas: ["rugao"], minSeverity: "yellow", byMessage: true, bySms: true });
      await alerts.saveSubscription(ctx(), wholeCity, { areas: ["city"], minSeverity: "blue", byMessage: true, bySms: false });
      await alerts.saveSubscription(ctx(), redOnly, { areas: ["rugao"], minSeverity: "red", byMessage: true, bySms: true });
      await alerts.saveSubscription(ctx(), elsewhere, { areas: ["qidong"], minSeverity: "blue", byMessage: true, bySms: true });
      await alerts.saveSubscription(ctx(), smsOnly, { areas: ["rugao", "haian"], minSeverity: "blue", byMessage: false, bySms: true });
      expect(await alerts.getSubscription(db, inRugao)).toMatchObject({ areas: ["rugao"], minSeverity: "yellow", subscribed: true });
      // Through the procedure too; a guest cannot.
      await expectTrpcError(caller(null).governance.alerts.subscription.get(), "UNAUTHORIZED");

      const d = await alerts.createDraft(ctx(), drafter, { content: content({ severity: "orange", areas: ["rugao"] }) });
      const p = await alerts.submit(ctx(), drafter, { id: d.id, version: d.version });
      const published = await alerts.approve(ctx(), approver, { id: d.id, version: p.version });
      const [r1, r2] = await Promise.all([drainFanout(db, { batchSize: 2 }), drainFanout(db, { batchSize: 2 })]);
      expect(r1.sent + r2.sent).toBeGreaterThanOrEqual(3);

      const deliveries = await db
        .select({ userId: alertsDelivery.userId, sentAt: alertsDelivery.sentAt })
        .from(alertsDelivery)
        .where(eq(alertsDelivery.alertId, published.id));
      const ids = [inRugao, wholeCity, redOnly, elsewhere, smsOnly].map((u) => u.id);
      expect(
        deliveries
          .filter((x) => ids.includes(x.userId))
          .map((x) => x.userId)
          .sort(),
      ).toEqual([inRugao.id, wholeCity.id, smsOnly.id].sort());
      expect(deliveries.every((x) => x.sentAt)).toBe(true);

      const messages = await db
        .select({ userId: accountMessage.userId, title: accountMessage.title, link: accountMessage.link })
        .from(accountMessage)
        .where(and(inArray(accountMessage.userId, ids), eq(accountMessage.link, `/alerts/${published.id}`)));
      expect(messages.map((m) => m.userId).sort()).toEqual([inRugao.id, wholeCity.id].sort());
      expect(messages[0]!.title).toMatch(/^【橙色预警（II级·严重）】/);
      const sms = await db
        .select({ phone: accountDevSmsOutbox.phone, body: accountDevSmsOutbox.body })
        .from(accountDevSmsOutbox)
        .where(inArray(accountDevSmsOutbox.phone, [inRugao.phone, smsOnly.phone, redOnly.phone, elsewhere.phone, wholeCity.phone]));
      expect(sms.map((s) => s.phone).sort()).toEqual([inRugao.phone, smsOnly.phone].sort());
      expect(sms[0]!.body).toMatch(/橙色预警/);

      // Draining again sends nothing more.
      expect((await drainFanout(db)).sent).toBe(0);
    });

    it("no area or no channel ends the subscription", async () => {
      const u = await newUser(db, "citizen");
      await alerts.saveSubscription(ctx(), u, { areas: ["haian"], minSeverity: "blue", byMessage: true, bySms: false });
      const r = await caller(u).governance.alerts.subscription.save({ areas: [], minSeverity: "blue", byMessage: true, bySms: false });
      expect(r.subscribed).toBe(false);
      expect(await db.select().from(alertsSubscription).where(eq(alertsSubscription.userId, u.id))).toEqual([]);
    });
  });

  describe("open API", () => {
    const post = (body: string, headers: Record<string, string>) =>
      ingestAlertsResponse(db, new Request("http://localhost/api/open/v1/ingest/alerts", { method: "POST", body, headers }), "127.0.0.1");

    it("ingest needs a key with the alerts scope and CAP XML, and answers 201 with the alert", async () => {
      const { xml } = capDoc({}, { severity: "Minor" });
      expect((await post(xml, { "content-type": "application/cap+xml" })).status).toBe(401);
      const airOnly = await createIngestKey(db, "air only", ["air"]);
      const forbidden = await post(xml, { "content-type": "application/cap+xml", authorization: `Bearer ${airOnly.key}` });
      expect(forbidden.status).toBe(403);
      const auth = { authorization: `Bearer ${DEMO_INGEST_KEY}` };
      const wrongType = await post(xml, { ...auth, "content-type": "application/json" });
      expect(wrongType.status).toBe(400);
      expect(((await wrongType.json()) as { error: { message: string } }).error.message).toMatch(/application\/cap\+xml/);
      const malformed = await post("<alert>", { ...auth, "content-type": "application/xml" });
      expect(malformed.status).toBe(400);
      const ok = await post(xml, { ...auth, "content-type": "application/cap+xml; charset=utf-8" });
      expect(ok.status).toBe(201);
      const body = (await ok.json()) as { id: number; url: string; severity: string };
      expect(body).toMatchObject({ severity: "blue", url: `http://localhost/alerts/${body.id}` });
      expect((await post(xml, { ...auth, "content-type": "application/cap+xml" })).status).toBe(409);

      const json = (await (await alertsJsonResponse(db, new Request("http://localhost/api/open/v1/alerts"))).json()) as {
        items: { id: number; inEffect: boolean }[];
      };
      expect(json.items.find((i) => i.id === body.id)).toMatchObject({ inEffect: true });
      const feed = await alertsCapResponse(db, new Request("http://localhost/api/open/v1/alerts.cap"));
      expect(feed.headers.get("content-type")).toMatch(/application\/atom\+xml/);
      const atom = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (n) => n === "entry" }).parse(
        await feed.text(),
      ) as {
        feed: { entry: { content: { alert: { identifier: string; "@_xmlns": string } } }[] };
      };
      const entry = atom.feed.entry.find((e) => e.content.alert.identifier === parseCapXml(xml).identifier);
      expect(entry?.content.alert["@_xmlns"]).toBe(CAP_NS);
      const since = await alertsJsonResponse(db, new Request("http://localhost/api/open/v1/alerts?since=2026-01-01T00:00:00%2B08:00"));
      expect(since.status).toBe(200);
      expect((await alertsJsonResponse(db, new Request("http://localhost/api/open/v1/alerts?since=yesterday"))).status).toBe(400);
      expect((await alertsJsonResponse(db, new Request("http://localhost/api/open/v1/alerts?foo=1"))).status).toBe(400);
    });
  });

  describe("public lists", () => {
    it("lists seeded past alerts with the update → cancel chain, and current ones", async () => {
      const past = await alerts.publicList(db, { scope: "past" });
      const typhoon = past.items.find((x) => x.identifier === "NT-20260914-S00001");
      expect(typhoon?.supersededById).toBeTruthy();
      expect(past.items.every((x) => x.msgType !== "cancel")).toBe(true);
      const detail = await alerts.publicDetail(db, typhoon!.id);
      expect(detail.supersededBy?.msgType).toBe("update");
      await expectAppError(alerts.publicDetail(db, 2_000_000_000), "NOT_FOUND");
      const current = await caller(null).governance.alerts.public.list({ scope: "current" });
      expect(current.items.every((x) => x.expiresAt.getTime() > Date.now())).toBe(true);
    });
  });
});
