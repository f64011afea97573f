import { createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/**
 * Whose session cookie a request carries, read at once without a session read, or null: the cookie's JWE was made by
 * this site (its A256CBC-HS512 authentication tag verifies with the key @auth/core derives from AUTH_SECRET or a
 * previous AUTH_SECRET_1…3 — @auth/core/jwt `encode`, RFC 7518 §5.2.2), it decrypts to a token with our `uid`, and it
 * has not expired. The booking gate (server/modules/booking/admission.ts) vouches for one taker per person and slot
 * with it.
 *
 * It says nothing else of the session — sign-out, the account, its role, idle time — which
 * server/auth/request-session.ts `sessionUserOf` checks on the same request: it only tells a cookie this site made
 * for someone from one anybody can make up, and says whose. @auth/core's own decode takes 8–10 thread-pool round
 * trips per token (WebCrypto), each waiting behind the event loop's other work in a 07:00 burst; this takes one HMAC
 * and one AES block run. Only canonical base64url is read (a tag with padding or stray characters, which a lenient
 * decoder would take, is not), the first cookie of a name counts (as in @auth/core's cookie parser), and a token of
 * another encryption (A256GCM, which @auth/core still reads but no longer writes) or a compressed one is not
 * recognised.
 */
export function sessionCookieOwner(
  cookieHeader: string | undefined | null,
  now = Date.now(),
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  if (!cookieHeader) return null;
  const secrets = [env.AUTH_SECRET, env.AUTH_SECRET_1, env.AUTH_SECRET_2, env.AUTH_SECRET_3].filter((x): x is string => !!x);
  const cookies = parseCookies(cookieHeader);
  for (const name of SESSION_COOKIE_NAMES) {
    const parts = sessionCookieValue(cookies, name).split(".");
    if (parts.length !== 5 || parts[1] !== "") continue;
    const [header, , ivPart, ciphertextPart, tagPart] = parts as [string, string, string, string, string];
    const [headerBytes, iv, ciphertext, tag] = [header, ivPart, ciphertextPart, tagPart].map(canonicalBase64url);
    if (!headerBytes || !iv || !ciphertext || !tag || iv.length !== 16 || tag.length !== 32 || ciphertext.length % 16 !== 0) continue;
    let protectedHeader: { alg?: unknown; enc?: unknown; zip?: unknown } | null;
    try {
      protectedHeader = JSON.parse(headerBytes.toString("utf8")) as typeof protectedHeader;
    } catch {
      continue;
    }
    if (protectedHeader?.alg !== "dir" || protectedHeader.enc !== "A256CBC-HS512" || protectedHeader.zip !== undefined) continue;
    // The tag: the first 32 bytes of HMAC-SHA-512 over AAD ‖ IV ‖ ciphertext ‖ AL (the AAD's length in bits, 64-bit
    // big-endian), the AAD being the protected header as sent.
    const aad = Buffer.from(header, "utf8");
    const al = Buffer.alloc(8);
    al.writeBigUInt64BE(BigInt(aad.length * 8));
    for (const secret of secrets) {
      const key = derivedKey(secret, name);
      const mac = createHmac("sha512", key.subarray(0, 32)).update(aad).update(iv).update(ciphertext).update(al).digest();
      if (!timingSafeEqual(mac.subarray(0, 32), tag)) continue;
      // Authentic: the payload is what this site encrypted (AES-256-CBC with the key's second half, PKCS #7 padding).
      try {
        const decipher = createDecipheriv("aes-256-cbc", key.subarray(32, 64), iv);
        const claims = JSON.parse(Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8")) as {
          uid?: unknown;
          exp?: unknown;
        } | null;
        if (typeof claims?.uid !== "string" || !claims.uid || typeof claims.exp !== "number" || claims.exp * 1000 <= now) return null;
        return claims.uid;
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** Auth.js's session cookie names: over http, and over https (`__Secure-`); each is its key derivation's salt. */
const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/** Each secret's derived key per cookie name (64 bytes: the MAC key, then the encryption key). */
const derivedKeys = new Map<string, Buffer>();

function derivedKey(secret: string, salt: string): Buffer {
  const id = `${salt}\0${secret}`;
  let key = derivedKeys.get(id);
  if (!key) {
    // @auth/core/jwt getDerivedEncryptionKey for A256CBC-HS512 (@panva/hkdf: sha256, the secret, the cookie name).
    key = Buffer.from(hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64));
    if (derivedKeys.size > 16) derivedKeys.clear();
    derivedKeys.set(id, key);
  }
  return key;
}

/** The bytes of canonical unpadded base64url text, or null for anything else (padding, stray or non-final bits). */
function canonicalBase64url(text: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : null;
}

/** Cookie name → value, the first of each name counting (as @auth/core's vendored cookie parser does). */
function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

/** The cookie's value under `name`, its chunks (`.0`, `.1` …) joined as @auth/core's SessionStore joins them. */
function sessionCookieValue(cookies: Map<string, string>, name: string): string {
  const chunks: [number, string][] = [];
  for (const [key, value] of cookies) if (key.startsWith(name) && value) chunks.push([parseInt(key.split(".").pop() || "0") || 0, value]);
  return chunks
    .sort((a, b) => a[0] - b[0])
    .map((c) => c[1])
    .join("");
}
