import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Table } from "@/components/ui/table";
import { AWAITING_RATING } from "@/server/modules/hotline/labels";

export const HOTLINE_METADATA: Metadata = {
  title: "12345热线",
  description: "南通12345政务服务便民热线：咨询、求助、投诉、建议、举报，一号受理，限时办结。",
};

const TYPES = [
  { name: "咨询", text: "政策、办事流程、公共服务信息" },
  { name: "求助", text: "生活中遇到需要政府部门帮助解决的困难" },
  { name: "投诉", text: "对行政机关、公共服务单位的不满" },
  { name: "建议", text: "对城市管理和公共服务的意见建议" },
  { name: "举报", text: "违法违规行为线索" },
  { name: "其他", text: "不属于以上类型的其他诉求" },
];

/** 12345 deadlines by request type, as the public procedure returns them. */
export function slaDaysByType(sla: { type: string; workingDays: number }[]): Record<string, number> {
  return Object.fromEntries(sla.map((r) => [r.type, r.workingDays]));
}

/**
 * The 12345 page: how to call, the online submission (`submit`: the form for a signed-in citizen,
 * or how to sign in), public requests, scope and deadlines, how a request is handled.
 */
export function HotlineLanding({ slaDays, submit }: { slaDays: Record<string, number>; submit: ReactNode }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "12345热线" }]} />
      <h1 className="mb-2 text-3xl font-bold">12345 政务服务便民热线</h1>
      <p className="mb-6 max-w-3xl text-lg">
        有诉求，找 12345。电话 7×24 小时受理，能当场解答的直接答复，不能当场解决的派给承办部门限时办理，办结后回访听取您的评价。
      </p>
      <section aria-labelledby="call-title" className="mb-6 rounded-lg border-2 border-brand-600 bg-white p-5">
        <h2 id="call-title" className="mb-2 text-xl font-bold">
          拨打热线
        </h2>
        <p className="mb-3">全市统一号码，无需区号：</p>
        <a
          href="tel:12345"
          className="inline-flex min-h-tap items-center rounded-md bg-brand-600 px-6 text-2xl font-bold text-white no-underline hover:bg-brand-700 hover:text-white"
        >
          拨打 12345
        </a>
      </section>
      <section id="submit" aria-labelledby="submit-title" className="mb-6 rounded-lg border-2 border-brand-600 bg-white p-5">
        <h2 id="submit-title" className="mb-2 text-xl font-bold">
          在线提交诉求
        </h2>
        {submit}
      </section>
      <section aria-labelledby="public-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="public-title" className="mb-2 text-xl font-bold">
          诉求公开
        </h2>
        <p className="mb-2">看看其他市民反映了什么、部门怎么答复的，以及近30天的热点问题。</p>
        <Link href="/12345/public" className="inline-flex min-h-tap items-center font-semibold">
          查看已答复的公开诉求和热点
        </Link>
      </section>
      <section aria-labelledby="types-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="types-title" className="mb-3 text-xl font-bold">
          受理范围与办理时限
        </h2>
        <Table
          caption="诉求类型、内容与办理时限"
          variant="plain"
          rows={TYPES}
          rowKey={(t) => t.name}
          columns={[
            { header: "类型", cell: (t) => t.name, rowHeader: true, nowrap: true },
            { header: "适用情形", cell: (t) => t.text },
            { header: "办理时限", cell: (t) => `${slaDays[t.name] ?? 13} 个工作日`, nowrap: true },
          ]}
        />
        <p className="mt-3 text-sm text-muted">时限从受理次日起按工作日计算，法定节假日顺延。</p>
      </section>
      <section aria-labelledby="flow-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="flow-title" className="mb-3 text-xl font-bold">
          您的诉求会怎样办理
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          <li>
            <strong>待派单</strong>：热线受理您的诉求，给您一个工单编号。能直接解答的当场答复，即<strong>已办结</strong>。
          </li>
          <li>
            <strong>已派单</strong>、<strong>办理中</strong>：需要部门办理的派至承办单位，在时限内办理；超期的由热线督办。
          </li>
          <li>
            <strong>已答复</strong>：承办单位答复您，热线回访后<strong>已办结</strong>；不满意的<strong>重新办理</strong>。
          </li>
          <li>
            <strong>{AWAITING_RATING}</strong>：答复后，您可以在“我的诉求”中评价<strong>满意</strong>、<strong>基本满意</strong>或
            <strong>不满意</strong>，回访时也用这三个词。
          </li>
        </ol>
      </section>
      <section aria-labelledby="stats-title" className="rounded-lg border border-line bg-white p-5">
        <h2 id="stats-title" className="mb-3 text-xl font-bold">
          热线周报（2021年12月某周）
        </h2>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          <div>
            <dt className="text-muted">受理诉求</dt>
            <dd className="text-2xl font-bold">25,560 件</dd>
          </div>
          <div>
            <dt className="text-muted">派单</dt>
            <dd className="text-2xl font-bold">4,403 件</dd>
          </div>
          <div>
            <dt className="text-muted">按时办结率</dt>
            <dd className="text-2xl font-bold">99.45%</dd>
          </div>
          <div>
            <dt className="text-muted">满意率</dt>
            <dd className="text-2xl font-bold">93.20%</dd>
          </div>
        </dl>
        <p className="mt-3 text-sm text-muted">来源：南通12345热线周报（2021年12月）。</p>
      </section>
    </div>
  );
}

/** What a guest sees where the form would be: sign in (and come back here) or register. */
export function HotlineSignInPrompt() {
  return (
    <>
      <p className="mb-4">在线提交需要先登录，这样您才能查看办理进度、收到答复并评价。没有账号可以用手机号免费注册。</p>
      <div className="flex flex-wrap gap-4">
        <Link
          href={`/login?callbackUrl=${encodeURIComponent("/12345#submit")}`}
          className="inline-flex min-h-tap items-center rounded-md bg-brand-600 px-6 text-lg font-semibold text-white no-underline hover:bg-brand-700 hover:text-white"
        >
          登录后在线提交
        </Link>
        <Link href="/register" className="inline-flex min-h-tap items-center font-semibold">
          注册账号
        </Link>
      </div>
    </>
  );
}
