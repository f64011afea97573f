import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { changeRoleAction } from "@/server/actions/admin";
import { ROLES, ROLE_NAMES } from "@/server/auth/roles";
import { Notice } from "@/components/ui/notice";
import { formatPercent, formatPreciseDateTime } from "@/components/ui/format";
import { one, pageParam, type SearchParams } from "@/app/_lib/search-params";

export const metadata: Metadata = { title: "管理后台", robots: { index: false } };

const TABS = [
  { id: "users", label: "用户与角色" },
  { id: "audit", label: "审计日志" },
  { id: "calendar", label: "节假日" },
  { id: "departments", label: "部门" },
  { id: "ratings", label: "好差评" },
] as const;
type Tab = (typeof TABS)[number]["id"];

type SP = Promise<SearchParams>;
// Messages shown after a role change come from our own action; only known texts are echoed.
const safeText = (v: string | undefined) => (v && v.length <= 80 && !/[<>]/.test(v) ? v : "操作失败，请重试");

export default async function AdminPage({ searchParams }: { searchParams: SP }) {
  await guardPage("admin.console", "/admin");
  const sp = await searchParams;
  const tabParam = one(sp.tab);
  const tab: Tab = TABS.some((t) => t.id === tabParam) ? (tabParam as Tab) : "users";
  const page = pageParam(sp.page, 10_000);
  const caller = await getCaller();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-4 text-3xl font-bold">管理后台</h1>
      <nav aria-label="管理功能" className="mb-6">
        <ul className="flex flex-wrap gap-2 border-b-2 border-line">
          {TABS.map((t) => (
            <li key={t.id}>
              <Link
                href={`/admin?tab=${t.id}`}
                aria-current={tab === t.id ? "page" : undefined}
                className={`inline-flex min-h-tap items-center border-b-4 px-3 font-semibold no-underline ${tab === t.id ? "border-brand-600 text-brand-800" : "border-transparent text-ink"}`}
              >
                {t.label}
              </Link>
            </li>
          ))}
          <li>
            <Link
              href="/admin/catalogue"
              className="inline-flex min-h-tap items-center border-b-4 border-transparent px-3 font-semibold text-ink no-underline"
            >
              事项管理
            </Link>
          </li>
          <li>
            <Link
              href="/admin/hotline"
              className="inline-flex min-h-tap items-center border-b-4 border-transparent px-3 font-semibold text-ink no-underline"
            >
              12345热线
            </Link>
          </li>
          <li>
            <Link
              href="/admin/open311"
              className="inline-flex min-h-tap items-center border-b-4 border-transparent px-3 font-semibold text-ink no-underline"
            >
              Open311 接口
            </Link>
          </li>
          <li>
            <Link
              href="/admin/knowledge"
              className="inline-flex min-h-tap items-center border-b-4 border-transparent px-3 font-semibold text-ink no-underline"
            >
              知识库审核
            </Link>
          </li>
        </ul>
      </nav>
      {one(sp.ok) ? <Notice tone="success">角色已更新，已记入审计日志。</Notice> : null}
      {one(sp.err) ? (
        <div role="alert" className="mb-6 border-4 border-danger bg-white p-4 font-semibold text-danger">
          {safeText(one(sp.err))}
        </div>
      ) : null}
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
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title" className="mb-3 text-xl font-bold">
        用户与角色（共 {users.total} 人）
      </h2>
      <form action="/admin" className="mb-4 flex max-w-md flex-wrap items-end gap-2">
        <input type="hidden" name="tab" value="users" />
        <div className="flex-1">
          <label htmlFor="user-q" className="mb-1 block font-semibold">
            按手机号或昵称查找
          </label>
          <input id="user-q" name="q" defaultValue={q} maxLength={50} className="min-h-tap w-full rounded-md border-2 border-ink px-3" />
        </div>
        <button type="submit" className="min-h-tap rounded-md bg-brand-600 px-4 font-semibold text-white">
          查找
        </button>
      </form>
      <div
        role="region"
        aria-label="用户列表（可左右滚动）"
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-line bg-white"
      >
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">用户列表，可修改角色</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                手机号
              </th>
              <th scope="col" className="p-2">
                昵称
              </th>
              <th scope="col" className="p-2">
                实名
              </th>
              <th scope="col" className="p-2">
                当前角色
              </th>
              <th scope="col" className="p-2">
                修改角色
              </th>
            </tr>
          </thead>
          <tbody>
            {users.items.map((u) => (
              <tr key={u.id} className="border-b border-line align-top">
                <td className="p-2">{u.phoneMasked}</td>
                <td className="p-2">
                  {u.nickname}
                  {u.locked ? <span className="ml-2 font-semibold text-danger">（已锁定）</span> : null}
                </td>
                <td className="p-2">{u.realNameVerified ? "已实名" : "未实名"}</td>
                <td className="p-2">
                  {u.roleName}
                  {u.departmentName ? `（${u.departmentName}）` : ""}
                </td>
                <td className="p-2">
                  <form action={changeRoleAction} className="flex flex-wrap items-center gap-2">
                    <input type="hidden" name="userId" value={u.id} />
                    <label className="sr-only" htmlFor={`role-${u.id}`}>
                      {u.nickname} 的新角色
                    </label>
                    <select
                      id={`role-${u.id}`}
                      name="role"
                      defaultValue={u.role}
                      className="min-h-tap rounded-md border-2 border-ink bg-white px-2"
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {ROLE_NAMES[r]}
                        </option>
                      ))}
                    </select>
                    <label className="sr-only" htmlFor={`dept-${u.id}`}>
                      {u.nickname} 的所属部门（部门办理人必选）
                    </label>
                    <select
                      id={`dept-${u.id}`}
                      name="departmentId"
                      defaultValue={u.departmentId ?? ""}
                      className="min-h-tap max-w-48 rounded-md border-2 border-ink bg-white px-2"
                    >
                      <option value="">不属于部门</option>
                      {departments.map((d) => (
                        <option key={d.id} value={d.id}>
                          {d.shortName}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="min-h-tap rounded-md border-2 border-brand-600 px-3 font-semibold text-brand-700">
                      保存<span className="sr-only">：{u.nickname}</span>
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager tab="users" page={page} pages={pages} extra={q ? `&q=${encodeURIComponent(q)}` : ""} />
    </section>
  );
}

async function AuditTab({ page, caller }: { page: number; caller: Caller }) {
  const log = await caller.admin.auditLog({ page });
  const pages = Math.max(1, Math.ceil(log.total / log.pageSize));
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title" className="mb-3 text-xl font-bold">
        审计日志（共 {log.total} 条，只增不改）
      </h2>
      <div
        role="region"
        aria-label="审计日志（可左右滚动）"
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-line bg-white"
      >
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">审计日志</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                时间
              </th>
              <th scope="col" className="p-2">
                操作
              </th>
              <th scope="col" className="p-2">
                结果
              </th>
              <th scope="col" className="p-2">
                操作人
              </th>
              <th scope="col" className="p-2">
                对象
              </th>
              <th scope="col" className="p-2">
                详情
              </th>
              <th scope="col" className="p-2">
                IP
              </th>
            </tr>
          </thead>
          <tbody>
            {log.items.map((e) => (
              <tr key={e.id} className="border-b border-line align-top">
                <td className="whitespace-nowrap p-2">{formatPreciseDateTime(e.at)}</td>
                <td className="p-2 font-mono">{e.action}</td>
                <td className={`p-2 font-semibold ${e.outcome === "success" ? "text-success" : "text-danger"}`}>
                  {e.outcome === "success" ? "成功" : "失败"}
                </td>
                <td className="p-2">{e.actorRole ? (ROLE_NAMES[e.actorRole as keyof typeof ROLE_NAMES] ?? e.actorRole) : "—"}</td>
                <td className="p-2">{e.targetType ? `${e.targetType}:${e.targetId?.slice(0, 8) ?? ""}` : "—"}</td>
                <td className="p-2">
                  {e.detail
                    ? Object.entries(e.detail)
                        .map(([k, v]) => `${k}=${String(v)}`)
                        .join("，")
                    : "—"}
                </td>
                <td className="p-2">{e.ip ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager tab="audit" page={page} pages={pages} />
    </section>
  );
}

async function CalendarTab({ year, caller }: { year: number; caller: Caller }) {
  const y = Math.min(2100, Math.max(2020, year));
  const days = await caller.admin.calendar({ year: y });
  return (
    <section aria-labelledby="cal-title">
      <h2 id="cal-title" className="mb-3 text-xl font-bold">
        {y} 年节假日与调休上班日
      </h2>
      <p className="mb-3">所有办理时限均按此表计算工作日。{y === 2027 ? "2027年安排尚待国务院办公厅公布，目前仅含法定节假日。" : ""}</p>
      <ul className="mb-3 flex gap-4">
        {[2025, 2026, 2027].map((n) => (
          <li key={n}>
            <Link
              href={`/admin?tab=calendar&year=${n}`}
              aria-current={n === y ? "page" : undefined}
              className="inline-flex min-h-tap items-center font-semibold"
            >
              {n}年
            </Link>
          </li>
        ))}
      </ul>
      <div
        role="region"
        aria-label="节假日表（可左右滚动）"
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-line bg-white"
      >
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{y}年节假日</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                日期
              </th>
              <th scope="col" className="p-2">
                类型
              </th>
              <th scope="col" className="p-2">
                名称
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} className="border-b border-line">
                <td className="p-2">{d.date}</td>
                <td className={`p-2 font-semibold ${d.kind === "holiday" ? "text-danger" : "text-ink"}`}>
                  {d.kind === "holiday" ? "放假" : "调休上班"}
                </td>
                <td className="p-2">{d.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

async function DepartmentsTab({ caller }: { caller: Caller }) {
  const departments = await caller.admin.departments();
  return (
    <section aria-labelledby="dept-title">
      <h2 id="dept-title" className="mb-3 text-xl font-bold">
        部门（{departments.length} 个）
      </h2>
      <div
        role="region"
        aria-label="部门列表（可左右滚动）"
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-line bg-white"
      >
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">部门列表</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                名称
              </th>
              <th scope="col" className="p-2">
                类型
              </th>
              <th scope="col" className="p-2">
                电话
              </th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.id} className="border-b border-line">
                <td className="p-2">{d.name}</td>
                <td className="p-2">{d.kind === "district" ? "县（市、区）政府" : "市级部门"}</td>
                <td className="p-2">{d.phone ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

async function RatingsTab({ caller }: { caller: Caller }) {
  const rows = await caller.applications.satisfaction();
  return (
    <section aria-labelledby="ratings-title">
      <h2 id="ratings-title" className="mb-3 text-xl font-bold">
        好差评：各部门满意度
      </h2>
      <p className="mb-3">满意率 =（非常满意 + 满意）÷ 评价数。差评须说明原因，并由承办部门整改后关闭。</p>
      {rows.length === 0 ? (
        <p>暂无评价。</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-white" role="region" aria-label="各部门满意度" tabIndex={0}>
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">各部门好差评统计</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  部门
                </th>
                <th scope="col" className="p-2">
                  评价数
                </th>
                <th scope="col" className="p-2">
                  满意率
                </th>
                <th scope="col" className="p-2">
                  待整改差评
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.departmentId} className="border-b border-line">
                  <th scope="row" className="p-2 font-normal">
                    {r.departmentName}
                  </th>
                  <td className="p-2">{r.ratings}</td>
                  <td className="p-2">{formatPercent(r.satisfied / r.ratings)}</td>
                  <td className={`p-2 ${r.openFollowUps > 0 ? "font-bold text-danger" : ""}`}>{r.openFollowUps}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Pager({ tab, page, pages, extra = "" }: { tab: string; page: number; pages: number; extra?: string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="分页" className="mt-4 flex items-center gap-4">
      {page > 1 ? (
        <Link href={`/admin?tab=${tab}&page=${page - 1}${extra}`} className="inline-flex min-h-tap items-center">
          上一页
        </Link>
      ) : null}
      <span>
        第 {page} / {pages} 页
      </span>
      {page < pages ? (
        <Link href={`/admin?tab=${tab}&page=${page + 1}${extra}`} className="inline-flex min-h-tap items-center">
          下一页
        </Link>
      ) : null}
    </nav>
  );
}
