import "server-only";
import { TRPCError } from "@trpc/server";
import { AppError } from "@/server/lib/errors";
import type { getCaller } from "@/server/request";
import type { HotlineStats } from "./stats";

type SP = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 20);

/** Reads ?preset=&from=&to= and loads the statistics; a bad range comes back as errors (input kept), not a crash. */
export async function loadStatsForPage(caller: Awaited<ReturnType<typeof getCaller>>, sp: SP) {
  const presetParam = one(sp.preset);
  const preset = (["week", "lastWeek", "month", "last30", "custom"] as const).find((p) => p === presetParam) ?? "week";
  const from = one(sp.from);
  const to = one(sp.to);
  try {
    const stats: HotlineStats = await caller.hotlineStats.summary({ preset, from, to });
    return { preset, from: from ?? stats.range.from, to: to ?? stats.range.to, stats, error: null, fieldErrors: null };
  } catch (e) {
    const cause = e instanceof TRPCError ? e.cause : e;
    if (cause instanceof AppError && cause.code === "BAD_REQUEST")
      return { preset, from, to, stats: null, error: cause.message, fieldErrors: cause.fieldErrors ?? null };
    throw e;
  }
}
