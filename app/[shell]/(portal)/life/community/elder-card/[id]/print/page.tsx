import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { LINK } from "@/components/life/life-nav";
import { ElderCardView } from "@/components/life/elder-card-view";

export const metadata: Metadata = { title: "打印老人二维码名片", robots: { index: false } };

/** The printable card: the QR code and the chosen fields, sized for a wallet (85.6 × 54 mm) and an A6 sheet. */
export default async function PrintElderCardPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  await guardPage("citizen.services", `/life/community/elder-card/${raw}/print`);
  const id = parseId(raw);
  const caller = await getCaller();
  const [qr, cards] = await Promise.all([orNotFound(caller.life.community.elderCardQr({ id })), caller.life.community.elderCards()]);
  const card = cards.find((c) => c.id === id);
  if (!card?.token) return null;
  const view = await caller.life.community.publicElderCard({ token: card.token });
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <p className="mb-4 print:hidden">
        <Link href="/life/community/elder-card" className={LINK}>
          返回老人二维码名片
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold print:hidden">打印名片</h1>
      <p className="mb-6 print:hidden">用浏览器的“打印”功能打印本页（页眉页脚不会打印）。下面就是扫码后路人看到的全部内容。</p>
      <article
        aria-label="老人二维码名片"
        className="flex max-w-xl flex-wrap items-center gap-6 rounded-xl border-4 border-ink bg-white p-6 break-inside-avoid"
      >
        <div
          role="img"
          aria-label="名片二维码：扫码查看紧急联系信息"
          className="w-44 shrink-0 [&>svg]:h-auto [&>svg]:w-full"
          dangerouslySetInnerHTML={{ __html: qr.svg }}
        />
        <div className="min-w-0 flex-1">
          <p className="text-xl font-bold">如遇老人需要帮助，请扫码联系家人</p>
          <ElderCardView card={view} compact />
        </div>
      </article>
      <p className="mt-4 text-sm break-all text-muted">链接：{qr.url}</p>
    </div>
  );
}
