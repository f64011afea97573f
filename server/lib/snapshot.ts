import type { DB } from "@/server/db";

/**
 * A per-instance, per-database snapshot of a small table with whatever was derived from it (a
 * pinyin search index): loaded on first use, kept while a cheap stamp query (count + newest change)
 * returns the same value, re-checked at most every `ttlMs`. PostgreSQL stays the source of truth;
 * `invalidate` rebuilds at once after a change made on this instance.
 */
export function snapshotCache<S>(opts: { stamp: (db: DB) => Promise<string>; load: (db: DB) => Promise<S>; ttlMs?: number }) {
  const ttlMs = opts.ttlMs ?? 30_000;
  type Entry = { loadedAt: number; stamp: string; value: S };
  const entries = new WeakMap<DB, Promise<Entry>>();

  async function build(db: DB): Promise<Entry> {
    const stamp = await opts.stamp(db);
    return { loadedAt: Date.now(), stamp, value: await opts.load(db) };
  }

  return {
    async get(db: DB): Promise<S> {
      const current = entries.get(db);
      if (current) {
        const e = await current;
        if (Date.now() - e.loadedAt < ttlMs) return e.value;
        if ((await opts.stamp(db)) === e.stamp) {
          e.loadedAt = Date.now();
          return e.value;
        }
      }
      const p = build(db);
      entries.set(db, p);
      p.catch(() => entries.delete(db));
      return (await p).value;
    },
    invalidate(db: DB): void {
      entries.delete(db);
    },
  };
}
