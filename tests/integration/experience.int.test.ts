import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { auditLog, catalogueItem } from "@/drizzle/schema";
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
});
