import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { applicationCase, auditLog, catalogueItem, hotlineTicket } from "@/drizzle/schema";
import { createCaller } from "@/server/root";
import { answerDirectly, dispatchTicket } from "@/server/modules/hotline/service";
import { demoUsers, hotlineRefs, newUser } from "../helpers/hotline";
import { getOwnApplication, savePage, startApplication } from "@/server/modules/applications/service";
import { invalidateCatalogue, searchCatalogue } from "@/server/modules/catalogue/service";
import { ZCatalogueQuery } from "@/server/modules/catalogue/validation";
import { register, sendSmsCode, signInWithPassword } from "@/server/modules/account/service";
import { DEMO_PASSWORD, SAMPLE_ID_NUMBER } from "@/drizzle/seed/demo-accounts";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { callerAs, DEMO, demoUser, freshIp, freshPhone, lastSmsCode } from "../helpers/fixtures";
import { expectAppError, expectTrpcError, fieldErrorsOf, trpcError } from "../helpers/errors";
import type { DB } from "@/server/db";

describe.each(BACKENDS)("citizen, elder and agent experience on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
  });
  afterAll(() => cleanup());

  async function lockedAccount() {
    const phone = freshPhone();
    await sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "register" });
    const user = await register({ db, ip: freshIp() }, { phone, code: await lastSmsCode(db, phone), password: DEMO_PASSWORD });
    for (let i = 0; i < 4; i++) {
      await expectAppError(signInWithPassword({ db, ip: freshIp() }, { phone, password: "Wrong@Pass123" }), "UNAUTHORIZED");
    }
    await expectAppError(signInWithPassword({ db, ip: freshIp() }, { phone, password: "Wrong@Pass123" }), "LOCKED");
    return { phone, user };
  }

  describe("admin unlock", () => {
    it("an admin unlocks a locked account: the list stops saying 已锁定, the right password works at once, and it is audited", async () => {
      const { phone, user } = await lockedAccount();
      const admin = await callerAs(db, "admin");
      const listed = await admin.admin.users({ q: phone, page: 1 });
      expect(listed.items.find((u) => u.id === user.id)?.locked).toBe(true);
      await expectAppError(signInWithPassword({ db, ip: freshIp() }, { phone, password: DEMO_PASSWORD }), "LOCKED");

      expect(await admin.admin.unlock({ userId: user.id })).toEqual({ unlocked: true });
      expect((await admin.admin.users({ q: phone, page: 1 })).items.find((u) => u.id === user.id)?.locked).toBe(false);
      expect((await signInWithPassword({ db, ip: freshIp() }, { phone, password: DEMO_PASSWORD })).id).toBe(user.id);
      const rows = await db
        .select({ outcome: auditLog.outcome })
        .from(auditLog)
        .where(and(eq(auditLog.action, "admin.unlock"), eq(auditLog.targetId, user.id)));
      expect(rows).toEqual([{ outcome: "success" }]);

      // Unlocking again says there is nothing to do; an unknown id is a 404.
      await expectTrpcError(admin.admin.unlock({ userId: user.id }), "CONFLICT");
      await expectTrpcError(admin.admin.unlock({ userId: "00000000-0000-4000-8000-000000000000" }), "NOT_FOUND");
    });

    it("only admins may unlock", async () => {
      const { user } = await lockedAccount();
      for (const role of ["agent", "staff", "citizen"] as const) {
        await expectTrpcError((await callerAs(db, role)).admin.unlock({ userId: user.id }), "FORBIDDEN");
      }
    });
  });

  describe("applications prefill what the account knows", () => {
    async function personalRealNameItem() {
      const [row] = await db
        .select({ id: catalogueItem.id })
        .from(catalogueItem)
        .where(
          sql`${catalogueItem.online} and ${catalogueItem.audience} = 'personal' and ${catalogueItem.requiresRealName} and ${catalogueItem.form}::text like '%"applicantIdCard"%'`,
        )
        .orderBy(catalogueItem.id)
        .limit(1);
      return row!.id;
    }

    it("a verified citizen's new draft has the real name, ID number and phone filled in, and says which", async () => {
      const me = await demoUser(db, DEMO.citizen);
      const { id } = await startApplication({ db }, me, await personalRealNameItem());
      const app = await getOwnApplication(db, me, id);
      expect(app.answers).toMatchObject({ applicantName: "周晓彤", applicantIdCard: SAMPLE_ID_NUMBER, applicantPhone: DEMO.citizen });
      expect(app.prefilled.sort()).toEqual(["applicantIdCard", "applicantName", "applicantPhone"]);

      // The citizen changes the phone: it is no longer marked as coming from the account; the rest is.
      const page = app.item.form!.find((p) => p.fields.some((f) => f.name === "applicantPhone"))!;
      await savePage({ db }, me, {
        id,
        pageId: page.id,
        answers: { applicantName: "周晓彤", applicantIdCard: SAMPLE_ID_NUMBER, applicantPhone: "13912345678" },
        files: [],
        mode: "continue",
      });
      expect((await getOwnApplication(db, me, id)).prefilled.sort()).toEqual(["applicantIdCard", "applicantName"]);
    });

    it("an account without real-name verification gets only its phone", async () => {
      const phone = freshPhone();
      await sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "register" });
      const user = await register({ db, ip: freshIp() }, { phone, code: await lastSmsCode(db, phone), password: DEMO_PASSWORD });
      const [item] = await db
        .select({ id: catalogueItem.id })
        .from(catalogueItem)
        .where(
          sql`${catalogueItem.online} and not ${catalogueItem.requiresRealName} and ${catalogueItem.form}::text like '%"applicantPhone"%'`,
        )
        .limit(1);
      const { id } = await startApplication({ db }, user, item!.id);
      const app = await getOwnApplication(db, user, id);
      expect(app.answers).toEqual({ applicantPhone: phone });
      expect(app.prefilled).toEqual(["applicantPhone"]);
    });
  });

  describe("我的 as a to-do dashboard", () => {
    it("counts 办件 and 诉求 by status and lists what waits for the citizen: 待补正, 待评价, drafts, overdue", async () => {
      const me = await newUser(db, "citizen", { realName: "测试市民" });
      const { agent } = await demoUsers(db);
      const { cat, dept } = await hotlineRefs(db);
      const caller = createCaller({ db, user: me, ip: freshIp() });
      const empty = await caller.hotline.citizen.summary();
      expect(empty).toEqual({ byStatus: [], awaitingRating: { total: 0, items: [] }, overdue: { total: 0, items: [] } });

      const ticket = (type: string) =>
        caller.hotline.citizen.submit({
          type,
          categoryId: cat["sb-sb"]!,
          description: "想咨询一下社保缴费记录在哪里可以查询，谢谢。",
          district: "崇川区",
          isPublic: false,
          contactName: "测试市民",
          contactPhone: me.phone,
          channel: "web",
          idempotencyKey: `${me.id}-${type}`,
        });
      const answered = await ticket("咨询");
      await answerDirectly({ db }, agent, answered.id, 1, "可在江苏智慧人社App查询。");
      const late = await ticket("求助");
      await dispatchTicket({ db }, agent, late.id, 1, dept["rsj"] ?? Object.values(dept)[0]!);
      await db.update(hotlineTicket).set({ dueDate: "2026-01-05" }).where(eq(hotlineTicket.id, late.id));

      const requests = await caller.hotline.citizen.summary();
      expect(requests.byStatus.sort((a, b) => a.status.localeCompare(b.status))).toEqual([
        { status: "closed", count: 1 },
        { status: "dispatched", count: 1 },
      ]);
      expect(requests.awaitingRating.items.map((t) => t.id)).toEqual([answered.id]);
      expect(requests.overdue.items.map((t) => [t.id, t.dueDate])).toEqual([[late.id, "2026-01-05"]]);
      // Once rated it is no longer a to-do.
      await caller.hotline.citizen.rate({ id: answered.id, rating: 3 });
      expect((await caller.hotline.citizen.summary()).awaitingRating.total).toBe(0);

      // Applications: a draft, and one the department sent back for 补正.
      const [a, b] = await db
        .select({ id: catalogueItem.id, departmentId: catalogueItem.departmentId })
        .from(catalogueItem)
        .where(sql`${catalogueItem.online} and not ${catalogueItem.requiresRealName}`)
        .limit(2);
      const draft = await startApplication({ db }, me, a!.id);
      const [back] = await db
        .insert(applicationCase)
        .values({
          itemId: b!.id,
          userId: me.id,
          departmentId: b!.departmentId,
          status: "correction",
          serialNo: `NT20260105${String(Date.now()).slice(-8)}`,
          correctionReason: "请补充户口簿首页",
        })
        .returning({ id: applicationCase.id });
      const apps = await caller.applications.summary();
      expect(apps.drafts.map((x) => x.id)).toEqual([draft.id]);
      expect(apps.correction).toMatchObject([{ id: back!.id, correctionReason: "请补充户口簿首页" }]);
      expect(apps.awaitingRating).toEqual([]);
      expect(apps.byStatus.map((x) => x.status).sort()).toEqual(["correction", "draft"]);

      // Someone else's summary shows none of it.
      const other = createCaller({ db, user: await newUser(db, "citizen"), ip: freshIp() });
      expect((await other.applications.summary()).drafts).toEqual([]);
      expect((await other.hotline.citizen.summary()).byStatus).toEqual([]);
    });
  });

  describe("agent console on a live call", () => {
    it("the caller's name is masked; revealing it is audited and listed in the citizen's access log", async () => {
      const citizen = await newUser(db, "citizen", { realName: "陆海燕" });
      const agentUser = await newUser(db, "agent");
      const agent = createCaller({ db, user: agentUser, ip: freshIp() });
      const looked = await agent.hotline.agent.lookupCaller({ phone: citizen.phone });
      expect(looked.account?.name).toBe("陆**");
      const own = createCaller({ db, user: citizen, ip: freshIp() });
      expect(await own.account.accessLog()).toEqual([]); // looking the number up reads no name

      expect(await agent.hotline.agent.revealCallerName({ phone: citizen.phone })).toEqual({ name: "陆海燕" });
      const log = await own.account.accessLog();
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ what: "接听您的12345来电时查看了您的姓名", targetId: citizen.id });

      // An unregistered number has no name to reveal: the message tells the agent what to do instead.
      const unknown = await expectTrpcError(agent.hotline.agent.revealCallerName({ phone: freshPhone() }), "NOT_FOUND");
      expect(unknown.message).toMatch(/请直接询问来电人/);
      // Citizens and staff cannot reveal anyone's name.
      for (const role of ["citizen", "staff"] as const) {
        await expectTrpcError((await callerAs(db, role)).hotline.agent.revealCallerName({ phone: citizen.phone }), "FORBIDDEN");
      }
      expect(await own.account.accessLog()).toHaveLength(1);
    });

    it("queues sort by waiting time or deadline; by default the oldest overdue order leads", async () => {
      const agent = await callerAs(db, "agent");
      const times = (rows: { createdAt: Date }[]) => rows.map((r) => r.createdAt.getTime());
      const dues = (rows: { dueDate: string | null }[]) => rows.map((r) => r.dueDate ?? "");
      const sorted = <T>(xs: T[], dir: 1 | -1) => xs.every((x, i) => i === 0 || (dir === 1 ? xs[i - 1]! <= x : xs[i - 1]! >= x));
      for (const queue of ["new", "dispatched", "revisit"] as const) {
        const waiting = await agent.hotline.agent.queue({ queue, sort: "waiting", limit: 50 });
        const newest = await agent.hotline.agent.queue({ queue, sort: "newest", limit: 50 });
        expect(waiting.length, queue).toBeGreaterThan(1);
        expect(sorted(times(waiting), 1), `${queue} waiting`).toBe(true);
        expect(sorted(times(newest), -1), `${queue} newest`).toBe(true);
        expect(newest[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(waiting[0]!.createdAt.getTime());
      }
      const byDue = await agent.hotline.agent.queue({ queue: "dispatched", limit: 50 });
      expect(sorted(dues(byDue), 1)).toBe(true);
      const overdueFirst = byDue.findIndex((r) => !r.overdue);
      expect(byDue.slice(0, overdueFirst === -1 ? byDue.length : overdueFirst).every((r) => r.overdue)).toBe(true);
      expect(byDue.slice(overdueFirst === -1 ? byDue.length : overdueFirst).some((r) => r.overdue)).toBe(false);
      expect(sorted(dues(await agent.hotline.agent.queue({ queue: "dispatched", sort: "due-desc", limit: 50 })), -1)).toBe(true);
      await expectTrpcError(agent.hotline.agent.queue({ queue: "new", sort: "random" as never }), "BAD_REQUEST");
    });

    it("intake and lookup errors are addressed to the agent: what to check, what to do next", async () => {
      const agent = await callerAs(db, "agent");
      const e = await trpcError(
        agent.hotline.agent.createForCaller({ description: "吵", contactPhone: "123", idempotencyKey: "k-agent-errors-1" } as never),
      );
      expect(e.code).toBe("BAD_REQUEST");
      const fields = fieldErrorsOf(e);
      expect(fields.type?.[0]).toMatch(/^请选择诉求类型：按来电人的意图选/);
      expect(fields.categoryId?.[0]).toMatch(/快速查找分类/);
      expect(fields.description?.[0]).toMatch(/来电人反映的事情/);
      expect(fields.contactPhone?.[0]).toMatch(/向来电人复述核对/);
      expect((await expectTrpcError(agent.hotline.agent.lookupCaller({ phone: "12345" }), "BAD_REQUEST")).message).toMatch(/核对来电显示/);
    });
  });

  describe("一网通办 by use", () => {
    it("the unfiltered catalogue lists the most applied-for items first (drafts do not count), within a tab too", async () => {
      const me = await demoUser(db, DEMO.citizen);
      const before = await searchCatalogue(db, ZCatalogueQuery.parse({ page: 1, pageSize: 20, audience: "personal" }));
      // An item far down the list: give it more submitted applications than any other has.
      const last = Math.ceil(before.total / 20);
      const all = await searchCatalogue(db, ZCatalogueQuery.parse({ page: last - 1, pageSize: 20, audience: "personal" }));
      const target = all.items.at(-1)!;
      expect(before.items.map((i) => i.id)).not.toContain(target.id);
      const [most] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(applicationCase)
        .where(sql`${applicationCase.status} <> 'draft'`)
        .groupBy(applicationCase.itemId)
        .orderBy(sql`count(*) desc`)
        .limit(1);
      const [item] = await db
        .select({ departmentId: catalogueItem.departmentId })
        .from(catalogueItem)
        .where(eq(catalogueItem.id, target.id));
      const rows = Array.from({ length: (most?.n ?? 0) + 2 }, (_, k) => ({
        itemId: target.id,
        userId: me.id,
        departmentId: item!.departmentId,
        status: "submitted",
        serialNo: `NT20260106${String(Date.now() + k).slice(-8)}`,
      }));
      await db.insert(applicationCase).values(rows);
      // Drafts never count: many drafts of another item do not lift it.
      const other = all.items.at(-2)!;
      await db.insert(applicationCase).values(
        Array.from({ length: rows.length + 3 }, () => ({
          itemId: other.id,
          userId: me.id,
          departmentId: item!.departmentId,
          status: "draft",
        })),
      );
      invalidateCatalogue(db);
      const after = await searchCatalogue(db, ZCatalogueQuery.parse({ page: 1, pageSize: 20, audience: "personal" }));
      expect(after.items[0]!.id).toBe(target.id);
      expect(after.items.map((i) => i.id)).not.toContain(other.id);
      expect((await searchCatalogue(db, ZCatalogueQuery.parse({ page: 1, pageSize: 20 }))).items[0]!.id).toBe(target.id);
      // The 法人 tab lists enterprise items only.
      const firms = await searchCatalogue(db, ZCatalogueQuery.parse({ page: 1, pageSize: 20, audience: "enterprise" }));
      expect(firms.items.every((i) => i.audience === "enterprise")).toBe(true);
    });
  });
});
