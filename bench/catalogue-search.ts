// Catalogue search in the service layer: p50/p95 over 1,000 mixed queries (Chinese words, full
// pinyin, pinyin initials, misses) against the seeded 649 items. Target p95 ≤ 10 ms.
// Run: npx tsx bench/catalogue-search.ts
import { performance } from "node:perf_hooks";
import { pinyin } from "pinyin-pro";
import { openDatabase } from "@/server/db";
import { seed } from "@/drizzle/seed/seed";
import { ensureLocalSecrets } from "@/server/lib/local-secrets";
import { catalogueSnapshot, searchSnapshot } from "@/server/modules/catalogue/service";
import { ZCatalogueQuery } from "@/server/modules/catalogue/validation";

ensureLocalSecrets();
const handle = await openDatabase({ url: "", dataDir: "memory://" });
await handle.migrate();
await seed(handle.db);
const t0 = performance.now();
const snap = await catalogueSnapshot(handle.db);
console.log(
  `snapshot: ${snap.items.length} items, pinyin index built in ${(performance.now() - t0).toFixed(0)} ms (once per instance, again only after an edit)`,
);

// Deterministic pseudo-random queries.
let state = 42;
const rand = (n: number) => {
  state = (state * 1103515245 + 12345) % 2 ** 31;
  return state % n;
};
const FIXED = ["sbcx", "gjj", "社保查询", "公积金 提取", "提取公积金", "juzhuzheng", "出生", "qiye", "婚姻登记", "不动产", "zzzz", "护照"];
const queries: string[] = [...FIXED];
while (queries.length < 1000) {
  const name = snap.items[rand(snap.items.length)]!.name.replace(/[（）()·]/g, "");
  const chars = Array.from(name);
  const start = rand(Math.max(1, chars.length - 2));
  const word = chars.slice(start, start + 2 + rand(3)).join("");
  const kind = rand(4);
  if (kind === 0) queries.push(word);
  else if (kind === 1) queries.push(pinyin(word, { toneType: "none", type: "array" }).join(""));
  else if (kind === 2) queries.push(pinyin(word, { pattern: "first", toneType: "none", type: "array" }).join(""));
  else queries.push(word.split("").reverse().join(""));
}

const times: number[] = [];
let hits = 0;
for (const q of queries) {
  const input = ZCatalogueQuery.parse({ q, page: 1, pageSize: 20 });
  const t = performance.now();
  const r = searchSnapshot(snap, input);
  times.push(performance.now() - t);
  if (r.total > 0) hits++;
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(2);
console.log(`queries: ${queries.length} (Chinese, pinyin, initials, scrambled), ${hits} with results`);
console.log(
  `p50 ${pct(50)} ms   p95 ${pct(95)} ms   p99 ${pct(99)} ms   max ${times[times.length - 1]!.toFixed(2)} ms   (target p95 ≤ 10 ms)`,
);
for (const q of ["sbcx", "gjj"]) {
  const r = searchSnapshot(snap, ZCatalogueQuery.parse({ q, page: 1, pageSize: 3 }));
  console.log(`  ${q} → ${r.items.map((i) => i.name).join(" | ")}`);
}
await handle.close();
