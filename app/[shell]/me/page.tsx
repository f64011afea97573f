import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCaller, getClientContext, getSessionUser } from "@/server/request";
import { RealNameForm, UnbindWechatForm } from "@/components/account/me-forms";
import { WechatSignInButton } from "@/components/account/wechat-button";
import { DownloadLink } from "@/components/ui/download-link";
import { Notice } from "@/components/ui/notice";
import { markMessageReadAction } from "@/server/actions/me";
import { signOutAction } from "@/server/actions/shell";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/components/ui/format";
import { RefNumber } from "@/components/ui/ref-number";
import { STATUS_NAMES as TICKET_STATUS } from "@/server/modules/hotline/labels";
import { STATUS_NAMES as APP_STATUS } from "@/server/modules/applications/labels";
import { hasPermission } from "@/server/auth/roles";
import { shanghaiDate } from "@/server/lib/working-days";

type Todo = { key: string; href: string; label: string; ref?: string | null; note?: string | null; tone: "act" | "late" };

const TICKET_ORDER = ["new", "dispatched", "accepted", "returned", "reopened", "replied", "closed"] as const;
const APP_ORDER = ["draft", "submitted", "accepted", "correction", "completed", "rejected"] as const;

export const metadata: Metadata = { title: "我的", robots: { index: false } };

export default async function MePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getSessionUser();
  if (!user) redirect("/login?callbackUrl=/me");
  const sp = await searchParams;
  const caller = await getCaller();
  const lifeServices = hasPermission(user.role, "citizen.services");
  const [profile, messages, ctx, apps, requests, appointments, tickets] = await Promise.all([
    caller.account.me(),
    caller.account.messages(),
    getClientContext(),
    caller.applications.summary(),
    caller.hotline.citizen.summary(),
    lifeServices ? caller.life.health.mine() : [],
    lifeServices ? caller.life.tourism.mine() : [],
  ]);
  const today = shanghaiDate(new Date());
  const upcomingAppointments = appointments.filter((a) => a.upcoming).length;
  const validTickets = tickets.filter((t) => t.status === "active" && t.date >= today).length;
  // What waits for the citizen, most pressing first: 补正, then ratings, drafts, and overdue work to chase.
  const todos: Todo[] = [
    ...apps.correction.map((a) => ({
      key: `c${a.id}`,
      href: `/me/applications/${a.id}`,
      label: `待补正：${a.itemName}`,
      ref: a.serialNo,
      note: a.correctionReason,
      tone: "act" as const,
    })),
    ...apps.awaitingRating.map((a) => ({
      key: `ra${a.id}`,
      href: `/me/applications/${a.id}#rate-title`,
      label: `待评价：${a.itemName}`,
      ref: a.serialNo,
      tone: "act" as const,
    })),
    ...requests.awaitingRating.items.map((t) => ({
      key: `rt${t.id}`,
      href: `/me/requests/${t.id}#rate-title`,
      label: `待评价：12345 诉求 · ${t.categoryName}`,
      ref: t.ticketNo,
      tone: "act" as const,
    })),
    ...apps.drafts.map((a) => ({
      key: `d${a.id}`,
      href: `/me/applications/${a.id}`,
      label: `草稿待提交：${a.itemName}`,
      tone: "act" as const,
    })),
    ...apps.overdue.map((a) => ({
      key: `oa${a.id}`,
      href: `/me/applications/${a.id}`,
      label: `已超期：${a.itemName}`,
      ref: a.serialNo,
      note: `办理时限 ${a.dueDate}，可拨打 12345 催办`,
      tone: "late" as const,
    })),
    ...requests.overdue.items.map((t) => ({
      key: `ot${t.id}`,
      href: `/me/requests/${t.id}`,
      label: `已超期：12345 诉求 · ${t.categoryName}`,
      ref: t.ticketNo,
      note: `办理时限 ${t.dueDate}，热线会督办`,
      tone: "late" as const,
    })),
  ];
  if (!profile.realName.verified) todos.push({ key: "rn", href: "#real-name", label: "完成实名认证，在线办事更方便", tone: "act" });
  const ticketCounts = new Map(requests.byStatus.map((r) => [r.status, r.count]));
  const appCounts = new Map(apps.byStatus.map((r) => [r.status, r.count]));
  const totalTickets = requests.byStatus.reduce((n, r) => n + r.count, 0);
  const totalApps = apps.byStatus.reduce((n, r) => n + r.count, 0);
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">我的</h1>
      <p className="mb-6 text-muted">
        {profile.nickname} · {profile.roleName}
        {profile.departmentName ? ` · ${profile.departmentName}` : ""}
      </p>
      {sp.welcome ? <Notice tone="success">注册成功，欢迎使用智慧南通！建议先完成实名认证。</Notice> : null}
      {sp.realname === "ok" && profile.realName.verified ? (
        <Notice tone="success">
          实名认证成功：{profile.realName.nameMasked}，{profile.realName.idMasked}。
        </Notice>
      ) : null}
      {sp.wechat === "bound" ? <Notice tone="success">微信绑定成功，下次可直接使用微信登录。</Notice> : null}

      <section aria-labelledby="todo-title" className="mb-6 rounded-lg border-2 border-brand-600 bg-white p-5">
        <h2 id="todo-title" className="mb-3 text-xl font-bold">
          待办（{todos.length} 项）
        </h2>
        {todos.length === 0 ? (
          <p>暂无需要您处理的事项。</p>
        ) : (
          <ul className="divide-y divide-line">
            {todos.map((t) => (
              <li key={t.key} className="relative py-3">
                <Link href={t.href} className={`font-semibold ${t.tone === "late" ? "text-danger" : ""}`}>
                  {t.label}
                </Link>
                {t.ref ? (
                  <span className="ml-2 text-sm text-muted">
                    编号 <RefNumber value={t.ref} />
                  </span>
                ) : null}
                {t.note ? <p className={`text-sm ${t.tone === "late" ? "font-semibold text-danger" : ""}`}>{t.note}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="mb-6 grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="apps-title" className="rounded-lg border border-line bg-white p-5">
          <h2 id="apps-title" className="mb-2 text-xl font-bold">
            我的办件（{totalApps} 件）
          </h2>
          <dl className="mb-2 grid grid-cols-[1fr_auto] gap-x-4">
            {APP_ORDER.filter((st) => appCounts.get(st)).map((st) => (
              <div key={st} className="contents">
                <dt>{APP_STATUS[st]}</dt>
                <dd className="text-right font-semibold tabular-nums">{appCounts.get(st)}</dd>
              </div>
            ))}
          </dl>
          <Link href="/me/applications" className="inline-flex min-h-tap items-center font-semibold">
            全部办件
          </Link>
        </section>
        <section aria-labelledby="requests-title" className="rounded-lg border border-line bg-white p-5">
          <h2 id="requests-title" className="mb-2 text-xl font-bold">
            我的诉求（{totalTickets} 件）
          </h2>
          <dl className="mb-2 grid grid-cols-[1fr_auto] gap-x-4">
            {TICKET_ORDER.filter((st) => ticketCounts.get(st)).map((st) => (
              <div key={st} className="contents">
                <dt>{TICKET_STATUS[st]}</dt>
                <dd className="text-right font-semibold tabular-nums">{ticketCounts.get(st)}</dd>
              </div>
            ))}
          </dl>
          <Link href="/me/requests" className="inline-flex min-h-tap items-center font-semibold">
            全部诉求
          </Link>
        </section>
      </div>

      {lifeServices ? (
        <section aria-labelledby="life-title" className="mb-6 rounded-lg border border-line bg-white p-5">
          <h2 id="life-title" className="mb-2 text-xl font-bold">
            生活服务
          </h2>
          <ul className="grid gap-x-6 sm:grid-cols-3">
            <li>
              <Link href="/me/appointments" className="inline-flex min-h-tap items-center font-semibold">
                我的预约挂号（{upcomingAppointments} 个待就诊）
              </Link>
            </li>
            <li>
              <Link href="/me/tickets" className="inline-flex min-h-tap items-center font-semibold">
                我的门票（{validTickets} 张待使用）
              </Link>
            </li>
            <li>
              <Link href="/life/family" className="inline-flex min-h-tap items-center font-semibold">
                家庭成员（代家人预约）
              </Link>
            </li>
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="alerts-sub-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="alerts-sub-title" className="mb-2 text-xl font-bold">
          预警订阅
        </h2>
        <p>
          <Link href="/me/alerts" className="inline-flex min-h-tap items-center font-semibold">
            按地区和级别订阅突发事件预警（站内消息、短信）
          </Link>
        </p>
      </section>

      <section id="messages" aria-labelledby="messages-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="messages-title" className="mb-3 text-xl font-bold">
          消息（{messages.unread} 条未读）
        </h2>
        {messages.items.length === 0 ? (
          <p>暂无消息。</p>
        ) : (
          <ul className="divide-y divide-line">
            {messages.items.slice(0, 5).map((m) => (
              <li key={m.id} className="py-3">
                <p className="font-semibold">
                  {m.readAt ? null : <span className="mr-2 rounded bg-danger px-2 text-sm text-white">未读</span>}
                  {m.title}
                </p>
                <p>{m.body}</p>
                <p className="text-sm text-muted">{formatDateTime(m.createdAt)}</p>
                <div className="flex flex-wrap gap-4">
                  {m.link ? (
                    <Link href={m.link} className="inline-flex min-h-tap items-center">
                      查看详情
                    </Link>
                  ) : null}
                  {m.readAt ? null : (
                    <form action={markMessageReadAction}>
                      <input type="hidden" name="id" value={m.id} />
                      <Button type="submit" variant="link">
                        标为已读<span className="sr-only">：{m.title}</span>
                      </Button>
                    </form>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <h2 className="mb-3 mt-10 text-2xl font-bold">账号与个人信息</h2>

      <section aria-labelledby="profile-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h3 id="profile-title" className="mb-3 text-xl font-bold">
          个人资料
        </h3>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">手机号</dt>
          <dd>{profile.phoneMasked}</dd>
          <dt className="font-semibold">身份</dt>
          <dd>{profile.roleName}</dd>
          {profile.enterprise ? (
            <>
              <dt className="font-semibold">企业</dt>
              <dd>
                {profile.enterprise.name}（统一社会信用代码 {profile.enterprise.uscc}）
              </dd>
            </>
          ) : null}
          {profile.departmentName ? (
            <>
              <dt className="font-semibold">所属部门</dt>
              <dd>{profile.departmentName}</dd>
            </>
          ) : null}
          <dt className="font-semibold">上次登录</dt>
          <dd>{profile.lastSignInAt ? formatDateTime(profile.lastSignInAt) : "—"}</dd>
        </dl>
      </section>

      <section id="real-name" aria-labelledby="real-name-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h3 id="real-name-title" className="mb-3 text-xl font-bold">
          实名认证
        </h3>
        {profile.realName.verified ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
            <dt className="font-semibold">状态</dt>
            <dd className="font-semibold text-success">已实名</dd>
            <dt className="font-semibold">姓名</dt>
            <dd>{profile.realName.nameMasked}</dd>
            <dt className="font-semibold">身份证号</dt>
            <dd>{profile.realName.idMasked}</dd>
            <dt className="font-semibold">认证时间</dt>
            <dd>{formatDateTime(profile.realName.verifiedAt)}</dd>
          </dl>
        ) : (
          <>
            <p className="mb-4">实名认证后可在线办理需要本人身份的事项，如预约挂号、社保业务等。</p>
            <RealNameForm />
          </>
        )}
      </section>

      <section aria-labelledby="methods-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h3 id="methods-title" className="mb-3 text-xl font-bold">
          登录方式
        </h3>
        <ul className="space-y-3">
          <li>手机号 + 密码：{profile.signInMethods.password ? "已设置" : "未设置"}</li>
          <li>手机号 + 短信验证码：可用</li>
          <li>
            微信：
            {profile.signInMethods.wechat ? (
              <>
                已绑定（{profile.signInMethods.wechat.nickname}）
                <div className="mt-2">
                  <UnbindWechatForm />
                </div>
              </>
            ) : (
              <>
                未绑定
                <div className="mt-2 max-w-sm">
                  <WechatSignInButton callbackUrl="/me" platform={ctx.wechat ? "oa" : "web"} label="绑定微信" />
                </div>
              </>
            )}
          </li>
        </ul>
      </section>

      <section aria-labelledby="data-title" className="rounded-lg border border-line bg-white p-5">
        <h3 id="data-title" className="mb-3 text-xl font-bold">
          我的个人信息
        </h3>
        <p className="mb-2">依据《个人信息保护法》，您可以获取本平台保存的您的个人信息副本（JSON 格式，证件号码脱敏）。</p>
        <DownloadLink href="/me/export" wechat={ctx.wechat}>
          下载我的个人信息
        </DownloadLink>
        <p className="mt-3">
          <Link href="/me/privacy" className="inline-flex min-h-tap items-center font-semibold">
            我的数据与隐私：保存了哪些信息、谁看过、注销账号
          </Link>
        </p>
      </section>

      {/* The header hides its 退出 button under 768 px, so phones sign out here. */}
      <form action={signOutAction} className="mt-6">
        <Button type="submit" variant="secondary">
          退出登录
        </Button>
      </form>
    </div>
  );
}
