import "server-only";
import { appErrorOf } from "@/server/lib/form-state";
import type { getCaller } from "@/server/request";
import { PRESET_IDS } from "@/server/modules/hotline/validation";

type SP = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 20);

/** Reads ?preset=&from=&to= and loads the statistics; a bad range comes back as errors (input kept), not a crash. */
export async function loadStatsForPage(caller: Awaited<ReturnType<typeof getCaller>>, sp: SP) {
  const presetParam = one(sp.preset);
  const preset = PRESET_IDS.find((p) => p === presetParam) ?? "week";
  const from = one(sp.from);
  const to = one(sp.to);
  try {
    const stats = await caller.hotline.stats.summary({ preset, from, to });
    return { preset, from: from ?? stats.range.from, to: to ?? stats.range.to, stats, error: null, fieldErrors: null };
  } catch (e) {
    const problem = appErrorOf(e);
    if (problem?.code === "BAD_REQUEST")
      return { preset, from, to, stats: null, error: problem.message, fieldErrors: problem.fieldErrors ?? null };
    throw e;
  }
}
