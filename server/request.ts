import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { unstable_cache } from "next/cache";
import superjson from "superjson";
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
  };
});

/** A tRPC caller with no person and no request: only what every visitor may see. */
export async function publicCaller() {
  return createCaller({ db: await getDb(), user: null, ip: null });
}

type PublicCaller = Awaited<ReturnType<typeof publicCaller>>;

/**
 * Runs a public query through Next.js's data cache under `tags`; the cached page that renders the
 * result carries the same tags, so revalidatePublic(tag) re-renders exactly those pages (on every
 * instance: the cache handler shares tag changes through Redis). superjson keeps Dates intact.
 */
export async function cachedPublic<T>(
  key: string[],
  tags: string[],
  load: (caller: PublicCaller) => Promise<T>,
  revalidateSeconds?: number,
): Promise<T> {
  const run = unstable_cache(async () => superjson.stringify(await load(await publicCaller())), key, {
    tags,
    revalidate: revalidateSeconds,
  });
  return superjson.parse<T>(await run());
}
