import { STATUS_NAMES, type TicketStatus } from "@/server/modules/hotline/labels";
import { ROLE_NAMES, isRole } from "@/server/auth/roles";
import { formatDateTime, formatFileSize } from "@/components/ui/format";

/**
 * Shared pieces of every 12345 ticket page (citizen, agent, department): the status tag, the
 * timeline, the photos. One place so the three views always say the same thing.
 */

export function ticketStatusName(status: string): string {
  return STATUS_NAMES[status as TicketStatus] ?? status;
}

export function TicketStatusTag({ status, overdue }: { status: string; overdue?: boolean }) {
  const tone = overdue
    ? "bg-danger text-white"
    : status === "closed"
      ? "bg-success text-white"
      : status === "returned" || status === "reopened"
        ? "bg-warn-bg text-ink border border-ink"
        : status === "replied"
          ? "bg-brand-600 text-white"
          : "bg-brand-100 text-brand-800";
  return (
    <span className={`inline-block rounded px-2 font-semibold ${tone}`}>
      {overdue ? `${ticketStatusName(status)} · 已超期` : ticketStatusName(status)}
    </span>
  );
}

export type TimelineEvent = {
  at: Date;
  toStatus: string;
  fromStatus?: string | null;
  note?: string | null;
  actorRole?: string | null;
  actorName?: string | null;
};

/**
 * The ticket's history, oldest first, as an ordered list (screen readers get the order). `showActor`
 * adds who acted (role name) — for agents and staff; citizens see what happened, not who clicked.
 */
export function TicketTimeline({ events, showActor = false }: { events: TimelineEvent[]; showActor?: boolean }) {
  return (
    <ol className="border-l-4 border-brand-100 pl-4">
      {events.map((e, i) => (
        <li key={i} className="mb-3">
          <p className="font-semibold">
            {e.fromStatus && e.fromStatus === e.toStatus ? "记录" : ticketStatusName(e.toStatus)}{" "}
            <span className="font-normal text-muted">
              · <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
              {showActor
                ? ` · ${e.actorRole && isRole(e.actorRole) ? ROLE_NAMES[e.actorRole] : "系统"}${e.actorName ? `（${e.actorName}）` : ""}`
                : ""}
            </span>
          </p>
          {e.note ? <p className="whitespace-pre-wrap break-words">{e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** The ticket's photos as links (the attachment route decides who may open them). */
export function TicketPhotoLinks({ photos }: { photos: { id: string | number; fileName: string; sizeBytes: number }[] }) {
  return (
    <ul className="list-disc pl-6">
      {photos.map((p) => (
        <li key={p.id}>
          <a href={`/api/hotline/attachments/${p.id}`} target="_blank" rel="noopener">
            {p.fileName}
          </a>
          （{formatFileSize(p.sizeBytes)}，新窗口打开）
        </li>
      ))}
    </ul>
  );
}

/** District + address without saying the district twice ("通州区 通州区平潭镇" → "通州区平潭镇"). */
export function ticketPlace(district: string | null, address: string | null, empty = "未填写"): string {
  if (address && district && address.startsWith(district)) return address;
  return [district, address].filter(Boolean).join(" ") || empty;
}
