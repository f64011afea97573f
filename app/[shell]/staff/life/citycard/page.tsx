import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { CardRestoreForm } from "@/components/life/staff-forms";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "市民卡解除挂失", robots: { index: false } };

export default async function CitycardCounterPage() {
  await guardPage("citycard.counter", "/staff/life/citycard");
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs items={[{ label: "智慧生活服务台", href: "/staff/life" }, { label: "市民卡解除挂失" }]} />
      <h1 className="mb-2 text-3xl font-bold">市民卡解除挂失</h1>
      <p className="mb-6">持卡人本人携带身份证到网点办理。卡号与身份证号不符将被拒绝并记入审计日志。</p>
      <CardRestoreForm />
    </div>
  );
}
