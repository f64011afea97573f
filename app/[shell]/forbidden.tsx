import Link from "next/link";
import { getSessionUser } from "@/server/request";
import { ROLE_NAMES } from "@/server/auth/roles";

/** Rendered with HTTP 403 by forbidden() when a signed-in person lacks the page's permission. */
export default async function ForbiddenPage() {
  const user = await getSessionUser();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <p className="text-sm font-semibold text-muted">错误代码 403</p>
      <h1 className="mb-4 text-3xl font-bold">您没有权限访问此页面</h1>
      <p className="mb-4">{user ? `您当前以“${ROLE_NAMES[user.role]}”身份登录。` : ""}此页面仅对相应岗位的工作人员开放。</p>
      <p className="mb-2">您可以：</p>
      <ul className="mb-6 list-disc space-y-2 pl-6">
        <li>
          <Link href="/">返回首页</Link>
        </li>
        <li>
          <Link href="/me">查看我的账号</Link>
        </li>
        <li>如需开通岗位权限，请联系本单位的平台管理员。</li>
      </ul>
    </div>
  );
}
