#!/usr/bin/env node
// `npm test`: format, lint, types, unit + integration on PGlite (and on PostgreSQL when DATABASE_URL is
// set, as a stage of its own), the production build, then Playwright end-to-end in Debian Chromium
// against that build. Installs chromium + fonts-noto-cjk when it can. Prints each stage's time at the end.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";

const started = Date.now();
const results = [];
// The e2e server's build directory (playwright.config.ts uses the same default).
const E2E_DIST = process.env.NEXT_DIST_DIR ?? ".data/next-e2e";

function step(name, cmd, args, env = {}) {
  console.log(`\n━━ ${name}: ${cmd} ${args.join(" ")}`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok, ms: Date.now() - t });
  if (!ok) throw Object.assign(new Error(`${name} failed`), { exitCode: r.status ?? 1 });
}

const mmss = (ms) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

function finish(code) {
  console.log("\n━━ Summary (minutes:seconds)");
  const width = Math.max(...results.map((r) => r.name.length), 5);
  for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.name.padEnd(width)}  ${mmss(r.ms).padStart(6)}`);
  console.log(`    ${"total".padEnd(width)}  ${mmss(Date.now() - started).padStart(6)}`);
  console.log(
    `  load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} on ${availableParallelism()} cores`,
  );
  process.exit(code);
}

function has(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

/**
 * Chromium, its headless shell (what the e2e suite runs in when present: about half the CPU per page) and
 * CJK fonts, installed with apt when missing and possible. Without the shell the suite uses the full browser.
 */
function ensureBrowser() {
  const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  const fonts = spawnSync("sh", ["-c", "fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'"]).status === 0;
  const missing = [
    ...(existsSync(chrome) ? [] : ["chromium"]),
    ...(process.env.CHROME_PATH || existsSync("/usr/bin/chromium-headless-shell") ? [] : ["chromium-headless-shell"]),
    ...(fonts ? [] : ["fonts-noto-cjk"]),
  ];
  if (missing.length === 0) return;
  const apt = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(" ")}`;
  const root = process.getuid?.() === 0;
  if (has("apt-get") && (root || has("sudo"))) {
    const t = Date.now();
    console.log(`━━ Installing ${missing.join(", ")}: ${apt}`);
    const r = spawnSync("sh", ["-c", root ? apt : `sudo sh -c '${apt}'`], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    results.push({ name: `install ${missing.join(", ")}`, ok: r.status === 0, ms: Date.now() - t });
    if (r.status === 0 && existsSync(chrome)) return;
  }
  if (missing.length === 1 && missing[0] === "chromium-headless-shell") {
    console.warn(
      `\nchromium-headless-shell is missing: the e2e suite runs in the full browser, more slowly. To install it:\n  sudo ${apt}`,
    );
    return;
  }
  console.error(
    `\nPlaywright needs Debian's Chromium and CJK fonts. Run:\n  sudo ${apt}\n(or set CHROME_PATH to a Chromium binary) and run npm test again.`,
  );
  process.exit(1);
}

/** Test files that open a database through tests/helpers/db.ts: the ones the PostgreSQL stage runs. */
function databaseTestFiles() {
  const found = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".test.ts") && readFileSync(p, "utf8").includes("createTestDatabase(")) found.push(p);
    }
  };
  for (const dir of ["server", "components", "drizzle", "tests"]) if (existsSync(dir)) walk(dir);
  return found.sort();
}

/** A throwaway PostgreSQL database for the e2e server, next to DATABASE_URL's. */
async function e2eDatabase() {
  if (!process.env.DATABASE_URL) return { env: {}, drop: async () => {} };
  const { default: postgres } = await import("postgres");
  const name = `nt_e2e_${Date.now()}`;
  const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

process.on("uncaughtException", (e) => {
  if (!e.exitCode) console.error(e);
  finish(e.exitCode ?? 1);
});

ensureBrowser();
step("format (prettier)", "npx", ["prettier", "--check", "."]);
step("lint (eslint)", "npx", ["eslint", "."]);
step("types (tsc)", "npx", ["tsc", "--noEmit"]);
step("unit + integration on PGlite (vitest)", "npx", ["vitest", "run"], { TEST_BACKENDS: "pglite" });
if (process.env.DATABASE_URL)
  step("integration on PostgreSQL (vitest)", "npx", ["vitest", "run", ...databaseTestFiles()], { TEST_BACKENDS: "postgres" });
step(`production build (${E2E_DIST})`, "npx", ["tsx", "scripts/build.ts"], { NEXT_DIST_DIR: E2E_DIST });

rmSync(".data/e2e-pglite", { recursive: true, force: true });
const db = await e2eDatabase();
try {
  // NT_REQUIRE_BUILD: the e2e server serves the build above and fails rather than building again.
  step(`end-to-end (Playwright, Chromium, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, "npx", ["playwright", "test"], {
    ...db.env,
    NEXT_DIST_DIR: E2E_DIST,
    NT_REQUIRE_BUILD: "1",
  });
} finally {
  await db.drop().catch((e) => console.error("could not drop the e2e database:", e.message));
}
finish(0);
