import { parseKey } from "./crypto";

/** Keys for personal-data encryption, read once from the environment (scripts/start.mjs fills them in dev). */
export function idKeys(): { enc: Buffer; hmac: Buffer } {
  const enc = process.env.ID_ENCRYPTION_KEY;
  const hmac = process.env.ID_HMAC_KEY;
  if (!enc || !hmac) throw new Error("ID_ENCRYPTION_KEY and ID_HMAC_KEY must be set (base64, 32 bytes each)");
  return { enc: parseKey(enc, "ID_ENCRYPTION_KEY"), hmac: parseKey(hmac, "ID_HMAC_KEY") };
}
