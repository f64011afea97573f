import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { spawnSync } from "node:child_process";
import { count, eq } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/server/db";
import { seed } from "@/drizzle/seed/seed";
import { accountUser, catalogueItem } from "@/drizzle/schema";
import { authenticateKey } from "@/server/modules/hotline/open311/keys";
import { DEMO_KEY } from "@/server/modules/hotline/open311/constants";
import { isDemoMode, isProductionMode, productionProblems } from "@/server/lib/deployment";
import { sendSms } from "@/server/lib/sms";
import { logger } from "@/server/lib/logger";
import { expectAppError } from "../helpers/errors";

const GOOD = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://app@db.internal:5432/smart_nantong",
  AUTH_SECRET: "k3l2j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8o9p0zx",
  ID_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
  ID_HMAC_KEY: Buffer.alloc(32, 2).toString("base64"),
  AUTH_URL: "https://www.nantong.example",
  SMS_TRANSPORT: "http",
  SMS_GATEWAY_URL: "https://sms.example/send",
  SMS_GATEWAY_TOKEN: "t0ken",
  AUTH_WECHAT_APP_ID: "wx1234567890abcdef",
  AUTH_WECHAT_APP_SECRET: "0123456789abcdef0123456789abcdef",
};

describe("production mode", () => {
  it("is NODE_ENV=production on PostgreSQL; the embedded database and SEED_DEMO=1 are demo mode", () => {
    expect(isProductionMode(GOOD)).toBe(true);
    expect(isDemoMode(GOOD)).toBe(false);
    expect(isDemoMode({ NODE_ENV: "production" })).toBe(true);
    expect(isDemoMode({ ...GOOD, SEED_DEMO: "1" })).toBe(true);
    expect(isProductionMode({ ...GOOD, SEED_DEMO: "1" })).toBe(false);
  });

  it("names each missing or placeholder setting", () => {
    expect(productionProblems(GOOD)).toEqual([]);
    const problems = productionProblems({
      NODE_ENV: "production",
      DATABASE_URL: GOOD.DATABASE_URL,
      AUTH_SECRET: "short",
      AUTH_WECHAT_APP_SECRET: "wx-dev-secret",
    });
    for (const name of [
      "AUTH_SECRET",
      "ID_ENCRYPTION_KEY",
      "ID_HMAC_KEY",
      "AUTH_URL",
      "SMS_TRANSPORT",
      "SMS_GATEWAY_URL",
      "SMS_GATEWAY_TOKEN",
      "AUTH_WECHAT_APP_ID",
      "AUTH_WECHAT_APP_SECRET",
    ])
      expect(problems.some((p) => p.startsWith(`${name}：`))).toBe(true);
  });

  it("npm start refuses to start, naming every missing setting, before building or touching a database", () => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
    };
    const r = spawnSync("npx", ["tsx", "scripts/start.ts"], { env, encoding: "utf8", timeout: 90_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/will not start in production/);
    for (const name of ["AUTH_SECRET", "ID_ENCRYPTION_KEY", "ID_HMAC_KEY", "SMS_GATEWAY_URL", "AUTH_WECHAT_APP_SECRET"])
      expect(r.stderr).toContain(name);
  });

  it("the dev SMS transport logs no text (no code) outside demo mode", async () => {
    const db = { insert: () => ({ values: async () => undefined }) } as unknown as Parameters<typeof sendSms>[0];
    const info = vi.spyOn(logger, "info");
    const before = { DATABASE_URL: process.env.DATABASE_URL, SEED_DEMO: process.env.SEED_DEMO };
    try {
      process.env.DATABASE_URL = GOOD.DATABASE_URL;
      delete process.env.SEED_DEMO;
      await sendSms(db, "13900001111", "【智慧南通】您的登录验证码是482913，5分钟内有效。");
      expect(JSON.stringify(info.mock.calls)).not.toMatch(/482913/);
      expect(JSON.stringify(info.mock.calls)).not.toMatch(/13900001111/);
      process.env.SEED_DEMO = "1";
      await sendSms(db, "13900001111", "【智慧南通】您的登录验证码是482913，5分钟内有效。");
      expect(JSON.stringify(info.mock.calls)).toMatch(/482913/);
    } finally {
      info.mockRestore();
      for (const [k, v] of Object.entries(before)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

describe("seeding a production database", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ url: "", dataDir: "memory://" });
    await handle.migrate();
    await seed(handle.db, { demo: false });
  });
  afterAll(() => handle.close());

  it("adds reference data only: no demo accounts, no sample Open311 key", async () => {
    const [items] = await handle.db.select({ n: count() }).from(catalogueItem);
    expect(items!.n).toBeGreaterThan(600);
    const [users] = await handle.db.select({ n: count() }).from(accountUser);
    expect(users!.n).toBe(0);
    expect(await handle.db.select().from(accountUser).where(eq(accountUser.phone, "13800000005"))).toEqual([]);
    await expectAppError(authenticateKey(handle.db, DEMO_KEY), "FORBIDDEN");
  });
});
