import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { accountMessage, accountSmsCode, accountUser, auditLog } from "@/drizzle/schema";
import {
  bindWechat,
  consumeSmsCode,
  findWechatUser,
  register,
  sendSmsCode,
  signInWithPassword,
  signInWithSms,
  verifyRealName,
} from "@/server/modules/account/service";
import { idCardCheckChar } from "@/server/lib/id-card";
import { signTicket } from "@/server/lib/signed-ticket";
import { DEMO_PASSWORD, SAMPLE_ID_NUMBER } from "@/drizzle/seed/demo-accounts";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser, freshIp, freshPhone, lastSmsCode } from "../helpers/fixtures";
import type { DB } from "@/server/db";
import { expectAppError } from "../helpers/errors";

async function registerUser(db: DB, phone = freshPhone()) {
  const ip = freshIp();
  await sendSmsCode({ db, ip }, { phone, purpose: "register" });
  const code = await lastSmsCode(db, phone);
  const user = await register({ db, ip }, { phone, code, password: DEMO_PASSWORD });
  return { phone, user };
}

function validId(): string {
  const seq = String(Math.floor(Math.random() * 1000)).padStart(3, "0");
  const first17 = `32060219850512${seq}`;
  return first17 + idCardCheckChar(first17);
}

describe.each(BACKENDS)("account service on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
  });
  afterAll(() => cleanup());

  describe("password sign-in", () => {
    it("signs a demo account in with its role and audits it", async () => {
      const user = await signInWithPassword({ db, ip: freshIp() }, { phone: DEMO.staff, password: DEMO_PASSWORD });
      expect(user.role).toBe("staff");
      const rows = await db
        .select({ action: auditLog.action, outcome: auditLog.outcome })
        .from(auditLog)
        .where(eq(auditLog.actorId, user.id));
      expect(rows).toContainEqual({ action: "auth.sign_in", outcome: "success" });
    });

    it("rejects a wrong password with a Chinese message, and unknown phones identically", async () => {
      await expectAppError(
        signInWithPassword({ db, ip: freshIp() }, { phone: DEMO.agent, password: "wrong-password-1" }),
        "UNAUTHORIZED",
        /手机号或密码不正确/,
      );
      await expectAppError(
        signInWithPassword({ db, ip: freshIp() }, { phone: "13999999999", password: "whatever" }),
        "UNAUTHORIZED",
        /^手机号或密码不正确$/,
      );
    });

    it("locks the account after 5 failures in 15 minutes, refuses the right password, and unlocks after 15 minutes", async () => {
      const { phone, user } = await registerUser(db);
      const t0 = new Date("2026-03-02T02:00:00Z");
      const at = (min: number) => new Date(t0.getTime() + min * 60_000);
      for (let i = 0; i < 4; i++) {
        await expectAppError(signInWithPassword({ db, ip: freshIp() }, { phone, password: "Wrong@Pass123" }, at(i)), "UNAUTHORIZED");
      }
      const locked = await expectAppError(signInWithPassword({ db, ip: freshIp() }, { phone, password: "Wrong@Pass123" }, at(4)), "LOCKED");
      expect(locked.message).toMatch(/锁定/);
      await expectAppError(signInWithPassword({ db, ip: freshIp() }, { phone, password: DEMO_PASSWORD }, at(10)), "LOCKED", /锁定/);
      const ok = await signInWithPassword({ db, ip: freshIp() }, { phone, password: DEMO_PASSWORD }, at(20));
      expect(ok.id).toBe(user.id);
      const lockouts = await db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(sql`${auditLog.action} = 'auth.lockout' and ${auditLog.targetId} = ${user.id}`);
      expect(lockouts).toHaveLength(1);
    });

    it("does not lock when failures are spread over more than 15 minutes", async () => {
      const { phone } = await registerUser(db);
      const t0 = new Date("2026-03-02T02:00:00Z").getTime();
      for (let i = 0; i < 6; i++) {
        await expectAppError(
          signInWithPassword({ db, ip: freshIp() }, { phone, password: "Wrong@Pass123" }, new Date(t0 + i * 4 * 60_000)),
          "UNAUTHORIZED",
        );
      }
    });
  });

  describe("SMS codes", () => {
    it("sends a code that signs in once, and not twice", async () => {
      const { phone } = await registerUser(db);
      await sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "login" });
      const code = await lastSmsCode(db, phone);
      const u = await signInWithSms({ db, ip: freshIp() }, { phone, code });
      expect(u.role).toBe("citizen");
      await expectAppError(signInWithSms({ db, ip: freshIp() }, { phone, code }), "BAD_REQUEST", /重新获取/);
    });

    it("enforces the 60 s resend interval", async () => {
      const { phone } = await registerUser(db);
      const t0 = new Date();
      await sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "login" }, t0);
      await expectAppError(
        sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "login" }, new Date(t0.getTime() + 30_000)),
        "TOO_MANY_REQUESTS",
        /秒后/,
      );
      await sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "login" }, new Date(t0.getTime() + 61_000));
    });

    it("allows 5 attempts, counting down, then needs a new code", async () => {
      const { phone } = await registerUser(db);
      await sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "login" });
      const code = await lastSmsCode(db, phone);
      const wrong = code === "000000" ? "111111" : "000000";
      const first = await expectAppError(consumeSmsCode(db, phone, "login", wrong), "BAD_REQUEST");
      expect(first.message).toContain("还可以再试4次");
      for (let i = 0; i < 4; i++) await expectAppError(consumeSmsCode(db, phone, "login", wrong), "BAD_REQUEST");
      await expectAppError(consumeSmsCode(db, phone, "login", code), "BAD_REQUEST", /次数过多/);
    });

    it("expires codes after 5 minutes", async () => {
      const { phone } = await registerUser(db);
      const t0 = new Date();
      await sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "login" }, t0);
      const code = await lastSmsCode(db, phone);
      await expectAppError(consumeSmsCode(db, phone, "login", code, new Date(t0.getTime() + 5 * 60_000 + 1)), "BAD_REQUEST", /过期/);
    });

    it("stores only a hash of the code", async () => {
      const { phone } = await registerUser(db);
      await sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "login" });
      const code = await lastSmsCode(db, phone);
      const rows = await db.select({ codeHash: accountSmsCode.codeHash }).from(accountSmsCode).where(eq(accountSmsCode.phone, phone));
      for (const r of rows) expect(r.codeHash).not.toContain(code);
    });

    it("refuses registration codes for registered phones and login codes for unknown ones", async () => {
      await expectAppError(sendSmsCode({ db, ip: freshIp() }, { phone: DEMO.citizen, purpose: "register" }), "CONFLICT", /已注册/);
      await expectAppError(sendSmsCode({ db, ip: freshIp() }, { phone: freshPhone(), purpose: "login" }), "NOT_FOUND", /尚未注册/);
    });
  });

  describe("registration", () => {
    it("creates a citizen with a welcome message and an argon2id hash", async () => {
      const { phone, user } = await registerUser(db);
      expect(user.role).toBe("citizen");
      const [row] = await db.select({ hash: accountUser.passwordHash }).from(accountUser).where(eq(accountUser.phone, phone));
      expect(row?.hash).toMatch(/^\$argon2id\$/);
      const msgs = await db.select({ title: accountMessage.title }).from(accountMessage).where(eq(accountMessage.userId, user.id));
      expect(msgs.map((m) => m.title)).toContain("欢迎使用智慧南通");
    });

    it("rejects weak passwords before using the code", async () => {
      const phone = freshPhone();
      await sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "register" });
      const code = await lastSmsCode(db, phone);
      const e = await expectAppError(register({ db, ip: freshIp() }, { phone, code, password: "12345678" }), "BAD_REQUEST");
      expect(e.fieldErrors?.password?.[0]).toBeTruthy();
      // the code is still usable after fixing the password
      const user = await register({ db, ip: freshIp() }, { phone, code, password: DEMO_PASSWORD });
      expect(user.role).toBe("citizen");
    });

    it("rejects a wrong code and a registered phone", async () => {
      const phone = freshPhone();
      await sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "register" });
      const code = await lastSmsCode(db, phone);
      await expectAppError(
        register({ db, ip: freshIp() }, { phone, code: code === "123456" ? "654321" : "123456", password: DEMO_PASSWORD }),
        "BAD_REQUEST",
        /验证码不正确/,
      );
      await expectAppError(register({ db, ip: freshIp() }, { phone: DEMO.citizen, code: "123456", password: DEMO_PASSWORD }), "CONFLICT");
    });
  });

  describe("real-name verification", () => {
    it("rejects a wrong check digit with the field message", async () => {
      const { user } = await registerUser(db);
      const id = validId();
      const wrong = id.slice(0, 17) + (id[17] === "1" ? "2" : "1");
      const e = await expectAppError(verifyRealName({ db }, user, { name: "王小明", idNumber: wrong }), "BAD_REQUEST", /校验位/);
      expect(e.fieldErrors?.idNumber).toBeTruthy();
    });

    it("encrypts the number, keeps a lookup hash, masks it, and never writes it to the audit log", async () => {
      const { user } = await registerUser(db);
      const id = validId();
      const r = await verifyRealName({ db, ip: freshIp() }, user, { name: "王小明", idNumber: id });
      expect(r.idMasked).toBe(`${id.slice(0, 4)}**********${id.slice(14)}`);
      expect(r.nameMasked).toBe("王**");
      const [row] = await db
        .select({ enc: accountUser.idNumberEnc, hash: accountUser.idNumberHash })
        .from(accountUser)
        .where(eq(accountUser.id, user.id));
      expect(row?.enc).toMatch(/^v1\./);
      expect(row?.enc).not.toContain(id);
      expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
      const audits = await db.select({ detail: auditLog.detail }).from(auditLog).where(eq(auditLog.actorId, user.id));
      expect(JSON.stringify(audits)).not.toContain(id);
      const msgs = await db.select({ body: accountMessage.body }).from(accountMessage).where(eq(accountMessage.userId, user.id));
      expect(JSON.stringify(msgs)).not.toContain(id);
    });

    it("refuses an ID number already verified on another account", async () => {
      const { user } = await registerUser(db);
      await expectAppError(verifyRealName({ db }, user, { name: "周晓彤", idNumber: SAMPLE_ID_NUMBER }), "CONFLICT", /其他账号/);
    });
  });

  describe("WeChat binding", () => {
    it("binds a WeChat identity to the phone account proven by SMS, once", async () => {
      const { phone, user } = await registerUser(db);
      const openid = `U-test-${phone}`;
      expect(await findWechatUser(db, openid)).toBeNull();
      const ticket = signTicket({ kind: "wechat-bind", id: openid, nick: "测试" }, 60_000);
      await sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "bind" });
      const bound = await bindWechat({ db, ip: freshIp() }, { phone, code: await lastSmsCode(db, phone), ticket });
      expect(bound.id).toBe(user.id);
      expect((await findWechatUser(db, openid))?.id).toBe(user.id);

      const other = await registerUser(db);
      await sendSmsCode({ db, ip: freshIp() }, { phone: other.phone, purpose: "bind" });
      await expectAppError(
        bindWechat({ db, ip: freshIp() }, { phone: other.phone, code: await lastSmsCode(db, other.phone), ticket }),
        "CONFLICT",
      );
    });

    it("rejects forged or expired tickets", async () => {
      const { phone } = await registerUser(db);
      await expectAppError(bindWechat({ db }, { phone, code: "123456", ticket: "forged.ticket" }), "BAD_REQUEST", /过期/);
      const expired = signTicket({ kind: "wechat-bind", id: "U-x" }, -1);
      await expectAppError(bindWechat({ db }, { phone, code: "123456", ticket: expired }), "BAD_REQUEST");
    });
  });

  it("keeps demo accounts seeded once (idempotent seed)", async () => {
    const { seed } = await import("@/drizzle/seed/seed");
    const r = await seed(db);
    expect(r.created).toBe(0);
    const citizen = await demoUser(db, DEMO.citizen);
    expect(citizen.role).toBe("citizen");
  });
});
