import type { Metadata } from "next";
import Link from "next/link";
import { WechatBindForm } from "@/components/account/register-form";
import { readTicket } from "@/server/lib/signed-ticket";
import { one } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "绑定手机号", description: "首次微信登录，请绑定手机号账号。" };

export default async function WechatBindPage({ searchParams }: { searchParams: Promise<{ ticket?: string | string[] }> }) {
  const ticket = one((await searchParams).ticket);
  const data = ticket ? readTicket(ticket) : null;
  if (!ticket || !data || data.kind !== "wechat-bind") {
    return (
      <div className="mx-auto max-w-xl px-4 py-8">
        <h1 className="mb-4 text-3xl font-bold">微信授权已过期</h1>
        <p className="mb-4">为保护您的账号，微信授权10分钟内有效。请重新使用微信登录。</p>
        <Link href="/login?method=wechat">重新微信登录</Link>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">绑定手机号</h1>
      <p className="mb-6">
        微信用户“{String(data.nick || "微信用户")}”首次登录。请验证您的手机号，绑定后下次可直接用微信登录，办事记录都在同一个账号里。
      </p>
      <div className="rounded-lg border border-line bg-white p-5">
        <WechatBindForm ticket={ticket} />
      </div>
      <p className="mt-6">
        还没有账号？<Link href="/register">先注册</Link>，再回来绑定微信。
      </p>
    </div>
  );
}
