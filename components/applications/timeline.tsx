import { STATUS_NAMES } from "@/server/modules/applications/labels";
import { formatDateTime } from "@/components/ui/format";

export function StatusTag({ status, overdue }: { status: string; overdue?: boolean }) {
  const tone = overdue
    ? "bg-danger text-white"
    : status === "completed"
      ? "bg-success text-white"
      : status === "rejected"
        ? "bg-ink text-white"
        : status === "correction"
          ? "bg-warn-bg text-ink border border-ink"
          : "bg-brand-100 text-brand-800";
  return (
    <span className={`inline-block rounded px-2 font-semibold ${tone}`}>
      {overdue ? "已超期" : (STATUS_NAMES[status as keyof typeof STATUS_NAMES] ?? status)}
    </span>
  );
}

/** The case history, oldest first, as an ordered list (screen readers get the order). */
export function Timeline({ events }: { events: { at: Date; toStatus: string; note?: string | null }[] }) {
  return (
    <ol className="border-l-4 border-brand-100 pl-4">
      {events.map((e, i) => (
        <li key={i} className="mb-3">
          <p className="font-semibold">
            {STATUS_NAMES[e.toStatus as keyof typeof STATUS_NAMES] ?? e.toStatus}{" "}
            <span className="font-normal text-muted">· {formatDateTime(e.at)}</span>
          </p>
          {e.note ? <p>{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
