import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/server/db";
import { runOncePerCluster, startLeader, startLeaderLoop } from "@/server/lib/cluster-lock";
import { BACKENDS, createTestDatabase } from "../helpers/db";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts how many contenders are inside the guarded section at once. */
function section() {
  let inside = 0;
  let most = 0;
  const entries: string[] = [];
  return {
    enter(who: string) {
      inside++;
      most = Math.max(most, inside);
      entries.push(who);
    },
    leave() {
      inside--;
    },
    get most() {
      return most;
    },
    entries,
  };
}

describe.each(BACKENDS)("runOncePerCluster and startLeader on %s", (backend) => {
  // Two instances: on PostgreSQL two separate connection pools to one database; PGlite is
  // embedded in one process, so both contenders share its handle there.
  let a: DatabaseHandle;
  let b: DatabaseHandle;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    a = t.handle;
    b = t.url ? await openDatabase({ url: t.url, poolSize: 3 }) : a;
    cleanup = async () => {
      if (b !== a) await b.close();
      await t.cleanup();
    };
  });
  afterAll(() => cleanup());

  it("two contenders never both run a job; the loser returns at once", async () => {
    const s = section();
    const job = (who: string) => async () => {
      s.enter(who);
      await sleep(150);
      s.leave();
      return who;
    };
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all([
        runOncePerCluster("test:fan-out", job("a"), { handle: a }),
        runOncePerCluster("test:fan-out", job("b"), { handle: b }),
      ]);
      expect(results.filter((r) => r.ran)).toHaveLength(1);
    }
    expect(s.most).toBe(1);
    expect(s.entries).toHaveLength(5);
    // Released after each run: a later contender runs.
    expect(await runOncePerCluster("test:fan-out", async () => 42, { handle: b })).toEqual({ ran: true, value: 42 });
  });

  it("one leader at a time; when it stops, the standby takes over", async () => {
    const s = section();
    const lead = (who: string) => async (signal: AbortSignal) => {
      s.enter(who);
      await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
      s.leave();
    };
    const one = startLeader("test:simulator", lead("one"), { handle: a, retryMs: 30 });
    const two = startLeader("test:simulator", lead("two"), { handle: b, retryMs: 30 });
    await sleep(400);
    expect(s.most).toBe(1);
    expect([one.isLeader(), two.isLeader()].filter(Boolean)).toHaveLength(1);
    const [leader, standby] = one.isLeader() ? [one, two] : [two, one];
    await leader.stop();
    await sleep(300);
    expect(standby.isLeader()).toBe(true);
    expect(s.entries).toHaveLength(2);
    expect(new Set(s.entries).size).toBe(2);
    expect(s.most).toBe(1);
    await standby.stop();
    expect(standby.isLeader()).toBe(false);
  });

  it("runs a periodic job on the leader only, keeps going after a failed run, and stops with the leader", async () => {
    const runs: string[] = [];
    const errors: unknown[] = [];
    const job = (who: string) => async () => {
      runs.push(who);
      if (runs.length === 2) throw new Error("one bad tick");
    };
    const one = startLeaderLoop("test:loop", 40, job("one"), { handle: a, retryMs: 30, onError: (e) => errors.push(e) });
    const two = startLeaderLoop("test:loop", 40, job("two"), { handle: b, retryMs: 30, onError: (e) => errors.push(e) });
    await sleep(400);
    expect(new Set(runs).size).toBe(1);
    expect(runs.length).toBeGreaterThan(3);
    expect(errors).toHaveLength(1);
    await one.stop();
    await two.stop();
    const count = runs.length;
    await sleep(150);
    expect(runs.length).toBe(count);
  });
});

describe("cluster locks and the request pool", () => {
  it.runIf(BACKENDS.includes("postgres"))("leading more jobs than the pool has connections leaves the pool to requests", async () => {
    const t = await createTestDatabase("postgres");
    const small = await openDatabase({ url: t.url, poolSize: 2 });
    const stops: Array<() => Promise<void> | void> = [];
    try {
      for (const name of ["pool-test:a", "pool-test:b", "pool-test:c", "pool-test:d"]) {
        const leader = startLeaderLoop(name, 60_000, async () => {}, { handle: small, onError: () => {} });
        stops.push(leader.stop);
      }
      await sleep(300);
      // Before the locks had a client of their own, four leaders held both connections and this waited for ever.
      const answer = await Promise.race([
        small.db.execute(sql`select 1 as one`).then(() => "answered"),
        sleep(5_000).then(() => "starved"),
      ]);
      expect(answer).toBe("answered");
    } finally {
      for (const stop of stops) await stop();
      await small.close();
      await t.cleanup();
    }
  });
});
