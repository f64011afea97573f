import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { SubscriptionForm } from "@/components/alerts/subscription-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "预警订阅", robots: { index: false } };

/** A person's alert subscription: when an alert for these divisions at this level or above is published, a message and/or SMS. */
export default async function MeAlertsPage() {
  await guardPage("account.self", "/me/alerts");
  const caller = await getCaller();
  const [sub, profile] = await Promise.all([caller.governance.alerts.subscription.get(), caller.account.me()]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs items={[{ label: "我的", href: "/me" }, { label: "预警订阅" }]} />
      <h1 className="mb-2 text-3xl font-bold">预警订阅</h1>
      <p className="mb-6 text-muted">
        市应急管理局、市气象局等部门发布、更新或解除所选地区的突发事件预警时，我们会通过站内消息和（或）短信通知您，每条预警只通知一次。
        {sub.subscribed ? "" : "您目前没有订阅。"}
      </p>
      <SubscriptionForm
        phoneMasked={profile.phoneMasked}
        initial={{
          areas: sub.areas.join(","),
          minSeverity: sub.minSeverity,
          byMessage: sub.byMessage ? "1" : "",
          bySms: sub.bySms ? "1" : "",
        }}
      />
    </div>
  );
}
