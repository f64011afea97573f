import { getDatabase, type DatabaseHandle, type LockSession } from "@/server/db";
import { logger } from "./logger";

/**
 * Work that must run once per cluster, not once per app instance (simulators, feed ingestion, SLA
 * reminders, alert fan-out), is guarded by a PostgreSQL session-level advisory lock named after the
 * job. The lock belongs to one database connection: if the instance holding it dies, PostgreSQL
 * releases it with the connection and a standby takes over. No broker or extra service is needed.
 *
 * Within one process the same name is also held at most once (PGlite, the embedded single-instance
 * database, has no other instance to lock out).
 */

/** Names held in this process, per database handle (two handles = two instances in tests). */
const heldHere = new WeakMap<DatabaseHandle, Set<string>>();

function claimLocally(handle: DatabaseHandle, name: string): boolean {
  let names = heldHere.get(handle);
  if (!names) heldHere.set(handle, (names = new Set()));
  if (names.has(name)) return false;
  names.add(name);
  return true;
}

function releaseLocally(handle: DatabaseHandle, name: string) {
  heldHere.get(handle)?.delete(name);
}

/** Takes the cluster-wide lock `name` on a session of its own, or returns null when another holder has it. */
async function acquire(handle: DatabaseHandle, name: string): Promise<LockSession | null> {
  if (!claimLocally(handle, name)) return null;
  let session: LockSession | null = null;
  try {
    session = await handle.lockSession();
    if (await session.tryLock(name)) return session;
  } catch (e) {
    logger.warn({ err: e, lock: name }, "cluster lock: could not try the lock");
  }
  await session?.release().catch(() => {});
  releaseLocally(handle, name);
  return null;
}

async function giveUp(handle: DatabaseHandle, name: string, session: LockSession) {
  try {
    await session.unlock(name);
  } catch {
    // the connection is gone, and the lock with it
  } finally {
    await session.release().catch(() => {});
    releaseLocally(handle, name);
  }
}

/**
 * Runs `task` if no other instance (or caller in this process) is running the job `name` right
 * now; otherwise returns at once with `{ ran: false }`. For jobs triggered on every instance (a
 * timer, an incoming event) that must happen once.
 */
export async function runOncePerCluster<T>(
  name: string,
  task: () => Promise<T>,
  opts: { handle?: DatabaseHandle } = {},
): Promise<{ ran: true; value: T } | { ran: false }> {
  const handle = opts.handle ?? (await getDatabase());
  const session = await acquire(handle, name);
  if (!session) return { ran: false };
  try {
    return { ran: true, value: await task() };
  } finally {
    await giveUp(handle, name, session);
  }
}

export type Leadership = {
  /** Whether this instance leads `name` right now. */
  isLeader: () => boolean;
  /** Stops leading (aborts the task's signal, releases the lock) or stops waiting to lead. */
  stop: () => Promise<void>;
};

/**
 * Makes this instance a contender for leading the long-running job `name` (a simulator, a feed
 * poller): every `retryMs` it tries the lock; the one instance that holds it runs `lead(signal)`.
 * The signal aborts when leadership ends: stop(), or the lock's connection failing its heartbeat
 * (PostgreSQL has then released the lock and another instance may already lead). When `lead`
 * returns or throws, the instance resigns and competes again.
 */
export function startLeader(
  name: string,
  lead: (signal: AbortSignal) => Promise<void> | void,
  opts: { handle?: DatabaseHandle; retryMs?: number; heartbeatMs?: number } = {},
): Leadership {
  const retryMs = opts.retryMs ?? 5_000;
  const heartbeatMs = opts.heartbeatMs ?? 5_000;
  let stopped = false;
  let leading: { abort: AbortController; done: Promise<void> } | null = null;
  let timer: NodeJS.Timeout | null = null;

  const schedule = () => {
    if (!stopped) timer = setTimeout(() => void attempt(), retryMs);
  };

  const attempt = async () => {
    timer = null;
    if (stopped) return;
    const handle = opts.handle ?? (await getDatabase());
    const session = await acquire(handle, name);
    if (!session) return schedule();
    if (stopped) {
      await giveUp(handle, name, session);
      return;
    }
    const abort = new AbortController();
    const heartbeat = setInterval(() => {
      session.ping().catch((e: unknown) => {
        logger.warn({ err: e, lock: name }, "cluster lock: lost the lock's connection, resigning");
        abort.abort(new Error("leadership lost"));
      });
    }, heartbeatMs);
    const done = (async () => {
      try {
        await lead(abort.signal);
      } catch (e) {
        if (!abort.signal.aborted) logger.error({ err: e, lock: name }, "cluster leader task failed");
      } finally {
        clearInterval(heartbeat);
        abort.abort();
        await giveUp(handle, name, session);
        leading = null;
        schedule();
      }
    })();
    leading = { abort, done };
  };

  void attempt();
  return {
    isLeader: () => leading !== null && !leading.abort.signal.aborted,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      const current = leading;
      if (current) {
        current.abort.abort();
        await current.done;
      }
    },
  };
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    timer.unref?.();
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/**
 * A periodic job run by one instance of the cluster (a simulator tick, a feed poll): the leader of
 * `name` runs `task` at once and then every `intervalMs` (a slow run is never overlapped by the
 * next); a failed run is reported to `onError` and the next one runs as usual. When the leader goes
 * away another instance takes over within `retryMs`.
 */
export function startLeaderLoop(
  name: string,
  intervalMs: number,
  task: (signal: AbortSignal) => Promise<unknown>,
  opts: { handle?: DatabaseHandle; retryMs?: number; onError?: (e: unknown) => void } = {},
): Leadership {
  return startLeader(
    name,
    async (signal) => {
      while (!signal.aborted) {
        try {
          await task(signal);
        } catch (e) {
          if (!signal.aborted) (opts.onError ?? ((err) => logger.warn({ err, lock: name }, "cluster job failed")))(e);
        }
        await pause(intervalMs, signal);
      }
    },
    { handle: opts.handle, retryMs: opts.retryMs ?? Math.min(intervalMs, 30_000) },
  );
}
