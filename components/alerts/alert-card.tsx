import Link from "next/link";
import { ALERT_TYPE_LABELS, type AlertType, type Area, areasText, type Severity } from "@/server/modules/alerts/labels";
import { formatDateTime } from "@/components/ui/format";
import { SEVERITY_STYLES, SeverityBadge } from "./severity";

export type AlertSummary = {
  id: number;
  type: AlertType;
  event: string;
  severity: Severity;
  areas: Area[];
  headline: string;
  issuer: string;
  sentAt: Date | null;
  effectiveAt: Date;
  expiresAt: Date;
  supersededById: number | null;
  msgType: string;
  sample: boolean;
};

/** One alert in a list (/alerts, the home page): level in words, area, issuer, times, a link to the 防御指南. */
export function AlertCard({ alert, status, headingLevel = 3 }: { alert: AlertSummary; status?: string; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={`rounded-lg border-l-8 border border-line bg-white p-4 ${SEVERITY_STYLES[alert.severity].border}`}>
      <p className="mb-2 flex flex-wrap items-center gap-2">
        <SeverityBadge severity={alert.severity} />
        <span className="text-sm text-muted elder:text-base">
          {ALERT_TYPE_LABELS[alert.type]} · {alert.event} · {areasText(alert.areas)}
        </span>
        {status ? <span className="rounded bg-brand-50 px-2 text-sm font-semibold text-brand-800">{status}</span> : null}
      </p>
      <H className="text-lg font-bold elder:text-2xl">
        <Link href={`/alerts/${alert.id}`} className="underline underline-offset-4">
          {alert.headline}
        </Link>
      </H>
      <p className="mt-1 text-sm text-muted elder:text-base">
        {alert.issuer} · 发布于 {formatDateTime(alert.sentAt)} · 有效至 {formatDateTime(alert.expiresAt)}
      </p>
    </article>
  );
}
