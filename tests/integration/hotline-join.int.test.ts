import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { accountDevSmsOutbox, accountMessage, hotlineAttachment, hotlineCategory, hotlineSupporter, hotlineTicket } from "@/drizzle/schema";
import {
  acceptTicket,
  createTicket,
  dispatchTicket,
  haversineMeters,
  loadTicket,
  recordReturnVisit,
  replyTicket,
} from "@/server/modules/hotline/service";
import { publicCoordinate } from "@/server/modules/hotline/privacy";
import { agentTicket, mergeTicket } from "@/server/modules/hotline/agent";
import { listQueue } from "@/server/modules/hotline/queues";
import { attachmentForUser } from "@/server/modules/hotline/citizen";
import { publicPhoto, suggestSimilar } from "@/server/modules/hotline/supporters";
import { createCaller } from "@/server/root";
import type { SessionUser } from "@/server/modules/account/service";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { freshIp } from "../helpers/fixtures";
import { expectAppError, expectTrpcError } from "../helpers/errors";
import { demoUsers, hotlineRefs, newUser } from "../helpers/hotline";

process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "nt-hotline-join-"));

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3]);
const DAY = 86_400_000;
// A street in 崇川区; 0.001° of latitude is about 111 m.
const LAT = 32.0101;
const LNG = 120.8642;

let keyN = 0;
const key = () => `join-key-${process.pid}-${Date.now()}-${++keyN}`;

describe.each(BACKENDS)("12345 附议 and 关注 on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  let agent: SessionUser;
  let staff: SessionUser; // 市城管局
  let cat: Record<string, number>;
  let cgj: number;
  const ctx = () => ({ db, ip: "10.0.0.9" });
  const caller = (user: SessionUser | null) => createCaller({ db, user, ip: freshIp() });

  /** A request by `owner` (a fresh citizen by default), public unless told otherwise. */
  async function request(
    over: { categoryId?: number; lat?: number; lng?: number; address?: string; isPublic?: boolean; owner?: SessionUser; at?: Date } = {},
  ) {
    const owner = over.owner ?? (await newUser(db, "citizen"));
    const r = await createTicket(
      ctx(),
      owner,
      {
        type: "投诉",
        categoryId: over.categoryId ?? cat["cg-ld"]!,
        description: "路灯连续三晚不亮，联系电话13912345678",
        address: over.address,
        lat: over.lat,
        lng: over.lng,
        isPublic: over.isPublic ?? true,
        contactName: "李女士",
        contactPhone: "13912340001",
        channel: "mobile",
        idempotencyKey: key(),
      },
      over.at ?? new Date(),
    );
    return { id: r.id, owner };
  }

  const messagesOf = (userId: string) =>
    db
      .select({ title: accountMessage.title, body: accountMessage.body, link: accountMessage.link })
      .from(accountMessage)
      .where(eq(accountMessage.userId, userId));

  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
    ({ agent, staff } = await demoUsers(db));
    ({ cat } = await hotlineRefs(db));
    cgj = (await db.select({ d: hotlineCategory.departmentId }).from(hotlineCategory).where(eq(hotlineCategory.id, cat["cg-ld"]!)))[0]!.d!;
  }, 120_000);

  afterAll(async () => {
    await cleanup?.();
  });

  it("suggests open public requests of the category within 200 m or at the same address from the last 30 days", async () => {
    // A spot of its own so other tests' requests are far away.
    const lat = LAT + 0.05;
    const lng = LNG + 0.05;
    const now = new Date();
    const near = await request({ lat: lat + 0.001, lng }); // ~111 m
    const edge = await request({ lat: lat + 0.0017, lng }); // ~189 m
    const far = await request({ lat: lat + 0.0019, lng: lng + 0.0005 }); // ~220 m
    const otherCategory = await request({ lat, lng, categoryId: cat["cg-zdjy"]! });
    const old = await request({ lat, lng, at: new Date(now.getTime() - 31 * DAY) });
    const recent = await request({ lat, lng, at: new Date(now.getTime() - 29 * DAY) });
    const privateOne = await request({ lat, lng, isPublic: false });
    const closed = await request({ lat, lng });
    await caller(agent).hotline.agent.answer({ id: closed.id, version: 1, answer: "已修复" });
    const sameAddress = await request({ address: "崇川区 工农路57号 东侧", lat: 32.2, lng: 121.2 });

    const ids = (await suggestSimilar(db, { categoryId: cat["cg-ld"]!, lat, lng }, now)).map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([near.id, edge.id, recent.id]));
    for (const out of [far, otherCategory, old, privateOne, closed, sameAddress]) expect(ids).not.toContain(out.id);
    // nearest first
    expect(ids.indexOf(recent.id)).toBeLessThan(ids.indexOf(near.id));
    expect(ids.indexOf(near.id)).toBeLessThan(ids.indexOf(edge.id));

    const byAddress = await caller(near.owner).hotline.citizen.suggestions({ categoryId: cat["cg-ld"]!, address: "崇川区工农路57号东侧" });
    expect(byAddress.map((s) => s.id)).toContain(sameAddress.id);
    const s = byAddress.find((x) => x.id === sameAddress.id)!;
    expect(s).toMatchObject({ sameAddress: true, distanceM: null, status: "new", joinCount: 0, categoryName: "路灯" });
    // masked as on /12345/public, and nothing personal in the item
    expect(s.description).toContain("139****5678");
    expect(JSON.stringify(s)).not.toMatch(/13912340001|李女士|工农路/);
    // The distance shown is to the published point (rounded to 0.001°, as Open311 GET), not the exact ~137 m.
    const offGrid = await request({ lat: lat + 0.00123, lng });
    const shown = (await suggestSimilar(db, { categoryId: cat["cg-ld"]!, lat, lng }, new Date())).find((x) => x.id === offGrid.id)!;
    expect(shown.distanceM).toBe(Math.round(haversineMeters(lat, lng, publicCoordinate(lat + 0.00123)!, publicCoordinate(lng)!)));
    expect(shown.distanceM).not.toBe(Math.round(haversineMeters(lat, lng, lat + 0.00123, lng)));
    expect(await suggestSimilar(db, { categoryId: cat["cg-ld"]! })).toEqual([]);
    await expectTrpcError(caller(null).hotline.citizen.suggestions({ categoryId: cat["cg-ld"]!, lat, lng }), "UNAUTHORIZED");
  });

  it("lets a citizen join (附议) once per request, with a note and a photo, and follow (关注)", async () => {
    const { id, owner } = await request({ lat: LAT, lng: LNG });
    const a = await newUser(db, "citizen", { realName: "王小明" });
    const b = await newUser(db, "citizen");
    const r = await caller(a).hotline.citizen.join({
      ticketId: id,
      note: "我家门口也不亮",
      sms: true,
      photos: [{ name: "现场.jpg", bytes: JPEG }],
    });
    expect(r).toEqual({ ticketId: id, joinCount: 1 });
    await expectTrpcError(caller(a).hotline.citizen.join({ ticketId: id }), "CONFLICT");
    // concurrent double submit: one wins
    const both = await Promise.allSettled([
      caller(b).hotline.citizen.join({ ticketId: id }),
      caller(b).hotline.citizen.join({ ticketId: id }),
    ]);
    expect(both.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect((await loadTicket(db, id)).joinCount).toBe(2);
    expect((await loadTicket(db, id)).version).toBe(1); // a join is not a state change: agents' pages stay valid

    // follow, follow again, then join: one row, now a joiner
    const c = await newUser(db, "citizen");
    expect(await caller(c).hotline.citizen.follow({ ticketId: id })).toEqual({ ticketId: id, already: false });
    expect(await caller(c).hotline.citizen.follow({ ticketId: id })).toEqual({ ticketId: id, already: true });
    expect((await loadTicket(db, id)).joinCount).toBe(2);
    await caller(c).hotline.citizen.join({ ticketId: id });
    expect((await loadTicket(db, id)).joinCount).toBe(3);
    expect(await caller(a).hotline.citizen.follow({ ticketId: id })).toEqual({ ticketId: id, already: true });
    const rows = await db.select().from(hotlineSupporter).where(eq(hotlineSupporter.ticketId, id));
    expect(rows).toHaveLength(3);

    // the owner, a private request, a closed one, staff accounts
    await expectTrpcError(caller(owner).hotline.citizen.join({ ticketId: id }), "BAD_REQUEST");
    const priv = await request({ isPublic: false, lat: LAT, lng: LNG });
    await expectTrpcError(caller(a).hotline.citizen.join({ ticketId: priv.id }), "NOT_FOUND");
    await expectTrpcError(caller(a).hotline.citizen.follow({ ticketId: priv.id }), "NOT_FOUND");
    const closed = await request({ lat: LAT, lng: LNG });
    await caller(agent).hotline.agent.answer({ id: closed.id, version: 1, answer: "已修复" });
    await expectTrpcError(caller(a).hotline.citizen.join({ ticketId: closed.id }), "CONFLICT");
    await expectTrpcError(caller(agent).hotline.citizen.join({ ticketId: id }), "FORBIDDEN");
    await expectTrpcError(caller(null).hotline.citizen.join({ ticketId: id }), "UNAUTHORIZED");
    // more than one photo, or not a photo
    const d = await newUser(db, "citizen");
    await expectTrpcError(
      caller(d).hotline.citizen.join({
        ticketId: id,
        photos: [
          { name: "1.jpg", bytes: JPEG },
          { name: "2.jpg", bytes: JPEG },
        ],
      }),
      "BAD_REQUEST",
    );
    await expectTrpcError(
      caller(d).hotline.citizen.join({ ticketId: id, photos: [{ name: "x.jpg", bytes: new Uint8Array([1, 2, 3]) }] }),
      "BAD_REQUEST",
    );
    expect((await loadTicket(db, id)).joinCount).toBe(3);

    // the joiner's photo: the joiner and agents see it, the requester and other citizens do not, nor the public
    const [photo] = await db.select().from(hotlineAttachment).where(eq(hotlineAttachment.ticketId, id));
    expect(photo!.supporterId).toBe(a.id);
    await expect(attachmentForUser(db, a, photo!.id)).resolves.toMatchObject({ mimeType: "image/jpeg" });
    await expect(attachmentForUser(db, agent, photo!.id)).resolves.toBeTruthy();
    await expectAppError(attachmentForUser(db, owner, photo!.id), "NOT_FOUND");
    await expectAppError(attachmentForUser(db, b, photo!.id), "NOT_FOUND");
    await expectAppError(publicPhoto(db, photo!.id), "NOT_FOUND");

    // agents see the joiners, masked, with notes and photos
    const page = await caller(agent).hotline.agent.ticket({ id });
    expect(page.ticket.joinCount).toBe(3);
    expect(page.supporters.joiners[0]).toMatchObject({
      name: "王**",
      note: "我家门口也不亮",
      photos: [{ id: photo!.id, fileName: "现场.jpg" }],
    });
    expect(page.supporters.joiners).toHaveLength(3);
    expect(page.supporters.followerCount).toBe(0);

    // 我关注的: joined and followed requests apart from one's own; unfollow only undoes following
    const e = await newUser(db, "citizen");
    await caller(e).hotline.citizen.follow({ ticketId: id, sms: true });
    const followed = await caller(e).hotline.citizen.followed({ page: 1 });
    expect(followed.total).toBe(1);
    expect(followed.items[0]).toMatchObject({ id, joined: false, sms: true, joinCount: 3, categoryName: "路灯" });
    expect(followed.items[0]!.description).toContain("139****5678");
    expect((await caller(owner).hotline.citizen.followed({ page: 1 })).total).toBe(0);
    await caller(e).hotline.citizen.unfollow({ ticketId: id });
    expect((await caller(e).hotline.citizen.followed({ page: 1 })).total).toBe(0);
    await expectTrpcError(caller(e).hotline.citizen.unfollow({ ticketId: id }), "NOT_FOUND");
    await expectTrpcError(caller(a).hotline.citizen.unfollow({ ticketId: id }), "BAD_REQUEST");
  });

  it("tells joiners and followers once per change: dispatched, answered, closed (SMS only to those who asked)", async () => {
    const { id, owner } = await request({ lat: LAT, lng: LNG });
    const joiner = await newUser(db, "citizen");
    const follower = await newUser(db, "citizen");
    await caller(joiner).hotline.citizen.join({ ticketId: id, sms: true });
    await caller(follower).hotline.citizen.follow({ ticketId: id });
    const d = await dispatchTicket(ctx(), agent, id, 1, cgj);
    // a stale second dispatch fails and tells nobody
    await expectAppError(dispatchTicket(ctx(), agent, id, 1, cgj), "CONFLICT");
    const a = await acceptTicket(ctx(), staff, id);
    expect(a.version).toBe(d.version + 1);
    await caller(agent)
      .hotline.agent.urge({ id, version: a.version })
      .catch(() => null); // not due: no change, no message
    const r = await replyTicket(ctx(), staff, id, a.version, "已更换灯泡，恢复照明。如有问题请拨打0513-85123456");
    await recordReturnVisit(ctx(), agent, id, r.version, "满意");

    for (const u of [joiner, follower]) {
      const msgs = await messagesOf(u.id);
      expect(msgs.map((m) => m.title)).toEqual(["您关注的12345诉求已派单", "您关注的12345诉求已答复", "您关注的12345诉求已办结"]);
      expect(msgs.every((m) => m.link === `/12345/public/${id}`)).toBe(true);
      expect(msgs[0]!.body).toContain("市城管局");
      expect(msgs[1]!.body).toContain("已更换灯泡");
      expect(msgs[1]!.body).toContain("0513-********");
      expect(msgs.map((m) => m.body).join()).not.toContain("13912345678");
    }
    expect(await messagesOf(owner.id)).toEqual([]); // the requester follows it in 我的诉求
    const sms = await db
      .select({ phone: accountDevSmsOutbox.phone, body: accountDevSmsOutbox.body })
      .from(accountDevSmsOutbox)
      .where(inArray(accountDevSmsOutbox.phone, [joiner.phone, follower.phone]));
    expect(sms.map((s) => s.phone)).toEqual([joiner.phone, joiner.phone, joiner.phone]);
    expect(sms[0]!.body).toMatch(/^【智慧南通】您关注的12345诉求已派单：/);
  });

  it("carries joiners, followers and the duplicate's citizen over on merge, and ranks the 待派单 queue by 附议", async () => {
    const primary = await request({ lat: LAT, lng: LNG });
    const dup = await request({ lat: LAT + 0.0005, lng: LNG });
    const j1 = await newUser(db, "citizen");
    const j2 = await newUser(db, "citizen");
    const f = await newUser(db, "citizen");
    await caller(j1).hotline.citizen.join({ ticketId: dup.id, note: "同一盏灯", photos: [{ name: "灯.jpg", bytes: JPEG }] });
    await caller(f).hotline.citizen.follow({ ticketId: dup.id, sms: true });
    await caller(j2).hotline.citizen.follow({ ticketId: primary.id });
    await caller(j2)
      .hotline.citizen.join({ ticketId: dup.id })
      .catch(() => null); // j2 follows primary and joins dup
    const before = await loadTicket(db, primary.id);

    await mergeTicket(ctx(), agent, dup.id, 1, primary.id, before.version);
    const rows = await db.select().from(hotlineSupporter).where(eq(hotlineSupporter.ticketId, primary.id));
    const byUser = new Map(rows.map((r) => [r.userId, r]));
    expect(byUser.get(j1.id)).toMatchObject({ joined: true, note: "同一盏灯", mergedFromId: dup.id });
    expect(byUser.get(j2.id)).toMatchObject({ joined: true }); // joined wins over following
    expect(byUser.get(f.id)).toMatchObject({ joined: false, sms: true });
    expect(byUser.get(dup.owner.id)).toMatchObject({ joined: true, mergedFromId: dup.id }); // the duplicate's own citizen
    expect(rows).toHaveLength(4);
    expect((await loadTicket(db, primary.id)).joinCount).toBe(3);
    expect((await loadTicket(db, dup.id)).joinCount).toBe(0);
    expect(await db.select().from(hotlineSupporter).where(eq(hotlineSupporter.ticketId, dup.id))).toEqual([]);
    // the joiner's photo goes along; nobody is told the duplicate was "closed"
    const photos = await db
      .select({ ticketId: hotlineAttachment.ticketId })
      .from(hotlineAttachment)
      .where(and(eq(hotlineAttachment.supporterId, j1.id)));
    expect(photos).toEqual([{ ticketId: primary.id }]);
    expect(await messagesOf(f.id)).toEqual([]);
    const page = await agentTicket(ctx(), agent, primary.id);
    expect(page.supporters.joiners.find((j) => j.note === "同一盏灯")!.mergedFromTicketNo).toBe((await loadTicket(db, dup.id)).ticketNo);
    expect(page.supporters.followerCount).toBe(1);

    // the queue: more citizens affected first, then oldest first
    const queue = await listQueue(db, "new", { limit: 200 });
    const pos = (id: number) => queue.findIndex((q) => q.id === id);
    expect(pos(primary.id)).toBeGreaterThanOrEqual(0);
    expect(queue[pos(primary.id)]!.joinCount).toBe(3);
    for (const [i, q] of queue.entries()) if (i > 0) expect(q.joinCount).toBeLessThanOrEqual(queue[i - 1]!.joinCount);
    const lonely = await request({ lat: LAT, lng: LNG, at: new Date(Date.now() - 20 * DAY) });
    const fresh = await listQueue(db, "new", { limit: 200 });
    expect(fresh.findIndex((q) => q.id === primary.id)).toBeLessThan(fresh.findIndex((q) => q.id === lonely.id));
  });

  it("shows a public request's page: masked text and timeline, the 附议 count; private requests are not found", async () => {
    const { id } = await request({ lat: LAT, lng: LNG, address: "崇川区工农路57号东侧" });
    await db.update(hotlineTicket).set({ description: "工农路路灯不亮，我的手机13912345678" }).where(eq(hotlineTicket.id, id));
    await caller(await newUser(db, "citizen")).hotline.citizen.join({ ticketId: id });
    const d = await dispatchTicket(ctx(), agent, id, 1, cgj);
    await returnAndRedispatch(id, d.version);
    const p = await caller(null).hotline.citizen.publicRequest({ id });
    expect(p).toMatchObject({ id, status: "dispatched", categoryName: "路灯", joinCount: 1, open: true, merged: false, answer: null });
    expect(p.description).toBe("工农路路灯不亮，我的手机139****5678");
    expect(p.place).toBe("崇川区工农路"); // street level only, the rule of Open311 GET
    expect(JSON.stringify(p)).not.toContain("57号");
    expect(p.timeline.map((e) => e.text)).toEqual(["热线受理诉求", "派至承办部门办理", "热线重新派单中", "重新派单办理"]);
    // the internal reason of the 退单 never shows
    expect(JSON.stringify(p)).not.toMatch(/不属于本部门|13912340001|李女士/);
    const priv = await request({ isPublic: false, lat: LAT, lng: LNG });
    await expectTrpcError(caller(null).hotline.citizen.publicRequest({ id: priv.id }), "NOT_FOUND");
  });

  it("counts 附议 apart from new requests in the statistics", async () => {
    const stats = () => caller(agent).hotline.stats.summary({ preset: "last30" });
    const before = await stats();
    const { id } = await request({ lat: LAT, lng: LNG });
    const mid = await stats();
    expect(mid.totals.received).toBe(before.totals.received + 1);
    expect(mid.joins).toEqual(before.joins);
    await caller(await newUser(db, "citizen")).hotline.citizen.join({ ticketId: id });
    await caller(await newUser(db, "citizen")).hotline.citizen.join({ ticketId: id });
    await caller(await newUser(db, "citizen")).hotline.citizen.follow({ ticketId: id }); // following is not a voice
    const after = await stats();
    expect(after.totals.received).toBe(mid.totals.received); // a join is not a new request
    expect(after.joins).toEqual({ count: mid.joins.count + 2, requests: mid.joins.requests + 1 });
  });

  async function returnAndRedispatch(id: number, version: number) {
    const back = await caller(staff).hotline.staff.return({ id, version, reason: "不属于本部门职责" });
    await dispatchTicket(ctx(), agent, id, back.version, cgj);
  }
});
