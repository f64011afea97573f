import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, setDatabaseForTests, type DatabaseHandle } from "@/server/db";
import { seed } from "@/drizzle/seed/seed";

export type Backend = "pglite" | "postgres";

/** Integration tests run on PGlite always, and on PostgreSQL too when DATABASE_URL is set. */
export const BACKENDS: Backend[] = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

/**
 * A migrated, seeded database of its own: in-memory PGlite, or a throwaway PostgreSQL database
 * created next to DATABASE_URL's (never the machine's own databases) and dropped afterwards.
 */
export async function createTestDatabase(
  backend: Backend,
): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void>; url?: string }> {
  if (backend === "pglite") {
    const handle = await openDatabase({ url: "", dataDir: "memory://" });
    await handle.migrate();
    await seed(handle.db);
    setDatabaseForTests(handle);
    return { handle, cleanup: () => handle.close() };
  }
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is not set");
  const name = `nt_it_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolSize: 5 });
  await handle.migrate();
  await seed(handle.db);
  setDatabaseForTests(handle);
  return {
    handle,
    url: url.toString(),
    cleanup: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
