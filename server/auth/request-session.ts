import { createActionURL, setEnvDefaults, type AuthConfig } from "@auth/core";
import { getToken } from "@auth/core/jwt";
import { authConfig, checkSessionToken } from "./config";
import { isRole } from "./roles";
import type { SessionUser } from "@/server/modules/account/service";

let config: AuthConfig | null = null;
const quiet = { error() {}, warn() {}, debug() {} };

/**
 * The signed-in person of a request outside a Next.js render (scripts/serve.ts's booking path): the answer
 * Auth.js's session endpoint (`auth()` inside Next.js) gives for the request's cookies, read the way that
 * endpoint reads it — the session cookie (its chunks joined, `__Secure-` over https) decrypted with
 * AUTH_SECRET by @auth/core's own `getToken`, then our jwt callback's check (`checkSessionToken`: the account
 * in the database, disabled, role, session version, idle and absolute lifetime) — without the endpoint's
 * other work: a CSRF token, re-encrypting the refreshed cookie (which, as with `auth()` in a route handler,
 * is not passed on here) and a JSON answer to parse. Measured in bench/booking-http.ts: that work was about
 * 1 ms of CPU per booking at 07:00, the largest share of it WebCrypto jobs. tests/integration/request-session
 * checks that this gives the endpoint's answer for every kind of cookie. One difference, on purpose: when the
 * database cannot be read for the account check, the endpoint answers "no session" (请先登录); this throws, and
 * the caller answers 系统繁忙 (500) — nobody is signed out by a database fault.
 */
export async function sessionUserOf(headers: Headers): Promise<SessionUser | null> {
  if (!config) {
    const c: AuthConfig = { ...authConfig, basePath: "/api/auth" };
    setEnvDefaults(process.env, c, true);
    config = c;
  }
  // Next.js gives every request an x-forwarded-proto (http unless a proxy said otherwise); Auth.js builds
  // the session URL, and so the cookie names (__Secure- over https), from it.
  let url: URL;
  try {
    url = createActionURL("session", headers.get("x-forwarded-proto") ?? "http", headers, process.env, config);
  } catch {
    return null; // a Host header no URL can be made of: no session
  }
  const cookie = headers.get("cookie");
  if (!cookie || !config.secret) return null;
  // Only the cookie: the session endpoint takes no Authorization bearer token, so neither does this.
  const token = await getToken({
    req: { headers: new Headers({ cookie }) },
    secret: config.secret,
    secureCookie: config.useSecureCookies ?? url.protocol === "https:",
    logger: quiet,
  });
  if (!token) return null;
  const checked = await checkSessionToken(token);
  return checked?.uid && checked.role && isRole(checked.role) ? { id: checked.uid, role: checked.role, name: checked.name ?? "" } : null;
}
