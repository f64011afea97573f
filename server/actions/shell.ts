"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/server/auth";
import { safeReturnPath } from "@/server/lib/safe-path";
import { ELDER_COOKIE } from "@/server/lib/page-routing";

/** The path of the page a form was posted from (same-site Referer), for returning there. */
async function refererPath(): Promise<string | null> {
  const referer = (await headers()).get("referer");
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.pathname + url.search;
  } catch {
    return null;
  }
}

/**
 * 长辈版 on/off, remembered for a year in the `nt-elder` cookie; works without JavaScript. proxy.ts
 * serves the elder variant of every page while the cookie is set.
 */
export async function toggleElderMode(formData: FormData) {
  const jar = await cookies();
  const on = formData.get("elder") === "1";
  if (on) jar.set(ELDER_COOKIE, "1", { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: false });
  else jar.delete(ELDER_COOKIE);
  redirect(safeReturnPath(formData.get("back") ?? (await refererPath())));
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
