import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { applicationCase, auditLog, catalogueItem, hotlineTicket } from "@/drizzle/schema";
import { createCaller } from "@/server/root";
import { answerDirectly, dispatchTicket } from "@/server/modules/hotline/service";
import { demoUsers, hotlineRefs, newUser } from "../helpers/hotline";
import { getOwnApplication, savePage, startApplication } from "@/server/modules/applications/service";
import { register, sendSmsCode, signInWithPassword } from "@/server/modules/account/service";
import { DEMO_PASSWORD, SAMPLE_ID_NUMBER } from "@/drizzle/seed/demo-accounts";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { callerAs, DEMO, demoUser, freshIp, freshPhone, lastSmsCode } from "../helpers/fixtures";
import { expectAppError, expectTrpcError } from "../helpers/errors";
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
});
