// `npm start`: build if the sources changed, migrate, seed an empty database, serve, print demo accounts.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ensureLocalSecrets } from "@/server/lib/local-secrets";
import { openDatabase } from "@/server/db";
import { seed } from "@/drizzle/seed/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/drizzle/seed/demo-accounts";

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const port = process.env.PORT ?? "3000";
const host = process.env.HOSTNAME ?? "0.0.0.0";
const SOURCES = ["app", "components", "server", "drizzle", "public", "proxy.ts", "next.config.ts", "package.json", "postcss.config.mjs"];

function newestMtime(p: string): number {
  const full = path.join(root, p);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built);
}

ensureLocalSecrets();
// Auth.js builds its redirect URLs (WeChat callback, error pages) from AUTH_URL; without it, a
// server bound to 0.0.0.0 would send browsers to http://0.0.0.0:PORT.
process.env.AUTH_URL ??= `http://localhost:${port}`;
if (needsBuild()) {
  console.log("› Building the production bundle (first start, or sources changed)…");
  const r = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const handle = await openDatabase();
console.log(
  `› Database: ${handle.backend === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${process.env.PGLITE_DIR ?? ".data/pglite"}`}`,
);
await handle.migrate();
const { created } = await seed(handle.db);
if (created > 0) console.log(`› Seeded ${created} demo accounts and reference data`);
await handle.close();

// scripts/serve.ts: Next.js with a fast path for cached public pages (see that file).
const server = spawn("npx", ["tsx", "scripts/serve.ts"], {
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, NODE_ENV: "production", PORT: port, HOSTNAME: host },
});
let announced = false;
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (!announced && /ready|started|Local:/i.test(chunk.toString())) {
    announced = true;
    console.log(`\n智慧南通 is running at http://localhost:${port}\n\nDemo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(10)} ${a.phone}  ${a.label}`);
    console.log("\nSMS codes (dev transport) are printed in this log as “dev SMS transport”.\n");
  }
});
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
