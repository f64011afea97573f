import { Auth, createActionURL, setEnvDefaults, type AuthConfig } from "@auth/core";
import { authConfig } from "./config";
import { isRole } from "./roles";
import type { SessionUser } from "@/server/modules/account/service";

let config: AuthConfig | null = null;

/**
 * The signed-in person of a request outside a Next.js render (scripts/serve.ts's booking path): the same
 * Auth.js session read that next-auth's `auth()` makes inside Next.js — a GET of `/api/auth/session` with
 * the request's cookies through @auth/core's `Auth`, with our config (the jwt callback re-checks the account
 * in the database: disabled, role, session version). Like `auth()` in a route handler, the refreshed cookie
 * Auth.js answers with is not passed on.
 */
export async function sessionUserOf(headers: Headers): Promise<SessionUser | null> {
  if (!config) {
    const c: AuthConfig = { ...authConfig, basePath: "/api/auth" };
    setEnvDefaults(process.env, c, true);
    config = c;
  }
  // Next.js gives every request an x-forwarded-proto (http unless a proxy said otherwise); next-auth builds
  // the session URL, and so the cookie names (__Secure- over https), from it.
  let url: URL;
  try {
    url = createActionURL("session", headers.get("x-forwarded-proto") ?? "http", headers, process.env, config);
  } catch {
    return null; // a Host header no URL can be made of: no session
  }
  const res = await Auth(new Request(url, { headers: { cookie: headers.get("cookie") ?? "" } }), config);
  if (!res.ok) return null;
  const session = (await res.json()) as { user?: { id?: string; role?: string; name?: string } } | null;
  const u = session?.user;
  return u?.id && u.role && isRole(u.role) ? { id: u.id, role: u.role, name: u.name ?? "" } : null;
}
