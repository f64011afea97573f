"use client";

import { useEffect, useState } from "react";
import type { ArrivalRow } from "@/components/transport/types";
import { RouteBadge } from "@/components/transport/route-badge";

type Route = { id: string; shortName: string | null; color: string | null };

const REFRESH_MS = 20_000;

/**
 * A stop's next departures. Rendered on the server (works without JavaScript: the page itself is
 * re-rendered every 15 s); with JavaScript it refreshes every 20 s from /api/transit/arrivals
 * without reloading, and the live region says politely when it did.
 */
export function LiveArrivals({
  stopId,
  routes,
  initial,
  initialAt,
}: {
  stopId: string;
  routes: Route[];
  initial: ArrivalRow[];
  initialAt: string;
}) {
  const [rows, setRows] = useState(initial);
  const [at, setAt] = useState(initialAt);
  const [error, setError] = useState<string | null>(null);
  const [live, setLive] = useState(false);

  useEffect(() => {
    let stopped = false;
    const load = async () => {
      try {
        const res = await fetch(`/api/transit/arrivals?stop=${encodeURIComponent(stopId)}`, { cache: "no-store" });
        const body = (await res.json()) as { at?: string; rows?: ArrivalRow[]; error?: { message: string } };
        if (stopped) return;
        if (!res.ok || !body.rows) throw new Error(body.error?.message ?? "实时数据暂不可用");
        setRows(body.rows);
        setAt(body.at ?? "");
        setError(null);
        setLive(true);
      } catch (e) {
        if (!stopped) setError(e instanceof Error ? e.message : "实时数据暂不可用");
      }
    };
    const timer = setInterval(load, REFRESH_MS);
    void load();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [stopId]);

  const byId = new Map(routes.map((r) => [r.id, r]));
  return (
    <section aria-labelledby="arrivals-title" className="mb-8">
      <h2 id="arrivals-title" className="mb-1 text-xl font-bold">
        即将到站
      </h2>
      <p className="mb-3 text-sm text-muted" aria-live="polite" data-testid="arrivals-updated">
        {error ? `刷新失败：${error}，显示的是 ${at} 的数据` : `更新于 ${at}${live ? "（每20秒自动刷新）" : ""}`}
      </p>
      {rows.length === 0 ? (
        <p>未来两小时内没有车次（可能已过末班车）。</p>
      ) : (
        <ol className="divide-y divide-line rounded-lg border border-line bg-white" data-testid="arrivals">
          {rows.map((r) => {
            const route = byId.get(r.routeId);
            return (
              <li key={r.key} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span>
                  <RouteBadge name={route?.shortName ?? r.routeId} color={route?.color ?? null} />
                  开往 {r.headsign ?? "终点站"}
                </span>
                <span className="text-right">
                  <strong className="text-lg">{r.minutes === 0 ? "即将到站" : `${r.minutes} 分钟`}</strong>
                  <span className="block text-sm text-muted">
                    {r.time} {r.realtime ? (r.delayMinutes ? `实时 · 晚点约${r.delayMinutes}分钟` : "实时") : "计划时刻"}
                  </span>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
