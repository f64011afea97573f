import { describe, expect, it } from "vitest";
import { consume, LIMITS } from "./rate-limit";
import { AppError } from "./errors";

describe("rate limits", () => {
  it("allows the budget, then refuses with a Chinese wait message", async () => {
    const key = `phone-${Math.random()}`;
    const budget = LIMITS.smsPhone.points;
    for (let i = 0; i < budget; i++) await consume("smsPhone", key);
    const e = await consume("smsPhone", key).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("TOO_MANY_REQUESTS");
    expect((e as AppError).message).toMatch(/请\d+(分钟|秒)后再试/);
  });
  it("keeps keys apart", async () => {
    const a = `ip-${Math.random()}`;
    for (let i = 0; i < LIMITS.registerIp.points; i++) await consume("registerIp", a);
    await expect(consume("registerIp", `${a}-other`)).resolves.toBeUndefined();
  });
});

describe.runIf(process.env.REDIS_URL)("rate limits with Redis (REDIS_URL)", () => {
  it("count across instances: two processes' limiters share one budget", async () => {
    // Each import after resetModules is what a separate app instance would build.
    const { vi } = await import("vitest");
    vi.resetModules();
    const other = await import("./rate-limit");
    const { getRedis } = await import("./redis");
    const redis = getRedis();
    if (redis && redis.status !== "ready") await new Promise((ready) => redis.once("ready", ready));
    const key = `phone-shared-${Math.random()}`;
    const budget = LIMITS.smsPhone.points;
    for (let i = 0; i < budget; i++) await (i % 2 ? consume : other.consume)("smsPhone", key);
    await expect(consume("smsPhone", key)).rejects.toThrow(/操作过于频繁/);
    await expect(other.consume("smsPhone", key)).rejects.toThrow(/操作过于频繁/);
  });
});
