import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { hotlineTicket } from "@/drizzle/schema";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { callerAs } from "../helpers/fixtures";
import { expectTrpcError, fieldErrorsOf } from "../helpers/errors";
import { SNAP_POINTS } from "@/server/modules/governance/points";

process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "nt-gov-router-"));
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3]);
let n = 0;
const key = () => `gov-router-${process.pid}-${Date.now()}-${++n}`;

describe.each(BACKENDS)("governance router on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
  });
  afterAll(() => cleanup());

  it("lists and opens published articles for guests; publishing is for publishers only", async () => {
    const guest = await callerAs(db, "guest");
    const list = await guest.governance.open.list({ kind: "policy", page: 1, pageSize: 5 });
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((a) => a.kindName === "政策文件")).toBe(true);
    const one = await guest.governance.open.get({ id: list.items[0]!.id });
    expect(one.bodyHtml.length).toBeGreaterThan(0);
    await expectTrpcError(guest.governance.open.get({ id: 2 ** 31 }), "BAD_REQUEST");
    await expectTrpcError(guest.governance.publish.list({ page: 1 }), "UNAUTHORIZED");
    const citizen = await callerAs(db, "citizen");
    await expectTrpcError(citizen.governance.publish.list({ page: 1 }), "FORBIDDEN");

    const admin = await callerAs(db, "admin");
    const draft = await admin.governance.publish.create({
      kind: "notice",
      title: "路由测试通知",
      bodyHtml: "<p>正文<script>alert(1)</script></p>",
      publisher: "南通市数据局",
    });
    const published = await admin.governance.publish.publish({ id: draft.id, version: draft.version });
    expect(published.status).toBe("published");
    const seen = await guest.governance.open.get({ id: draft.id });
    expect(seen.bodyHtml).toBe("<p>正文</p>");
    await expectTrpcError(admin.governance.publish.publish({ id: draft.id, version: draft.version }), "CONFLICT");
  });

  it("serves the open-data catalogue, a dataset with a preview, pages and clear errors", async () => {
    const guest = await callerAs(db, "guest");
    const all = await guest.governance.data.list({});
    expect(all.map((d) => d.id)).toContain("credit-red-black-lists");
    const economy = await guest.governance.data.list({ section: "economy" });
    expect(economy.every((d) => d.section === "economy")).toBe(true);
    const d = await guest.governance.data.get({ id: "economic-indicators" });
    expect(d.fields.length).toBeGreaterThan(2);
    expect(d.preview.length).toBeGreaterThan(0);
    const page = await guest.governance.data.page({ id: "economic-indicators", page: 1, pageSize: 5 });
    expect(page.items).toHaveLength(5);
    await expectTrpcError(guest.governance.data.get({ id: "no-such-set" }), "NOT_FOUND");
    await expectTrpcError(guest.governance.data.get({ id: "Bad Id" }), "BAD_REQUEST");
  });

  it("files a 随手拍 report and credits points once 12345 confirms it, once", async () => {
    const citizen = await callerAs(db, "citizen");
    const before = await citizen.governance.points.summary({});
    const report = await citizen.governance.snap.submit({
      kind: "pothole",
      description: "人民中路与工农路交叉口有一个大坑",
      lat: 32.01,
      lng: 120.86,
      idempotencyKey: key(),
      photos: [{ name: "keng.jpg", bytes: JPEG }],
    });
    expect(report.created).toBe(true);
    const mine = await citizen.governance.snap.mine();
    expect(mine[0]).toMatchObject({ ticketId: report.ticketId, kindName: "道路坑洼", statusName: "待派单" });
    // not yet confirmed: no points
    expect((await citizen.governance.points.summary({})).balance).toBe(before.balance);

    await db.update(hotlineTicket).set({ status: "dispatched" }).where(eq(hotlineTicket.id, report.ticketId));
    const after = await citizen.governance.points.summary({});
    expect(after.balance).toBe(before.balance + SNAP_POINTS);
    expect(after.newlyAwarded).toBe(SNAP_POINTS);
    expect(after.history[0]).toMatchObject({ delta: SNAP_POINTS, reasonName: "随手拍被采纳" });
    // looking again awards nothing more
    const again = await citizen.governance.points.summary({});
    expect(again.balance).toBe(after.balance);
    expect(again.newlyAwarded).toBe(0);
  });

  it("refuses a 随手拍 report without a point or photo, naming each field", async () => {
    const citizen = await callerAs(db, "citizen");
    const e = await expectTrpcError(
      citizen.governance.snap.submit({ kind: "pothole", description: "有坑", idempotencyKey: key() }),
      "BAD_REQUEST",
    );
    expect(Object.keys(fieldErrorsOf(e)).sort()).toEqual(["description", "location", "photos"]);
  });

  it("redeems a reward only with enough points, and a retry spends once", async () => {
    const citizen = await callerAs(db, "citizen");
    const { balance } = await citizen.governance.points.summary({});
    const expensive = await expectTrpcError(
      citizen.governance.points.redeem({ reward: "tree-planting", idempotencyKey: key() }),
      "CONFLICT",
    );
    expect(fieldErrorsOf(expensive).reward?.[0]).toMatch(/积分不足/);
    expect((await citizen.governance.points.summary({})).balance).toBe(balance);
    await expectTrpcError(citizen.governance.points.redeem({ reward: "nothing" as never, idempotencyKey: key() }), "BAD_REQUEST");
  });
});
