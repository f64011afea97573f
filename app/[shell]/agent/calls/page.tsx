import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { hasPermission } from "@/server/auth/roles";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { IntakeForm } from "@/components/hotline/agent/intake-form";
import { KbPanel } from "@/components/hotline/agent/kb-panel";
import { CallerName } from "@/components/hotline/agent/caller-name";
import { one } from "@/components/ui/search-params";
import { ReadOnlyNote, ShortcutHelp } from "@/components/hotline/agent-ui";
import { CHANNEL_NAMES } from "@/components/hotline/labels";
import { TicketStatusTag } from "@/components/hotline/ticket-ui";
import { formatDateTime } from "@/components/ui/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "来电受理 - 12345坐席工作台", robots: { index: false } };

export default async function AgentCallsPage({
  searchParams,
}: {
  searchParams: Promise<{ phone?: string; kb?: string; reveal?: string }>;
}) {
  const user = await guardPage("agent.console", "/agent/calls");
  const sp = await searchParams;
  const raw = (one(sp.phone) ?? "").slice(0, 30);
  const kbQuery = (one(sp.kb) ?? "").slice(0, 500).trim();
  const canAct = hasPermission(user.role, "hotline.dispatch");
  const hotline = (await getCaller()).hotline;
  const caller = hotline.agent;
  let error: string | null = null;
  let result: Awaited<ReturnType<typeof caller.lookupCaller>> | null = null;
  if (raw.trim()) {
    try {
      result = await caller.lookupCaller({ phone: raw });
    } catch (e) {
      if (e instanceof TRPCError && e.code === "BAD_REQUEST") error = e.message;
      else throw e;
    }
  }
  const options = result && canAct ? await caller.formOptions() : null;
  // Without JavaScript: 显示姓名 is a link back here with ?reveal=1 (audited like the button), and the
  // knowledge panel's form searches with ?kb=.
  const revealed = result?.account && one(sp.reveal) === "1" ? (await caller.revealCallerName({ phone: result.phone })).name : null;
  const kbHits = result && kbQuery ? (await hotline.knowledge.search({ q: kbQuery, limit: 8 })).items : null;
  return (
    <div className="mx-auto max-w-7xl px-4 py-6">
      <Breadcrumbs items={[{ label: "坐席工作台", href: "/agent" }, { label: "来电受理" }]} />
      <h1 className="mb-4 text-3xl font-bold">来电受理</h1>
      {canAct ? null : <ReadOnlyNote />}
      <ErrorSummary fieldErrors={error ? { phone: [error] } : null} />
      <form
        method="get"
        action="/agent/calls"
        role="search"
        aria-label="来电查询"
        className="mb-4 rounded-lg border border-line bg-white p-4"
      >
        <Field
          id="phone"
          label="来电号码"
          labelSize="lg"
          spacing="mb-0"
          hint="11位手机号或带区号的固定电话，输入后按 Enter 查询。"
          error={error}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          autoFocus
          accessKey="p"
          defaultValue={raw}
          width="max-w-xl"
          className="font-mono text-lg"
          append={
            <Button type="submit" className="shrink-0">
              查询
            </Button>
          }
        />
      </form>
      <ShortcutHelp
        items={[
          ["P", "来电号码"],
          ["T", "登记表：诉求类型（查询后）"],
          ["K", "知识库：搜索答复口径（查询后）"],
          ["?", "打开或关闭本列表（在输入框外）"],
        ]}
      />
      {result ? (
        <>
          <section aria-labelledby="profile-title" className="mb-4 rounded-lg border border-line bg-white p-4">
            <h2 id="profile-title" className="mb-2 text-xl font-bold">
              来电人 <span className="font-mono">{result.phone}</span>
            </h2>
            {result.account ? (
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 md:grid-cols-[auto_1fr_auto_1fr_auto_1fr]">
                <dt className="font-semibold">账号</dt>
                <dd>
                  已注册{result.account.isEnterprise ? "（企业用户）" : ""}，{formatDateTime(result.account.registeredAt)}
                </dd>
                <dt className="font-semibold">姓名</dt>
                <dd>
                  <CallerName phone={result.phone} masked={result.account.name} revealed={revealed} contactFieldId="contactName" />
                </dd>
                <dt className="font-semibold">实名认证</dt>
                <dd>{result.account.realNameVerified ? "已实名" : "未实名"}</dd>
              </dl>
            ) : (
              <p>该号码未注册智慧南通账号。</p>
            )}
          </section>
          <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
            <section aria-labelledby="intake-title" className="rounded-lg border border-line bg-white p-4">
              <h2 id="intake-title" className="mb-3 text-xl font-bold">
                代来电人登记诉求
              </h2>
              {options ? (
                <IntakeForm
                  options={options}
                  callerPhone={result.phone}
                  callerName={revealed ?? result.account?.name ?? null}
                  idempotencyKey={randomUUID()}
                />
              ) : (
                <p>只读账号不能登记工单。</p>
              )}
            </section>
            <div className="grid content-start gap-6">
              <KbPanel phone={result.phone} query={kbQuery} initial={kbHits} descriptionId="description" />
              <section aria-labelledby="history-title" className="mb-6">
                <h2 id="history-title" className="mb-2 text-xl font-bold">
                  历史诉求（{result.history.length}
                  {result.history.length === 50 ? "+" : ""}）
                </h2>
                {result.history.length === 0 ? (
                  <p>没有该号码的诉求记录。</p>
                ) : (
                  <ol className="divide-y divide-line rounded-lg border border-line bg-white">
                    {result.history.map((h) => (
                      <li key={h.id} className="p-3">
                        <p className="flex flex-wrap items-center gap-2">
                          <Link href={`/agent/tickets/${h.id}`} prefetch={false} className="inline-flex min-h-tap items-center font-mono">
                            {h.ticketNo}
                          </Link>
                          <TicketStatusTag status={h.status} />
                          <span className="text-sm text-muted">
                            {formatDateTime(h.createdAt)} · {CHANNEL_NAMES[h.channel] ?? h.channel} · {h.type} · {h.categoryName}
                            {h.departmentName ? ` · ${h.departmentName}` : ""}
                          </span>
                        </p>
                        <p className="line-clamp-2 break-words">{h.description}</p>
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            </div>
          </div>
        </>
      ) : !error ? (
        <p className="text-muted">输入来电号码后，这里显示来电人的账号信息、历史诉求和登记表。</p>
      ) : null}
    </div>
  );
}
