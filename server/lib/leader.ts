/**
 * Leader election for background work that must run once per cluster (simulators, feed ingestion):
 * a PostgreSQL session-level advisory lock held on a connection of its own. Whichever instance holds
 * the lock leads; when it stops or its connection dies, PostgreSQL releases the lock and another
 * instance takes over at its next attempt.
 *
 * With embedded PGlite there is only one process (PGlite cannot be shared), so leadership is decided
 * in-process; two electors in one process never both lead either way.
 *
 * (Issue 11's `runOncePerCluster` may land in server/lib as well; the lead will unify the two.)
 */

type Sql = import("postgres").Sql;

const heldInProcess = new Set<number>();

export type LeaderElector = {
  /** Tries to become (or stay) the leader; true while this elector holds the lock. */
  tryAcquire(): Promise<boolean>;
  isLeader(): boolean;
  /** Gives up leadership and closes the dedicated connection. */
  release(): Promise<void>;
};

/**
 * An elector for one lock key (a positive 31-bit integer, one per kind of job). With `url` (or
 * DATABASE_URL) it uses PostgreSQL advisory locks; without, it decides in-process.
 */
export function createLeaderElector(key: number, opts: { url?: string } = {}): LeaderElector {
  if (!Number.isInteger(key) || key <= 0 || key >= 2 ** 31) throw new RangeError("lock key must be a positive 31-bit integer");
  const url = opts.url ?? process.env.DATABASE_URL;
  let leader = false;

  if (!url) {
    return {
      async tryAcquire() {
        if (leader) return true;
        if (heldInProcess.has(key)) return false;
        heldInProcess.add(key);
        leader = true;
        return true;
      },
      isLeader: () => leader,
      async release() {
        if (leader) heldInProcess.delete(key);
        leader = false;
      },
    };
  }

  let client: Sql | null = null;
  const connect = async (): Promise<Sql> => {
    if (client) return client;
    const { default: postgres } = await import("postgres");
    // One connection, never shared: the advisory lock belongs to this session.
    client = postgres(url, { max: 1, idle_timeout: 0, max_lifetime: null, onnotice: () => {} });
    return client;
  };

  return {
    async tryAcquire() {
      try {
        const sql = await connect();
        // Still holding it on this very session? (After a reconnect the old session's lock is gone.)
        const [held] = await sql<{ held: boolean }[]>`
          select exists (
            select 1 from pg_locks
            where locktype = 'advisory' and classid = 0 and objid = ${key} and objsubid = 1
              and pid = pg_backend_pid() and granted
          ) as held`;
        if (held?.held) return (leader = true);
        const [got] = await sql<{ ok: boolean }[]>`select pg_try_advisory_lock(${key}::bigint) as ok`;
        leader = Boolean(got?.ok);
        return leader;
      } catch {
        // Database unreachable: nobody here leads until it is back.
        leader = false;
        return false;
      }
    },
    isLeader: () => leader,
    async release() {
      const c = client;
      client = null;
      leader = false;
      if (!c) return;
      try {
        await c`select pg_advisory_unlock_all()`;
      } finally {
        await c.end({ timeout: 5 });
      }
    },
  };
}

/** Lock keys of this codebase's cluster-wide jobs (one place, so they never collide). */
export const LEADER_KEYS = {
  transitRealtime: 13_001,
  parkingSimulator: 13_002,
  bikeSimulator: 13_003,
  airSimulator: 13_004,
} as const;

/**
 * Runs `task` every `intervalMs` on whichever instance leads for `key` (others skip their turn and
 * take over when the leader goes away). A slow run is never overlapped by the next. Returns a stop function.
 */
export function runLeaderLoop(
  key: number,
  intervalMs: number,
  task: () => Promise<unknown>,
  opts: { url?: string; onError?: (e: unknown) => void } = {},
) {
  const elector = createLeaderElector(key, { url: opts.url });
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      if (await elector.tryAcquire()) await task();
    } catch (e) {
      opts.onError?.(e);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref?.();
  return async () => {
    clearInterval(timer);
    await elector.release();
  };
}
