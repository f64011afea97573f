import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PasswordSignInForm, SmsSignInForm } from "@/components/account/sign-in-forms";
import { WechatSignInButton } from "@/components/account/wechat-button";
import { getClientContext, getSessionUser } from "@/server/request";
import { signInMessage } from "@/server/auth/sign-in-errors";
import { safeReturnPath } from "@/server/lib/safe-path";
import { landingPath } from "@/server/auth/landing";
import { one, type SearchParams } from "@/components/ui/search-params";
import { Tabs } from "@/components/ui/tabs";

export const metadata: Metadata = { title: "登录", description: "使用手机号密码、短信验证码或微信登录智慧南通。" };

type Method = "password" | "sms" | "wechat";
type SP = Promise<SearchParams>;

export default async function LoginPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  // "" = the person just opened 登录: after signing in each role lands in its own workspace.
  const callbackUrl = safeReturnPath(one(sp.callbackUrl), "");
  const [user, ctx] = await Promise.all([getSessionUser(), getClientContext()]);
  if (user) redirect(landingPath(user.role, callbackUrl));
  // In the WeChat in-app browser, WeChat sign-in comes first.
  const requested = one(sp.method);
  const method: Method =
    requested === "password" || requested === "sms" || requested === "wechat" ? requested : ctx.wechat ? "wechat" : "password";
  const error = signInMessage(one(sp.error) === "CredentialsSignin" ? one(sp.code) : one(sp.error) ? "wechat" : null);
  const tabs: { id: Method; label: string }[] = ctx.wechat
    ? [
        { id: "wechat", label: "微信登录" },
        { id: "password", label: "密码登录" },
        { id: "sms", label: "短信登录" },
      ]
    : [
        { id: "password", label: "密码登录" },
        { id: "sms", label: "短信登录" },
        { id: "wechat", label: "微信登录" },
      ];
  const q = (m: Method) => `/login?method=${m}${callbackUrl ? `&callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`;
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">登录智慧南通</h1>
      <p className="mb-6 text-muted">一个账号，办遍全市政务与生活服务。</p>
      <Tabs label="登录方式" tabs={tabs.map((t) => ({ href: q(t.id), label: t.label, current: method === t.id }))} />
      <section aria-labelledby="method-title" className="rounded-lg border border-line bg-white p-5">
        <h2 id="method-title" className="mb-4 text-xl font-bold">
          {tabs.find((t) => t.id === method)?.label}
        </h2>
        {method === "password" ? <PasswordSignInForm callbackUrl={callbackUrl} initialError={error} /> : null}
        {method === "sms" ? <SmsSignInForm callbackUrl={callbackUrl} /> : null}
        {method === "wechat" ? (
          <div>
            {error ? (
              <p role="alert" className="mb-4 font-semibold text-danger">
                {error}
              </p>
            ) : null}
            <p className="mb-4">
              {ctx.wechat ? "使用当前微信授权登录。" : "在电脑上使用微信扫码登录。"}首次使用微信登录时，需要用手机号验证码绑定您的账号。
            </p>
            <WechatSignInButton callbackUrl={callbackUrl} platform={ctx.wechat ? "oa" : "web"} />
          </div>
        ) : null}
      </section>
      <p className="mt-6">
        还没有账号？<Link href="/register">注册新账号</Link>
      </p>
    </div>
  );
}
