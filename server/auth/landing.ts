import { hasPermission, type Role } from "./roles";

/** Each role's own workspace: where a sign-in lands when the person was not on their way somewhere. */
export function workspaceOf(role: Role): string {
  if (hasPermission(role, "admin.console")) return "/admin";
  if (hasPermission(role, "agent.console")) return "/agent";
  if (hasPermission(role, "staff.console")) return "/staff";
  return "/me";
}

/**
 * Where to send a person who has just signed in (or opens /login while signed in): back to the page they
 * were going to (`requested`, already checked to be a same-site path), else their role's workspace.
 * Always a path, so the browser stays on the origin it came from.
 */
export function landingPath(role: Role, requested: string | null | undefined): string {
  if (requested && requested.startsWith("/") && !requested.startsWith("//") && !/^\/login(?:[/?#]|$)/.test(requested)) return requested;
  return workspaceOf(role);
}

/** The path Auth.js returns to after a sign-in: /login, which sends a signed-in person on by landingPath. */
export function afterSignInPath(requested: string | null | undefined): string {
  return requested ? `/login?callbackUrl=${encodeURIComponent(requested)}` : "/login";
}
