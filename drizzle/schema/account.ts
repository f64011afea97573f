import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { orgDepartment } from "./org";

/** Roles; the permissions of each live in code (server/auth/roles.ts) so they are reviewed with it. */
export const accountRole = pgTable("account_role", {
  code: text().primaryKey(),
  name: text().notNull(),
  description: text().notNull(),
});

export const accountUser = pgTable(
  "account_user",
  {
    id: uuid().primaryKey().defaultRandom(),
    phone: text().notNull(),
    nickname: text().notNull(),
    passwordHash: text(),
    role: text()
      .notNull()
      .references(() => accountRole.code),
    departmentId: integer().references(() => orgDepartment.id),
    // 实名: the name is shown masked; the ID number is encrypted (AES-256-GCM) and looked up by keyed hash.
    realName: text(),
    idNumberEnc: text(),
    idNumberHash: text(),
    realNameVerifiedAt: timestamp({ withTimezone: true }),
    enterpriseName: text(),
    enterpriseUscc: text(),
    failedSignIns: integer().notNull().default(0),
    failureWindowStartedAt: timestamp({ withTimezone: true }),
    lockedUntil: timestamp({ withTimezone: true }),
    lastSignInAt: timestamp({ withTimezone: true }),
    disabled: boolean().notNull().default(false),
    // Every session carries the version it was issued under; sign-out, password change, role change and
    // disabling bump it, which ends every session issued before (server/auth/config.ts).
    sessionVersion: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("account_user_phone_key").on(t.phone),
    uniqueIndex("account_user_id_number_hash_key").on(t.idNumberHash),
    index("account_user_role_idx").on(t.role),
  ],
);

/** Auth.js "accounts": external identities (WeChat) bound to one phone account. */
export const authAccount = pgTable(
  "auth_account",
  {
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    type: text().notNull().default("oauth"),
    userId: uuid()
      .notNull()
      .references(() => accountUser.id, { onDelete: "cascade" }),
    nickname: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    uniqueIndex("auth_account_user_provider_key").on(t.userId, t.provider),
  ],
);

/** One-time SMS codes; only a hash is stored. */
export const accountSmsCode = pgTable(
  "account_sms_code",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    phone: text().notNull(),
    purpose: text().notNull(),
    codeHash: text().notNull(),
    attempts: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    consumedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_sms_code_phone_idx").on(t.phone, t.purpose, t.createdAt.desc())],
);

/** Dev/test SMS transport: what would have been sent. Written only when SMS_TRANSPORT=dev. */
export const accountDevSmsOutbox = pgTable(
  "account_dev_sms_outbox",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    phone: text().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("account_dev_sms_outbox_phone_idx").on(t.phone, t.createdAt.desc())],
);

export const accountMessage = pgTable(
  "account_message",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => accountUser.id, { onDelete: "cascade" }),
    title: text().notNull(),
    body: text().notNull(),
    link: text(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("account_message_user_idx").on(t.userId, t.createdAt.desc()),
    index("account_message_unread_idx")
      .on(t.userId)
      .where(sql`read_at is null`),
  ],
);

/**
 * 注销账号 requests: the account is disabled at once (sessions end) and the closure job erases or
 * anonymises its personal data by `dueDate` (15 working days, the privacy notice's promise).
 */
export const accountClosure = pgTable(
  "account_closure",
  {
    userId: uuid()
      .primaryKey()
      .references(() => accountUser.id),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    dueDate: text().notNull(),
    status: text().notNull().default("pending"), // pending | done
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("account_closure_status_idx").on(t.status, t.dueDate)],
);
