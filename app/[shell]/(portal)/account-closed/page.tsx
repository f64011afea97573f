import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "账号已注销", robots: { index: false } };

type Search = Promise<{ by?: string | string[] }>;

/** Where 确认注销 lands (signed out): by when the data will be erased. Shows nothing personal. */
export default async function AccountClosedPage({ searchParams }: { searchParams: Search }) {
  const by = (await searchParams).by;
  const date = typeof by === "string" && /^\d{4}-\d{2}-\d{2}$/.test(by) ? by : null;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="mb-4 text-3xl font-bold">注销申请已提交</h1>
      <div role="status" className="mb-6 border-l-8 border-success bg-white p-4">
        您的账号已停用，所有登录已失效。
        {date ? (
          <>
            我们将在 <strong>{date}</strong> 前删除或匿名化您的个人信息。
          </>
        ) : (
          "我们将在15个工作日内删除或匿名化您的个人信息。"
        )}
      </div>
      <p className="mb-4">已取消您未使用的预约。注销完成后，这个手机号可以重新注册。</p>
      <p>
        <Link href="/" className="font-semibold underline">
          返回首页
        </Link>
      </p>
    </div>
  );
}
