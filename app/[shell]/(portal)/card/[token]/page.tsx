import type { Metadata } from "next";
import { getCaller } from "@/server/request";
import { orNotFound } from "@/server/pages/load";
import { ElderCardView } from "@/components/life/elder-card-view";

export const metadata: Metadata = { title: "老人紧急联系名片", robots: { index: false, follow: false } };

/**
 * What a scanner of a 老人二维码名片 sees. Rendered per request (never cached): a revoked or replaced link
 * must stop working at once. Unknown, malformed and revoked tokens are all the same 404.
 */
export default async function PublicElderCardPage({ params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token;
  const card = await orNotFound((await getCaller()).life.community.publicElderCard({ token }));
  return (
    <div className="mx-auto max-w-xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">老人紧急联系名片</h1>
      <p className="mb-6 text-lg">这位老人可能需要帮助。请先确认老人安全，再联系下面的家人；紧急情况请拨打 120 或 110。</p>
      <ElderCardView card={card} />
      <p className="mt-6 text-sm text-muted">本页只显示老人或其家人选择公开的信息。智慧南通 · 社区服务</p>
    </div>
  );
}
