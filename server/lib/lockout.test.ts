import { describe, expect, it } from "vitest";
import { LOCKOUT_POLICY, lockoutMessage, lockStatus, recordFailure, recordSuccess, type LockoutState } from "./lockout";

const T0 = new Date("2026-03-02T01:00:00Z");
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);

/** Applies failures at the given minute offsets, returning the final state and every justLocked flag. */
function failAt(minutes: number[], start: LockoutState = recordSuccess()): { state: LockoutState; locks: boolean[] } {
  let state = start;
  const locks: boolean[] = [];
  for (const m of minutes) {
    const r = recordFailure(state, at(m));
    state = r.state;
    locks.push(r.justLocked);
  }
  return { state, locks };
}

describe("LOCKOUT_POLICY", () => {
  it("is 5 failures in 15 minutes → 15-minute lock", () => {
    expect(LOCKOUT_POLICY).toEqual({ maxFailures: 5, windowMs: 900_000, lockMs: 900_000 });
  });
});

describe("recordFailure / lockStatus", () => {
  it("does not lock after 4 failures", () => {
    const { state, locks } = failAt([0, 1, 2, 3]);
    expect(locks).toEqual([false, false, false, false]);
    expect(state.failedCount).toBe(4);
    expect(state.windowStartedAt).toEqual(T0);
    expect(state.lockedUntil).toBeNull();
    expect(lockStatus(state, at(3))).toEqual({ locked: false });
  });

  it("locks on the 5th failure within the window, for 15 minutes from that failure", () => {
    const { state, locks } = failAt([0, 1, 2, 3, 14]);
    expect(locks).toEqual([false, false, false, false, true]);
    expect(state.lockedUntil).toEqual(at(29));
    expect(lockStatus(state, at(14))).toEqual({ locked: true, until: at(29), minutesLeft: 15 });
  });

  it("does not lock when failures are spread over more than 15 minutes", () => {
    // Window starts at 0; the failure at 15 is outside it and starts a new window.
    const { state, locks } = failAt([0, 4, 8, 12, 15, 16]);
    expect(locks.every((l) => !l)).toBe(true);
    expect(state.failedCount).toBe(2);
    expect(state.windowStartedAt).toEqual(at(15));
    expect(lockStatus(state, at(16)).locked).toBe(false);
  });

  it("treats a failure just inside the window as part of it", () => {
    const justInside = new Date(T0.getTime() + LOCKOUT_POLICY.windowMs - 1);
    let { state } = failAt([0, 1, 2, 3]);
    const r = recordFailure(state, justInside);
    state = r.state;
    expect(r.justLocked).toBe(true);
    expect(lockStatus(state, justInside).locked).toBe(true);
  });

  it("unlocks exactly when the 15 minutes have passed", () => {
    const { state } = failAt([0, 1, 2, 3, 4]); // locked until minute 19
    expect(lockStatus(state, new Date(at(19).getTime() - 1)).locked).toBe(true);
    expect(lockStatus(state, at(19))).toEqual({ locked: false });
    expect(lockStatus(state, at(60))).toEqual({ locked: false });
  });

  it("rounds minutesLeft up and never reports 0 while locked", () => {
    const { state } = failAt([0, 1, 2, 3, 4]); // locked until minute 19
    expect(lockStatus(state, at(4.5))).toMatchObject({ locked: true, minutesLeft: 15 }); // 14.5 → 15
    expect(lockStatus(state, at(5))).toMatchObject({ locked: true, minutesLeft: 14 }); // exactly 14
    expect(lockStatus(state, at(18.99))).toMatchObject({ locked: true, minutesLeft: 1 }); // 0.01 → 1
  });

  it("ignores failures during a lock instead of extending it", () => {
    const { state: locked } = failAt([0, 1, 2, 3, 4]);
    const r = recordFailure(locked, at(10));
    expect(r.justLocked).toBe(false);
    expect(r.state).toEqual(locked);
    expect(r.state.lockedUntil).toEqual(at(19));
  });

  it("restarts counting after a lock expires", () => {
    const { state: locked } = failAt([0, 1, 2, 3, 4]);
    const first = recordFailure(locked, at(20));
    expect(first.justLocked).toBe(false);
    expect(first.state).toEqual({ failedCount: 1, windowStartedAt: at(20), lockedUntil: null });

    // Four more failures in the new window lock again.
    const { state, locks } = failAt([21, 22, 23, 24], first.state);
    expect(locks).toEqual([false, false, false, true]);
    expect(state.lockedUntil).toEqual(at(39));
  });

  it("does not mutate the input state", () => {
    const start: LockoutState = { failedCount: 2, windowStartedAt: T0, lockedUntil: null };
    const snapshot = { ...start };
    recordFailure(start, at(1));
    expect(start).toEqual(snapshot);
  });
});

describe("recordSuccess", () => {
  it("resets all counters so later failures start from 1", () => {
    expect(recordSuccess()).toEqual({ failedCount: 0, windowStartedAt: null, lockedUntil: null });
    const { state } = failAt([0, 1, 2, 3]);
    expect(state.failedCount).toBe(4);
    const after = failAt([5], recordSuccess());
    expect(after.state.failedCount).toBe(1);
    expect(after.locks).toEqual([false]);
  });
});

describe("lockoutMessage", () => {
  it("tells the user how long to wait and the SMS alternative", () => {
    expect(lockoutMessage(15)).toBe("密码错误次数过多，账号已锁定，请15分钟后再试或使用短信验证码登录");
    expect(lockoutMessage(3)).toBe("密码错误次数过多，账号已锁定，请3分钟后再试或使用短信验证码登录");
  });

  it("rounds up and clamps to at least 1 minute", () => {
    expect(lockoutMessage(2.1)).toContain("请3分钟后");
    expect(lockoutMessage(0)).toContain("请1分钟后");
    expect(lockoutMessage(Number.NaN)).toContain("请1分钟后");
  });
});
