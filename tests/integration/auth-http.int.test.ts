import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Auth, type AuthConfig } from "@auth/core";
import { authConfig } from "@/server/auth/config";
import { sendSmsCode } from "@/server/modules/account/service";
import { DEMO_PASSWORD } from "@/drizzle/seed/demo-accounts";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, freshIp, lastSmsCode } from "../helpers/fixtures";
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

  it("the ticket provider refuses anything but a server-minted ticket", async () => {
    const b = new Browser();
    const res = await b.post("/api/auth/callback/ticket", { ticket: "eyJraW5kIjoic2lnbmluIn0.forged" });
    expect(new URL(res.headers.get("location") ?? "", ORIGIN).searchParams.get("code")).toBe("invalid");
    expect(await b.session()).toBeNull();
  });
});
