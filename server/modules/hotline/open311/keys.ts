import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { DB } from "@/server/db";
import { open311ApiKey } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { parseInput } from "@/server/lib/validation";
import { hasPermission } from "@/server/auth/roles";
import type { SessionUser } from "@/server/modules/account/service";
import type { ServiceCtx } from "../service";
import { ZCreateOpen311Key } from "../validation";

export function hashKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** Characters shown in the admin list to tell keys apart (never enough to use one). */
export function keyPrefix(key: string): string {
  return key.slice(0, 10);
}

/** A new random key: `nt311_` + 32 base64url characters (192 bits). */
export function generateKey(): string {
  return `nt311_${randomBytes(24).toString("base64url")}`;
}

/** The key's id and name, or 403 for a missing, unknown or revoked key; records the last use. */
export async function authenticateKey(
  db: DB,
  apiKey: string | null | undefined,
  now = new Date(),
): Promise<{ id: number; name: string; keyHash: string }> {
  const key = (apiKey ?? "").trim();
  if (!key) throw new AppError("FORBIDDEN", "缺少 api_key：提交诉求需要 API key，请向市12345热线申请");
  if (key.length > 200) throw new AppError("FORBIDDEN", "api_key 无效或已被撤销");
  const [row] = await db
    .select({ id: open311ApiKey.id, name: open311ApiKey.name, revokedAt: open311ApiKey.revokedAt })
    .from(open311ApiKey)
    .where(eq(open311ApiKey.keyHash, hashKey(key)))
    .limit(1);
  if (!row || row.revokedAt) throw new AppError("FORBIDDEN", "api_key 无效或已被撤销");
  await db.update(open311ApiKey).set({ lastUsedAt: now }).where(eq(open311ApiKey.id, row.id));
  return { id: row.id, name: row.name, keyHash: hashKey(key) };
}

function requireKeyAdmin(user: SessionUser) {
  if (!hasPermission(user.role, "hotline.admin")) throw new AppError("FORBIDDEN", "您没有管理 Open311 接口的权限");
}

/** Admin list of keys (never the key itself or its hash). */
export async function listApiKeys(db: DB, user: SessionUser) {
  requireKeyAdmin(user);
  return db
    .select({
      id: open311ApiKey.id,
      name: open311ApiKey.name,
      keyPrefix: open311ApiKey.keyPrefix,
      createdAt: open311ApiKey.createdAt,
      lastUsedAt: open311ApiKey.lastUsedAt,
      revokedAt: open311ApiKey.revokedAt,
    })
    .from(open311ApiKey)
    .orderBy(sql`${open311ApiKey.revokedAt} is not null`, desc(open311ApiKey.createdAt), desc(open311ApiKey.id));
}

/** Creates a key for `name` (the client and who runs it); the key is returned once, only its hash is stored. */
export async function createApiKey(ctx: ServiceCtx, user: SessionUser, rawName: string, now = new Date()) {
  requireKeyAdmin(user);
  const { name } = parseInput(ZCreateOpen311Key, { name: rawName });
  const key = generateKey();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(open311ApiKey)
      .values({ name, keyHash: hashKey(key), keyPrefix: keyPrefix(key), createdById: user.id, createdAt: now })
      .returning({ id: open311ApiKey.id });
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "open311.key.create",
      outcome: "success",
      targetType: "open311_api_key",
      targetId: String(row!.id),
    });
    return { id: row!.id, name, key, keyPrefix: keyPrefix(key) };
  });
}

/** Revokes a key at once; revoking twice is harmless. */
export async function revokeApiKey(ctx: ServiceCtx, user: SessionUser, id: number, now = new Date()) {
  requireKeyAdmin(user);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: open311ApiKey.id, name: open311ApiKey.name, revokedAt: open311ApiKey.revokedAt })
      .from(open311ApiKey)
      .where(eq(open311ApiKey.id, id))
      .limit(1);
    if (!row) throw new AppError("NOT_FOUND", "找不到该 API key");
    if (row.revokedAt) return { id: row.id, name: row.name, revokedAt: row.revokedAt };
    await tx
      .update(open311ApiKey)
      .set({ revokedAt: now })
      .where(and(eq(open311ApiKey.id, id), isNull(open311ApiKey.revokedAt)));
    await audit(tx, {
      actorId: user.id,
      actorRole: user.role,
      ip: ctx.ip,
      action: "open311.key.revoke",
      outcome: "success",
      targetType: "open311_api_key",
      targetId: String(id),
    });
    return { id: row.id, name: row.name, revokedAt: now };
  });
}
