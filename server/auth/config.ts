import { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import WeChat from "next-auth/providers/wechat";
import { getDb } from "@/server/db";
import { isIdleExpired, isRole, isSessionTooOld, type Role } from "./roles";
import { signInErrorCode } from "./sign-in-errors";
import { ZPasswordSignIn, ZSmsSignIn } from "@/server/modules/account/validation";
import { findWechatUser, recordWechatSignIn, signInWithPassword, signInWithSms, type SessionUser } from "@/server/modules/account/service";
import { accountUser } from "@/drizzle/schema";
import { and, eq, sql } from "drizzle-orm";
import { readTicket, signTicket } from "@/server/lib/signed-ticket";
import { clientIp } from "@/server/lib/client-ip";
import { logger as log } from "@/server/lib/logger";
import { clearAccountHint, setAccountHint } from "@/server/lib/account-hint";
import { publicOriginIsHttps } from "@/server/lib/csp.mjs";
import type { JWT } from "@auth/core/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; name: string };
  }
  interface User {
    role?: Role;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    lastActive?: number;
    /** account_user.session_version when the session began; a bump ends the session. */
    sv?: number;
    /** When the person signed in (ms): the absolute lifetime counts from here. */
    signedInAt?: number;
  }
}

class SignInFailed extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

type WechatProfile = { openid: string; unionid?: string; nickname?: string; headimgurl?: string };

/** One WeChat provider per platform: OfficialAccount inside WeChat, QR (WebsiteApp) on PC. */
function wechatProvider(id: "wechat" | "wechat-web", platformType: "OfficialAccount" | "WebsiteApp") {
  const authorizeUrl =
    platformType === "OfficialAccount"
      ? (process.env.WECHAT_AUTHORIZATION_URL ?? "https://open.weixin.qq.com/connect/oauth2/authorize")
      : (process.env.WECHAT_QR_AUTHORIZATION_URL ?? process.env.WECHAT_AUTHORIZATION_URL ?? "https://open.weixin.qq.com/connect/qrconnect");
  return WeChat({
    id,
    name: platformType === "OfficialAccount" ? "微信" : "微信扫码",
    clientId: process.env.AUTH_WECHAT_APP_ID ?? "wx-dev-app",
    clientSecret: process.env.AUTH_WECHAT_APP_SECRET ?? "wx-dev-secret",
    platformType,
    authorization: { url: authorizeUrl },
    token: { url: process.env.WECHAT_TOKEN_URL ?? "https://api.weixin.qq.com/sns/oauth2/access_token" },
    userinfo: { url: process.env.WECHAT_USERINFO_URL ?? "https://api.weixin.qq.com/sns/userinfo" },
    // unionid is the same across the Official Account and the website app; openid is the fallback.
    profile(profile: WechatProfile) {
      return { id: profile.unionid ?? profile.openid, name: profile.nickname ?? "微信用户", email: null, image: null };
    },
  });
}

async function credentialsUser(run: (ip: string | null) => Promise<SessionUser>, request: Request) {
  try {
    const user = await run(clientIp(request.headers));
    return { id: user.id, name: user.name, role: user.role };
  } catch (e) {
    throw new SignInFailed(signInErrorCode(e));
  }
}

async function sessionVersionOf(uid: string): Promise<number | null> {
  const db = await getDb();
  const [row] = await db.select({ v: accountUser.sessionVersion }).from(accountUser).where(eq(accountUser.id, uid)).limit(1);
  return row?.v ?? null;
}

/**
 * A session token on a later request (the jwt callback after sign-in, and server/auth/request-session.ts):
 * the token with the account's current role and name, or null when the session has ended — idle or too old
 * for the role, the account gone or disabled, or its session version bumped (sign-out everywhere, a role
 * change), which take effect on the next request, not at token expiry.
 */
export async function checkSessionToken(token: JWT, now = Date.now()): Promise<JWT | null> {
  if (!token.uid || !token.role) return null;
  if (isIdleExpired(token.role, token.lastActive ?? 0, now)) return null;
  if (isSessionTooOld(token.role, token.signedInAt ?? 0, now)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ role: accountUser.role, disabled: accountUser.disabled, nickname: accountUser.nickname, sv: accountUser.sessionVersion })
    .from(accountUser)
    .where(eq(accountUser.id, token.uid))
    .limit(1);
  if (!row || row.disabled || !isRole(row.role) || row.sv !== token.sv) return null;
  token.role = row.role;
  token.name = row.nickname;
  token.lastActive = now;
  return token;
}

export const authConfig = {
  trustHost: true,
  // Whenever the public origin is https, session cookies are Secure (and __Secure-), whatever a
  // request's own scheme looks like behind the load balancer. Otherwise Auth.js decides per request.
  useSecureCookies: publicOriginIsHttps() ? true : undefined,
  // Failed sign-ins are expected and already in the audit log; only real faults are logged.
  logger: {
    error(error) {
      // Class names are minified in production builds; Auth.js's `type` is stable.
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin" || type === "AccessDenied") return;
      const cause = (error as { cause?: { err?: { message?: string } } }).cause?.err?.message ?? "";
      if (type === "CallbackRouteError" && /access_denied/.test(cause)) {
        log.warn({ type }, "sign-in cancelled at the provider");
        return;
      }
      log.error({ err: error, type }, "auth error");
    },
    warn(code) {
      log.warn({ code }, "auth warning");
    },
    debug() {},
  },
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      id: "password",
      name: "手机号密码",
      credentials: { phone: { label: "手机号" }, password: { label: "密码", type: "password" } },
      async authorize(raw, request) {
        const parsed = ZPasswordSignIn.safeParse(raw);
        if (!parsed.success) throw new SignInFailed("input");
        const db = await getDb();
        return credentialsUser((ip) => signInWithPassword({ db, ip }, parsed.data), request);
      },
    }),
    Credentials({
      id: "sms",
      name: "短信验证码",
      credentials: { phone: { label: "手机号" }, code: { label: "验证码" } },
      async authorize(raw, request) {
        const parsed = ZSmsSignIn.safeParse(raw);
        if (!parsed.success) throw new SignInFailed("input");
        const db = await getDb();
        return credentialsUser((ip) => signInWithSms({ db, ip }, parsed.data), request);
      },
    }),
    // Server-side only: signs in the account a server action has just proven (after registration or
    // WeChat binding). The ticket is minted and consumed inside one server action and never sent to a browser.
    Credentials({
      id: "ticket",
      name: "ticket",
      credentials: { ticket: {} },
      async authorize(raw) {
        const data = typeof raw?.ticket === "string" ? readTicket(raw.ticket) : null;
        if (!data || data.kind !== "signin" || typeof data.uid !== "string") throw new SignInFailed("invalid");
        const db = await getDb();
        const [row] = await db
          .select({ id: accountUser.id, role: accountUser.role, nickname: accountUser.nickname, disabled: accountUser.disabled })
          .from(accountUser)
          .where(eq(accountUser.id, data.uid))
          .limit(1);
        if (!row || row.disabled || !isRole(row.role)) throw new SignInFailed("invalid");
        return { id: row.id, name: row.nickname, role: row.role };
      },
    }),
    wechatProvider("wechat", "OfficialAccount"),
    wechatProvider("wechat-web", "WebsiteApp"),
  ],
  // The header of cached pages shows the account from a non-HttpOnly hint cookie (name, console).
  events: {
    async signIn({ user, account }) {
      const wechat = account?.provider === "wechat" || account?.provider === "wechat-web";
      const who = wechat && account ? await findWechatUser(await getDb(), account.providerAccountId) : user;
      if (who?.role && isRole(who.role)) await setAccountHint({ name: who.name ?? "", role: who.role });
    },
    // Signing out ends the session everywhere: every cookie issued before (a copy included) stops working.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.uid) {
        const db = await getDb();
        await db
          .update(accountUser)
          .set({ sessionVersion: sql`${accountUser.sessionVersion} + 1` })
          .where(and(eq(accountUser.id, token.uid), eq(accountUser.sessionVersion, token.sv ?? -1)));
      }
      await clearAccountHint();
    },
  },
  callbacks: {
    async signIn({ account, user }) {
      if (account?.provider !== "wechat" && account?.provider !== "wechat-web") return true;
      const bound = await findWechatUser(await getDb(), account.providerAccountId);
      if (bound) return true;
      // Not bound yet: prove the phone account by SMS on the bind page, carrying the identity signed.
      const ticket = signTicket({ kind: "wechat-bind", id: account.providerAccountId, nick: user.name ?? "" }, 10 * 60_000);
      return `/login/wechat-bind?ticket=${encodeURIComponent(ticket)}`;
    },
    async jwt({ token, user, account }) {
      const now = Date.now();
      if (user) {
        if (account?.provider === "wechat" || account?.provider === "wechat-web") {
          const db = await getDb();
          const bound = await findWechatUser(db, account.providerAccountId);
          if (!bound) return null;
          await recordWechatSignIn({ db }, bound);
          token.uid = bound.id;
          token.role = bound.role;
          token.name = bound.name;
        } else {
          token.uid = user.id;
          token.role = user.role;
          token.name = user.name;
        }
        const sv = token.uid ? await sessionVersionOf(token.uid) : null;
        if (sv === null) return null;
        token.sv = sv;
        token.signedInAt = now;
        token.lastActive = now;
        return token;
      }
      return checkSessionToken(token, now);
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user = { ...session.user, id: token.uid, role: token.role, name: token.name ?? "" };
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
