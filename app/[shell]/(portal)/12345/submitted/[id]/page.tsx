import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { formatDateTime } from "@/components/ui/format";
import { RefNumber } from "@/components/ui/ref-number";

export const metadata: Metadata = { title: "诉求已提交", robots: { index: false } };

export default async function SubmittedPage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  await guardPage("account.self", `/12345/submitted/${id}`);
  const caller = await getCaller();
  const t = await orNotFound(caller.hotline.citizen.get({ id }));
  const days = t.slaWorkingDays;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <div className="mb-8 rounded-lg bg-success p-6 text-center text-white">
        <h1 className="mb-2 text-3xl font-bold">诉求已提交</h1>
        <p className="text-lg">您的工单编号</p>
        <p className="text-2xl font-bold">
          <RefNumber value={t.ticketNo} />
        </p>
      </div>
      <p className="mb-6">
        {t.type} · {t.groupName ? `${t.groupName} › ` : ""}
        {t.categoryName} · 提交于 {formatDateTime(t.createdAt)}
        {t.attachments.length ? ` · 照片 ${t.attachments.length} 张` : ""}
      </p>
      <section aria-labelledby="next-title" className="mb-8">
        <h2 id="next-title" className="mb-2 text-xl font-bold">
          接下来会发生什么
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          <li>热线坐席会在工作时间内尽快查看您的诉求：能直接解答的直接答复；需要部门办理的派给承办部门。</li>
          <li>
            派单后，承办部门一般在 <strong>{days} 个工作日</strong>内办理并答复（{t.type}类诉求的时限，从派单次日起算，节假日顺延）。
          </li>
          <li>答复后热线会回访您。您也可以在“我的诉求”中查看答复并评价：满意、基本满意或不满意。</li>
        </ol>
        <p className="mt-3">请记下工单编号。打 12345 询问进度时，报出编号即可。</p>
      </section>
      <div className="flex flex-wrap gap-4">
        <Link
          href={`/me/requests/${t.id}`}
          className="inline-flex min-h-tap items-center rounded-md bg-brand-600 px-6 font-semibold text-white no-underline hover:bg-brand-700 hover:text-white"
        >
          查看办理进度
        </Link>
        <Link href="/me/requests" className="inline-flex min-h-tap items-center font-semibold">
          我的全部诉求
        </Link>
        <Link href="/12345#submit" className="inline-flex min-h-tap items-center font-semibold">
          再提交一件
        </Link>
      </div>
    </div>
  );
}
