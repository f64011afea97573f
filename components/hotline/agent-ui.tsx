import Link from "next/link";
import type { ReactNode } from "react";
import { TicketStatusTag } from "@/components/hotline/ticket-ui";
import { formatDateTime } from "@/components/ui/format";
import { Table } from "@/components/ui/table";
import { CHANNEL_NAMES } from "@/components/hotline/labels";
import { countdownText, waitingText } from "./queue-time";
import { ShortcutKey } from "./agent/shortcut-key";

/** Pieces of the agent console pages (server components). */

export type QueueTableRow = {
  id: number;
  ticketNo: string;
  type: string;
  status: string;
  channel: string;
  description: string;
  categoryName: string;
  departmentName: string | null;
  dueDate: string | null;
  urgeCount: number;
  /** 附议: other citizens who joined the request (raises it in 待派单). */
  joinCount?: number;
  createdAt: Date;
  overdue?: boolean;
};

/** How a queue is ordered (server/modules/hotline/queues.ts QUEUE_SORTS). */
export type QueueSortName = "default" | "waiting" | "newest" | "due-desc";

/** A column header that sorts the queue: a link, and aria-sort saying the current order. */
function SortHeader({ label, what, href }: { label: string; what: string; href: string }) {
  return (
    <Link href={href} prefetch={false} className="inline-flex min-h-tap items-center gap-1 underline">
      {label}
      <span className="sr-only">，{what}</span>
    </Link>
  );
}

/** A queue as a table: the ticket number is the link (one tab stop per row). */
export function QueueTable({
  rows,
  caption,
  showDepartment,
  sort,
  sortHref,
}: {
  rows: QueueTableRow[];
  caption: string;
  showDepartment: boolean;
  /** With sortHref: 已等待 and (in queues with deadlines) 剩余时限 become sort links. */
  sort?: QueueSortName;
  sortHref?: (sort: QueueSortName) => string;
}) {
  // Rendered per request (the console is never cached): how long each ticket has waited and its SLA countdown.
  const now = new Date();
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now);
  return (
    <Table
      caption={caption}
      className="text-[15px]"
      rows={rows}
      rowKey={(r) => r.id}
      rowClassName={(r) => (r.overdue ? "bg-danger-bg" : undefined)}
      columns={[
        {
          header: "工单编号",
          cell: (r) => (
            // Not prefetched: a queue page has 50 tickets, each a per-request page the agent may never open.
            <Link href={`/agent/tickets/${r.id}`} prefetch={false} className="inline-flex min-h-tap items-center font-mono">
              {r.ticketNo}
            </Link>
          ),
        },
        { header: "类型", cell: (r) => r.type, nowrap: true },
        { header: "分类", cell: (r) => r.categoryName },
        {
          header: "诉求摘要",
          cell: (r) => (
            <>
              {r.joinCount ? (
                <span className="mr-1 rounded bg-warn-bg px-1 font-semibold whitespace-nowrap">{r.joinCount}人附议</span>
              ) : null}
              <span className="line-clamp-2 break-words">{r.description}</span>
            </>
          ),
          className: "max-w-md",
        },
        showDepartment
          ? { header: "承办部门", cell: (r) => r.departmentName ?? "—" }
          : { header: "渠道", cell: (r) => CHANNEL_NAMES[r.channel] ?? r.channel, nowrap: true },
        {
          header: showDepartment ? "办理时限" : "受理时间",
          cell: (r) => (
            <>
              {showDepartment ? (r.dueDate ?? "—") : formatDateTime(r.createdAt)}
              {r.urgeCount > 0 ? <span className="block text-sm">已催办{r.urgeCount}次</span> : null}
            </>
          ),
          nowrap: true,
          className: (r) => (r.overdue ? "font-bold text-danger" : undefined),
        },
        {
          header: sortHref ? (
            <SortHeader
              label="已等待"
              what={sort === "waiting" ? "当前等待最久的在前，点击改为最新的在前" : "点击按等待最久的在前排序"}
              href={sortHref(sort === "waiting" ? "newest" : "waiting")}
            />
          ) : (
            "已等待"
          ),
          sort: sortHref ? (sort === "waiting" ? "descending" : sort === "newest" ? "ascending" : "none") : undefined,
          cell: (r) => waitingText(r.createdAt, now),
          nowrap: true,
        },
        {
          header:
            sortHref && showDepartment ? (
              <SortHeader
                label="剩余时限"
                what={sort === "default" ? "当前超期最久的在前，点击改为剩余最多的在前" : "点击按超期最久的在前排序"}
                href={sortHref(sort === "default" ? "due-desc" : "default")}
              />
            ) : (
              "剩余时限"
            ),
          sort: sortHref && showDepartment ? (sort === "default" ? "ascending" : sort === "due-desc" ? "descending" : "none") : undefined,
          cell: (r) => {
            const c = countdownText(r.dueDate, today);
            return c ? <span className={c.overdue || r.overdue ? "font-bold text-danger" : undefined}>{c.text}</span> : "—";
          },
          nowrap: true,
        },
        { header: "状态", cell: (r) => <TicketStatusTag status={r.status} overdue={r.overdue} />, nowrap: true },
      ]}
    />
  );
}

/** Admins hold agent.console but not hotline.dispatch: the console is read-only for them. */
export function ReadOnlyNote() {
  return (
    <div role="note" className="mb-6 border-l-8 border-brand-600 bg-brand-50 p-4">
      <p className="font-semibold">只读查看</p>
      <p>您的账号可以查看坐席工作台，但没有12345派单权限：登记、分类、答复、派单、催办、回访和延期审批需由12345坐席办理。</p>
    </div>
  );
}

/** The documented keyboard shortcuts (HTML access keys: Alt+key in Chrome/Edge, Alt+Shift+key in Firefox). */
export const SHORTCUT_HELP_ID = "shortcut-help";

export function ShortcutHelp({ items }: { items: [string, ReactNode][] }) {
  return (
    <details id={SHORTCUT_HELP_ID} className="mb-6 rounded-md border border-line bg-white p-3">
      <summary className="min-h-tap cursor-pointer content-center font-semibold">
        键盘快捷键<span className="ml-2 text-sm font-normal text-muted">（在输入框外按 ? 打开或关闭）</span>
      </summary>
      <ShortcutKey targetId={SHORTCUT_HELP_ID} />
      <p className="mt-2 text-sm">
        Windows 上 Chrome / Edge 按 Alt + 字母，Firefox 按 Alt + Shift + 字母；Mac 上按 Control + Option + 字母。Tab 键按页面顺序移动，Enter
        提交当前表单；在输入框外按 <kbd className="rounded border border-ink bg-brand-50 px-1 font-mono">?</kbd> 打开本列表，Esc 关闭。
      </p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {items.map(([k, v]) => (
          <div key={k} className="contents">
            <dt>
              <kbd className="rounded border border-ink bg-brand-50 px-1 font-mono">{k}</kbd>
            </dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
