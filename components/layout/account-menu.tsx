"use client";

import Link from "next/link";
import { useEffect, useSyncExternalStore } from "react";
import { signOutAction } from "@/server/actions/shell";
import { CONSOLES, readAccountHint } from "./account-hint";
import { SessionKeepAlive } from "./session-keep-alive";

/** Re-read the cookie whenever it may have changed: sign-in and sign-out, another tab, back/forward. */
function subscribe(onChange: () => void) {
  const events = ["focus", "pageshow", "visibilitychange"] as const;
  events.forEach((e) => window.addEventListener(e, onChange));
  const store = (window as { cookieStore?: EventTarget }).cookieStore;
  store?.addEventListener("change", onChange);
  return () => {
    events.forEach((e) => window.removeEventListener(e, onChange));
    store?.removeEventListener("change", onChange);
  };
}

const getCookie = () => document.cookie;
const getServerCookie = () => "";

/**
 * The header's account links (desktop). Cached pages are the same HTML for everyone, so the server
 * renders both the guest and the signed-in variant; an inline script in <head> marks <html
 * data-account="in|out"> from the hint cookie before first paint and CSS shows the right one, so a
 * signed-in person never sees "登录". Here the name and console link are filled in and the mark is
 * kept current after signing in or out without a page load. Without JavaScript a neutral link shows.
 */
export function AccountMenu() {
  const hint = readAccountHint(useSyncExternalStore(subscribe, getCookie, getServerCookie));
  const signedIn = hint !== null;
  useEffect(() => {
    document.documentElement.dataset.account = signedIn ? "in" : "out";
  }, [signedIn]);
  const console = hint?.console ? CONSOLES[hint.console] : null;
  return (
    <>
      <noscript>
        <Link href="/me" className="hidden min-h-tap items-center px-2 font-semibold md:inline-flex">
          我的 / 登录
        </Link>
      </noscript>
      <Link
        href="/login"
        className="hidden min-h-tap items-center rounded-md bg-brand-600 px-4 font-semibold text-white no-underline hover:bg-brand-700 hover:text-white md:account-out:inline-flex"
      >
        登录 / 注册
      </Link>
      <div className="hidden items-center gap-2 md:account-in:flex">
        {console ? (
          <Link href={console.href} className="inline-flex min-h-tap items-center px-2 font-semibold">
            {console.label}
          </Link>
        ) : null}
        <Link href="/me" className="inline-flex min-h-tap items-center px-2 font-semibold">
          {hint?.name ? `我的（${hint.name}）` : "我的"}
        </Link>
        <form action={signOutAction}>
          <button type="submit" className="min-h-tap px-2 text-brand-700 underline underline-offset-4">
            退出
          </button>
        </form>
      </div>
      {hint?.keepAlive ? <SessionKeepAlive /> : null}
    </>
  );
}
