import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sendSmsCode, signInWithPassword } from "@/server/modules/account/service";
import { LIMITS } from "@/server/lib/rate-limit";
import type { DB } from "@/server/db";
import { BACKENDS, createTestDatabase } from "../helpers/db";
import { DEMO, freshIp, freshPhone } from "../helpers/fixtures";
import { expectAppError } from "../helpers/errors";

describe.each(BACKENDS)("rate limits on %s", (backend) => {
  let db: DB;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    db = t.handle.db;
    cleanup = t.cleanup;
  });
  afterAll(() => cleanup());

  it("sendSmsCode rations its registered/unregistered answer: over the limit, no answer", async () => {
    const ip = freshIp();
    // Registered and unregistered numbers alike use up the address's budget…
    await expectAppError(sendSmsCode({ db, ip }, { phone: DEMO.citizen, purpose: "register" }), "CONFLICT");
    for (let i = 1; i < LIMITS.smsIp.points; i++) await sendSmsCode({ db, ip }, { phone: freshPhone(), purpose: "register" });
    // …after which a registered number and an unregistered one get the same refusal.
    await expectAppError(sendSmsCode({ db, ip }, { phone: DEMO.enterprise, purpose: "register" }), "TOO_MANY_REQUESTS");
    await expectAppError(sendSmsCode({ db, ip }, { phone: freshPhone(), purpose: "login" }), "TOO_MANY_REQUESTS");
  });

  it("sendSmsCode limits each phone before saying whether it is registered", async () => {
    const phone = freshPhone();
    for (let i = 0; i < LIMITS.smsPhone.points; i++)
      await expectAppError(sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "login" }), "NOT_FOUND");
    await expectAppError(sendSmsCode({ db, ip: freshIp() }, { phone, purpose: "login" }), "TOO_MANY_REQUESTS");
  });

  it("sign-in limits hold across app instances (the counters are in the database)", async () => {
    const ip = freshIp();
    const half = Math.floor(LIMITS.signInIp.points / 2);
    // After resetModules the other instance has its own AppError class: compare codes, not classes.
    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => "success",
        (e: unknown) => (e as { code?: string }).code,
      );
    const attempt = (sign: typeof signInWithPassword) => codeOf(sign({ db, ip }, { phone: freshPhone(), password: "Wrong-password-1" }));
    for (let i = 0; i < half; i++) expect(await attempt(signInWithPassword)).toBe("UNAUTHORIZED");
    // A second instance: its own module state, as a separate process would have.
    vi.resetModules();
    const other = await import("@/server/modules/account/service");
    for (let i = half; i < LIMITS.signInIp.points; i++) expect(await attempt(other.signInWithPassword)).toBe("UNAUTHORIZED");
    expect(await attempt(other.signInWithPassword)).toBe("TOO_MANY_REQUESTS");
    expect(await attempt(signInWithPassword)).toBe("TOO_MANY_REQUESTS");
  });
});
