import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";
import { formatDateTime } from "@/components/ui/format";

type Supporters = inferRouterOutputs<AppRouter>["hotline"]["agent"]["ticket"]["supporters"];

/** 附议 on the agent's ticket page: the citizens who joined (names masked), their notes and photos, and how many only follow. */
export function JoinersSection({ supporters }: { supporters: Supporters }) {
  const { joiners, followerCount } = supporters;
  if (joiners.length === 0 && followerCount === 0) return null;
  return (
    <section aria-labelledby="joiners-title" className="mb-6 rounded-lg border border-line bg-white p-4">
      <h2 id="joiners-title" className="mb-2 text-xl font-bold">
        附议市民（{joiners.length}）
      </h2>
      <p className="mb-3 text-sm text-muted">
        其他市民在公开页面或提交前点了“我也遇到了”。{followerCount > 0 ? `另有${followerCount}位市民关注办理进度。` : ""}
        派单、答复和办结时他们会收到消息。
      </p>
      {joiners.length ? (
        <ul className="divide-y divide-line">
          {joiners.map((j, i) => (
            <li key={i} className="py-2">
              <p className="font-semibold">
                {j.name}
                <span className="ml-2 text-sm font-normal text-muted">
                  {formatDateTime(j.joinedAt)}
                  {j.mergedFromTicketNo ? ` · 来自合并的工单 ${j.mergedFromTicketNo}` : ""}
                </span>
              </p>
              {j.note ? <p className="whitespace-pre-wrap break-words">{j.note}</p> : null}
              {j.photos.map((p) => (
                <a key={p.id} href={`/api/hotline/attachments/${p.id}`} className="inline-flex min-h-tap items-center">
                  照片：{p.fileName}
                </a>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
