import { existsSync } from "node:fs";
import { defineConfig, type LaunchOptions } from "@playwright/test";

/**
 * End-to-end suite: a production build (`scripts/start.ts` builds when sources changed, migrates,
 * seeds, then `next start`; under `npm test` the build is a stage of its own and NT_REQUIRE_BUILD=1 makes
 * the server only serve it) on :3100 with its own database, plus a fake WeChat OAuth server on :3199.
 * Browser: Debian Chromium (no `npx playwright install` on this machine), as its headless shell
 * (package chromium-headless-shell: the same Blink, without the desktop browser around it, and about half
 * the CPU per page) when installed, else the full browser. CHROME_PATH=/usr/bin/chromium picks the full one.
 */
// E2E_PORT / E2E_WECHAT_PORT let two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const WECHAT_PORT = Number(process.env.E2E_WECHAT_PORT ?? 3199);
// No AUTH_URL: the server answers on whatever origin the browser used (e2e/experience.spec.ts signs in
// from 127.0.0.1 while the rest of the suite uses localhost).
const BASE_URL = `http://localhost:${PORT}`;
const WECHAT = `http://127.0.0.1:${WECHAT_PORT}`;
const CI = Boolean(process.env.CI);
// Debugging aid only: E2E_REUSE_SERVER=1 uses servers you started yourself on :3100 and :3199.
const reuse = process.env.E2E_REUSE_SERVER === "1";

const serverEnv: Record<string, string> = {
  PORT: String(PORT),
  HOSTNAME: "127.0.0.1",
  // A build directory of its own, so a dev's running server on .next is never rebuilt under it.
  // Inside .data/ because that is git-ignored and excluded from lint and tsc.
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".data/next-e2e",
  // Only used without DATABASE_URL. Tests use fresh phone numbers and openids per run, so a
  // database left over from an earlier run does no harm.
  PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? ".data/e2e-pglite",
  NT_TEST_INBOX: "1",
  // Demo accounts and sample data on PostgreSQL too (on the embedded database they are always seeded).
  SEED_DEMO: "1",
  SMS_TRANSPORT: "dev",
  RATE_LIMIT_MULTIPLIER: "100",
  WECHAT_AUTHORIZATION_URL: `${WECHAT}/connect/oauth2/authorize`,
  WECHAT_QR_AUTHORIZATION_URL: `${WECHAT}/connect/qrconnect`,
  WECHAT_TOKEN_URL: `${WECHAT}/sns/oauth2/access_token`,
  WECHAT_USERINFO_URL: `${WECHAT}/sns/userinfo`,
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
};

const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const chromium: LaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium"),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const mobile = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list", { printSteps: false }]],
  outputDir: "test-results",
  use: {
    baseURL: BASE_URL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    launchOptions: chromium,
    trace: CI ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    // 长辈版 axe scans run at phone width only (mobile project): every page in both modes, in CI's time budget.
    // Tags leave a test out of a project instead of skipping it in its body: `{ tag: "@desktop-only" }` runs on
    // desktop only (a journey whose layout does not differ on phones), `{ tag: "@phone-only" }` on phones only.
    {
      name: "desktop",
      use: { viewport: { width: 1280, height: 800 } },
      grepInvert: /axe, 长辈版|@phone-only/,
      testIgnore: "alerts.spec.ts",
    },
    {
      name: "mobile",
      use: mobile,
      grepInvert: /@desktop-only/,
      testMatch: [
        "auth.spec.ts",
        "real-name.spec.ts",
        "elder.spec.ts",
        "a11y.spec.ts",
        "hotline-citizen.spec.ts",
        "life.spec.ts",
        "experience.spec.ts",
        "transport-environment.spec.ts",
        "privacy.spec.ts",
      ],
    },
    {
      name: "wechat",
      use: {
        ...mobile,
        userAgent:
          "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.50.2701(0x28003236) WeChat/arm64 NetType/WIFI Language/zh_CN",
      },
      testMatch: ["wechat.spec.ts", "elder.spec.ts"],
      grepInvert: /@desktop-only/,
    },
    // The alerts journey publishes a city-wide red alert: while it is live every page carries the banner and the
    // home page lists it first, which other tests' layout checks would meet. It runs after every other project,
    // on desktop and on the phone (长辈版 banner size included).
    {
      name: "alerts",
      use: { viewport: { width: 1280, height: 800 } },
      testMatch: "alerts.spec.ts",
      dependencies: ["desktop", "mobile", "wechat"],
    },
    { name: "alerts-phone", use: mobile, testMatch: "alerts.spec.ts", dependencies: ["desktop", "mobile", "wechat"] },
  ],
  webServer: [
    {
      command: "node e2e/fixtures/fake-wechat.mjs",
      env: { FAKE_WECHAT_PORT: String(WECHAT_PORT) },
      url: `${WECHAT}/health`,
      timeout: 20_000,
      reuseExistingServer: reuse,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "npx tsx scripts/start.ts",
      url: `http://127.0.0.1:${PORT}/api/health`,
      timeout: 600_000,
      reuseExistingServer: reuse,
      env: serverEnv,
      // Build output (type errors included) goes to stdout: shown, so a failed start explains itself.
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
