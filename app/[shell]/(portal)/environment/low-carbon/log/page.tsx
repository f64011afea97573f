import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Table } from "@/components/ui/table";
import { GreenActionForm, LeaderboardForm } from "@/components/environment/green-forms";

export const metadata: Metadata = { title: "我的绿色出行", robots: { index: false } };

const chinaDay = (offsetDays = 0) => new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

export default async function GreenLogPage() {
  await guardPage("citizen.services", "/environment/low-carbon/log");
  const caller = await getCaller();
  const mine = await caller.environment.citizen.greenActions();
  const optedIn = mine.leaderboardEntry !== null;
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "首页", href: "/" },
          { label: "智慧环保", href: "/environment" },
          { label: "低碳生活", href: "/environment/low-carbon" },
          { label: "我的绿色出行" },
        ]}
      />
      <h1 className="mb-2 text-3xl font-bold">我的绿色出行</h1>
      <p className="mb-6 text-lg">
        智慧南通积分余额：<strong data-testid="points-balance">{mine.balance}</strong> 分 · 本月少排放{" "}
        {(mine.monthCo2SavedG / 1000).toFixed(1)} 千克 CO₂ · 本月获得 {mine.monthPoints} 分
      </p>
      <section aria-labelledby="log" className="mb-8">
        <h2 id="log" className="mb-2 text-2xl font-bold">
          记录一次出行
        </h2>
        <p className="mb-3 text-sm text-muted">绿色出行积分每天最多 20 分；同一次提交重复发送只记一次。</p>
        <GreenActionForm idempotencyKey={randomUUID()} today={chinaDay()} earliest={chinaDay(-6)} />
      </section>
      <section aria-labelledby="history" className="mb-8">
        <h2 id="history" className="mb-2 text-2xl font-bold">
          最近的记录
        </h2>
        {mine.actions.length === 0 ? (
          <p>还没有记录。</p>
        ) : (
          <Table
            caption="最近的绿色出行"
            rows={mine.actions}
            rowKey={(a) => a.id}
            columns={[
              { header: "日期", cell: (a) => a.day, rowHeader: true, nowrap: true },
              { header: "方式", cell: (a) => a.kindName },
              { header: "距离（公里）", cell: (a) => a.distanceKm, numeric: true },
              { header: "少排放（克 CO₂）", cell: (a) => a.co2SavedG, numeric: true },
              { header: "积分", cell: (a) => a.pointsAwarded, numeric: true },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="lb" className="mb-8">
        <h2 id="lb" className="mb-2 text-2xl font-bold">
          排行榜
        </h2>
        <p className="mb-3">
          {optedIn ? "您已加入排行榜。" : "您没有加入排行榜，您的记录不会公开。"}
          <Link href="/environment/low-carbon" className="ml-1">
            查看排行榜
          </Link>
        </p>
        <LeaderboardForm optedIn={optedIn} suggestion={mine.leaderboardEntry ?? mine.leaderboardName} />
      </section>
    </div>
  );
}
