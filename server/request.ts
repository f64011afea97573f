import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { auth } from "@/server/auth";
import { getDb } from "@/server/db";
import { createCaller } from "@/server/root";
import { clientIp } from "@/server/lib/client-ip";
import type { SessionUser } from "@/server/modules/account/service";

/** The signed-in user for this request (null for guests), read once per render. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const u = session?.user;
  return u?.id && u.role ? { id: u.id, role: u.role, name: u.name ?? "" } : null;
});

/** tRPC server caller for React Server Components and server actions. */
export const getCaller = cache(async () => {
  const [db, user, h] = await Promise.all([getDb(), getSessionUser(), headers()]);
  return createCaller({ db, user, ip: clientIp(h) });
});

/** What the shell adapts to: 长辈版 cookie, WeChat in-app browser, current path. */
export const getClientContext = cache(async () => {
  const [c, h] = await Promise.all([cookies(), headers()]);
  return {
    elder: c.get("nt-elder")?.value === "1",
    wechat: /MicroMessenger/i.test(h.get("user-agent") ?? ""),
    pathname: h.get("x-pathname") ?? "/",
    nonce: h.get("x-nonce") ?? undefined,
  };
});
