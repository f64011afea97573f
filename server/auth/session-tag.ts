import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/**
 * Whether a request's session cookie was issued by this site, decided at once and without a session read: the
 * authentication tag of its JWE verifies (A256CBC-HS512 with the key @auth/core derives from AUTH_SECRET or a
 * previous AUTH_SECRET_1…3 — @auth/core/jwt `encode`, RFC 7518 §5.2.2). Returns the tag, which names the cookie
 * (the booking gate, server/modules/booking/admission.ts, vouches for one taker per cookie and slot), or null.
 *
 * It says nothing of the session's validity — expiry, sign-out, the account, its role — which
 * server/auth/request-session.ts `sessionUserOf` checks on the same request; it only tells a cookie this site made
 * from one anybody can make up. @auth/core's own decode takes 8–10 thread-pool round trips per token (WebCrypto),
 * each waiting behind the event loop's other work in a 07:00 burst; this takes one HMAC. A cookie of another
 * encryption (A256GCM, which @auth/core still reads but no longer writes) is not recognised here.
 */
export function issuedSessionTag(cookieHeader: string | undefined | null, env: NodeJS.ProcessEnv = process.env): string | null {
  if (!cookieHeader) return null;
  const secrets = [env.AUTH_SECRET, env.AUTH_SECRET_1, env.AUTH_SECRET_2, env.AUTH_SECRET_3].filter((x): x is string => !!x);
  for (const name of SESSION_COOKIE_NAMES) {
    const parts = sessionCookieValue(cookieHeader, name).split(".");
    if (parts.length !== 5 || parts[1] !== "") continue;
    const [header, , ivPart, ciphertextPart, tagPart] = parts as [string, string, string, string, string];
    let enc: unknown;
    try {
      enc = (JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as { enc?: unknown } | null)?.enc;
    } catch {
      continue;
    }
    if (enc !== "A256CBC-HS512") continue;
    const iv = Buffer.from(ivPart, "base64url");
    const ciphertext = Buffer.from(ciphertextPart, "base64url");
    const tag = Buffer.from(tagPart, "base64url");
    if (iv.length !== 16 || tag.length !== 32) continue;
    // The tag: the first 32 bytes of HMAC-SHA-512 over AAD ‖ IV ‖ ciphertext ‖ AL (the AAD's length in bits,
    // 64-bit big-endian), the AAD being the protected header as sent.
    const aad = Buffer.from(header, "ascii");
    const al = Buffer.alloc(8);
    al.writeBigUInt64BE(BigInt(aad.length * 8));
    for (const secret of secrets) {
      const mac = createHmac("sha512", macKey(secret, name)).update(aad).update(iv).update(ciphertext).update(al).digest();
      if (timingSafeEqual(mac.subarray(0, 32), tag)) return tagPart;
    }
  }
  return null;
}

/** Auth.js's session cookie names: over http, and over https (`__Secure-`); each is its key derivation's salt. */
const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/** The MAC half of each secret's derived key, per cookie name. */
const macKeys = new Map<string, Buffer>();

function macKey(secret: string, salt: string): Buffer {
  const id = `${salt}\0${secret}`;
  let key = macKeys.get(id);
  if (!key) {
    // @auth/core/jwt getDerivedEncryptionKey for A256CBC-HS512: 64 bytes, of which the first 32 are the MAC key.
    key = Buffer.from(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64)).subarray(0, 32);
    if (macKeys.size > 16) macKeys.clear();
    macKeys.set(id, key);
  }
  return key;
}

/** The cookie's value under `name`, its chunks (`.0`, `.1` …) joined as @auth/core's SessionStore joins them. */
function sessionCookieValue(cookieHeader: string, name: string): string {
  const chunks: [number, string][] = [];
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key.startsWith(name) && value) chunks.push([parseInt(key.split(".").pop() || "0") || 0, value]);
  }
  return chunks
    .sort((a, b) => a[0] - b[0])
    .map((c) => c[1])
    .join("");
}
