import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Auth, type AuthConfig } from "@auth/core";
import { authConfig } from "@/server/auth/config";
import { register, sendSmsCode } from "@/server/modules/account/service";
import { DEMO_PASSWORD } from "@/drizzle/seed/demo-accounts";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, demoUser, freshIp, freshPhone, lastSmsCode } from "../helpers/fixtures";
import { desc, eq } from "drizzle-orm";
import { auditLog } from "@/drizzle/schema";
import { changeUserRole, setUserDisabled } from "@/server/modules/admin/service";
import type { DB } from "@/server/db";
import { CLIENT_IP_HEADER } from "@/server/lib/client-ip";

const ORIGIN = "http://localhost:3000";
const config = { ...authConfig, secret: process.env.AUTH_SECRET, basePath: "/api/auth" } as unknown as AuthConfig;

/** A tiny cookie jar over Auth.js's real Request/Response handling (the same code the route runs). */
class Browser {
  cookies = new Map<string, string>();
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    headers.set(CLIENT_IP_HEADER, this.ip);
    const res = await Auth(new Request(ORIGIN + path, { ...init, headers, redirect: "manual" }), config);
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [k, ...v] = (pair ?? "").split("=");
      if (k) {
        if (/max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.cookies.delete(k.trim());
        else this.cookies.set(k.trim(), v.join("="));
      }
    }
    return res;
  }
  constructor(public ip = freshIp()) {}
  async csrf(): Promise<string> {
    const r = await this.fetch("/api/auth/csrf");
    return ((await r.json()) as { csrfToken: string }).csrfToken;
  }
  async post(path: string, fields: Record<string, string>) {
    const body = new URLSearchParams({ ...fields, csrfToken: await this.csrf(), callbackUrl: `${ORIGIN}/me` });
    return this.fetch(path, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });
  }
  async session(): Promise<{ user?: { id: string; role: string; name: string } } | null> {
    const r = await this.fetch("/api/auth/session");
    return (await r.json()) as { user?: { id: string; role: string; name: string } } | null;
  }
}

const NEW_PASSWORD = "Haohe-Lamp-2026";

/** A fresh citizen account (registered through the service with an SMS code), so changes to it disturb no other test. */
async function registerUser(db: DB, phone: string) {
  await sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "register" });
  await register({ db, ip: freshIp() }, { phone, code: await lastSmsCode(db, phone), password: NEW_PASSWORD });
}

describe.each(BACKENDS)("Auth.js over HTTP on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
  });
  afterAll(() => cleanup());
  afterEach(() => vi.useRealTimers());

  it("password provider: session carries user.role", async () => {
    const b = new Browser();
    const res = await b.post("/api/auth/callback/password", { phone: DEMO.citizen, password: DEMO_PASSWORD });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`${ORIGIN}/me`);
    const s = await b.session();
    expect(s?.user?.role).toBe("citizen");
    expect(s?.user?.name).toBe("周晓彤");
  });

  it("password provider: a wrong password redirects to /login with a short code, no session", async () => {
    const b = new Browser();
    const res = await b.post("/api/auth/callback/password", { phone: DEMO.enterprise, password: "not-the-password" });
    const loc = new URL(res.headers.get("location") ?? "", ORIGIN);
    expect(loc.pathname).toBe("/login");
    expect(loc.searchParams.get("error")).toBe("CredentialsSignin");
    expect(loc.searchParams.get("code")).toBe("invalid");
    expect(await b.session()).toBeNull();
  });

  it("password provider: malformed input is a clear code, not a server error", async () => {
    const b = new Browser();
    const res = await b.post("/api/auth/callback/password", { phone: "abc", password: "" });
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get("location") ?? "", ORIGIN).searchParams.get("code")).toBe("input");
  });

  it("sms provider signs in with a code from the dev transport", async () => {
    const b = new Browser();
    await sendSmsCode({ db, ip: freshIp() }, { phone: DEMO.agent, purpose: "login" });
    const code = await lastSmsCode(db, DEMO.agent);
    await b.post("/api/auth/callback/sms", { phone: DEMO.agent, code });
    expect((await b.session())?.user?.role).toBe("agent");
  });

  it("ends an agent's session after 30 idle minutes but keeps a citizen's", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const t0 = new Date("2026-06-01T01:00:00Z");
    vi.setSystemTime(t0);
    const agent = new Browser();
    await agent.post("/api/auth/callback/password", { phone: DEMO.admin, password: DEMO_PASSWORD });
    const citizen = new Browser();
    await citizen.post("/api/auth/callback/password", { phone: DEMO.citizen, password: DEMO_PASSWORD });
    vi.setSystemTime(new Date(t0.getTime() + 20 * 60_000));
    expect((await agent.session())?.user?.role).toBe("admin"); // activity refreshes lastActive
    vi.setSystemTime(new Date(t0.getTime() + 20 * 60_000 + 31 * 60_000));
    expect(await agent.session()).toBeNull();
    expect((await citizen.session())?.user?.role).toBe("citizen");
  });

  it("signing out ends the session: a cookie copied before sign-out no longer works", async () => {
    const b = new Browser();
    await b.post("/api/auth/callback/password", { phone: DEMO.staff, password: DEMO_PASSWORD });
    expect((await b.session())?.user?.role).toBe("staff");
    const copy = new Browser(b.ip);
    copy.cookies = new Map(b.cookies);
    expect((await copy.session())?.user?.role).toBe("staff");
    await b.post("/api/auth/signout", {});
    expect(await b.session()).toBeNull();
    expect(await copy.session()).toBeNull();
    // A new sign-in works as before.
    const again = new Browser();
    await again.post("/api/auth/callback/password", { phone: DEMO.staff, password: DEMO_PASSWORD });
    expect((await again.session())?.user?.role).toBe("staff");
  });

  it("ends sessions 12 hours after sign-in for admins and 30 days for citizens, however active", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const t0 = new Date("2026-07-01T00:00:00Z").getTime();
    vi.setSystemTime(t0);
    const admin = new Browser();
    await admin.post("/api/auth/callback/password", { phone: DEMO.admin, password: DEMO_PASSWORD });
    const citizen = new Browser();
    await citizen.post("/api/auth/callback/password", { phone: DEMO.citizen, password: DEMO_PASSWORD });
    // Active every 20 minutes (never idle) for 12 hours.
    for (let m = 20; m <= 12 * 60; m += 20) {
      vi.setSystemTime(t0 + m * 60_000);
      expect((await admin.session())?.user?.role).toBe("admin");
    }
    vi.setSystemTime(t0 + 12 * 3600_000 + 5 * 60_000);
    expect(await admin.session()).toBeNull();
    // A citizen seen every 5 days keeps the session until day 30.
    for (let d = 5; d <= 30; d += 5) {
      vi.setSystemTime(t0 + d * 86_400_000 - 60_000);
      expect((await citizen.session())?.user?.role).toBe("citizen");
    }
    vi.setSystemTime(t0 + 30 * 86_400_000 + 60_000);
    expect(await citizen.session()).toBeNull();
  });

  it("disabling an account (audited) ends its sessions at once; a role change makes the person sign in again", async () => {
    const adminUser = await demoUser(db, DEMO.admin);
    const phone = freshPhone();
    await registerUser(db, phone);
    const b = new Browser();
    await b.post("/api/auth/callback/password", { phone, password: NEW_PASSWORD });
    const session = await b.session();
    expect(session?.user?.role).toBe("citizen");
    const userId = session!.user!.id;

    await setUserDisabled({ db, ip: "10.0.0.1" }, adminUser, { userId, disabled: true });
    expect(await b.session()).toBeNull();
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.targetId, userId)).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: "admin.user_disable", actorId: adminUser.id, outcome: "success" });
    const refused = await new Browser().post("/api/auth/callback/password", { phone, password: NEW_PASSWORD });
    expect(new URL(refused.headers.get("location") ?? "", ORIGIN).searchParams.get("code")).toBe("disabled");

    await setUserDisabled({ db }, adminUser, { userId, disabled: false });
    const c = new Browser();
    await c.post("/api/auth/callback/password", { phone, password: NEW_PASSWORD });
    expect((await c.session())?.user?.role).toBe("citizen");
    await changeUserRole({ db }, adminUser, { userId, role: "enterprise" });
    expect(await c.session()).toBeNull();
  });

  it("session cookies are Secure whenever the public origin is https", async () => {
    const before = process.env.AUTH_URL;
    process.env.AUTH_URL = "https://www.nantong.example";
    vi.resetModules();
    try {
      const { authConfig: httpsConfig } = await import("@/server/auth/config");
      const cfg = { ...httpsConfig, secret: process.env.AUTH_SECRET, basePath: "/api/auth" } as unknown as AuthConfig;
      // The request itself arrives over plain http (TLS ended at the load balancer).
      const csrf = await Auth(new Request(`${ORIGIN}/api/auth/csrf`), cfg);
      const setCookies = csrf.headers.getSetCookie();
      expect(setCookies.some((c) => /^__Host-authjs\.csrf-token=/.test(c) && /;\s*Secure/i.test(c))).toBe(true);
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookie = setCookies.map((c) => c.split(";")[0]).join("; ");
      const res = await Auth(
        new Request(`${ORIGIN}/api/auth/callback/password`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie, [CLIENT_IP_HEADER]: freshIp() },
          body: new URLSearchParams({ phone: DEMO.enterprise, password: DEMO_PASSWORD, csrfToken }),
        }),
        cfg,
      );
      const session = res.headers.getSetCookie().find((c) => c.includes("session-token="));
      expect(session).toMatch(/^__Secure-authjs\.session-token=/);
      expect(session).toMatch(/;\s*Secure/i);
    } finally {
      if (before === undefined) delete process.env.AUTH_URL;
      else process.env.AUTH_URL = before;
    }
  });

  it("the ticket provider refuses anything but a server-minted ticket", async () => {
    const b = new Browser();
    const res = await b.post("/api/auth/callback/ticket", { ticket: "eyJraW5kIjoic2lnbmluIn0.forged" });
    expect(new URL(res.headers.get("location") ?? "", ORIGIN).searchParams.get("code")).toBe("invalid");
    expect(await b.session()).toBeNull();
  });
});
