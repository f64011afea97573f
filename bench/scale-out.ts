// Scale-out proof: two app instances on one PostgreSQL and one Redis behind nginx (round robin).
//
//   npx tsx bench/scale-out.ts
//
// 1. builds the production bundle into SCALE_DIST_DIR (.data/next-scale) when sources changed;
// 2. creates a database of its own (nt_scale_<pid>) next to SCALE_DATABASE_URL / DATABASE_URL
//    (default postgres://postgres@127.0.0.1:5432/postgres), migrates and seeds it;
// 3. starts instances A (:3241) and B (:3242) with the same secrets, REDIS_URL (default
//    redis://127.0.0.1:6379, keys under a prefix of this run) and one shared STORAGE_DIR, and nginx
//    on :3248 (Debian's nginx) in front of both;
// 4. checks: a session made on A works on B; an admin's catalogue edit through A shows on B's cached
//    page within 5 s; a rate limit counts requests to both instances together; a photo uploaded
//    through A is served by B; then prints wrk throughput through nginx with one and with two instances.
// Everything it started is stopped, and its database and Redis keys are dropped, at the end.
// Exits 1 if a check fails. Ports: SCALE_PORT_A, SCALE_PORT_B, SCALE_PORT_LB.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import Redis from "ioredis";
import { chromium } from "@playwright/test";
import { openDatabase } from "@/server/db";
import { seed } from "@/drizzle/seed/seed";
import { DEMO_PASSWORD } from "@/drizzle/seed/demo-accounts";

const root = process.cwd();
const PORT_A = Number(process.env.SCALE_PORT_A ?? 3241);
const PORT_B = Number(process.env.SCALE_PORT_B ?? 3242);
const PORT_LB = Number(process.env.SCALE_PORT_LB ?? 3248);
const A = `http://127.0.0.1:${PORT_A}`;
const B = `http://127.0.0.1:${PORT_B}`;
const LB = `http://127.0.0.1:${PORT_LB}`;
const DIST = process.env.SCALE_DIST_DIR ?? ".data/next-scale";
const BASE_DB = process.env.SCALE_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const WRK_SECONDS = Number(process.env.SCALE_WRK_SECONDS ?? 10);
const RUN = `nt_scale_${process.pid}`;
const REDIS_PREFIX = `${RUN}:`;
const CITIZEN = "13800000001";
const ADMIN = "13800000005";
const ITEM_ID = 42;
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);

/** The secrets every instance shares (and the seed uses for the sample ID numbers). */
const SECRETS = {
  AUTH_SECRET: `scale-${RUN}-secret-0123456789abcdef`,
  ID_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString("base64"),
  ID_HMAC_KEY: Buffer.alloc(32, 5).toString("base64"),
};
Object.assign(process.env, SECRETS);

const children: ChildProcess[] = [];
const results: { check: string; ok: boolean; detail: string }[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function record(check: string, ok: boolean, detail: string) {
  results.push({ check, ok, detail });
  console.log(`${ok ? "PASS" : "FAIL"}  ${check} — ${detail}`);
}

const SOURCES = ["app", "components", "server", "drizzle", "public", "proxy.ts", "next.config.ts", "package.json", "postcss.config.mjs"];
function newest(p: string): number {
  const full = path.join(root, p);
  if (!existsSync(full)) return 0;
  const st = statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(full).map((n) => newest(path.join(p, n))));
}

function build() {
  const buildId = path.join(root, DIST, "BUILD_ID");
  if (existsSync(buildId) && SOURCES.every((s) => newest(s) <= statSync(buildId).mtimeMs)) return;
  console.log(`› building into ${DIST} …`);
  const r = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: DIST } });
  if (r.status !== 0) throw new Error("next build failed");
}

function start(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout?.on("data", (d: Buffer) => process.env.SCALE_VERBOSE && process.stdout.write(`[${name}] ${d}`));
  child.stderr?.on("data", (d: Buffer) => process.stderr.write(`[${name}] ${d}`));
  children.push(child);
  return child;
}

async function waitUp(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not come up`);
}

function nginxConf(dir: string, upstreams: number[]): string {
  const conf = path.join(dir, `nginx-${upstreams.length}.conf`);
  writeFileSync(
    conf,
    `worker_processes 1;
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  client_max_body_size 40m;
  # Cached pages carry a CSP with one hash per script: larger headers than nginx's 4 KiB default.
  proxy_buffer_size 32k; proxy_buffers 8 32k; proxy_busy_buffers_size 64k;
  upstream app { ${upstreams.map((p) => `server 127.0.0.1:${p};`).join(" ")} keepalive 32; }
  server {
    listen 127.0.0.1:${PORT_LB};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`,
  );
  return conf;
}

/** A cookie jar for plain fetch: enough for Auth.js's credentials flow. */
class Jar {
  cookies = new Map<string, string>();
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  async fetch(url: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    headers.set("cookie", this.header());
    const res = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      const k = pair!.slice(0, i).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.cookies.delete(k);
      else this.cookies.set(k, pair!.slice(i + 1));
    }
    return res;
  }
  async signIn(base: string, phone: string) {
    const { csrfToken } = (await (await this.fetch(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
    const body = new URLSearchParams({ csrfToken, phone, password: DEMO_PASSWORD, callbackUrl: "/me" });
    await this.fetch(`${base}/api/auth/callback/password`, { method: "POST", body });
  }
  async sessionName(base: string): Promise<string | null> {
    const s = (await (await this.fetch(`${base}/api/auth/session`)).json()) as { user?: { name?: string } } | null;
    return s?.user?.name ?? null;
  }
}

async function checkSession() {
  const jar = new Jar();
  await jar.signIn(A, CITIZEN);
  const onA = await jar.sessionName(A);
  const onB = await jar.sessionName(B);
  const me = await jar.fetch(`${B}/me`);
  const html = await me.text();
  record(
    "session made on A works on B",
    onA !== null && onB === onA && me.status === 200 && html.includes(onB ?? "\u0000"),
    `signed in through A as ${onA}; B's /api/auth/session says ${onB}; B's /me ${me.status}`,
  );
}

async function checkCatalogueEdit(browser: import("@playwright/test").Browser) {
  const path = `/services/${ITEM_ID}`;
  await fetch(B + path);
  const warm = await fetch(B + path);
  const context = await browser.newContext({ baseURL: A });
  const page = await context.newPage();
  await page.goto("/login?method=password");
  const form = page.getByRole("form", { name: "密码登录" });
  await form.getByLabel("手机号", { exact: true }).fill(ADMIN);
  await form.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL((u) => u.pathname !== "/login");
  await page.goto(`/admin/catalogue/${ITEM_ID}`);
  const summary = `扩容验证 ${Date.now()}：本简介经实例 A 修改（示例）。`;
  const edit = page.getByRole("form", { name: "编辑事项" });
  await edit.getByLabel("简介").fill(summary);
  const saved = page.waitForResponse((r) => r.request().method() === "POST");
  await edit.getByRole("button", { name: "保存修改" }).click();
  await saved;
  const t0 = Date.now();
  let seenAfter = -1;
  while (Date.now() - t0 < 5_000) {
    if ((await (await fetch(B + path)).text()).includes(summary)) {
      seenAfter = Date.now() - t0;
      break;
    }
    await sleep(100);
  }
  const after = await fetch(B + path);
  record(
    "admin's catalogue edit through A shows on B within 5 s",
    seenAfter >= 0 && warm.headers.get("x-nextjs-cache") === "HIT",
    seenAfter >= 0
      ? `B's cached ${path} (was ${warm.headers.get("x-nextjs-cache")}) showed the new text ${seenAfter} ms after A saved; now ${after.headers.get("x-nextjs-cache")}`
      : `B still showed the old page after 5 s`,
  );
  await context.close();
}

async function checkRateLimit() {
  // applications.track: 30 per 10 minutes per client address (server/lib/rate-limit.ts).
  const ip = `192.0.2.${(process.pid % 200) + 20}`;
  const input = encodeURIComponent(JSON.stringify({ json: { serialNo: "NT2026010100000001", phoneLast4: "0000" } }));
  const codes: number[] = [];
  for (let i = 0; i < 31; i++) {
    const base = i % 2 === 0 ? A : B;
    const res = await fetch(`${base}/api/trpc/applications.track?input=${input}`, { headers: { "x-forwarded-for": ip } });
    codes.push(res.status);
  }
  const limited = codes.findIndex((c) => c === 429);
  record(
    "a rate limit counts across both instances",
    limited === 30 && codes.slice(0, 30).every((c) => c === 404),
    `30 lookups alternating A/B answered ${[...new Set(codes.slice(0, 30))].join("/")}; the 31st (on A) got ${codes[30]}` +
      " — with per-instance counters each would have allowed 30",
  );
}

async function checkUpload(browser: import("@playwright/test").Browser) {
  const context = await browser.newContext({ baseURL: A });
  const page = await context.newPage();
  await page.goto("/login?method=password");
  const form = page.getByRole("form", { name: "密码登录" });
  await form.getByLabel("手机号", { exact: true }).fill(CITIZEN);
  await form.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL((u) => u.pathname !== "/login");
  await page.goto("/12345");
  const f = page.getByRole("form", { name: "在线提交诉求" });
  await f.getByRole("radio", { name: "投诉" }).check();
  await f.getByLabel("诉求分类").selectOption({ label: "城市管理 › 路灯" });
  await f.getByLabel("诉求内容").fill("扩容验证：濠河北路路灯连续三晚不亮，夜间行人看不清路面，请尽快修复（示例）。");
  await f.getByLabel("所在区县").selectOption("崇川区");
  await f.getByLabel("详细地址").fill("崇川区濠河北路88号对面");
  await f.getByLabel("联系电话").fill(CITIZEN);
  await f.getByLabel("现场照片（选填）").setInputFiles({ name: "路灯.jpg", mimeType: "image/jpeg", buffer: JPEG });
  await f.getByRole("radio", { name: "不公开" }).check();
  await f.getByRole("button", { name: "提交诉求" }).click();
  await page.waitForURL(/\/12345\/submitted\/\d+$/);
  await page.getByRole("link", { name: "查看办理进度" }).click();
  const src = await page.getByRole("img", { name: /路灯\.jpg/ }).getAttribute("src");
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const fromB = await fetch(B + src, { headers: { cookie } });
  const body = Buffer.from(await fromB.arrayBuffer());
  record(
    "a photo uploaded through A is served by B",
    fromB.status === 200 && body.equals(JPEG),
    `uploaded through A's 12345 form; B answered ${src} with ${fromB.status} ${fromB.headers.get("content-type")}, ${body.length} bytes, ${body.equals(JPEG) ? "identical" : "different"}`,
  );
  await context.close();
}

function wrk(url: string): { rps: number; p95: number } {
  const lua = path.join(mkdtempSync(path.join(tmpdir(), "nt-wrk-")), "p95.lua");
  writeFileSync(
    lua,
    'done = function(s, l) io.write(string.format("RESULT %.1f %.2f\\n", s.requests / (s.duration / 1e6), l:percentile(95) / 1000)) end\n',
  );
  const r = spawnSync("wrk", ["-t2", "-c32", `-d${WRK_SECONDS}s`, "-s", lua, url], { encoding: "utf8" });
  const m = /RESULT ([\d.]+) ([\d.]+)/.exec(r.stdout ?? "");
  return { rps: m ? Number(m[1]) : 0, p95: m ? Number(m[2]) : 0 };
}

async function main() {
  if (spawnSync("nginx", ["-v"]).status !== 0) throw new Error("nginx is missing: apt-get install -y nginx");
  if (spawnSync("wrk", ["-v"]).status === null) throw new Error("wrk is missing: apt-get install -y wrk");
  build();

  const admin = postgres(BASE_DB, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${RUN}`);
  const dbUrl = new URL(BASE_DB);
  dbUrl.pathname = `/${RUN}`;
  const work = mkdtempSync(path.join(tmpdir(), `${RUN}-`));
  const storage = path.join(work, "uploads");
  mkdirSync(storage);
  const redis = new Redis(REDIS_URL);
  try {
    const handle = await openDatabase({ url: dbUrl.toString(), poolSize: 2 });
    await handle.migrate();
    await seed(handle.db);
    await handle.close();

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST,
      DATABASE_URL: dbUrl.toString(),
      REDIS_URL,
      REDIS_PREFIX,
      STORAGE_DIR: storage,
      TRUST_PROXY: "1",
      AUTH_URL: LB,
      ...SECRETS,
      RATE_LIMIT_MULTIPLIER: "1",
      LOG_LEVEL: "warn",
    };
    // What `npm start` runs: Next.js behind the cached-page fast path (scripts/serve.ts).
    start("A", "npx", ["tsx", "scripts/serve.ts"], { ...env, PORT: String(PORT_A), HOSTNAME: "127.0.0.1" });
    start("B", "npx", ["tsx", "scripts/serve.ts"], { ...env, PORT: String(PORT_B), HOSTNAME: "127.0.0.1" });
    await Promise.all([waitUp(`${A}/api/health`), waitUp(`${B}/api/health`)]);
    const nginxDir = path.join(work, "nginx");
    mkdirSync(nginxDir);
    const two = nginxConf(nginxDir, [PORT_A, PORT_B]);
    const one = nginxConf(nginxDir, [PORT_A]);
    start("nginx", "nginx", ["-p", nginxDir, "-c", two, "-g", "daemon off; user root;"], env);
    await waitUp(`${LB}/api/health`);

    console.log(`\nTwo instances (${A}, ${B}) on PostgreSQL ${RUN} and Redis (prefix ${REDIS_PREFIX}) behind nginx ${LB}\n`);
    await checkSession();
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu"],
    });
    try {
      await checkCatalogueEdit(browser);
      await checkRateLimit();
      await checkUpload(browser);
    } finally {
      await browser.close();
    }
    // Round robin really spreads requests: each instance logs nothing per request, so look at the
    // cache headers instead — a page warmed through nginx is HIT on both instances.
    const pages = ["/", "/economy", "/services/1"];
    for (const p of pages) for (let i = 0; i < 4; i++) await fetch(LB + p);
    const hits = await Promise.all(pages.map(async (p) => [await fetch(A + p), await fetch(B + p)]));
    record(
      "nginx spreads requests over both instances",
      hits.every((pair) => pair.every((r) => r.headers.get("x-nextjs-cache") === "HIT")),
      "pages requested only through nginx are cached on A and on B",
    );

    console.log(`\nThroughput through nginx (wrk -t2 -c32 -d${WRK_SECONDS}s), load average ${readLoad()}`);
    console.log(`${"page".padEnd(14)} ${"two instances".padStart(22)} ${"one instance".padStart(22)}`);
    const rows: string[] = [];
    for (const p of pages) {
      const both = wrk(LB + p);
      rows.push(`${p}\t${both.rps}\t${both.p95}`);
    }
    spawnSync("nginx", ["-p", nginxDir, "-c", two, "-s", "stop"]);
    await sleep(500);
    start("nginx-one", "nginx", ["-p", nginxDir, "-c", one, "-g", "daemon off; user root;"], env);
    await waitUp(`${LB}/api/health`);
    pages.forEach((p, i) => {
      const single = wrk(LB + p);
      const [, rps, p95] = rows[i]!.split("\t");
      console.log(
        `${p.padEnd(14)} ${`${rps} req/s p95 ${p95} ms`.padStart(22)} ${`${single.rps} req/s p95 ${single.p95} ms`.padStart(22)}`,
      );
    });
    console.log(`load average after: ${readLoad()} (2 cores shared by wrk, nginx, the instances and other work)`);
  } finally {
    for (const c of children) {
      try {
        if (c.pid) process.kill(-c.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await sleep(1000);
    await admin.unsafe(`drop database if exists ${RUN} with (force)`);
    await admin.end();
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${REDIS_PREFIX}*`, "COUNT", 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
    redis.disconnect();
    rmSync(work, { recursive: true, force: true });
  }
  const failed = results.filter((r) => !r.ok);
  console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}

function readLoad(): string {
  try {
    return spawnSync("cat", ["/proc/loadavg"], { encoding: "utf8" }).stdout.split(" ").slice(0, 3).join(" ");
  } catch {
    return "?";
  }
}

main().catch((e: unknown) => {
  console.error(e);
  for (const c of children) if (c.pid) process.kill(-c.pid, "SIGTERM");
  process.exit(1);
});
