// Alert fan-out at 100,000 subscribers (issue 16): BENCH_SUBSCRIBERS (default 100,000) citizens subscribe
// to 启东市 or the whole city (every fifth also by SMS); a 黄色 alert for 启东市 is published through the
// service (what the publish request does: validate, publish, queue one job, in one transaction), then two
// workers drain the queue at once (on PostgreSQL: two connection pools, like two instances). Prints the
// time the publish took, the time until every message and SMS was written (dev transport: the outbox),
// and checks each subscriber got exactly one message and each SMS subscriber exactly one SMS.
// Exits 1 if the publish took over 200 ms or a delivery is missing or doubled.
//
// Run: npx tsx bench/alerts.ts                 (embedded PGlite in memory)
//      BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/alerts.ts
//        (PostgreSQL: a database of its own, alerts_bench_<pid>, dropped at the end unless BENCH_KEEP=1)
import "./bench-env";
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/server/db";
import { ensureLocalSecrets } from "@/server/lib/local-secrets";
import { createDraft, submit } from "@/server/modules/alerts/service";
import { drainFanout } from "@/server/modules/alerts/fanout";
import { firstRow } from "@/server/modules/life";
import { z } from "zod";

/** The delivery counts checked at the end. */
const Counts = z.object({
  deliveries: z.number(),
  unsent: z.number(),
  messages: z.number(),
  message_people: z.number(),
  sms: z.number(),
  sms_people: z.number(),
});
import type { SessionUser } from "@/server/modules/account/service";

ensureLocalSecrets();
const N = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000);
const pgBase = process.env.BENCH_DATABASE_URL;
const dbName = process.env.BENCH_DB_NAME ?? `alerts_bench_${process.pid}`;
if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error(`bad BENCH_DB_NAME ${dbName}`);
const la = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

let handle: DatabaseHandle;
let second: DatabaseHandle | null = null;
let cleanup = async () => {};
if (pgBase) {
  const admin = postgres(pgBase, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${dbName} with (force)`);
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(pgBase);
  url.pathname = `/${dbName}`;
  handle = await openDatabase({ url: url.toString(), poolSize: 4 });
  second = await openDatabase({ url: url.toString(), poolSize: 4 });
  cleanup = async () => {
    await second?.close();
    await handle.close();
    if (!process.env.BENCH_KEEP) await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  };
  console.log(`PostgreSQL, database ${dbName} (own, dropped at the end)`);
} else {
  handle = await openDatabase({ url: "", dataDir: "memory://" });
  cleanup = () => handle.close();
  console.log("embedded PGlite (in memory): the two workers share its one connection");
}
console.log(`load average ${la()} on a shared 2-core machine; ${N.toLocaleString("en-US")} subscribers`);

let failed = false;
try {
  const db = handle.db;
  await handle.migrate();
  await db.execute(
    sql`insert into account_role (code, name, description) values ('citizen','市民',''),('staff','部门办理人','') on conflict do nothing`,
  );
  await db.execute(
    sql`insert into org_department (code, name, short_name, kind) values ('yjglj','南通市应急管理局','市应急管理局','bureau') on conflict do nothing`,
  );
  const staff = z.object({ id: z.string() }).parse(
    firstRow(
      await db.execute(sql`
    insert into account_user (phone, nickname, role, department_id)
    select '13800000021', '应急·赵刚', 'staff', id from org_department where code = 'yjglj'
    returning id`),
    ),
  );
  const t0 = performance.now();
  await db.execute(sql`
    insert into account_user (phone, nickname, role)
    select '139' || lpad(g::text, 8, '0'), '订阅者' || g, 'citizen' from generate_series(1, ${N}) g`);
  await db.execute(sql`
    insert into alerts_subscription (user_id, areas, min_severity_rank, by_message, by_sms)
    select id, case when random() < 0.5 then '{qidong}'::text[] else '{city}'::text[] end, 1, true, (right(phone, 1)::int % 5 = 0)
    from account_user where role = 'citizen'`);
  await db.execute(sql`analyze`);
  console.log(`loaded ${N.toLocaleString("en-US")} subscribers in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const smsExpected = z
    .object({ n: z.number() })
    .parse(firstRow(await db.execute(sql`select count(*)::int as n from alerts_subscription where by_sms`))).n;

  const user: SessionUser = { id: staff.id, role: "staff", name: "应急·赵刚" };
  const now = Date.now();
  const draft = await createDraft({ db }, user, {
    content: {
      type: "weather",
      event: "大风",
      severity: "yellow",
      areas: ["qidong"],
      headline: "南通市气象台发布启东市大风黄色预警（基准测试）",
      description: "预计未来12小时内启东市沿海将出现8级以上大风。（基准测试数据）",
      instruction: "加固门窗和户外搭建物，海上作业船只回港避风。",
      capStatus: "actual",
      effectiveAt: new Date(now),
      expiresAt: new Date(now + 12 * 3_600_000),
    },
  });
  const p0 = performance.now();
  const published = await submit({ db }, user, { id: draft.id, version: draft.version });
  const publishMs = performance.now() - p0;
  console.log(`publish (validate, publish, queue the fan-out, audit): ${publishMs.toFixed(1)} ms  [target ≤ 200 ms]`);
  if (publishMs > 200) failed = true;

  const f0 = performance.now();
  const [w1, w2] = await Promise.all([drainFanout(db), drainFanout(second?.db ?? db)]);
  const fanoutMs = performance.now() - f0;
  console.log(
    `fan-out by two workers: ${(fanoutMs / 1000).toFixed(1)} s — worker 1 sent ${w1.sent.toLocaleString("en-US")}, worker 2 ${w2.sent.toLocaleString("en-US")}; ` +
      `${Math.round((w1.sent + w2.sent) / (fanoutMs / 1000)).toLocaleString("en-US")} deliveries/s`,
  );
  const c = Counts.parse(
    firstRow(
      await db.execute(sql`
    select
      (select count(*)::int from alerts_delivery where alert_id = ${published.id}) as deliveries,
      (select count(*)::int from alerts_delivery where alert_id = ${published.id} and sent_at is null) as unsent,
      (select count(*)::int from account_message where link = ${`/alerts/${published.id}`}) as messages,
      (select count(distinct user_id)::int from account_message where link = ${`/alerts/${published.id}`}) as message_people,
      (select count(*)::int from account_dev_sms_outbox) as sms,
      (select count(distinct phone)::int from account_dev_sms_outbox) as sms_people`),
    ),
  );
  console.log(
    `deliveries ${c.deliveries.toLocaleString("en-US")} (unsent ${c.unsent}); messages ${c.messages.toLocaleString("en-US")} to ${c.message_people.toLocaleString("en-US")} people; ` +
      `SMS ${c.sms.toLocaleString("en-US")} to ${c.sms_people.toLocaleString("en-US")} phones (expected ${smsExpected.toLocaleString("en-US")})`,
  );
  if (
    c.deliveries !== N ||
    c.unsent !== 0 ||
    c.messages !== N ||
    c.message_people !== N ||
    c.sms !== smsExpected ||
    c.sms_people !== smsExpected
  ) {
    console.log("FAIL: a delivery is missing or doubled");
    failed = true;
  } else console.log("PASS: every subscriber got exactly one message, every SMS subscriber exactly one SMS");
  console.log(`load average after: ${la()}`);
} finally {
  await cleanup();
}
process.exit(failed ? 1 : 0);
