import { ROLE_NAMES, isRole } from "@/server/auth/roles";
import { formatPreciseDateTime } from "@/components/ui/format";
import { Pager } from "@/components/ui/pager";
import { Table } from "@/components/ui/table";

type AuditEntry = {
  id: number;
  at: Date;
  action: string;
  outcome: string;
  actorRole: string | null;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, string | number | boolean | null> | null;
  ip: string | null;
};

/** 审计日志: every sign-in and every staff, agent and admin action, newest first (append-only). */
export function AuditTabView({ log, page, pages }: { log: { total: number; items: AuditEntry[] }; page: number; pages: number }) {
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title" className="mb-3 text-xl font-bold">
        审计日志（共 {log.total} 条，只增不改）
      </h2>
      <Table
        caption="审计日志"
        scrollLabel="审计日志（可左右滚动）"
        rows={log.items}
        rowKey={(e) => e.id}
        columns={[
          { header: "时间", cell: (e) => formatPreciseDateTime(e.at), nowrap: true },
          { header: "操作", cell: (e) => e.action, className: "font-mono" },
          {
            header: "结果",
            cell: (e) => (e.outcome === "success" ? "成功" : "失败"),
            className: (e) => `font-semibold ${e.outcome === "success" ? "text-success" : "text-danger"}`,
          },
          { header: "操作人", cell: (e) => (e.actorRole ? (isRole(e.actorRole) ? ROLE_NAMES[e.actorRole] : e.actorRole) : "—") },
          { header: "对象", cell: (e) => (e.targetType ? `${e.targetType}:${e.targetId?.slice(0, 8) ?? ""}` : "—") },
          {
            header: "详情",
            cell: (e) =>
              e.detail
                ? Object.entries(e.detail)
                    .map(([k, v]) => `${k}=${String(v)}`)
                    .join("，")
                : "—",
          },
          { header: "IP", cell: (e) => e.ip ?? "—" },
        ]}
      />
      <Pager page={page} pages={pages} href={(p) => `/admin?tab=audit&page=${p}`} />
    </section>
  );
}
