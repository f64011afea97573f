import type { DB } from "@/server/db";
import { open311ApiKey } from "@/drizzle/schema";
import { DEMO_KEY } from "@/server/modules/hotline/open311/constants";
import { hashKey, keyPrefix } from "@/server/modules/hotline/open311/keys";

/** Name of the seeded demo key in the admin list (labelled as demo data). */
export const DEMO_KEY_NAME = "演示密钥（示例数据，可撤销）";

/**
 * Idempotent: the Open311 demo key `nantong-open311-demo` (README) is inserted once by its hash;
 * if an admin revoked it, reseeding leaves it revoked.
 */
export async function seedOpen311(db: DB): Promise<void> {
  await db
    .insert(open311ApiKey)
    .values({ name: DEMO_KEY_NAME, keyHash: hashKey(DEMO_KEY), keyPrefix: keyPrefix(DEMO_KEY) })
    .onConflictDoNothing({ target: open311ApiKey.keyHash });
}
