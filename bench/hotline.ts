// 12345 hotline at scale (issue 4): loads 1,000,000 tickets into a PostgreSQL database of its own
// (created next to BENCH_DATABASE_URL / DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres,
// and dropped at the end unless BENCH_KEEP=1), then prints p50/p95 of the agent queues, a department's
// queue, the citizen's list and the statistics query for a week and a month (target p95 ≤ 50 ms), and
// finally sustained intake throughput (hotline.agent.createForCaller) with 50 concurrent creators for
// ~20 s, checking that no acknowledged request was lost and that an idempotent retry does not duplicate.
// Every figure is of a tRPC procedure a page calls (server caller: input and output validation included),
// so it measures what the routes run. Exits 1 if a target misses.
//
// Run: npm run bench:hotline            (BENCH_TICKETS=1000000 BENCH_WRITE_SECONDS=20 BENCH_DB_NAME=… to change)
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import postgres from "postgres";
import { and, count, desc, eq, like, sql } from "drizzle-orm";
import { openDatabase } from "@/server/db";
import { seed } from "@/drizzle/seed/seed";
import { ensureLocalSecrets } from "@/server/lib/local-secrets";
import { accountUser, hotlineCategory, hotlineStatsDaily, hotlineTicket } from "@/drizzle/schema";
import { createCaller } from "@/server/root";
import { isRole } from "@/server/auth/roles";
import { countQueues } from "@/server/modules/hotline/queues";
import { listRequests } from "@/server/modules/hotline/open311/requests";
import { addDays, rebuildStatsRollup } from "@/server/modules/hotline/stats";
import { shanghaiDate } from "@/server/lib/working-days";
import type { SessionUser } from "@/server/modules/account/service";

ensureLocalSecrets();
const N = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const WRITE_SECONDS = Number(process.env.BENCH_WRITE_SECONDS ?? 20);
const CREATORS = 50;
const ITER = Number(process.env.BENCH_ITERATIONS ?? 60);
const TARGET_MS = 50;
const base = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = process.env.BENCH_DB_NAME ?? `hotline_bench_${process.pid}`;
if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`bad BENCH_DB_NAME ${dbName}`);

const admin = postgres(base, { max: 1, onnotice: () => {} });
await admin.unsafe(`drop database if exists ${dbName} with (force)`);
await admin.unsafe(`create database ${dbName}`);
const url = new URL(base);
url.pathname = `/${dbName}`;
const handle = await openDatabase({ url: url.toString(), poolSize: CREATORS + 5 });
const db = handle.db;
const misses: string[] = [];
const fmt = (ms: number) => `${ms.toFixed(1)} s`;
const la = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
console.log(
  `database ${dbName} (own, dropped at the end${process.env.BENCH_KEEP ? " — kept: BENCH_KEEP" : ""}); load average ${la()} on a shared machine`,
);

try {
  await handle.migrate();
  await seed(db); // reference data, demo accounts, ~400 sample tickets
  const citizen = await user("13800000001");
  const agent = await user("13800000003");
  const staff = await user("13800000004"); // 市城管局
  const as = (u: SessionUser) => createCaller({ db, user: u, ip: "127.0.0.1" }).hotline;

  // ---------------------------------------------------------------------------------------------
  // Load: one INSERT … SELECT over generate_series per 100,000 rows, oldest first (as a real table grows,
  // so a day's tickets sit together on disk). The distribution: a year of
  // tickets (~2,700 a day), leaf categories round-robin with their departments, the seven divisions,
  // and a status mix that depends on age (old tickets are closed; a few percent are stuck open, so the
  // overdue queue is realistic). The stats trigger is disabled during the bulk load and the rollup is
  // built once afterwards (rebuildStatsRollup), as an operator would after an import.
  let t0 = performance.now();
  await db.execute(sql`alter table hotline_ticket disable trigger hotline_stats_mark_dirty`);
  await db.execute(
    sql`create temp table if not exists bench_leaf as select row_number() over (order by id) - 1 as rn, id, department_id from hotline_category where parent_id is not null`,
  );
  const [{ n: leaves }] = await db.select({ n: count() }).from(sql`bench_leaf`);
  const CHUNK = 100_000;
  for (let start = 1; start <= N; start += CHUNK) {
    const end = Math.min(N, start + CHUNK - 1);
    await db.execute(sql`
      insert into hotline_ticket (ticket_no, type, category_id, channel, status, description, district, address, lat, lng, is_public,
        citizen_user_id, department_id, due_date, answer, satisfaction, dispatched_at, replied_at, closed_at, created_at, updated_at)
      select 'B' || g, tp, l.id, (array['phone','phone','phone','web','mobile','wechat','open311'])[1 + g % 7], st,
        '压测工单：示例诉求内容，用于性能测试。', (array['崇川区','通州区','海门区','如皋市','启东市','海安市','如东县',null])[1 + (g / 7) % 8],
        null, 31.6 + (g::bigint * 7919 % 100000) / 100000.0 * 0.8, 120.5 + (g::bigint * 104729 % 100000) / 100000.0 * 1.3, g % 5 = 0,
        case when g % 3000 = 0 then ${citizen.id}::uuid end,
        case when st = 'new' or direct or st = 'returned' then null else l.department_id end,
        case when st = 'new' or direct or st = 'returned' then null else (created + interval '3 hours' + make_interval(days => case when tp in ('咨询','求助') then 5 else 18 end))::date end,
        case when st in ('replied','closed') then '已办理。' end,
        case when st = 'closed' and not direct then (array['满意','满意','满意','基本满意','不满意'])[1 + g % 5]
             when st = 'reopened' then '不满意' end,
        case when st = 'new' or direct then null else created + interval '3 hours' end,
        case when st in ('replied','closed') and not direct then created + make_interval(hours => 24 + (g * 37) % (24 * 20)) end,
        case when st = 'closed' then created + interval '22 days' end,
        created, created
      from (
        select g, created, tp, direct,
          case
            when age < 1 then (array['new','new','dispatched','accepted','closed'])[1 + g % 5]
            when age < 14 then (array['closed','closed','closed','closed','closed','accepted','accepted','replied','dispatched','returned','reopened','new'])[1 + g % 12]
            else case when g % 50 = 0 then 'accepted' when g % 97 = 0 then 'replied' when g % 211 = 0 then 'returned' when g % 401 = 0 then 'new' else 'closed' end
          end as st
        from (
          select g, now() - make_interval(secs => ((${N}::bigint - g) * 31536000 / ${N})::int) as created, ((${N}::bigint - g) * 31536000 / ${N}) / 86400.0 as age,
            (array['咨询','咨询','咨询','投诉','投诉','求助','建议','举报','其他'])[1 + g % 9] as tp, g % 9 < 2 as direct
          from generate_series(${start}::int, ${end}::int) g
        ) a
      ) b join bench_leaf l on l.rn = b.g % ${leaves}`);
    process.stdout.write(`\rloaded ${end.toLocaleString("en")} tickets (${fmt((performance.now() - t0) / 1000)})`);
  }
  await db.execute(sql`alter table hotline_ticket enable trigger hotline_stats_mark_dirty`);
  console.log(`\nload: ${N.toLocaleString("en")} tickets in ${fmt((performance.now() - t0) / 1000)}`);
  t0 = performance.now();
  await db.execute(sql`vacuum analyze hotline_ticket`);
  console.log(`vacuum analyze: ${fmt((performance.now() - t0) / 1000)}`);
  t0 = performance.now();
  await rebuildStatsRollup(db);
  const [rollRows] = await db.select({ n: count() }).from(hotlineStatsDaily);
  await db.execute(sql`analyze hotline_stats_daily`);
  console.log(`rollup: ${rollRows!.n.toLocaleString("en")} day rows built in ${fmt((performance.now() - t0) / 1000)}`);
  const sizes = await db
    .select({ status: hotlineTicket.status, n: count() })
    .from(hotlineTicket)
    .groupBy(hotlineTicket.status)
    .orderBy(desc(count()));
  console.log(`status mix: ${sizes.map((r) => `${r.status} ${r.n}`).join(", ")}`);
  const qc = await countQueues(db);
  console.log(`queue sizes (capped at QUEUE_COUNT_CAP = 1,000): ${JSON.stringify(qc)}`);

  // ---------------------------------------------------------------------------------------------
  // Reads
  const today = shanghaiDate(new Date());
  const week = { preset: "custom" as const, from: addDays(today, -6), to: today };
  const month = { preset: "last30" as const };
  // The procedures the pages call: /agent (queue, queueCounts), /staff/tickets (staff.queue), /me/requests
  // (citizen.mine), /agent/stats (stats.summary) — each as the role that uses it.
  // The suggestion step on /12345 and Open311's location search, around a recent open public request (the
  // load makes every fifth ticket public, so only some categories have public ones).
  const [light] = await db
    .select({ categoryId: hotlineTicket.categoryId, code: hotlineCategory.code, lat: hotlineTicket.lat, lng: hotlineTicket.lng })
    .from(hotlineTicket)
    .innerJoin(hotlineCategory, eq(hotlineCategory.id, hotlineTicket.categoryId))
    .where(
      and(
        sql`${hotlineTicket.isPublic} and ${hotlineTicket.status} <> 'closed' and ${hotlineTicket.createdAt} > now() - interval '20 days' and ${hotlineTicket.lat} is not null`,
      ),
    )
    .orderBy(desc(hotlineTicket.id))
    .limit(1);
  if (!light) throw new Error("no open public located request to search around");
  const spot = { categoryId: light.categoryId, lat: light.lat! + 0.0005, lng: light.lng! };
  const open311Near = new URL(
    `http://bench/open311/v2/requests.json?service_code=${light.code}&status=open&lat=${spot.lat}&long=${spot.lng}&radius=750`,
  );
  const reads: [string, () => Promise<unknown>][] = [
    ["suggestions (附议 step, 200 m)", () => as(citizen).citizen.suggestions(spot)],
    ["suggestions by address", () => as(citizen).citizen.suggestions({ categoryId: spot.categoryId, address: "崇川区工农路57号" })],
    ["Open311 requests near (750 m)", () => listRequests(db, Object.fromEntries(open311Near.searchParams))],
    ["queue new (待派单)", () => as(agent).agent.queue({ queue: "new", limit: 50 })],
    ["queue dispatched (已派单)", () => as(agent).agent.queue({ queue: "dispatched", limit: 50 })],
    ["queue overdue (超期)", () => as(agent).agent.queue({ queue: "overdue", limit: 50 })],
    ["queue returned (退单)", () => as(agent).agent.queue({ queue: "returned", limit: 50 })],
    ["queue revisit (待回访)", () => as(agent).agent.queue({ queue: "revisit", limit: 50 })],
    ["queue counts (badges)", () => as(agent).agent.queueCounts()],
    ["department queue (市城管局)", () => as(staff).staff.queue({ tab: "dispatched" })],
    ["department overdue (市城管局)", () => as(staff).staff.queue({ tab: "overdue" })],
    ["citizen's list (我的诉求)", () => as(citizen).citizen.mine({ page: 1 })],
    ["stats: week (7 days)", () => as(agent).stats.summary(week)],
    ["stats: month (近30天)", () => as(agent).stats.summary(month)],
  ];
  console.log(`\nreads: ${ITER} runs each after 5 warm-ups, p95 target ≤ ${TARGET_MS} ms`);
  for (const [name, fn] of reads) {
    for (let i = 0; i < 5; i++) await fn();
    const times: number[] = [];
    for (let i = 0; i < ITER; i++) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    const ok = p(0.95) <= TARGET_MS;
    if (!ok) misses.push(`${name}: p95 ${p(0.95).toFixed(1)} ms`);
    console.log(
      `  ${name.padEnd(30)} p50 ${p(0.5).toFixed(1).padStart(6)} ms   p95 ${p(0.95).toFixed(1).padStart(6)} ms   ${ok ? "ok" : "MISS"}`,
    );
  }
  const monthStats = await as(agent).stats.summary(month);
  console.log(
    `  (month: 受理 ${monthStats.totals.received}, 派单 ${monthStats.totals.dispatched}, 直接解答率 ${pct(monthStats.totals.directRate)}, 按时办结率 ${pct(monthStats.totals.onTimeRate)}, 满意率 ${pct(monthStats.totals.satisfactionRate)})`,
  );

  // ---------------------------------------------------------------------------------------------
  // Writes: 50 concurrent agents taking calls (hotline.agent.createForCaller → createTicket) for WRITE_SECONDS.
  console.log(
    `\nwrites: ${CREATORS} concurrent creators through hotline.agent.createForCaller for ${WRITE_SECONDS} s (load average ${la()})`,
  );
  const [cat] = await db.select({ id: hotlineCategory.id }).from(hotlineCategory).where(eq(hotlineCategory.code, "sb-sb"));
  const prefix = `bench-w-${Date.now()}-`;
  const acked: number[] = [];
  const ackedKeys: string[] = [];
  const errors: string[] = [];
  const latencies: number[] = [];
  const stopAt = performance.now() + WRITE_SECONDS * 1000;
  let seq = 0;
  const input = (k: string) => ({
    type: "咨询" as const,
    categoryId: cat!.id,
    description: "压测：咨询社保缴费基数的调整时间。",
    district: "崇川区" as const,
    contactPhone: "13912345678",
    idempotencyKey: k,
  });
  t0 = performance.now();
  await Promise.all(
    Array.from({ length: CREATORS }, async () => {
      while (performance.now() < stopAt) {
        const k = `${prefix}${seq++}`;
        const t = performance.now();
        try {
          const r = await as(agent).agent.createForCaller(input(k));
          if (r.created) {
            acked.push(r.id);
            ackedKeys.push(k);
          }
          latencies.push(performance.now() - t);
        } catch (e) {
          errors.push(String(e));
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const [stored] = await db
    .select({ n: count() })
    .from(hotlineTicket)
    .where(and(eq(hotlineTicket.idempotencyScope, agent.id), like(hotlineTicket.idempotencyKey, `${prefix}%`)));
  latencies.sort((a, b) => a - b);
  console.log(
    `  created ${acked.length} in ${seconds.toFixed(1)} s = ${(acked.length / seconds).toFixed(0)} requests/s; latency p50 ${latencies[Math.floor(latencies.length / 2)]?.toFixed(1)} ms, p95 ${latencies[Math.floor(latencies.length * 0.95)]?.toFixed(1)} ms; errors ${errors.length}`,
  );
  console.log(
    `  acknowledged ${acked.length}, rows stored ${stored!.n}, distinct ids ${new Set(acked).size} → ${stored!.n === acked.length && new Set(acked).size === acked.length ? "none lost, none duplicated" : "MISMATCH"}`,
  );
  if (stored!.n !== acked.length || new Set(acked).size !== acked.length) misses.push("writes: acknowledged ≠ stored");
  if (errors.length) misses.push(`writes: ${errors.length} errors, first: ${errors[0]}`);
  // Idempotent retries: 100 keys retried concurrently, twice each.
  const retryKeys = ackedKeys.slice(0, 100);
  const retries = await Promise.all(
    retryKeys.flatMap((k) => [as(agent).agent.createForCaller(input(k)), as(agent).agent.createForCaller(input(k))]),
  );
  const [afterRetry] = await db
    .select({ n: count() })
    .from(hotlineTicket)
    .where(and(eq(hotlineTicket.idempotencyScope, agent.id), like(hotlineTicket.idempotencyKey, `${prefix}%`)));
  const retryOk = retries.every((r) => !r.created) && afterRetry!.n === stored!.n;
  console.log(
    `  idempotent retry of ${retryKeys.length} acknowledged keys (×2, concurrent): ${retries.filter((r) => r.created).length} created, rows ${stored!.n} → ${afterRetry!.n} → ${retryOk ? "no duplicates" : "DUPLICATED"}`,
  );
  if (!retryOk) misses.push("idempotent retry duplicated");
  const after = await as(agent).stats.summary({ preset: "custom", from: today, to: today });
  console.log(`  today's statistics (live) now count ${after.totals.received} received`);
} finally {
  await handle.close();
  if (!process.env.BENCH_KEEP) await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.end();
}

console.log(`\nload average at the end: ${la()}`);
if (misses.length) {
  console.log(`TARGET MISSED:\n  ${misses.join("\n  ")}`);
  process.exit(1);
}
console.log("all targets met");

async function user(phone: string): Promise<SessionUser> {
  const [u] = await db
    .select({ id: accountUser.id, role: accountUser.role, name: accountUser.nickname })
    .from(accountUser)
    .where(eq(accountUser.phone, phone));
  if (!u) throw new Error(`no demo user ${phone}`);
  if (!isRole(u.role)) throw new Error(`bad role ${u.role}`);
  return { id: u.id, role: u.role, name: u.name };
}
function pct(x: number | null) {
  return x === null ? "—" : `${(x * 100).toFixed(1)}%`;
}
