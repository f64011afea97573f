import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { consume, LIMITS } from "./rate-limit";
import { AppError } from "./errors";
import type { DB } from "@/server/db";
import { createTestDatabase } from "@/tests/helpers/db";

let db: DB;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const t = await createTestDatabase("pglite");
  db = t.handle.db;
  cleanup = t.cleanup;
});
afterAll(() => cleanup());

describe("rate limits", () => {
  it("allows the budget, then refuses with a Chinese wait message", async () => {
    const key = `phone-${Math.random()}`;
    const budget = LIMITS.smsPhone.points;
    for (let i = 0; i < budget; i++) await consume(db, "smsPhone", key);
    const e = await consume(db, "smsPhone", key).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("TOO_MANY_REQUESTS");
    expect((e as AppError).message).toMatch(/请\d+(分钟|秒)后再试/);
  });
  it("keeps keys and buckets apart", async () => {
    const a = `ip-${Math.random()}`;
    for (let i = 0; i < LIMITS.registerIp.points; i++) await consume(db, "registerIp", a);
    await expect(consume(db, "registerIp", `${a}-other`)).resolves.toBeUndefined();
    await expect(consume(db, "smsIp", a)).resolves.toBeUndefined();
  });
  it("starts a new window when the last one has ended", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const key = `phone-${Math.random()}`;
      for (let i = 0; i < LIMITS.smsPhone.points; i++) await consume(db, "smsPhone", key);
      await expect(consume(db, "smsPhone", key)).rejects.toThrow(/操作过于频繁/);
      vi.setSystemTime(Date.now() + LIMITS.smsPhone.durationSec * 1000 + 1000);
      await expect(consume(db, "smsPhone", key)).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});

// Each import after resetModules is what a separate app instance (or a restarted one) would build.
async function otherInstance() {
  vi.resetModules();
  return import("./rate-limit");
}

describe.skipIf(process.env.REDIS_URL)("rate limits without Redis: in PostgreSQL", () => {
  it("count across instances: two instances' limiters share one budget", async () => {
    const other = await otherInstance();
    const key = `ip-shared-${Math.random()}`;
    const budget = LIMITS.signInIp.points;
    for (let i = 0; i < budget; i++) await (i % 2 ? consume : other.consume)(db, "signInIp", key);
    await expect(consume(db, "signInIp", key)).rejects.toThrow(/操作过于频繁/);
    await expect(other.consume(db, "signInIp", key)).rejects.toThrow(/操作过于频繁/);
  });
});

describe.runIf(process.env.REDIS_URL)("rate limits with Redis (REDIS_URL)", () => {
  it("count across instances: two processes' limiters share one budget", async () => {
    const other = await otherInstance();
    const { getRedis } = await import("./redis");
    const redis = getRedis();
    if (redis && redis.status !== "ready") await new Promise((ready) => redis.once("ready", ready));
    const key = `phone-shared-${Math.random()}`;
    const budget = LIMITS.smsPhone.points;
    for (let i = 0; i < budget; i++) await (i % 2 ? consume : other.consume)(db, "smsPhone", key);
    await expect(consume(db, "smsPhone", key)).rejects.toThrow(/操作过于频繁/);
    await expect(other.consume(db, "smsPhone", key)).rejects.toThrow(/操作过于频繁/);
  });
});
