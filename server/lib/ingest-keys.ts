import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { DB } from "@/server/db";
import { ingestApiKey } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { hashKey, keyPrefix } from "@/server/modules/hotline/open311/keys";

/**
 * API keys of external data feeds (parking operators, air monitoring), the same mechanism as the
 * Open311 keys: the key is shown once, only its SHA-256 is stored, keys can be revoked, and each key
 * carries the scopes (ingest endpoints) it may use.
 */

export const INGEST_SCOPES = ["parking", "air", "alerts", "gtfs-rt"] as const;
export type IngestScope = (typeof INGEST_SCOPES)[number];
export const DEMO_INGEST_KEY = "nantong-ingest-demo";

/** The key from `Authorization: Bearer …` or `X-API-Key`. */
export function keyFromHeaders(headers: Headers): string | null {
  const auth = headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) return auth.slice(7).trim() || null;
  return headers.get("x-api-key")?.trim() || null;
}

/** 401 without a key, 403 for an unknown, revoked or out-of-scope key; records the last use. */
export async function authenticateIngestKey(db: DB, key: string | null | undefined, scope: IngestScope, now = new Date()) {
  const k = (key ?? "").trim();
  if (!k) throw new AppError("UNAUTHORIZED", "缺少 API key：请在请求头 Authorization: Bearer <key> 中提供数据接入密钥");
  if (k.length > 200) throw new AppError("FORBIDDEN", "API key 无效或已被撤销");
  const [row] = await db
    .select({ id: ingestApiKey.id, name: ingestApiKey.name, scopes: ingestApiKey.scopes, revokedAt: ingestApiKey.revokedAt })
    .from(ingestApiKey)
    .where(eq(ingestApiKey.keyHash, hashKey(k)))
    .limit(1);
  if (!row || row.revokedAt) throw new AppError("FORBIDDEN", "API key 无效或已被撤销");
  if (!row.scopes.includes(scope)) throw new AppError("FORBIDDEN", `该 API key 无权提交此类数据（${scope}）`);
  await db.update(ingestApiKey).set({ lastUsedAt: now }).where(eq(ingestApiKey.id, row.id));
  return { id: row.id, name: row.name };
}

/** A new key (returned once) with its scopes; admins call this through the admin service in phase 2. */
export async function createIngestKey(db: DB, name: string, scopes: IngestScope[], createdById: string | null = null) {
  const key = `ntin_${randomBytes(24).toString("base64url")}`;
  const [row] = await db
    .insert(ingestApiKey)
    .values({ name, keyHash: hashKey(key), keyPrefix: keyPrefix(key), scopes, createdById })
    .returning({ id: ingestApiKey.id });
  return { id: row!.id, key };
}

export async function revokeIngestKey(db: DB, id: number, now = new Date()) {
  const rows = await db.update(ingestApiKey).set({ revokedAt: now }).where(eq(ingestApiKey.id, id)).returning({ id: ingestApiKey.id });
  if (rows.length === 0) throw new AppError("NOT_FOUND", "找不到该密钥");
}

export async function seedDemoIngestKey(db: DB) {
  await db
    .insert(ingestApiKey)
    .values({
      name: "演示数据接入密钥（示例，可撤销）",
      keyHash: hashKey(DEMO_INGEST_KEY),
      keyPrefix: keyPrefix(DEMO_INGEST_KEY),
      scopes: [...INGEST_SCOPES],
    })
    // The demo key gets every scope, including ones added after it was first seeded.
    .onConflictDoUpdate({ target: ingestApiKey.keyHash, set: { scopes: [...INGEST_SCOPES] } });
}
