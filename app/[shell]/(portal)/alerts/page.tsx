import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/server/request";
import { chooseAlertAreaAction } from "@/server/actions/alerts";
import { AREAS, AREA_LABELS, SEVERITIES, SEVERITY_LABELS } from "@/server/modules/alerts/labels";
import { AlertCard } from "@/components/alerts/alert-card";
import { SeverityBadge } from "@/components/alerts/severity";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { Select } from "@/components/ui/select";
import { Tabs } from "@/components/ui/tabs";
import { one, pageParam, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = {
  title: "突发事件预警",
  description: "南通市气象、地质灾害、防汛防旱、公共卫生、安全生产、社会安全突发事件预警信息及防御指南。",
};

/** /alerts: current and past alerts (?scope=past&page=N), and the division the banner follows on this device. */
export default async function AlertsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const scope = one(sp.scope) === "past" ? "past" : "current";
  const page = scope === "past" ? pageParam(sp.page, 1000) : 1;
  const list = await (await getCaller()).governance.alerts.public.list({ scope, page });
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "智慧治理", href: "/governance" }, { label: "突发事件预警" }]} />
      <h1 className="mb-2 text-3xl font-bold">突发事件预警</h1>
      <p className="mb-6 text-muted">
        由市应急管理局、市气象局等部门发布。预警分四级：
        {SEVERITIES.slice()
          .reverse()
          .map((s) => `${SEVERITY_LABELS[s].colour}（${SEVERITY_LABELS[s].grade}，${SEVERITY_LABELS[s].meaning}）`)
          .join("、")}
        。开放数据：
        <Link href="/api/open/v1/alerts" prefetch={false}>
          JSON
        </Link>
        、
        <Link href="/api/open/v1/alerts.cap" prefetch={false}>
          CAP 1.2 订阅源
        </Link>
        。
      </p>
      {one(sp.area) === "saved" ? <Notice tone="success">已保存。本设备上的预警横幅将只显示全市和您所选地区的预警。</Notice> : null}
      <Tabs
        label="预警列表"
        tabs={[
          { label: "当前预警", href: "/alerts", current: scope === "current" },
          { label: "往期预警", href: "/alerts?scope=past", current: scope === "past" },
        ]}
      />
      {list.items.length === 0 ? (
        <p className="mb-6 rounded-lg border border-line bg-white p-5">
          {scope === "current" ? "目前没有生效的突发事件预警。" : "暂无往期预警。"}
        </p>
      ) : (
        <ul className="mb-6 space-y-4">
          {list.items.map((a) => (
            <li key={a.id}>
              <AlertCard
                alert={a}
                headingLevel={2}
                status={
                  scope === "past"
                    ? a.supersededById
                      ? "已更新或解除"
                      : "已过期"
                    : a.effectiveAt.getTime() > list.generatedAt
                      ? "尚未生效"
                      : undefined
                }
              />
            </li>
          ))}
        </ul>
      )}
      {scope === "past" ? <Pager page={page} pages={pages} total={list.total} href={(p) => `/alerts?scope=past&page=${p}`} /> : null}

      <section aria-labelledby="area-title" className="mt-8 rounded-lg border border-line bg-white p-5">
        <h2 id="area-title" className="mb-2 text-xl font-bold">
          横幅显示哪些地区的预警
        </h2>
        <p className="mb-4 text-muted">
          每个页面顶部的预警横幅默认显示全市所有预警。选择您所在的县（市、区）后，本设备只显示全市和该地区的预警。想收到站内消息或短信，请到
          <Link href="/me/alerts">我的预警订阅</Link>。
        </p>
        <form action={chooseAlertAreaAction}>
          <Select id="area" label="我所在的地区" width="w-full sm:w-72" defaultValue="">
            <option value="">南通全市（显示所有预警）</option>
            {AREAS.filter((a) => a !== "city").map((a) => (
              <option key={a} value={a}>
                {AREA_LABELS[a]}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="secondary">
            保存
          </Button>
        </form>
      </section>
      <p className="mt-6 text-sm text-muted">
        级别示例：
        <SeverityBadge severity="red" /> <SeverityBadge severity="orange" /> <SeverityBadge severity="yellow" />{" "}
        <SeverityBadge severity="blue" />
      </p>
    </div>
  );
}
