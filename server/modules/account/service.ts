import { createHmac, randomInt } from "node:crypto";
import { and, count, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { accountMessage, accountSmsCode, accountUser, authAccount, orgDepartment } from "@/drizzle/schema";
import { maskName, maskPhone } from "@/server/lib/mask";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { consume } from "@/server/lib/rate-limit";
import { sendSms } from "@/server/lib/sms";
import { validateIdCard, maskIdCard } from "@/server/lib/id-card";
import { checkPassword } from "@/server/lib/password-policy";
import { lockStatus, lockoutMessage, recordFailure, recordSuccess, LOCKOUT_POLICY } from "@/server/lib/lockout";
import { decryptField, encryptField, lookupHash } from "@/server/lib/crypto";
import { idKeys } from "@/server/lib/secrets";
import { readTicket } from "@/server/lib/signed-ticket";
import { isRole, ROLE_NAMES, type Role } from "@/server/auth/roles";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./passwords";
import type { TRealName, TRegister, TSmsPurpose } from "./validation";

/** What a session carries: never more than this. */
export type SessionUser = { id: string; role: Role; name: string };
export type ServiceCtx = { db: DB; ip?: string | null };

export const SMS_RESEND_SECONDS = 60;
export const SMS_VALID_MS = 5 * 60_000;
export const SMS_MAX_ATTEMPTS = 5;

const userColumns = {
  id: accountUser.id,
  phone: accountUser.phone,
  nickname: accountUser.nickname,
  role: accountUser.role,
  passwordHash: accountUser.passwordHash,
  disabled: accountUser.disabled,
  failedSignIns: accountUser.failedSignIns,
  failureWindowStartedAt: accountUser.failureWindowStartedAt,
  lockedUntil: accountUser.lockedUntil,
};

async function findUserByPhone(db: DB, phone: string) {
  const [row] = await db.select(userColumns).from(accountUser).where(eq(accountUser.phone, phone)).limit(1);
  return row;
}

function toSessionUser(row: { id: string; role: string; nickname: string }): SessionUser {
  if (!isRole(row.role)) throw new AppError("INTERNAL", "账号角色无效");
  return { id: row.id, role: row.role, name: row.nickname };
}

function codeHash(phone: string, purpose: string, code: string): string {
  return createHmac("sha256", `sms:${process.env.AUTH_SECRET ?? ""}`)
    .update(`${phone}:${purpose}:${code}`)
    .digest("hex");
}

/**
 * Sends a 6-digit code for login, registration or WeChat binding. One code per phone and purpose
 * per 60 s; a code lives 5 minutes and allows 5 attempts.
 */
export async function sendSmsCode(ctx: ServiceCtx, input: { phone: string; purpose: TSmsPurpose }, now = new Date()) {
  const { db } = ctx;
  const { phone, purpose } = input;
  // Limits first: whether a number is registered is an answer, and answers are rationed.
  await consume(db, "smsIp", ctx.ip ?? "unknown");
  await consume(db, "smsPhone", phone);
  const existing = await findUserByPhone(db, phone);
  if (purpose === "register" && existing)
    throw new AppError("CONFLICT", "该手机号已注册，请直接登录", { phone: ["该手机号已注册，请直接登录"] });
  if (purpose !== "register" && !existing)
    throw new AppError("NOT_FOUND", "该手机号尚未注册，请先注册", { phone: ["该手机号尚未注册，请先注册"] });

  const [last] = await db
    .select({ createdAt: accountSmsCode.createdAt })
    .from(accountSmsCode)
    .where(and(eq(accountSmsCode.phone, phone), eq(accountSmsCode.purpose, purpose)))
    .orderBy(desc(accountSmsCode.createdAt))
    .limit(1);
  if (last) {
    const waitSec = Math.ceil((last.createdAt.getTime() + SMS_RESEND_SECONDS * 1000 - now.getTime()) / 1000);
    if (waitSec > 0) throw new AppError("TOO_MANY_REQUESTS", `验证码已发送，请${waitSec}秒后再重新获取`);
  }

  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await db.insert(accountSmsCode).values({
    phone,
    purpose,
    codeHash: codeHash(phone, purpose, code),
    expiresAt: new Date(now.getTime() + SMS_VALID_MS),
    createdAt: now,
  });
  const what = purpose === "register" ? "注册" : purpose === "bind" ? "绑定微信" : purpose === "close" ? "注销账号" : "登录";
  await sendSms(db, phone, `【智慧南通】您的${what}验证码是${code}，5分钟内有效。如非本人操作，请忽略本短信。`);
  return { sentTo: maskPhone(phone), resendAfterSeconds: SMS_RESEND_SECONDS };
}

/** Checks and consumes a code; wrong codes count against the code's 5 attempts. */
export async function consumeSmsCode(db: DB, phone: string, purpose: TSmsPurpose, code: string, now = new Date()): Promise<void> {
  const [row] = await db
    .select({ id: accountSmsCode.id, codeHash: accountSmsCode.codeHash, attempts: accountSmsCode.attempts })
    .from(accountSmsCode)
    .where(
      and(
        eq(accountSmsCode.phone, phone),
        eq(accountSmsCode.purpose, purpose),
        isNull(accountSmsCode.consumedAt),
        gt(accountSmsCode.expiresAt, now),
      ),
    )
    .orderBy(desc(accountSmsCode.createdAt))
    .limit(1);
  const field = (m: string) => new AppError("BAD_REQUEST", m, { code: [m] });
  if (!row) throw field("验证码已过期或尚未获取，请重新获取");
  if (row.attempts >= SMS_MAX_ATTEMPTS) throw field("验证码错误次数过多，请重新获取");
  if (row.codeHash !== codeHash(phone, purpose, code)) {
    // Conditional increment: concurrent guesses cannot exceed the attempt budget.
    const [updated] = await db
      .update(accountSmsCode)
      .set({ attempts: sql`${accountSmsCode.attempts} + 1` })
      .where(and(eq(accountSmsCode.id, row.id), lt(accountSmsCode.attempts, SMS_MAX_ATTEMPTS)))
      .returning({ attempts: accountSmsCode.attempts });
    const left = SMS_MAX_ATTEMPTS - (updated?.attempts ?? SMS_MAX_ATTEMPTS);
    throw field(left > 0 ? `验证码不正确，还可以再试${left}次` : "验证码错误次数过多，请重新获取");
  }
  const consumed = await db
    .update(accountSmsCode)
    .set({ consumedAt: now })
    .where(and(eq(accountSmsCode.id, row.id), isNull(accountSmsCode.consumedAt)))
    .returning({ id: accountSmsCode.id });
  if (consumed.length === 0) throw field("验证码已使用，请重新获取");
}

/** Phone + password sign-in with lockout (5 failures in 15 minutes lock the account for 15 minutes). */
export async function signInWithPassword(
  ctx: ServiceCtx,
  input: { phone: string; password: string },
  now = new Date(),
): Promise<SessionUser> {
  const { db } = ctx;
  await consume(db, "signInIp", ctx.ip ?? "unknown");
  await consume(db, "signInPhone", input.phone);
  const user = await findUserByPhone(db, input.phone);
  const invalid = (m = "手机号或密码不正确") => new AppError("UNAUTHORIZED", m);
  if (!user || !user.passwordHash) {
    await burnPasswordCheck(input.password);
    await audit(db, { action: "auth.sign_in", outcome: "failure", ip: ctx.ip, detail: { method: "password", reason: "unknown_phone" } });
    throw invalid();
  }
  const actor = { actorId: user.id, actorRole: user.role, ip: ctx.ip };
  const state = { failedCount: user.failedSignIns, windowStartedAt: user.failureWindowStartedAt, lockedUntil: user.lockedUntil };
  const status = lockStatus(state, now);
  if (status.locked) {
    await audit(db, { ...actor, action: "auth.sign_in", outcome: "failure", detail: { method: "password", reason: "locked" } });
    throw new AppError("LOCKED", lockoutMessage(status.minutesLeft));
  }
  if (user.disabled) {
    await audit(db, { ...actor, action: "auth.sign_in", outcome: "failure", detail: { method: "password", reason: "disabled" } });
    throw new AppError("FORBIDDEN", "该账号已停用，请拨打12345咨询");
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const { state: next, justLocked } = recordFailure(state, now);
    await db
      .update(accountUser)
      .set({ failedSignIns: next.failedCount, failureWindowStartedAt: next.windowStartedAt, lockedUntil: next.lockedUntil })
      .where(eq(accountUser.id, user.id));
    await audit(db, { ...actor, action: "auth.sign_in", outcome: "failure", detail: { method: "password", reason: "bad_password" } });
    if (justLocked) {
      await audit(db, { ...actor, action: "auth.lockout", outcome: "success", targetType: "user", targetId: user.id });
      throw new AppError("LOCKED", lockoutMessage(Math.ceil(LOCKOUT_POLICY.lockMs / 60_000)));
    }
    const left = LOCKOUT_POLICY.maxFailures - next.failedCount;
    throw invalid(left <= 2 ? `手机号或密码不正确，再错${left}次账号将锁定15分钟` : undefined);
  }
  await markSignedIn(db, user.id, now);
  await audit(db, { ...actor, action: "auth.sign_in", outcome: "success", detail: { method: "password" } });
  return toSessionUser(user);
}

async function markSignedIn(db: DB, userId: string, now: Date) {
  const reset = recordSuccess();
  await db
    .update(accountUser)
    .set({
      failedSignIns: reset.failedCount,
      failureWindowStartedAt: reset.windowStartedAt,
      lockedUntil: reset.lockedUntil,
      lastSignInAt: now,
    })
    .where(eq(accountUser.id, userId));
}

/** Phone + SMS code sign-in; proves control of the phone, so it also clears a password lockout. */
export async function signInWithSms(ctx: ServiceCtx, input: { phone: string; code: string }, now = new Date()): Promise<SessionUser> {
  const { db } = ctx;
  await consume(db, "signInIp", ctx.ip ?? "unknown");
  const user = await findUserByPhone(db, input.phone);
  if (!user) {
    await audit(db, { action: "auth.sign_in", outcome: "failure", ip: ctx.ip, detail: { method: "sms", reason: "unknown_phone" } });
    throw new AppError("NOT_FOUND", "该手机号尚未注册，请先注册");
  }
  const actor = { actorId: user.id, actorRole: user.role, ip: ctx.ip };
  try {
    await consumeSmsCode(db, input.phone, "login", input.code, now);
  } catch (e) {
    await audit(db, { ...actor, action: "auth.sign_in", outcome: "failure", detail: { method: "sms", reason: "bad_code" } });
    throw e;
  }
  if (user.disabled) throw new AppError("FORBIDDEN", "该账号已停用，请拨打12345咨询");
  await markSignedIn(db, user.id, now);
  await audit(db, { ...actor, action: "auth.sign_in", outcome: "success", detail: { method: "sms" } });
  return toSessionUser(user);
}

/** Registration: phone + SMS code + password (policy-checked, argon2id-hashed). New accounts are citizens. */
export async function register(ctx: ServiceCtx, input: TRegister): Promise<SessionUser> {
  const { db } = ctx;
  const policy = checkPassword(input.password, { phone: input.phone });
  if (!policy.ok) throw new AppError("BAD_REQUEST", policy.message, { password: [policy.message] });
  await consume(db, "registerIp", ctx.ip ?? "unknown");
  if (await findUserByPhone(db, input.phone))
    throw new AppError("CONFLICT", "该手机号已注册，请直接登录", { phone: ["该手机号已注册，请直接登录"] });
  await consumeSmsCode(db, input.phone, "register", input.code);
  const passwordHash = await hashPassword(input.password);
  const nickname = input.nickname?.trim() || `市民${input.phone.slice(-4)}`;
  const inserted = await db
    .insert(accountUser)
    .values({ phone: input.phone, nickname, passwordHash, role: "citizen" })
    .onConflictDoNothing()
    .returning({ id: accountUser.id, role: accountUser.role, nickname: accountUser.nickname });
  const user = inserted[0];
  if (!user) throw new AppError("CONFLICT", "该手机号已注册，请直接登录", { phone: ["该手机号已注册，请直接登录"] });
  await audit(db, {
    actorId: user.id,
    actorRole: user.role,
    ip: ctx.ip,
    action: "account.register",
    outcome: "success",
    targetType: "user",
    targetId: user.id,
  });
  await db.insert(accountMessage).values({
    userId: user.id,
    title: "欢迎使用智慧南通",
    body: "注册成功。完成实名认证后，可在线办理更多政务服务。",
    link: "/me#real-name",
  });
  return toSessionUser(user);
}

/** The account a WeChat identity is bound to, or null when it still needs binding. */
export async function findWechatUser(db: DB, providerAccountId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({ id: accountUser.id, role: accountUser.role, nickname: accountUser.nickname, disabled: accountUser.disabled })
    .from(authAccount)
    .innerJoin(accountUser, eq(accountUser.id, authAccount.userId))
    .where(and(eq(authAccount.provider, "wechat"), eq(authAccount.providerAccountId, providerAccountId)))
    .limit(1);
  if (!row || row.disabled) return null;
  return toSessionUser(row);
}

export async function recordWechatSignIn(ctx: ServiceCtx, user: SessionUser): Promise<void> {
  await markSignedIn(ctx.db, user.id, new Date());
  await audit(ctx.db, {
    actorId: user.id,
    actorRole: user.role,
    ip: ctx.ip,
    action: "auth.sign_in",
    outcome: "success",
    detail: { method: "wechat" },
  });
}

/** Binds the WeChat identity in a signed ticket to the phone account proven by an SMS code. */
export async function bindWechat(ctx: ServiceCtx, input: { phone: string; code: string; ticket: string }): Promise<SessionUser> {
  const { db } = ctx;
  const data = readTicket(input.ticket);
  if (!data || data.kind !== "wechat-bind" || typeof data.id !== "string") {
    throw new AppError("BAD_REQUEST", "微信授权已过期，请重新使用微信登录");
  }
  const user = await findUserByPhone(db, input.phone);
  if (!user)
    throw new AppError("NOT_FOUND", "该手机号尚未注册，请先注册后再绑定微信", { phone: ["该手机号尚未注册，请先注册后再绑定微信"] });
  await consumeSmsCode(db, input.phone, "bind", input.code);
  const inserted = await db
    .insert(authAccount)
    .values({ provider: "wechat", providerAccountId: data.id, userId: user.id, nickname: String(data.nick ?? "") || null })
    .onConflictDoNothing()
    .returning({ userId: authAccount.userId });
  if (inserted.length === 0) throw new AppError("CONFLICT", "该微信或该手机号已绑定过其他账号，请先在“我的”中解除绑定");
  await audit(db, {
    actorId: user.id,
    actorRole: user.role,
    ip: ctx.ip,
    action: "account.wechat_bind",
    outcome: "success",
    targetType: "user",
    targetId: user.id,
  });
  await markSignedIn(db, user.id, new Date());
  await audit(db, {
    actorId: user.id,
    actorRole: user.role,
    ip: ctx.ip,
    action: "auth.sign_in",
    outcome: "success",
    detail: { method: "wechat" },
  });
  return toSessionUser(user);
}

export async function unbindWechat(ctx: ServiceCtx, user: SessionUser): Promise<void> {
  const removed = await ctx.db
    .delete(authAccount)
    .where(and(eq(authAccount.userId, user.id), eq(authAccount.provider, "wechat")))
    .returning({ userId: authAccount.userId });
  if (removed.length === 0) throw new AppError("NOT_FOUND", "当前账号没有绑定微信");
  await audit(ctx.db, {
    actorId: user.id,
    actorRole: user.role,
    ip: ctx.ip,
    action: "account.wechat_unbind",
    outcome: "success",
    targetType: "user",
    targetId: user.id,
  });
}

/**
 * What the account already knows about its holder, in full, for filling their own application forms
 * (never shown to anyone else): name and ID number only once real-name verified, the sign-in phone,
 * and the company of an enterprise account.
 */
export async function accountFacts(db: DB, userId: string) {
  const [row] = await db
    .select({
      phone: accountUser.phone,
      realName: accountUser.realName,
      idNumberEnc: accountUser.idNumberEnc,
      verifiedAt: accountUser.realNameVerifiedAt,
      enterpriseName: accountUser.enterpriseName,
      enterpriseUscc: accountUser.enterpriseUscc,
    })
    .from(accountUser)
    .where(eq(accountUser.id, userId))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "账号不存在");
  const verified = Boolean(row.verifiedAt);
  return {
    name: verified ? row.realName : null,
    idNumber: verified && row.idNumberEnc ? decryptField(row.idNumberEnc, idKeys().enc) : null,
    phone: row.phone,
    enterpriseName: row.enterpriseName,
    uscc: row.enterpriseUscc,
  };
}

/** The signed-in person's own profile, with personal data masked. */
export async function getProfile(db: DB, userId: string) {
  const [row] = await db
    .select({
      id: accountUser.id,
      phone: accountUser.phone,
      nickname: accountUser.nickname,
      role: accountUser.role,
      realName: accountUser.realName,
      idNumberEnc: accountUser.idNumberEnc,
      realNameVerifiedAt: accountUser.realNameVerifiedAt,
      enterpriseName: accountUser.enterpriseName,
      enterpriseUscc: accountUser.enterpriseUscc,
      departmentName: orgDepartment.name,
      hasPassword: sql<boolean>`${accountUser.passwordHash} is not null`,
      lastSignInAt: accountUser.lastSignInAt,
    })
    .from(accountUser)
    .leftJoin(orgDepartment, eq(orgDepartment.id, accountUser.departmentId))
    .where(eq(accountUser.id, userId))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "账号不存在");
  const [wechat] = await db
    .select({ nickname: authAccount.nickname, createdAt: authAccount.createdAt })
    .from(authAccount)
    .where(and(eq(authAccount.userId, userId), eq(authAccount.provider, "wechat")))
    .limit(1);
  const role = isRole(row.role) ? row.role : "citizen";
  return {
    id: row.id,
    phoneMasked: maskPhone(row.phone),
    nickname: row.nickname,
    role,
    roleName: ROLE_NAMES[role],
    departmentName: row.departmentName,
    enterprise: row.enterpriseName ? { name: row.enterpriseName, uscc: row.enterpriseUscc ?? "" } : null,
    realName: row.realNameVerifiedAt
      ? {
          verified: true as const,
          nameMasked: maskName(row.realName) ?? "",
          idMasked: row.idNumberEnc ? maskIdCard(decryptField(row.idNumberEnc, idKeys().enc)) : "",
          verifiedAt: row.realNameVerifiedAt,
        }
      : { verified: false as const },
    signInMethods: {
      password: row.hasPassword,
      sms: true,
      wechat: wechat ? { nickname: wechat.nickname ?? "微信用户", boundAt: wechat.createdAt } : null,
    },
    lastSignInAt: row.lastSignInAt,
  };
}

/**
 * 实名认证: validates the GB 11643 check digit, stores the number AES-256-GCM encrypted with an
 * HMAC for lookup, and never logs it.
 */
export async function verifyRealName(ctx: ServiceCtx, user: SessionUser, input: TRealName) {
  const { db } = ctx;
  const checked = validateIdCard(input.idNumber);
  if (!checked.ok) throw new AppError("BAD_REQUEST", checked.message, { idNumber: [checked.message] });
  const keys = idKeys();
  const hash = lookupHash(checked.normalized, keys.hmac);
  const [owner] = await db.select({ id: accountUser.id }).from(accountUser).where(eq(accountUser.idNumberHash, hash)).limit(1);
  if (owner && owner.id !== user.id) {
    await audit(db, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "account.real_name",
      outcome: "failure",
      detail: { reason: "id_in_use" },
    });
    throw new AppError("CONFLICT", "该身份证号已被其他账号实名认证。如非本人操作，请拨打12345反映", {
      idNumber: ["该身份证号已被其他账号实名认证"],
    });
  }
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx
      .update(accountUser)
      .set({
        realName: input.name,
        idNumberEnc: encryptField(checked.normalized, keys.enc),
        idNumberHash: hash,
        realNameVerifiedAt: now,
        updatedAt: now,
      })
      .where(eq(accountUser.id, user.id));
    await tx.insert(accountMessage).values({
      userId: user.id,
      title: "实名认证成功",
      body: `您已完成实名认证（${maskName(input.name) ?? ""}，${maskIdCard(checked.normalized)}）。`,
      link: "/me#real-name",
    });
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "account.real_name",
      outcome: "success",
      targetType: "user",
      targetId: user.id,
    });
  });
  return { nameMasked: maskName(input.name) ?? "", idMasked: maskIdCard(checked.normalized) };
}

export async function listMessages(db: DB, userId: string, limit = 50) {
  const items = await db
    .select({
      id: accountMessage.id,
      title: accountMessage.title,
      body: accountMessage.body,
      link: accountMessage.link,
      readAt: accountMessage.readAt,
      createdAt: accountMessage.createdAt,
    })
    .from(accountMessage)
    .where(eq(accountMessage.userId, userId))
    .orderBy(desc(accountMessage.createdAt), desc(accountMessage.id))
    .limit(limit);
  const [unread] = await db
    .select({ n: count() })
    .from(accountMessage)
    .where(and(eq(accountMessage.userId, userId), isNull(accountMessage.readAt)));
  return { items, unread: unread?.n ?? 0 };
}

/** Marks one of the user's own messages read; another person's message id is "not found". */
export async function markMessageRead(db: DB, userId: string, messageId: number): Promise<void> {
  const updated = await db
    .update(accountMessage)
    .set({ readAt: new Date() })
    .where(and(eq(accountMessage.id, messageId), eq(accountMessage.userId, userId)))
    .returning({ id: accountMessage.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", "消息不存在");
}
