import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RegisterForm } from "@/components/account/register-form";
import { getSessionUser } from "@/server/request";

export const metadata: Metadata = { title: "注册", description: "用手机号注册智慧南通账号。" };

export default async function RegisterPage() {
  if (await getSessionUser()) redirect("/me");
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">注册智慧南通账号</h1>
      <p className="mb-6 text-muted">填写手机号和短信验证码，设置登录密码；昵称可不填。注册后可在“我的”中完成实名认证。</p>
      <div className="rounded-lg border border-line bg-white p-5">
        <RegisterForm />
      </div>
      <p className="mt-6">
        已有账号？<Link href="/login">直接登录</Link>
      </p>
    </div>
  );
}
