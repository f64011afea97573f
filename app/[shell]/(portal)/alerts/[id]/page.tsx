import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { ALERT_TYPE_LABELS, AREA_LABELS, MSG_TYPE_LABELS, SEVERITY_LABELS } from "@/server/modules/alerts/labels";
import { SEVERITY_STYLES, SeverityBadge } from "@/components/alerts/severity";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";
import { formatDateTime } from "@/components/ui/format";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const d = await orNotFound((await getCaller()).governance.alerts.public.detail({ id }));
  return { title: d.alert.headline, description: d.alert.description.slice(0, 120) };
}

/** One alert: level in words, area, times, what is happening and the 防御指南; what it updated and what replaced it. */
export default async function AlertPage({ params }: Props) {
  const id = parseId((await params).id);
  const { alert: a, live, inEffect, updates, supersededBy } = await orNotFound((await getCaller()).governance.alerts.public.detail({ id }));
  const l = SEVERITY_LABELS[a.severity];
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "突发事件预警", href: "/alerts" }, { label: a.event }]} />
      <p className="mb-2">
        <SeverityBadge severity={a.severity} />
      </p>
      <h1 className="mb-4 text-3xl font-bold">{a.headline}</h1>
      {supersededBy ? (
        <Notice tone="warn">
          {supersededBy.msgType === "cancel" ? (
            <>
              本预警已于 {formatDateTime(supersededBy.sentAt)} 解除：{supersededBy.description}
            </>
          ) : (
            <>
              本预警已于 {formatDateTime(supersededBy.sentAt)} 更新，请看
              <Link href={`/alerts/${supersededBy.id}`}>最新预警：{supersededBy.headline}</Link>。
            </>
          )}
        </Notice>
      ) : live ? (
        inEffect ? null : (
          <Notice>本预警将于 {formatDateTime(a.effectiveAt)} 生效。</Notice>
        )
      ) : (
        <Notice tone="warn">本预警已于 {formatDateTime(a.expiresAt)} 过期。</Notice>
      )}
      <section
        aria-labelledby="guide-title"
        className={`mb-6 rounded-lg border-l-8 border border-line bg-white p-5 ${SEVERITY_STYLES[a.severity].border}`}
      >
        <h2 id="guide-title" className="mb-2 text-2xl font-bold">
          防御指南
        </h2>
        <p className="whitespace-pre-line text-lg leading-relaxed">{a.instruction}</p>
      </section>
      <section aria-labelledby="desc-title" className="mb-6">
        <h2 id="desc-title" className="mb-2 text-xl font-bold">
          预警内容
        </h2>
        <p className="whitespace-pre-line leading-relaxed">{a.description}</p>
      </section>
      <SummaryList
        rows={[
          ["预警级别", `${l.colour}预警（${l.grade}，${l.meaning}）`],
          ["类别", `${ALERT_TYPE_LABELS[a.type]} · ${a.event}`],
          ["影响区域", a.areas.map((x) => AREA_LABELS[x]).join("、")],
          ["发布单位", a.issuer],
          ["发布时间", formatDateTime(a.sentAt)],
          ["生效时间", formatDateTime(a.effectiveAt)],
          ["失效时间", formatDateTime(a.expiresAt)],
          ["信息类型", `${MSG_TYPE_LABELS[a.msgType]}${updates ? "（更新此前预警）" : ""}`],
          ["预警编号", a.identifier],
        ]}
      />
      {updates ? (
        <p className="mt-4">
          此前的预警：<Link href={`/alerts/${updates.id}`}>{updates.headline}</Link>
        </p>
      ) : null}
      {a.sample ? <p className="mt-4 text-sm text-muted">本条为演示用示例数据，非真实预警。</p> : null}
      <p className="mt-6">
        <Link href="/me/alerts">订阅预警：按地区接收站内消息或短信</Link>
      </p>
    </div>
  );
}
