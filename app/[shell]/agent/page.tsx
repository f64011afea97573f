import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { hasPermission } from "@/server/auth/roles";
import { QUEUES, QUEUE_COUNT_CAP, QUEUE_NAMES, QUEUE_SORTS, type QueueName, type QueueSort } from "@/server/modules/hotline/queues";
import { DeadlinePreview } from "@/components/layout/deadline-preview";
import { QueueTable, ReadOnlyNote, ShortcutHelp } from "@/components/hotline/agent-ui";
import { ExtensionForm } from "@/components/hotline/agent/extension-form";
import { formatDateTime } from "@/components/ui/format";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { pageParam } from "@/components/ui/search-params";
import { Tabs } from "@/components/ui/tabs";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "12345坐席工作台", robots: { index: false } };

type Tab = QueueName | "extensions";
const TABS: { id: Tab; name: string }[] = [...QUEUE_NAMES.map((q) => ({ id: q, name: QUEUES[q] })), { id: "extensions", name: "延期审批" }];
const EMPTY: Record<Tab, string> = {
  new: "没有待派单的工单。",
  dispatched: "没有在办的工单。",
  overdue: "没有超期工单。",
  returned: "没有退单。",
  revisit: "没有待回访的工单。",
  extensions: "没有待审批的延期申请。",
};
const PAGE = 50;

/** What each order is called above the table (默认 is the queue's own order). */
const SORT_NAMES: Record<Tab, Record<QueueSort, string>> = Object.fromEntries(
  TABS.map((t) => [
    t.id,
    {
      default:
        t.id === "dispatched" || t.id === "overdue"
          ? "超期最久的在前（办理时限最早的在前）"
          : t.id === "new"
            ? "附议人数多的在前，同样多的等待最久的在前"
            : "等待最久的在前",
      waiting: "等待最久的在前",
      newest: "最新的在前",
      "due-desc": "剩余时限最多的在前",
    },
  ]),
) as Record<Tab, Record<QueueSort, string>>;

export default async function AgentPage({ searchParams }: { searchParams: Promise<{ queue?: string; page?: string; sort?: string }> }) {
  const user = await guardPage("agent.console", "/agent");
  const sp = await searchParams;
  const tab: Tab = TABS.some((t) => t.id === sp.queue) ? (sp.queue as Tab) : "new";
  const page = pageParam(sp.page, 1000);
  const sort: QueueSort = QUEUE_SORTS.find((x) => x === sp.sort) ?? "default";
  const withSort = (s: QueueSort, p = 1) =>
    `/agent?queue=${tab}${s === "default" ? "" : `&sort=${s}`}${p > 1 ? `&page=${p}` : ""}#queues-title`;
  const canAct = hasPermission(user.role, "hotline.dispatch");
  const hotline = (await getCaller()).hotline;
  const caller = hotline.agent;
  const counts = await caller.queueCounts();
  const rows = tab === "extensions" ? [] : await caller.queue({ queue: tab, limit: PAGE, offset: (page - 1) * PAGE, sort });
  const extensions = tab === "extensions" ? await caller.pendingExtensions() : [];
  const preview = await hotline.citizen.deadlinePreview();
  const showDepartment = tab === "dispatched" || tab === "overdue";
  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      <h1 className="mb-1 text-3xl font-bold">12345坐席工作台</h1>
      <p className="mb-4 text-muted">坐席：{user.name}。工作台闲置30分钟将自动退出登录，以保护来电市民的信息。</p>
      {canAct ? null : <ReadOnlyNote />}

      <div className="mb-6 grid gap-4 lg:grid-cols-3">
        <section aria-labelledby="lookup-title" className="rounded-lg border border-line bg-white p-4">
          <h2 id="lookup-title" className="mb-2 text-xl font-bold">
            来电查询
          </h2>
          <form method="get" action="/agent/calls" role="search" aria-labelledby="lookup-title">
            <Field
              id="lookup-phone"
              name="phone"
              label="来电号码"
              type="tel"
              inputMode="tel"
              autoComplete="off"
              accessKey="p"
              spacing="mb-0"
              append={
                <Button type="submit" className="shrink-0">
                  查询
                </Button>
              }
            />
          </form>
          <p className="mt-2">
            <Link href="/agent/calls" accessKey="c" className="inline-flex min-h-tap items-center font-semibold">
              来电受理（登记新工单）
            </Link>
          </p>
        </section>
        <section aria-labelledby="kb-title" className="rounded-lg border border-line bg-white p-4">
          <h2 id="kb-title" className="mb-2 text-xl font-bold">
            知识库
          </h2>
          <form method="get" action="/agent/knowledge" role="search" aria-labelledby="kb-title">
            <Field
              id="kb-q"
              name="q"
              label="搜索答复口径"
              type="search"
              accessKey="k"
              spacing="mb-0"
              append={
                <Button type="submit" variant="secondary" className="shrink-0">
                  搜索
                </Button>
              }
            />
          </form>
        </section>
        <section aria-labelledby="links-title" className="rounded-lg border border-line bg-white p-4">
          <h2 id="links-title" className="mb-2 text-xl font-bold">
            常用入口
          </h2>
          <ul>
            <li>
              <Link href="/agent/stats" accessKey="s" className="inline-flex min-h-tap items-center">
                统计分析（周报）
              </Link>
            </li>
            <li>
              <Link href="/agent/knowledge" className="inline-flex min-h-tap items-center">
                知识库首页
              </Link>
            </li>
            <li>
              <Link href="/services" className="inline-flex min-h-tap items-center">
                一网通办事项目录
              </Link>
            </li>
          </ul>
        </section>
      </div>

      <ShortcutHelp
        items={[
          ["P", "来电查询：输入号码"],
          ["C", "来电受理页"],
          ["K", "知识库搜索"],
          ["Q", "工单队列"],
          ["S", "统计分析"],
        ]}
      />

      <section aria-labelledby="queues-title" className="mb-8">
        <h2 id="queues-title" className="mb-2 text-2xl font-bold">
          工单队列
        </h2>
        <Tabs
          label="工单队列"
          className="mb-4"
          tabs={TABS.map((t, i) => ({
            href: `/agent?queue=${t.id}#queues-title`,
            label: t.name,
            current: tab === t.id,
            count: counts[t.id] >= QUEUE_COUNT_CAP ? `${QUEUE_COUNT_CAP - 1}+` : counts[t.id],
            urgent: t.id === "overdue" && counts[t.id] > 0,
            accessKey: i === 0 ? "q" : undefined,
          }))}
        />
        <h3 className="sr-only">{TABS.find((t) => t.id === tab)!.name}</h3>
        {tab === "extensions" ? (
          extensions.length === 0 ? (
            <p>{EMPTY.extensions}</p>
          ) : (
            <ul className="grid gap-4 lg:grid-cols-2">
              {extensions.map((e) => (
                <li key={e.id} className="rounded-lg border border-line bg-white p-4">
                  <p className="mb-2">
                    <Link href={`/agent/tickets/${e.ticketId}`} className="font-mono font-semibold">
                      {e.ticketNo}
                    </Link>{" "}
                    · {e.categoryName} · {e.departmentName ?? "—"} · 现时限 {e.dueDate ?? "—"} · 申请人 {e.requestedBy ?? "—"}（
                    {formatDateTime(e.createdAt)}）
                  </p>
                  {canAct ? (
                    <ExtensionForm
                      ticketId={e.ticketId}
                      version={e.ticketVersion}
                      extensionId={e.id}
                      extraDays={e.extraDays}
                      reason={e.reason}
                      compact
                    />
                  ) : (
                    <p>
                      申请延期 {e.extraDays} 个工作日：{e.reason}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )
        ) : rows.length === 0 ? (
          <p>{page > 1 ? "没有更多工单了。" : EMPTY[tab]}</p>
        ) : (
          <>
            <p className="mb-2" data-testid="queue-sort">
              排序：{SORT_NAMES[tab][sort]}
              {sort === "default" ? (
                "（默认）。点“已等待”或“剩余时限”表头可改变排序。"
              ) : (
                <>
                  。{" "}
                  <Link href={withSort("default")} prefetch={false} className="inline-flex min-h-tap items-center">
                    恢复默认排序
                  </Link>
                </>
              )}
            </p>
            <QueueTable
              rows={rows}
              caption={`${QUEUES[tab]}队列，第${page}页，${SORT_NAMES[tab][sort]}`}
              showDepartment={showDepartment}
              sort={sort}
              sortHref={(s) => withSort(s)}
            />
          </>
        )}
        {tab !== "extensions" ? <Pager page={page} hasNext={rows.length === PAGE} href={(p) => withSort(sort, p)} /> : null}
      </section>

      <DeadlinePreview preview={preview} />
      <section aria-labelledby="more-links-title" className="rounded-lg border border-line bg-white p-5">
        <h2 id="more-links-title" className="mb-2 text-xl font-bold">
          更多入口
        </h2>
        <ul className="space-y-1">
          <li>
            <Link href="/12345" className="inline-flex min-h-tap items-center">
              市民诉求入口（12345）
            </Link>
          </li>
          <li>
            <Link href="/services" className="inline-flex min-h-tap items-center">
              一网通办事项目录（答复咨询时参考）
            </Link>
          </li>
          <li>
            <Link href="/agent/knowledge" className="inline-flex min-h-tap items-center">
              12345知识库（搜索、提议修改）
            </Link>
          </li>
          <li>
            <Link href="/agent/stats" className="inline-flex min-h-tap items-center">
              12345统计分析
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
