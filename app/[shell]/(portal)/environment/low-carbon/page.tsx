import type { Metadata } from "next";
import Link from "next/link";
import { cachedPublic } from "@/server/request";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Table } from "@/components/ui/table";
import { FootprintForm } from "@/components/environment/footprint-form";

export const metadata: Metadata = { title: "低碳生活", description: "碳足迹计算器、绿色出行记录和智慧南通积分、低碳排行榜。" };

export const dynamic = "force-static";
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export default async function LowCarbonPage() {
  const board = await cachedPublic(["environment.leaderboard"], [], (c) => c.environment.public.leaderboard(), 300);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "智慧环保", href: "/environment" }, { label: "低碳生活" }]} />
      <h1 className="mb-4 text-3xl font-bold">低碳生活</h1>
      <section aria-labelledby="calc" className="mb-8">
        <h2 id="calc" className="mb-2 text-2xl font-bold">
          碳足迹计算器
        </h2>
        <p className="mb-3 max-w-3xl">
          填写家庭一年的用能和出行，估算二氧化碳排放。排放因子来自国家公布的数据，计算结果页列出每一项的因子。不填的项按 0 计。
        </p>
        <FootprintForm />
      </section>
      <section aria-labelledby="green" className="mb-8">
        <h2 id="green" className="mb-2 text-2xl font-bold">
          绿色出行记录
        </h2>
        <p className="mb-2">步行、骑行、乘公交或地铁出行后记录下来，每次可获得智慧南通积分（每天最多 20 分），并计算少排放的二氧化碳。</p>
        <p>
          <Link href="/environment/low-carbon/log" className="inline-flex min-h-tap items-center font-semibold">
            记录我的绿色出行（需登录）
          </Link>
        </p>
      </section>
      <section aria-labelledby="board">
        <h2 id="board" className="mb-2 text-2xl font-bold">
          近30天低碳排行榜
        </h2>
        <p className="mb-3 text-sm text-muted">只显示自愿加入排行榜的市民，显示名称由本人设置。</p>
        {board.length === 0 ? (
          <p>还没有人加入排行榜。</p>
        ) : (
          <Table
            caption="低碳排行榜"
            rows={board}
            rowKey={(r) => r.rank}
            columns={[
              { header: "名次", cell: (r) => r.rank, numeric: true },
              { header: "名称", cell: (r) => r.displayName, rowHeader: true },
              { header: "出行次数", cell: (r) => r.trips, numeric: true },
              { header: "少排放（千克 CO₂）", cell: (r) => (r.co2SavedG / 1000).toFixed(1), numeric: true },
            ]}
          />
        )}
      </section>
    </div>
  );
}
