import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { inject } from "vitest";
import { openDatabase, setDatabaseForTests, type DatabaseHandle } from "@/server/db";
import { seed } from "@/drizzle/seed/seed";

export type Backend = "pglite" | "postgres";

/**
 * Integration tests run on PGlite always, and on PostgreSQL too when DATABASE_URL is set.
 * TEST_BACKENDS (`pglite`, `postgres` or both, comma-separated) narrows that: `npm test` runs the two
 * backends as two timed stages.
 */
export const BACKENDS: Backend[] = process.env.TEST_BACKENDS
  ? process.env.TEST_BACKENDS.split(",").map((b) => {
      if (b !== "pglite" && b !== "postgres") throw new Error(`TEST_BACKENDS: unknown backend ${b}`);
      return b;
    })
  : process.env.DATABASE_URL
    ? ["pglite", "postgres"]
    : ["pglite"];

/**
 * A migrated, seeded database of its own: PGlite, or a throwaway PostgreSQL database created next to
 * DATABASE_URL's (never the machine's own databases) and dropped afterwards.
 *
 * Migrating and seeding takes seconds, so it happens once per test run and backend (by whichever test
 * file asks first; the others wait for it): a PGlite data directory that each file copies, and a
 * PostgreSQL template database that each file's database is created from. Every file still gets a
 * fresh database of its own, identical to a freshly migrated and seeded one.
 */
export async function createTestDatabase(
  backend: Backend,
): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void>; url?: string }> {
  const run = runDir();
  if (backend === "pglite") {
    const template = path.join(run, "pglite-template");
    await once(run, "pglite", async () => {
      const h = await openDatabase({ url: "", dataDir: template });
      await h.migrate();
      await seed(h.db);
      await h.close();
    });
    const dataDir = path.join(run, `pglite-${process.pid}-${randomBytes(4).toString("hex")}`);
    cpSync(template, dataDir, { recursive: true });
    const handle = await openDatabase({ url: "", dataDir });
    setDatabaseForTests(handle);
    return {
      handle,
      cleanup: async () => {
        await handle.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is not set");
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  const template = `nt_it_tpl_${path.basename(run).replace(/\W/g, "_").toLowerCase()}`;
  await once(run, "postgres", async () => {
    await admin.unsafe(`create database ${template}`);
    // Recorded before it is filled, so the global teardown drops it even if seeding fails.
    writeFileSync(path.join(run, "postgres-template"), template);
    const h = await openDatabase({ url: withDatabase(base, template), poolSize: 2 });
    await h.migrate();
    await seed(h.db);
    await h.close();
  });
  const name = `nt_it_${process.pid}_${randomBytes(4).toString("hex")}`;
  await admin.unsafe(`create database ${name} template ${template}`);
  const url = withDatabase(base, name);
  const handle = await openDatabase({ url, poolSize: 5 });
  setDatabaseForTests(handle);
  return {
    handle,
    url,
    cleanup: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The directory this test run shares between its workers (tests/global-setup.ts makes and removes it). */
function runDir(): string {
  let dir: string | undefined;
  try {
    dir = inject("testRunDir");
  } catch {
    // not under vitest's global setup (e.g. a script): a directory of this process's own
  }
  dir ??= path.join(os.tmpdir(), `nt-test-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Runs `build` once per run directory across worker processes: the first caller builds (holding a lock
 * file), the others wait until it is ready. A failed build fails every waiter with its message.
 */
async function once(dir: string, name: string, build: () => Promise<void>): Promise<void> {
  const ready = path.join(dir, `${name}.ready`);
  const failed = path.join(dir, `${name}.failed`);
  if (existsSync(ready)) return;
  let lock: number | undefined;
  try {
    lock = openSync(path.join(dir, `${name}.lock`), "wx");
  } catch {
    // another worker is building it
  }
  if (lock !== undefined) {
    closeSync(lock);
    try {
      await build();
      writeFileSync(ready, "");
    } catch (e) {
      writeFileSync(failed, e instanceof Error ? (e.stack ?? e.message) : String(e));
      throw e;
    }
    return;
  }
  const deadline = Date.now() + 5 * 60_000;
  while (!existsSync(ready)) {
    if (existsSync(failed))
      throw new Error(`building the ${name} test database failed in another worker:\n${readFileSync(failed, "utf8")}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for the ${name} test database`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
