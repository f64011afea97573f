import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { DeadlinePreview } from "@/components/layout/deadline-preview";

export const metadata: Metadata = { title: "部门工作台", robots: { index: false } };

export default async function StaffPage() {
  await guardPage("staff.console", "/staff");
  const caller = await getCaller();
  const [profile, preview] = await Promise.all([caller.account.me(), caller.hotline.citizen.deadlinePreview()]);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">部门工作台</h1>
      <p className="mb-6 text-muted">
        {profile.nickname} · {profile.departmentName ?? "未分配部门"}。闲置30分钟将自动退出登录。
      </p>
      <section aria-labelledby="dept-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="dept-title" className="mb-2 text-xl font-bold">
          本部门职责
        </h2>
        <p>
          您将在这里办理派给{profile.departmentName ?? "本部门"}的 12345
          工单和一网通办申请：签收、办理、答复，需要时申请延期或退回派错的工单。所有操作都会记入审计日志。
        </p>
      </section>
      <section aria-labelledby="work-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="work-title" className="mb-2 text-xl font-bold">
          待办
        </h2>
        <ul className="space-y-1">
          <li>
            <Link href="/staff/tickets" className="inline-flex min-h-tap items-center font-semibold">
              12345工单办理
            </Link>
            ：签收、提交办理结果、申请延期、退单，超期工单优先。
          </li>
          <li>
            <Link href="/staff/cloud" className="inline-flex min-h-tap items-center font-semibold">
              中小企业云服务申请
            </Link>
            （市工信局）：受理企业的云服务申请，开通或不予通过。
          </li>
          <li>
            <Link href="/staff/applications" className="inline-flex min-h-tap items-center font-semibold">
              一网通办申请办理
            </Link>
            ：受理、补正、办结，超期件优先。
          </li>
          <li>
            <Link href="/staff/life" className="inline-flex min-h-tap items-center font-semibold">
              智慧生活服务台
            </Link>
            ：医院预约名单、景区检票、居家养老申请、市民卡解挂（本单位工作人员）。
          </li>
        </ul>
      </section>
      <DeadlinePreview preview={preview} />
    </div>
  );
}
