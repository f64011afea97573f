import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { ClosureCodeForm, ClosureConfirmForm } from "@/components/privacy/close-account-forms";

export const metadata: Metadata = { title: "注销账号", robots: { index: false } };
export const dynamic = "force-dynamic";

const KIND_NAMES = { application: "办件", booking: "预约", ticket: "12345诉求" } as const;

export default async function CloseAccountPage() {
  const user = await guardPage("account.self", "/me/privacy/close");
  const preview = await (await getCaller()).account.closurePreview();
  const staff = user.role !== "citizen" && user.role !== "enterprise";
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs items={[{ label: "我的", href: "/me" }, { label: "我的数据与隐私", href: "/me/privacy" }, { label: "注销账号" }]} />
      <h1 className="mb-2 text-3xl font-bold">注销账号</h1>
      <p className="mb-6">
        注销后账号立即停用，所有登录失效。我们将在 <strong>{preview.closeBy}</strong>
        前（15个工作日内）删除或匿名化您的个人信息：账户、实名信息、家庭成员、本人的健康档案和授权、消息、积分等删除；已提交的办件和12345诉求按法律规定由承办部门继续保存，但不再保留您的姓名和手机号；安全日志保存至期满。注销后这个手机号可以重新注册。详见
        <Link href="/privacy#rights" className="font-semibold underline">
          隐私政策
        </Link>
        。
      </p>
      {staff ? <Notice tone="warn">工作人员账号由管理员停用，不能自行注销。</Notice> : null}

      <section aria-labelledby="pending-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="pending-title" className="mb-3 text-xl font-bold">
          请先看看还没办完的事
        </h2>
        {preview.pending.length === 0 ? (
          <p>您没有办理中的办件、未使用的预约或未办结的诉求。</p>
        ) : (
          <>
            <p className="mb-3">下列事项还没有办完。确认注销时，未使用的预约会自动取消，名额释放给其他人。</p>
            <ul className="space-y-2">
              {preview.pending.map((p) => (
                <li key={`${p.kind}-${p.id}`} className="border-l-4 border-warn pl-3">
                  <span className="text-sm text-muted">{KIND_NAMES[p.kind]}</span>
                  <Link href={p.href} className="block font-semibold underline">
                    {p.title}
                  </Link>
                  <span className="text-sm">{p.status}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {!staff ? (
        <section aria-labelledby="confirm-title" className="mb-6 rounded-lg border border-line bg-white p-5">
          <h2 id="confirm-title" className="mb-3 text-xl font-bold">
            验证身份并确认注销
          </h2>
          <p className="mb-3">为确认是您本人操作，请获取发送到您账号手机的验证码。</p>
          <ClosureCodeForm />
          <ClosureConfirmForm />
        </section>
      ) : null}
      <p>
        <Link href="/me/privacy" className="font-semibold underline">
          不注销了，返回我的数据与隐私
        </Link>
      </p>
    </div>
  );
}
