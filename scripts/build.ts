// The production bundle: built only when it is missing or older than the sources.
// `npx tsx scripts/build.ts` builds if needed (npm test runs it as its own timed stage, so the e2e
// server never builds); `scripts/start.ts` uses the same check.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = process.cwd();
export const distDir = process.env.NEXT_DIST_DIR ?? ".next";
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

/** Why the bundle in distDir must be (re)built, or null when it is up to date. */
export function staleReason(): string | null {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return `no build in ${distDir}`;
  const built = statSync(buildId).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(s) > built);
  return changed ? `${changed} changed since the build in ${distDir}` : null;
}

/** Runs `next build` into distDir; exits the process if it fails. */
export function build(): void {
  const r = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const reason = staleReason();
  if (reason) {
    console.log(`› Building the production bundle (${reason})…`);
    build();
  } else console.log(`› The production bundle in ${distDir} is up to date.`);
}
