// `npm start`: build if the sources changed, migrate, seed an empty database, serve, print demo accounts.
import { spawn } from "node:child_process";
import { ensureLocalSecrets } from "@/server/lib/local-secrets";
import { openDatabase } from "@/server/db";
import { seed } from "@/drizzle/seed/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/drizzle/seed/demo-accounts";
import { build, distDir, staleReason } from "./build";

const port = process.env.PORT ?? "3000";
const host = process.env.HOSTNAME ?? "0.0.0.0";

ensureLocalSecrets();
// AUTH_URL is not defaulted: without it, sign-in redirects and the WeChat redirect_uri use the origin the
// browser came by (server/lib/public-origin.ts), so http://127.0.0.1:PORT and a LAN address both work.
const stale = staleReason();
if (stale && process.env.NT_REQUIRE_BUILD === "1") {
  // npm test builds in a stage of its own first; its e2e server must serve that build, not make another.
  console.error(`› NT_REQUIRE_BUILD=1 but ${stale}: run \`NEXT_DIST_DIR=${distDir} npx tsx scripts/build.ts\` first.`);
  process.exit(1);
}
if (stale) {
  console.log(`› Building the production bundle (${stale})…`);
  build();
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
