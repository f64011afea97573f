#!/usr/bin/env node
// `npm test`: lint, types, unit + integration (PGlite; PostgreSQL too when DATABASE_URL is set),
// then Playwright end-to-end in Debian Chromium. Installs chromium + fonts-noto-cjk when it can.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";

const started = Date.now();
const results = [];

function step(name, cmd, args, env = {}) {
  console.log(`\n━━ ${name}: ${cmd} ${args.join(" ")}`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - t) / 1000) });
  if (!ok) throw Object.assign(new Error(`${name} failed`), { exitCode: r.status ?? 1 });
}

function finish(code) {
  console.log("\n━━ Summary");
  for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.name} (${r.seconds}s)`);
  console.log(`  total ${Math.round((Date.now() - started) / 1000)}s`);
  process.exit(code);
}

function has(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

function ensureBrowser() {
  const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  const fonts = spawnSync("sh", ["-c", "fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'"]).status === 0;
  if (existsSync(chrome) && fonts) return;
  const apt = "apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk";
  const root = process.getuid?.() === 0;
  if (has("apt-get") && (root || has("sudo"))) {
    console.log(`━━ Installing Chromium and CJK fonts: ${apt}`);
    const r = spawnSync("sh", ["-c", root ? apt : `sudo sh -c '${apt}'`], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (r.status === 0 && existsSync(chrome)) return;
  }
  console.error(
    `\nPlaywright needs Debian's Chromium and CJK fonts. Run:\n  sudo ${apt}\n(or set CHROME_PATH to a Chromium binary) and run npm test again.`,
  );
  process.exit(1);
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

process.on("uncaughtException", (e) => finish(e.exitCode ?? 1));

ensureBrowser();
step("format", "npx", ["prettier", "--check", "."]);
step("lint", "npx", ["eslint", "."]);
step("types", "npx", ["tsc", "--noEmit"]);
step(`unit + integration (${process.env.DATABASE_URL ? "PGlite + PostgreSQL" : "PGlite"})`, "npx", ["vitest", "run"]);

rmSync(".data/e2e-pglite", { recursive: true, force: true });
const db = await e2eDatabase();
try {
  step(`end-to-end (Chromium, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, "npx", ["playwright", "test"], db.env);
} finally {
  await db.drop().catch((e) => console.error("could not drop the e2e database:", e.message));
}
finish(0);
