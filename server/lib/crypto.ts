/**
 * Field-level encryption for sensitive personal information (敏感个人信息,
 * PIPL Art. 28/51), e.g. resident ID numbers.
 *
 * - {@link encryptField}/{@link decryptField}: AES-256-GCM with a random
 *   96-bit IV per value, so equal plaintexts produce different ciphertexts
 *   and any modification is detected by the authentication tag.
 * - {@link lookupHash}: keyed HMAC-SHA256 for equality lookups (e.g. "is this
 *   ID number already registered?") without decrypting every row. A separate
 *   key from the encryption key should be used.
 *
 * Token format: `v1.<iv>.<tag>.<ciphertext>`, each part base64url without
 * padding. The version prefix allows future algorithm or key rotation.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

const VERSION = "v1";
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Throws unless `key` is a 32-byte key. Checked on every call because a
 * short key would silently weaken (HMAC) or crash (AES) deep inside Node.
 */
function assertKey(key: Buffer, fn: string): void {
  if (key.length !== KEY_BYTES) {
    throw new Error(`${fn}: key must be ${KEY_BYTES} bytes, got ${key.length}`);
  }
}

/**
 * Encrypts `plaintext` (UTF-8) with AES-256-GCM.
 *
 * The version string is bound as additional authenticated data so a token
 * cannot be relabelled as another format version without detection.
 *
 * @returns `v1.<iv b64url>.<tag b64url>.<ciphertext b64url>`
 * @throws Error if `key` is not 32 bytes
 */
export function encryptField(plaintext: string, key: Buffer): string {
  assertKey(key, "encryptField");
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(VERSION, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString("base64url"), tag.toString("base64url"), ciphertext.toString("base64url")].join(".");
}

/**
 * Decrypts a token produced by {@link encryptField}.
 *
 * @throws Error if the token is malformed, was encrypted with a different
 *   key, or has been tampered with (authentication failure)
 */
export function decryptField(token: string, key: Buffer): string {
  assertKey(key, "decryptField");
  const parts = token.split(".");
  // Node's base64url decoder silently skips invalid characters, so validate
  // the alphabet first; otherwise a corrupted token could decode "successfully"
  // into different bytes and only fail later with a confusing error.
  if (parts.length !== 4 || parts[0] !== VERSION || !parts.slice(1).every((p) => BASE64URL.test(p))) {
    throw new Error("decryptField: malformed encrypted value");
  }
  const iv = Buffer.from(parts[1], "base64url");
  const tag = Buffer.from(parts[2], "base64url");
  const ciphertext = Buffer.from(parts[3], "base64url");
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new Error("decryptField: malformed encrypted value");
  }
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(VERSION, "utf8"));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch {
    // Node's message ("Unsupported state or unable to authenticate data") is
    // opaque; name the likely causes instead.
    throw new Error("decryptField: authentication failed (wrong key or tampered value)");
  }
}

/**
 * Keyed lookup hash: HMAC-SHA256 of `value` (UTF-8), lower-case hex.
 *
 * Deterministic for a given key, so it can be stored in a unique index.
 * Callers must normalise the value first (e.g. `validateIdCard(...).normalized`)
 * so that "…x" and "…X" hash the same.
 *
 * @throws Error if `key` is not 32 bytes
 */
export function lookupHash(value: string, key: Buffer): string {
  assertKey(key, "lookupHash");
  return createHmac("sha256", key).update(value, "utf8").digest("hex");
}

/**
 * Decodes a base64 (standard or URL-safe) key from configuration.
 *
 * @param b64 the encoded key, typically `process.env[name]`
 * @param name the environment variable name, used in error messages so the
 *   operator knows which setting to fix
 * @throws Error naming `name` if the value is empty, not base64, or does not
 *   decode to exactly 32 bytes
 */
export function parseKey(b64: string, name: string): Buffer {
  const hint = "可用 `openssl rand -base64 32` 生成";
  const value = b64.trim();
  if (value === "") {
    throw new Error(`环境变量 ${name} 未设置：需要 base64 编码的32字节密钥，${hint}`);
  }
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) {
    throw new Error(`环境变量 ${name} 不是有效的 base64 编码，${hint}`);
  }
  const key = Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  if (key.length !== KEY_BYTES) {
    throw new Error(`环境变量 ${name} 长度不正确：解码后应为32字节，实际为${key.length}字节，${hint}`);
  }
  return key;
}
