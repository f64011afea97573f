import "server-only";
import { forbidden, redirect } from "next/navigation";
import { hasPermission, type Permission } from "@/server/auth/roles";
import type { SessionUser } from "@/server/modules/account/service";
import { getSessionUser } from "./request";

/**
 * Every protected page calls this itself: guests are sent to /login (and back afterwards),
 * signed-in people without the permission get the 403 page.
 */
export async function guardPage(permission: Permission, returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!hasPermission(user.role, permission)) forbidden();
  return user;
}
