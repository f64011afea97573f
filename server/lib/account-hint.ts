import { cookies } from "next/headers";
import { hasPermission, PRIVILEGED_ROLES, type Role } from "@/server/auth/roles";
import { ACCOUNT_HINT_COOKIE, encodeAccountHint, type AccountHint } from "@/components/layout/account-hint";
import { publicOriginIsHttps } from "./csp.mjs";

/** Same lifetime as the session (server/auth/config.ts); proxy.ts drops the hint when the session is gone. */
const HINT_MAX_AGE = 7 * 24 * 3600;

export function accountHintFor(user: { name: string; role: Role }): AccountHint {
  const console = hasPermission(user.role, "admin.console")
    ? "admin"
    : hasPermission(user.role, "agent.console")
      ? "agent"
      : hasPermission(user.role, "staff.console")
        ? "staff"
        : null;
  return { name: user.name, console, keepAlive: PRIVILEGED_ROLES.includes(user.role) };
}

/**
 * Called where a session starts (Auth.js signIn event: server actions and the OAuth callback).
 * Outside Next.js (Auth.js driven directly, as in tests) there is no response to set it on.
 */
export async function setAccountHint(user: { name: string; role: Role }): Promise<void> {
  if (!process.env.NEXT_RUNTIME) return;
  (await cookies()).set(ACCOUNT_HINT_COOKIE, encodeAccountHint(accountHintFor(user)), {
    path: "/",
    sameSite: "lax",
    secure: publicOriginIsHttps(),
    maxAge: HINT_MAX_AGE,
  });
}

export async function clearAccountHint(): Promise<void> {
  if (!process.env.NEXT_RUNTIME) return;
  (await cookies()).delete(ACCOUNT_HINT_COOKIE);
}
