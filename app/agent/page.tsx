import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getDb } from "@/server/db";
import { loadHolidayCalendar } from "@/server/modules/admin/service";
import { deadlinePreview } from "@/server/modules/admin/sla";
import { DeadlinePreview } from "@/components/layout/deadline-preview";

export const metadata: Metadata = { title: "12345坐席工作台", robots: { index: false } };

export default async function AgentPage() {
  const user = await guardPage("agent.console", "/agent");
  const preview = deadlinePreview(await loadHolidayCalendar(await getDb()));
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">12345坐席工作台</h1>
      <p className="mb-6 text-muted">坐席：{user.name}。工作台闲置30分钟将自动退出登录，以保护来电市民的信息。</p>
      <section aria-labelledby="flow-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="flow-title" className="mb-2 text-xl font-bold">
          工单办理流程
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          <li>受理：记录来电人诉求，分类为咨询、求助、投诉、建议、举报或其他。</li>
          <li>直接答复：能当场解答的咨询，依据知识库答复后办结。</li>
          <li>派单：不能当场解决的，派至承办部门，按工作日设定办理时限。</li>
          <li>办理与答复：承办部门签收、办理并答复；超期的工单进入督办。</li>
          <li>回访与评价：办结后回访市民，记录满意、基本满意或不满意；不满意的重新办理。</li>
        </ol>
      </section>
      <DeadlinePreview preview={preview} />
      <section aria-labelledby="links-title" className="rounded-lg border border-line bg-white p-5">
        <h2 id="links-title" className="mb-2 text-xl font-bold">
          常用入口
        </h2>
        <ul className="space-y-1">
          <li>
            <Link href="/12345" className="inline-flex min-h-tap items-center">市民诉求入口（12345）</Link>
          </li>
          <li>
            <Link href="/services" className="inline-flex min-h-tap items-center">一网通办事项目录（答复咨询时参考）</Link>
          </li>
          <li>
            <Link href="/agent/stats" className="inline-flex min-h-tap items-center">12345统计分析</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
