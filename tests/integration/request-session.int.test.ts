import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Auth, createActionURL, setEnvDefaults, type AuthConfig } from "@auth/core";
import { encode, type JWT } from "@auth/core/jwt";
import { eq, sql } from "drizzle-orm";
import { accountUser } from "@/drizzle/schema";
import { createRealNameCitizens } from "@/drizzle/seed/life/sample-people";
import { authConfig } from "@/server/auth/config";
import { sessionUserOf } from "@/server/auth/request-session";
import { sessionCookieOwner } from "@/server/auth/session-owner";
import { isRole } from "@/server/auth/roles";
import type { DB } from "@/server/db";
import type { SessionUser } from "@/server/modules/account/service";
import { BACKENDS, createTestDatabase } from "../helpers/db";

/**
 * The booking gate's session read (server/auth/request-session.ts) decrypts the cookie and runs our jwt check
 * itself instead of asking Auth.js's session endpoint. The oracle here is that endpoint, through @auth/core's
 * `Auth` with our config (what `auth()` and the gate used before): for every kind of cookie both must name the
 * same person, or nobody.
 */
let endpointConfig: AuthConfig | null = null;
async function viaSessionEndpoint(headers: Headers): Promise<SessionUser | null> {
  if (!endpointConfig) {
    const c: AuthConfig = { ...authConfig, basePath: "/api/auth" };
    setEnvDefaults(process.env, c, true);
    endpointConfig = c;
  }
  const url = createActionURL("session", headers.get("x-forwarded-proto") ?? "http", headers, process.env, endpointConfig);
  const res = await Auth(new Request(url, { headers }), endpointConfig);
  if (!res.ok) return null;
  const u = ((await res.json()) as { user?: { id?: string; role?: string; name?: string } } | null)?.user;
  return u?.id && u.role && isRole(u.role) ? { id: u.id, role: u.role, name: u.name ?? "" } : null;
}

const NAME = "authjs.session-token";
const PREVIOUS_SECRET = "the-previous-secret-still-accepted-while-rotating";
const SECURE_NAME = `__Secure-${NAME}`;

describe.each(BACKENDS)("the booking path's session read (%s)", (backend) => {
  let cleanup: () => Promise<void>;
  let db: DB;
  let people: SessionUser[];

  beforeAll(async () => {
    // A secret rotation under way: tokens made with the previous secret still count (both readers read this once).
    process.env.AUTH_SECRET_1 = PREVIOUS_SECRET;
    const t = await createTestDatabase(backend);
    cleanup = t.cleanup;
    db = t.handle.db;
    people = await createRealNameCitizens(db, 8, "1390700", 50_000);
  });
  afterAll(async () => {
    delete process.env.AUTH_SECRET_1;
    await cleanup();
  });

  async function versionOf(id: string) {
    const [row] = await db.select({ sv: accountUser.sessionVersion }).from(accountUser).where(eq(accountUser.id, id));
    return row!.sv;
  }

  async function tokenOf(p: SessionUser, over: Partial<JWT> = {}, opts: { salt?: string; secret?: string; maxAge?: number } = {}) {
    const now = Date.now();
    return encode({
      token: { sub: p.id, uid: p.id, role: p.role, name: p.name, sv: await versionOf(p.id), signedInAt: now, lastActive: now, ...over },
      secret: opts.secret ?? process.env.AUTH_SECRET!,
      salt: opts.salt ?? NAME,
      maxAge: opts.maxAge,
    });
  }

  /** Both readers, on the same headers: they must agree, and the result is returned for the case's own check. */
  async function read(headers: Record<string, string>) {
    const h = new Headers({ host: "localhost:3000", ...headers });
    const [direct, endpoint] = await Promise.all([sessionUserOf(new Headers(h)), viaSessionEndpoint(new Headers(h))]);
    expect(direct).toEqual(endpoint);
    return direct;
  }

  it("names the person of a valid cookie, with the account's current name and role", async () => {
    const p = people[0]!;
    expect(await read({ cookie: `${NAME}=${await tokenOf(p)}` })).toEqual({ id: p.id, role: "citizen", name: p.name });
    // The name and role come from the database, not from the token.
    await db.update(accountUser).set({ nickname: "改过的昵称" }).where(eq(accountUser.id, p.id));
    expect(await read({ cookie: `other=1; ${NAME}=${await tokenOf(p, { name: "旧名字" })}; more=2` })).toEqual({
      id: p.id,
      role: "citizen",
      name: "改过的昵称",
    });
  });

  it("joins a cookie split into chunks (.0, .1) as Auth.js writes large sessions", async () => {
    const p = people[1]!;
    const token = await tokenOf(p);
    const half = Math.floor(token.length / 2);
    expect(await read({ cookie: `${NAME}.1=${token.slice(half)}; ${NAME}.0=${token.slice(0, half)}` })).toEqual(
      expect.objectContaining({ id: p.id }),
    );
    // A missing chunk is no session.
    expect(await read({ cookie: `${NAME}.0=${token.slice(0, half)}` })).toBeNull();
  });

  it("over https reads only the __Secure- cookie, encrypted for that name", async () => {
    const p = people[2]!;
    const https = { "x-forwarded-proto": "https" };
    expect(await read({ ...https, cookie: `${SECURE_NAME}=${await tokenOf(p, {}, { salt: SECURE_NAME })}` })).toEqual(
      expect.objectContaining({ id: p.id }),
    );
    expect(await read({ ...https, cookie: `${NAME}=${await tokenOf(p)}` })).toBeNull();
    // A token made for the plain name does not decrypt under the __Secure- name (the name is the key's salt).
    expect(await read({ ...https, cookie: `${SECURE_NAME}=${await tokenOf(p)}` })).toBeNull();
  });

  it("is nobody for a missing, forged, foreign-key or expired cookie, or a bearer token; the previous secret still counts", async () => {
    const p = people[3]!;
    const token = await tokenOf(p);
    expect(await read({})).toBeNull();
    expect(await read({ cookie: `${NAME}=not-a-token` })).toBeNull();
    expect(await read({ cookie: `${NAME}=${token.slice(0, -4)}AAAA` })).toBeNull();
    expect(await read({ cookie: `${NAME}=${await tokenOf(p, {}, { secret: "another-secret-of-at-least-32-characters!" })}` })).toBeNull();
    // AUTH_SECRET_1 (the previous secret during a rotation) is accepted by both.
    expect(await read({ cookie: `${NAME}=${await tokenOf(p, {}, { secret: PREVIOUS_SECRET })}` })).toEqual(
      expect.objectContaining({ id: p.id }),
    );
    expect(await read({ cookie: `${NAME}=${await tokenOf(p, {}, { maxAge: -60 })}` })).toBeNull();
    expect(await read({ authorization: `Bearer ${encodeURIComponent(token)}` })).toBeNull();
    // A token without our fields (uid, role) is nobody too.
    const bare = await encode({ token: { sub: p.id }, secret: process.env.AUTH_SECRET!, salt: NAME });
    expect(await read({ cookie: `${NAME}=${bare}` })).toBeNull();
  });

  it("says whose a session cookie this site issued is, without a session read (the booking gate's vouch), and nothing of a made-up one", async () => {
    const p = people[3]!;
    const token = await tokenOf(p);
    // Every cookie @auth/core decrypts is recognised: plain, chunked, __Secure-, the previous secret.
    expect(sessionCookieOwner(`a=1; ${NAME}=${token}; b=2`)).toBe(p.id);
    const half = Math.floor(token.length / 2);
    expect(sessionCookieOwner(`${NAME}.1=${token.slice(half)}; ${NAME}.0=${token.slice(0, half)}`)).toBe(p.id);
    expect(sessionCookieOwner(`${SECURE_NAME}=${await tokenOf(p, {}, { salt: SECURE_NAME })}`)).toBe(p.id);
    expect(sessionCookieOwner(`${NAME}=${await tokenOf(p, {}, { secret: PREVIOUS_SECRET })}`)).toBe(p.id);
    // The first cookie of a name counts, as for @auth/core.
    expect(sessionCookieOwner(`${NAME}=${token}; ${NAME}=x`)).toBe(p.id);
    expect(sessionCookieOwner(`${NAME}=x; ${NAME}=${token}`)).toBeNull();
    // Made up, altered in any part (also in ways a lenient base64url decoder would read the same), under the other
    // name's salt, under another key, expired: not.
    const parts = token.split(".");
    const flip = (i: number) => parts.map((x, j) => (j === i ? (x[0] === "A" ? "B" : "A") + x.slice(1) : x)).join(".");
    const lastChar = (t: string) => {
      const tag = t.split(".")[4]!;
      // The tag's last character carries 2 unused bits: one that differs only there decodes to the same bytes.
      const c = tag.at(-1)!;
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
      return `${t.slice(0, -1)}${alphabet[alphabet.indexOf(c) ^ 1]}`;
    };
    for (const made of [
      undefined,
      "",
      `${NAME}=not-a-token`,
      `${NAME}=a.b.c.d.e`,
      `${NAME}=${flip(0)}`,
      `${NAME}=${flip(2)}`,
      `${NAME}=${flip(3)}`,
      `${NAME}=${flip(4)}`,
      `${NAME}=${token}=`,
      `${NAME}=${token}==`,
      `${NAME}=${token.slice(0, -3)}!${token.slice(-3)}`,
      `${NAME}=${lastChar(token)}`,
      `${NAME}=${token.slice(0, half)}`,
      `${SECURE_NAME}=${token}`,
      `${NAME}=${await tokenOf(p, {}, { secret: "another-secret-of-at-least-32-characters!" })}`,
      `${NAME}=${await tokenOf(p, {}, { maxAge: -60 })}`,
    ])
      expect(sessionCookieOwner(made)).toBeNull();
    // Issued here but signed out everywhere since: its owner, as documented — the session read that follows refuses it,
    // and the gate then stops vouching for that person for a while.
    const signedOut = await tokenOf(p, { sv: -1 });
    expect(sessionCookieOwner(`${NAME}=${signedOut}`)).toBe(p.id);
    expect(await read({ cookie: `${NAME}=${signedOut}` })).toBeNull();
  });

  it("ends with sign-out everywhere, a disabled account, and a session too old or idle for its role", async () => {
    const p = people[4]!;
    const before = await tokenOf(p);
    expect(await read({ cookie: `${NAME}=${before}` })).not.toBeNull();
    await db
      .update(accountUser)
      .set({ sessionVersion: sql`${accountUser.sessionVersion} + 1` })
      .where(eq(accountUser.id, p.id));
    expect(await read({ cookie: `${NAME}=${before}` })).toBeNull();

    const q = people[5]!;
    const cookie = `${NAME}=${await tokenOf(q)}`;
    await db.update(accountUser).set({ disabled: true }).where(eq(accountUser.id, q.id));
    expect(await read({ cookie })).toBeNull();
    await db.update(accountUser).set({ disabled: false }).where(eq(accountUser.id, q.id));
    expect(await read({ cookie })).not.toBeNull();

    // A citizen's session ends 30 days after sign-in however active; staff idle for long ends at once.
    const r = people[6]!;
    expect(await read({ cookie: `${NAME}=${await tokenOf(r, { signedInAt: Date.now() - 31 * 24 * 3600_000 })}` })).toBeNull();
    await db.update(accountUser).set({ role: "staff" }).where(eq(accountUser.id, r.id));
    const staff = { ...r, role: "staff" as const };
    expect(await read({ cookie: `${NAME}=${await tokenOf(staff)}` })).toEqual(expect.objectContaining({ role: "staff" }));
    expect(await read({ cookie: `${NAME}=${await tokenOf(staff, { lastActive: Date.now() - 24 * 3600_000 })}` })).toBeNull();
    // The role is the database's: a token minted while the person was a citizen reads as staff now (the app
    // also bumps the session version when it changes a role; here only the role column moved).
    expect(await read({ cookie: `${NAME}=${await tokenOf(r)}` })).toEqual(expect.objectContaining({ role: "staff" }));
  });
});
