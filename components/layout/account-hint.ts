/**
 * The account hint cookie: a non-HttpOnly copy of what the header shows for a signed-in person
 * (display name, which console to link, whether the session idles out). It holds nothing secret:
 * the session itself is the HttpOnly Auth.js cookie, and every page and procedure checks that.
 * Cached pages are the same HTML for everyone, so the header reads this in the browser instead.
 */
export const ACCOUNT_HINT_COOKIE = "nt-account";

export const CONSOLES = {
  admin: { href: "/admin", label: "管理后台" },
  agent: { href: "/agent", label: "坐席工作台" },
  staff: { href: "/staff", label: "部门工作台" },
} as const;
export type ConsoleKind = keyof typeof CONSOLES;

export type AccountHint = { name: string; console: ConsoleKind | null; keepAlive: boolean };

/** Cookie value (before the cookie's own URI encoding). */
export function encodeAccountHint(hint: AccountHint): string {
  return JSON.stringify({ n: hint.name, c: hint.console ?? undefined, k: hint.keepAlive ? 1 : undefined });
}

/** Reads the hint from a `document.cookie` string; null when there is none (a guest). */
export function readAccountHint(cookieHeader: string): AccountHint | null {
  const pair = cookieHeader.split(/;\s*/).find((c) => c.startsWith(`${ACCOUNT_HINT_COOKIE}=`));
  if (pair === undefined) return null;
  let raw: unknown = null;
  try {
    raw = JSON.parse(decodeURIComponent(pair.slice(ACCOUNT_HINT_COOKIE.length + 1)));
  } catch {
    // a damaged hint still means "signed in": the header shows 我的 without a name
  }
  const o = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const console = typeof o.c === "string" && o.c in CONSOLES ? (o.c as ConsoleKind) : null;
  return { name: typeof o.n === "string" ? o.n.slice(0, 40) : "", console, keepAlive: o.k === 1 };
}
