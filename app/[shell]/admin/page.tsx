import type { Metadata } from "next";
import { adminErrorText, adminNoticeText } from "@/server/modules/admin/labels";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { Notice } from "@/components/ui/notice";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Tabs } from "@/components/ui/tabs";
import { UsersTabView } from "@/components/admin/users-tab";
import { AuditTabView } from "@/components/admin/audit-tab";
import { CalendarTabView } from "@/components/admin/calendar-tab";
import { DepartmentsTabView } from "@/components/admin/departments-tab";
import { RatingsTabView } from "@/components/admin/ratings-tab";
import { one, pageParam, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "管理后台", robots: { index: false } };

const TABS = [
  { id: "users", label: "用户与角色" },
  { id: "audit", label: "审计日志" },
  { id: "calendar", label: "节假日" },
  { id: "departments", label: "部门" },
  { id: "ratings", label: "好差评" },
] as const;
type Tab = (typeof TABS)[number]["id"];
/** The other admin pages, reached from the same strip. */
const SECTIONS = [
  { href: "/admin/catalogue", label: "事项管理" },
  { href: "/admin/hotline", label: "12345热线" },
  { href: "/admin/open311", label: "Open311 接口" },
  { href: "/admin/knowledge", label: "知识库审核" },
  { href: "/admin/transport", label: "路况" },
  { href: "/admin/environment", label: "环保百科" },
  { href: "/admin/articles", label: "政务公开" },
];

type SP = Promise<SearchParams>;

export default async function AdminPage({ searchParams }: { searchParams: SP }) {
  await guardPage("admin.console", "/admin");
  const sp = await searchParams;
  const tabParam = one(sp.tab);
  const tab: Tab = TABS.some((t) => t.id === tabParam) ? (tabParam as Tab) : "users";
  const page = pageParam(sp.page, 10_000);
  const caller = await getCaller();
  // Codes from our own actions, mapped to our own texts: a crafted URL cannot make the page say anything else.
  const notice = adminNoticeText(one(sp.ok));
  const error = adminErrorText(one(sp.err));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-4 text-3xl font-bold">管理后台</h1>
      <Tabs
        label="管理功能"
        tabs={[...TABS.map((t) => ({ href: `/admin?tab=${t.id}`, label: t.label, current: tab === t.id })), ...SECTIONS]}
      />
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      {error ? <ErrorSummary message={error} /> : null}
      {tab === "users" ? <UsersTab page={page} q={one(sp.q)} caller={caller} /> : null}
      {tab === "audit" ? <AuditTab page={page} caller={caller} /> : null}
      {tab === "calendar" ? <CalendarTab year={Number(one(sp.year)) || new Date().getFullYear()} caller={caller} /> : null}
      {tab === "departments" ? <DepartmentsTab caller={caller} /> : null}
      {tab === "ratings" ? <RatingsTab caller={caller} /> : null}
    </div>
  );
}

type Caller = Awaited<ReturnType<typeof getCaller>>;

async function UsersTab({ page, q, caller }: { page: number; q?: string; caller: Caller }) {
  const [users, departments] = await Promise.all([
    caller.admin.users({ page, q: q?.slice(0, 50) || undefined }),
    caller.admin.departments(),
  ]);
  const pages = Math.max(1, Math.ceil(users.total / users.pageSize));
  return <UsersTabView users={users} departments={departments} page={page} pages={pages} q={q} />;
}

async function AuditTab({ page, caller }: { page: number; caller: Caller }) {
  const log = await caller.admin.auditLog({ page });
  const pages = Math.max(1, Math.ceil(log.total / log.pageSize));
  return <AuditTabView log={log} page={page} pages={pages} />;
}

async function CalendarTab({ year, caller }: { year: number; caller: Caller }) {
  const y = Math.min(2100, Math.max(2020, year));
  const days = await caller.admin.calendar({ year: y });
  return <CalendarTabView year={y} days={days} />;
}

async function DepartmentsTab({ caller }: { caller: Caller }) {
  const departments = await caller.admin.departments();
  return <DepartmentsTabView departments={departments} />;
}

async function RatingsTab({ caller }: { caller: Caller }) {
  const rows = await caller.applications.satisfaction();
  return <RatingsTabView rows={rows} />;
}
