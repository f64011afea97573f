import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { Auth, type AuthConfig } from "@auth/core";
import { authConfig } from "@/server/auth/config";
import { auditLog } from "@/drizzle/schema";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { freshPhone } from "../helpers/fixtures";
import { serveFetch } from "../helpers/http-server";

const config = { ...authConfig, secret: process.env.AUTH_SECRET, basePath: "/api/auth" } as unknown as AuthConfig;
const authHandler = (req: Request) => Auth(req, config);

/** One wrong-password sign-in over HTTP with the given X-Forwarded-For; returns the login page's error code. */
async function signInOnce(origin: string, forwardedFor: string): Promise<string | null> {
  const csrf = await fetch(`${origin}/api/auth/csrf`, { headers: { "x-forwarded-for": forwardedFor } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${origin}/api/auth/callback/password`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": forwardedFor },
    body: new URLSearchParams({ phone: freshPhone(), password: "Wrong-password-1", csrfToken, callbackUrl: `${origin}/me` }),
  });
  return new URL(res.headers.get("location") ?? "/", origin).searchParams.get("code");
}

async function lastSignInIp(db: DB): Promise<string | null> {
  const [row] = await db
    .select({ ip: auditLog.ip })
    .from(auditLog)
    .where(eq(auditLog.action, "auth.sign_in"))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row?.ip ?? null;
}

describe.each(BACKENDS)("client address on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
  });
  afterAll(() => cleanup());

  it("behind TRUST_PROXY=1, the audit log records the address the proxy appended, not the client's claim", async () => {
    const server = await serveFetch(authHandler, { hops: 1 });
    try {
      expect(await signInOnce(server.origin, "6.6.6.6, 10.99.1.7")).toBe("invalid");
      expect(await lastSignInIp(db)).toBe("10.99.1.7");
    } finally {
      await server.close();
    }
  });

  it("by default the socket address is the client: a forged X-Forwarded-For changes neither the audit log nor the limits", async () => {
    const server = await serveFetch(authHandler);
    try {
      expect(await signInOnce(server.origin, "6.6.6.6")).toBe("invalid");
      expect(await lastSignInIp(db)).toBe("127.0.0.1");
      // signInIp allows 30 attempts per 5 minutes per address; a new forged address per attempt used to start afresh.
      const codes: (string | null)[] = [];
      for (let i = 1; i < 31; i++) codes.push(await signInOnce(server.origin, `203.0.113.${i}`));
      expect(codes.slice(0, 29).every((c) => c === "invalid")).toBe(true);
      expect(codes[29]).toBe("rate_limited");
    } finally {
      await server.close();
    }
  });
});
