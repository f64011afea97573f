import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { LINK } from "@/components/life/life-nav";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "智慧生活服务台", robots: { index: false } };

/** The 智慧生活 front desks; each checks the staff member's own unit (hospital, spot, centre, outlet). */
export default async function LifeDesksPage() {
  await guardPage("life.desk", "/staff/life");
  const mine = new Set(await (await getCaller()).life.desks());
  const desks = [
    {
      kind: "hospital",
      href: "/staff/life/hospital",
      name: "医院：当日预约名单",
      text: "核对就诊人，记为已就诊或爽约（爽约计入暂停规则）。",
    },
    { kind: "scenic_spot", href: "/staff/life/gate", name: "景区：检票", text: "扫描游客的门票二维码，当天有效的门票核销入园。" },
    {
      kind: "community_centre",
      href: "/staff/life/community",
      name: "社区服务中心：居家养老申请",
      text: "受理、开始服务、完成或不予受理，家属随时可见进度。",
    },
    { kind: "citycard_outlet", href: "/staff/life/citycard", name: "市民卡服务网点：解除挂失", text: "核对持卡人身份证后解挂。" },
  ] as const;
  const open = desks.filter((d) => mine.has(d.kind));
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="mb-4 text-3xl font-bold">智慧生活服务台</h1>
      <p className="mb-6">只能办理您所在单位的业务；所有操作记入审计日志。</p>
      {open.length === 0 ? (
        <Notice tone="warn">您的账号还没有绑定医院、景区、社区服务中心或市民卡服务网点，请联系管理员。</Notice>
      ) : (
        <ul className="space-y-3">
          {open.map((d) => (
            <li key={d.href} className="rounded-lg border border-line bg-white p-4">
              <Link href={d.href} className={LINK}>
                {d.name}
              </Link>
              <p>{d.text}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
