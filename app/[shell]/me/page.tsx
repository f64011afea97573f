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

export const metadata: Metadata = { title: "我的", robots: { index: false } };

export default async function MePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getSessionUser();
  if (!user) redirect("/login?callbackUrl=/me");
  const sp = await searchParams;
  const caller = await getCaller();
  const [profile, messages, ctx] = await Promise.all([caller.account.me(), caller.account.messages(), getClientContext()]);
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

      <section aria-labelledby="profile-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="profile-title" className="mb-3 text-xl font-bold">
          个人资料
        </h2>
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
        <h2 id="real-name-title" className="mb-3 text-xl font-bold">
          实名认证
        </h2>
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
        <h2 id="methods-title" className="mb-3 text-xl font-bold">
          登录方式
        </h2>
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

      <section aria-labelledby="apps-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="apps-title" className="mb-2 text-xl font-bold">
          我的办件
        </h2>
        <p>
          <Link href="/me/applications" className="inline-flex min-h-tap items-center font-semibold">
            查看在线申请的进度、补正和评价
          </Link>
        </p>
      </section>

      <section aria-labelledby="requests-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="requests-title" className="mb-2 text-xl font-bold">
          我的诉求（12345）
        </h2>
        <p>
          <Link href="/me/requests" className="inline-flex min-h-tap items-center font-semibold">
            查看12345诉求的办理进度、答复和评价
          </Link>
        </p>
      </section>

      <section aria-labelledby="messages-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="messages-title" className="mb-3 text-xl font-bold">
          消息（{messages.unread} 条未读）
        </h2>
        {messages.items.length === 0 ? (
          <p>暂无消息。</p>
        ) : (
          <ul className="divide-y divide-line">
            {messages.items.map((m) => (
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

      <section aria-labelledby="data-title" className="rounded-lg border border-line bg-white p-5">
        <h2 id="data-title" className="mb-3 text-xl font-bold">
          我的个人信息
        </h2>
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
