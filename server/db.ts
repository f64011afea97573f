import path from "node:path";
import { mkdirSync } from "node:fs";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "@/drizzle/schema";

/** The one database type every service takes: PGlite and postgres.js share the pg-core API. */
export type DB = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * A database session of its own for session-level advisory locks (server/lib/cluster-lock.ts): the
 * lock lives as long as the session, so a leader that dies releases it with its connection.
 */
export type LockSession = {
  tryLock: (name: string) => Promise<boolean>;
  unlock: (name: string) => Promise<void>;
  /** A round trip on the session; throws when the connection (and with it the lock) is gone. */
  ping: () => Promise<void>;
  release: () => Promise<void>;
};

type Handle = {
  db: DB;
  backend: "pglite" | "postgres";
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  lockSession: () => Promise<LockSession>;
};

const MIGRATIONS = path.join(process.cwd(), "drizzle", "migrations");

/**
 * Opens the database: postgres.js when DATABASE_URL is set, otherwise embedded PGlite under
 * PGLITE_DIR (default `.data/pglite`); `dataDir: "memory://"` gives a throwaway in-memory one.
 */
export async function openDatabase(opts: { url?: string; dataDir?: string; poolSize?: number } = {}): Promise<Handle> {
  // An explicit empty url forces PGlite even when DATABASE_URL is set (tests).
  const url = opts.url ?? process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(url, {
      max: opts.poolSize ?? Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
    });
    const db = drizzle(client, { schema, casing: "snake_case" });
    // Cluster locks hold a connection each for as long as the instance leads a job (five background jobs):
    // from a client of their own, so they never take the request pool's connections (with
    // DATABASE_POOL_SIZE=5 they took all of them, and every request waited for ever).
    let lockClient: ReturnType<typeof postgres> | null = null;
    return {
      db,
      backend: "postgres",
      migrate: () => migrate(db, { migrationsFolder: MIGRATIONS }),
      close: async () => {
        await Promise.all([client.end({ timeout: 5 }), lockClient?.end({ timeout: 5 })]);
      },
      lockSession: async () => {
        lockClient ??= postgres(url, { max: 16, onnotice: () => {} });
        const conn = await lockClient.reserve();
        return {
          tryLock: async (name) => (await conn`select pg_try_advisory_lock(hashtextextended(${name}, 0)) as ok`)[0]?.ok === true,
          unlock: async (name) => {
            await conn`select pg_advisory_unlock(hashtextextended(${name}, 0))`;
          },
          ping: async () => {
            await conn`select 1`;
          },
          release: async () => conn.release(),
        };
      },
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dataDir = opts.dataDir ?? process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite");
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  const db = drizzle(client, { schema, casing: "snake_case" });
  return {
    db,
    backend: "pglite",
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS }),
    close: () => client.close(),
    // PGlite lives inside this one process, so there is no other instance to lock out; cluster-lock.ts
    // still keeps two contenders of this process apart.
    lockSession: async () => ({ tryLock: async () => true, unlock: async () => {}, ping: async () => {}, release: async () => {} }),
  };
}

declare global {
  // The process-wide database handle survives Next's module reloads in development.
  var __ntDb: Promise<Handle> | undefined;
}
const globalForDb = globalThis;

/** The process-wide database, opened on first use (the server holds the only PGlite connection). */
export function getDatabase(): Promise<Handle> {
  globalForDb.__ntDb ??= openDatabase();
  return globalForDb.__ntDb;
}

/** Shortcut for services called from routes. */
export async function getDb(): Promise<DB> {
  return (await getDatabase()).db;
}

/** Tests point the process-wide database at their own instance. */
export function setDatabaseForTests(handle: Handle): void {
  globalForDb.__ntDb = Promise.resolve(handle);
}

export type DatabaseHandle = Handle;
