// Open data export at 100,000 rows (issue 15): loads BENCH_ROWS (default 100,000) generated 红黑榜
// entries into the credit-list table, then downloads the `credit-red-black-lists` dataset through the
// API handler (GET /api/open/v1/datasets/{id}/data?format=csv, and format=json) and reads the body
// chunk by chunk like an HTTP client. Prints the time, rows/s, bytes, peak RSS, and the peak growth of
// the LIVE heap (sampled after a forced GC) next to the size of the file: a streaming export keeps
// the live heap flat whatever the size; a buffering one would grow by several times the file.
// Exits 1 if a row is missing or the live heap grew by more than a quarter of the file.
//
// Run: npx tsx bench/open-data.ts                 (embedded PGlite in memory)
//      BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/open-data.ts
//        (PostgreSQL: a database of its own, open_data_bench_<pid>, dropped at the end unless BENCH_KEEP=1)
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/server/db";
import { ensureLocalSecrets } from "@/server/lib/local-secrets";
import { datasetDataResponse } from "@/server/modules/open-data/http";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

ensureLocalSecrets();
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const pgBase = process.env.BENCH_DATABASE_URL;
const dbName = process.env.BENCH_DB_NAME ?? `open_data_bench_${process.pid}`;
if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`bad BENCH_DB_NAME ${dbName}`);
const la = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;

let handle: DatabaseHandle;
let dropDatabase = async () => {};
if (pgBase) {
  const admin = postgres(pgBase, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(pgBase);
  url.pathname = `/${dbName}`;
  handle = await openDatabase({ url: url.toString(), poolSize: 4 });
  dropDatabase = async () => {
    if (!process.env.BENCH_KEEP) await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  };
  console.log(`PostgreSQL, database ${dbName} (own, dropped at the end${process.env.BENCH_KEEP ? " — kept: BENCH_KEEP" : ""})`);
} else {
  handle = await openDatabase({ url: "", dataDir: "memory://" });
  console.log("embedded PGlite (in memory)");
}
console.log(`load average ${la()} on a shared 2-core machine`);

let failed = false;
try {
  const db = handle.db;
  await handle.migrate();
  const t0 = performance.now();
  await db.execute(sql`
    insert into economy_credit_list_entry (code, list, category, subject_name, uscc, reason, decision_no, publisher, published_on, valid_until, sample)
    select 'BENCH-' || g,
           case when g % 3 = 0 then 'black' else 'red' end,
           (array['纳税信用A级纳税人','守合同重信用企业','重大税收违法失信主体','拖欠农民工工资失信联合惩戒对象'])[1 + g % 4],
           '南通示例' || g || '科技有限公司（示例）',
           '91320600MA' || lpad(g::text, 8, '0'),
           '认定事由：按规定列入名单，文书编号 ' || g || '，含逗号, 和"引号"',
           '通信〔2026〕' || g || '号',
           '南通市发展和改革委员会',
           date '2024-01-01' + (g % 900),
           date '2027-01-01' + (g % 900),
           true
    from generate_series(1, ${ROWS}::int) g`);
  console.log(`loaded ${ROWS.toLocaleString("en-US")} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  /** Downloads the dataset once, reading the body like a client; with `sampleHeap`, forces a GC every 20 chunks to sample the live heap. */
  async function download(format: "csv" | "json", sampleHeap: boolean) {
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    let peakLive = 0;
    let bytes = 0;
    let chunks = 0;
    let newlines = 0;
    let firstChunk = 0;
    const started = performance.now();
    const url = new URL(`http://bench.local/api/open/v1/datasets/credit-red-black-lists/data?format=${format}`);
    const res = await datasetDataResponse(db, "credit-red-black-lists", url);
    const reader = res.body!.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!firstChunk) firstChunk = performance.now() - started;
      bytes += value.byteLength;
      for (const b of value) if (b === 0x0a) newlines++;
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      chunks++;
      if (sampleHeap && chunks % 20 === 0) {
        gc();
        peakLive = Math.max(peakLive, process.memoryUsage().heapUsed - heapBefore);
      }
    }
    return { seconds: (performance.now() - started) / 1000, firstChunk, bytes, chunks, newlines, rssBefore, peakRss, peakLive };
  }

  for (const format of ["csv", "json"] as const) {
    const timed = await download(format, false);
    const memory = await download(format, true);
    console.log(
      `${format.toUpperCase()}: ${ROWS.toLocaleString("en-US")} rows, ${mb(timed.bytes)} in ${timed.seconds.toFixed(2)} s ` +
        `(${Math.round(ROWS / timed.seconds).toLocaleString("en-US")} rows/s, first chunk after ${timed.firstChunk.toFixed(0)} ms, ${timed.chunks} chunks); ` +
        `RSS ${mb(timed.rssBefore)} → peak ${mb(timed.peakRss)}; live heap growth ≤ ${mb(memory.peakLive)} ` +
        `(${((memory.peakLive / memory.bytes) * 100).toFixed(1)} % of the file; sampled in a second run with forced GCs)`,
    );
    if (format === "csv" && timed.newlines !== ROWS + 1) {
      console.log(`  ✗ expected ${ROWS + 1} lines, got ${timed.newlines}`);
      failed = true;
    }
    if (memory.peakLive > memory.bytes / 4) {
      console.log("  ✗ the live heap grew with the file: the export is buffering");
      failed = true;
    }
  }
  console.log(`load average ${la()} at the end`);
} finally {
  await handle.close();
  await dropDatabase();
}
process.exit(failed ? 1 : 0);
