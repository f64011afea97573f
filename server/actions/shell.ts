"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/server/auth";
import { safeReturnPath } from "@/server/lib/safe-path";

/** 长辈版 on/off, remembered for a year in the `nt-elder` cookie; works without JavaScript. */
export async function toggleElderMode(formData: FormData) {
  const jar = await cookies();
  const on = formData.get("elder") === "1";
  if (on) jar.set("nt-elder", "1", { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: false });
  else jar.delete("nt-elder");
  redirect(safeReturnPath(formData.get("back")));
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
