// Capacity-limited booking under a burst (issue 14), through the service layer (bookAppointment → book()).
//
// 1. 500 concurrent attempts by 500 distinct real-name citizens at one slot of capacity 20: prints the
//    confirmations (must be exactly 20), refusals, unexpected errors and latency (p50/p95/p99/max).
// 2. The 07:00 release: 50 slots of capacity 20 open at the same instant; 2,000 citizens start together, each
//    trying random slots until one confirms or the list shows every slot 约满 (a slot anyone was told is full
//    is marked so for everyone, as the page would after a refresh). Confirmations
//    must equal the total capacity (1,000) and every confirmation must be a committed, active booking (none lost).
//
// Runs on PGlite (in memory) and on PostgreSQL (a database of its own, `booking_bench_<pid>`, created next to
// BENCH_DATABASE_URL / DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres, dropped at the end
// unless BENCH_KEEP=1). BENCH_BACKENDS=pglite,postgres chooses; BENCH_POOL sets the postgres.js pool (20).
// Exits 1 if any confirmation count is wrong or a confirmation is lost.
//
// Run: npx tsx bench/booking.ts
import "./bench-env";
import { performance } from "node:perf_hooks";
import { loadavg } from "node:os";
import postgres from "postgres";
import { and, eq, inArray, sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/server/db";
import { seed } from "@/drizzle/seed/seed";
import { ensureLocalSecrets } from "@/server/lib/local-secrets";
import { booking, bookingResource, bookingSlot, healthDoctor } from "@/drizzle/schema";
import { createRealNameCitizens } from "@/drizzle/seed/life/sample-people";
import { bookAppointment, HOSPITAL_KIND } from "@/server/modules/health/service";
import { AppError } from "@/server/lib/errors";
import type { SessionUser } from "@/server/modules/account/service";

ensureLocalSecrets();
const BACKENDS = (process.env.BENCH_BACKENDS ?? "pglite,postgres").split(",").map((s) => s.trim());
const POOL = Number(process.env.BENCH_POOL ?? 20);
const BURST = 500;
const BURST_CAPACITY = 20;
const RELEASE_PEOPLE = 2000;
const RELEASE_SLOTS = 50;
const RELEASE_CAPACITY = 20;
const failures: string[] = [];

const la = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const ms = (x: number) => `${x.toFixed(0)} ms`;

function summary(latencies: number[]) {
  const s = [...latencies].sort((a, b) => a - b);
  return `p50 ${ms(pct(s, 50))}, p95 ${ms(pct(s, 95))}, p99 ${ms(pct(s, 99))}, max ${ms(s.at(-1) ?? 0)}`;
}

let slotSeq = 0;
/** A fresh slot of one doctor (a start time no seeded slot uses), open from `opensAt`. */
async function benchSlot(handle: DatabaseHandle, capacity: number, opensAt: Date, serviceDate: string, groupKey: string) {
  const db = handle.db;
  const [doctor] = await db
    .select({ resourceId: bookingResource.id })
    .from(healthDoctor)
    .innerJoin(bookingResource, and(eq(bookingResource.kind, HOSPITAL_KIND), eq(bookingResource.ownerId, healthDoctor.id)))
    .limit(1);
  const startsAt = new Date(Date.parse(`${serviceDate}T20:00:00+08:00`) + ++slotSeq * 60_000);
  const [slot] = await db
    .insert(bookingSlot)
    .values({
      resourceId: doctor!.resourceId,
      serviceDate,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      opensAt,
      closesAt: startsAt,
      capacity,
      feeFen: 1500,
      groupKey,
      label: "压测",
    })
    .returning({ id: bookingSlot.id });
  return slot!.id;
}

type Outcome = { ok: true; id: number; ms: number } | { ok: false; kind: "full" | "other"; message: string; ms: number };

async function attempt(handle: DatabaseHandle, user: SessionUser, slotId: number, key: string): Promise<Outcome> {
  const t = performance.now();
  try {
    const r = await bookAppointment({ db: handle.db }, user, { slotId, idempotencyKey: key });
    return { ok: true, id: r.id, ms: performance.now() - t };
  } catch (e) {
    const full = e instanceof AppError && e.message.includes("约满");
    return { ok: false, kind: full ? "full" : "other", message: e instanceof Error ? e.message : String(e), ms: performance.now() - t };
  }
}

async function verify(handle: DatabaseHandle, label: string, slotIds: number[], confirmedIds: number[], expected: number) {
  const db = handle.db;
  const [slots] = await db
    .select({ booked: sql<number>`coalesce(sum(${bookingSlot.booked}), 0)::int` })
    .from(bookingSlot)
    .where(inArray(bookingSlot.id, slotIds));
  const active = await db
    .select({ id: booking.id })
    .from(booking)
    .where(and(inArray(booking.slotId, slotIds), eq(booking.status, "active")));
  const activeIds = new Set(active.map((b) => b.id));
  const lost = confirmedIds.filter((id) => !activeIds.has(id)).length;
  const unconfirmed = active.length - confirmedIds.length;
  console.log(
    `  check: booked ${slots!.booked}, active bookings ${active.length}, confirmations ${confirmedIds.length}, lost ${lost}, in the database without a confirmation ${unconfirmed}`,
  );
  if (confirmedIds.length !== expected) failures.push(`${label}: ${confirmedIds.length} confirmations, expected ${expected}`);
  if (slots!.booked !== expected || active.length !== expected)
    failures.push(`${label}: booked ${slots!.booked}, active ${active.length}, expected ${expected}`);
  if (lost > 0) failures.push(`${label}: ${lost} confirmations lost`);
}

async function run(backend: string) {
  let handle: DatabaseHandle;
  let drop: (() => Promise<void>) | null = null;
  if (backend === "postgres") {
    const base = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const name = `booking_bench_${process.pid}`;
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    handle = await openDatabase({ url: url.toString(), poolSize: POOL });
    drop = async () => {
      await handle.close();
      if (!process.env.BENCH_KEEP) await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
    console.log(
      `\n== PostgreSQL: database ${name} (own, ${process.env.BENCH_KEEP ? "kept" : "dropped at the end"}), pool ${POOL}; load average ${la()}`,
    );
  } else {
    handle = await openDatabase({ url: "", dataDir: "memory://" });
    console.log(`\n== PGlite (in memory, one connection: transactions run one at a time); load average ${la()}`);
  }
  try {
    let t = performance.now();
    await handle.migrate();
    await seed(handle.db);
    const people = await createRealNameCitizens(handle.db, BURST + RELEASE_PEOPLE, "1391000", 20_000);
    console.log(
      `  setup: migrate + seed + ${people.length.toLocaleString("en")} real-name citizens in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    // 1. the burst on one slot
    const burstSlot = await benchSlot(handle, BURST_CAPACITY, new Date(Date.now() - 1000), "2099-01-01", "bench:burst");
    t = performance.now();
    const burst = await Promise.all(people.slice(0, BURST).map((u, i) => attempt(handle, u, burstSlot, `bench-burst-${i}`)));
    const wall = performance.now() - t;
    const ok = burst.filter((r) => r.ok);
    const full = burst.filter((r) => !r.ok && r.kind === "full");
    const other = burst.filter((r): r is Extract<Outcome, { ok: false }> => !r.ok && r.kind === "other");
    console.log(
      `1. ${BURST} concurrent attempts by ${BURST} citizens at one slot of capacity ${BURST_CAPACITY} (wall ${ms(wall)}, load average ${la()})`,
    );
    console.log(
      `  confirmations ${ok.length}, refused as full ${full.length}, errors ${other.length}${other.length ? ` (${other[0]!.message})` : ""}; ${(BURST / (wall / 1000)).toFixed(0)} attempts/s`,
    );
    console.log(`  latency of all attempts: ${summary(burst.map((r) => r.ms))}; of confirmations: ${summary(ok.map((r) => r.ms))}`);
    await verify(
      handle,
      `${backend} burst`,
      [burstSlot],
      ok.map((r) => (r.ok ? r.id : 0)),
      BURST_CAPACITY,
    );
    if (other.length) failures.push(`${backend} burst: ${other.length} unexpected errors`);

    // 2. the 07:00 release: many slots open at one instant
    const releaseAt = new Date(Date.now() + 3000);
    const slotIds: number[] = [];
    for (let i = 0; i < RELEASE_SLOTS; i++)
      slotIds.push(await benchSlot(handle, RELEASE_CAPACITY, releaseAt, "2099-01-02", "bench:release"));
    await new Promise((r) => setTimeout(r, Math.max(0, releaseAt.getTime() - Date.now())));
    t = performance.now();
    const latencies: number[] = [];
    let errors = 0;
    let firstError = "";
    const confirmed: number[] = [];
    let attempts = 0;
    // What the slot list shows everyone: a slot someone was told is full is marked 约满 and not tried again.
    const shownFull = new Set<number>();
    await Promise.all(
      people.slice(BURST).map(async (u, i) => {
        const tried = new Set<number>();
        for (;;) {
          const left = slotIds.filter((s) => !tried.has(s) && !shownFull.has(s));
          if (left.length === 0) return;
          const slotId = left[Math.floor(Math.random() * left.length)]!;
          tried.add(slotId);
          attempts++;
          const r = await attempt(handle, u, slotId, `bench-release-${i}-${slotId}`);
          latencies.push(r.ms);
          if (r.ok) {
            confirmed.push(r.id);
            return;
          }
          if (r.kind === "full") shownFull.add(slotId);
          if (r.kind === "other") {
            errors++;
            firstError ||= r.message;
            return;
          }
        }
      }),
    );
    const sellOut = performance.now() - t;
    console.log(
      `2. release: ${RELEASE_PEOPLE.toLocaleString("en")} citizens at ${RELEASE_SLOTS} slots × ${RELEASE_CAPACITY} opening at once (load average ${la()})`,
    );
    console.log(
      `  confirmations ${confirmed.length} of ${RELEASE_SLOTS * RELEASE_CAPACITY} places, ${attempts.toLocaleString("en")} attempts, errors ${errors}${errors ? ` (${firstError})` : ""}, all settled in ${(sellOut / 1000).toFixed(1)} s`,
    );
    console.log(`  latency per attempt: ${summary(latencies)}; ${(attempts / (sellOut / 1000)).toFixed(0)} attempts/s`);
    console.log(
      "  (one process plays every citizen and runs the service: attempts queue for its event loop and the pool, so latency ≈ time to drain the burst)",
    );
    await verify(handle, `${backend} release`, slotIds, confirmed, RELEASE_SLOTS * RELEASE_CAPACITY);
    if (errors) failures.push(`${backend} release: ${errors} unexpected errors`);
  } finally {
    if (drop) await drop();
    else await handle.close();
  }
}

for (const b of BACKENDS) await run(b);
console.log(
  failures.length
    ? `\nFAILED:\n- ${failures.join("\n- ")}`
    : "\nall checks passed: never more bookings than capacity, no confirmation lost",
);
process.exit(failures.length ? 1 : 0);
