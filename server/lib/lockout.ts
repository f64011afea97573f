/**
 * Account lockout after repeated failed password sign-ins
 * (等保2.0 三级 "登录失败处理"): 5 failures within 15 minutes lock the
 * account for 15 minutes.
 *
 * Pure state transitions: the caller loads {@link LockoutState} from the
 * database, applies a transition with an explicit `now`, and stores the
 * result. Keeping time as a parameter makes the rules testable and avoids
 * clock reads scattered through the auth code.
 *
 * The counting window is fixed, not sliding: it starts at the first failure
 * and lasts {@link LOCKOUT_POLICY}.windowMs. A fixed window needs only a count
 * and a start time in the database instead of a list of timestamps.
 */

/** Persisted lockout counters for one account. */
export type LockoutState = {
  /** Failures in the current window. */
  failedCount: number;
  /** Time of the first failure in the current window; null if none. */
  windowStartedAt: Date | null;
  /** End of the current or most recent lock; null if never locked since reset. */
  lockedUntil: Date | null;
};

/** Lockout thresholds. */
export const LOCKOUT_POLICY = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
} as const;

/** Result of {@link lockStatus}. */
export type LockStatus = { locked: false } | { locked: true; until: Date; minutesLeft: number };

/**
 * Whether the account is locked at `now`.
 *
 * `minutesLeft` is rounded up (and is at least 1) so the message never says
 * "0 minutes" while the lock is still in force.
 */
export function lockStatus(state: LockoutState, now: Date): LockStatus {
  if (state.lockedUntil === null || now.getTime() >= state.lockedUntil.getTime()) {
    return { locked: false };
  }
  const msLeft = state.lockedUntil.getTime() - now.getTime();
  return { locked: true, until: state.lockedUntil, minutesLeft: Math.max(1, Math.ceil(msLeft / 60_000)) };
}

/**
 * Records one failed sign-in at `now`.
 *
 * - While a lock is in force the state is returned unchanged: sign-in should
 *   be refused before the password is checked, and extending the lock on
 *   every attempt would let an attacker keep a victim locked out forever.
 * - A failure after a lock expired, with no open window, or outside the
 *   current window (≥ windowMs after it started) starts a new window with
 *   count 1.
 * - Otherwise the count increases; reaching `maxFailures` sets
 *   `lockedUntil = now + lockMs` and reports `justLocked: true` so the caller
 *   can audit-log and notify exactly once.
 */
export function recordFailure(state: LockoutState, now: Date): { state: LockoutState; justLocked: boolean } {
  if (lockStatus(state, now).locked) {
    return { state, justLocked: false };
  }

  const lockExpired = state.lockedUntil !== null; // set but no longer in force
  const windowOpen = state.windowStartedAt !== null && now.getTime() - state.windowStartedAt.getTime() < LOCKOUT_POLICY.windowMs;

  if (lockExpired || !windowOpen) {
    const fresh: LockoutState = { failedCount: 1, windowStartedAt: now, lockedUntil: null };
    return lockIfReached(fresh, now);
  }

  return lockIfReached({ ...state, failedCount: state.failedCount + 1 }, now);
}

/** Applies the lock when the failure count reaches the threshold. */
function lockIfReached(state: LockoutState, now: Date): { state: LockoutState; justLocked: boolean } {
  if (state.failedCount >= LOCKOUT_POLICY.maxFailures) {
    return {
      state: { ...state, lockedUntil: new Date(now.getTime() + LOCKOUT_POLICY.lockMs) },
      justLocked: true,
    };
  }
  return { state, justLocked: false };
}

/** State after a successful sign-in: all counters cleared. */
export function recordSuccess(): LockoutState {
  return { failedCount: 0, windowStartedAt: null, lockedUntil: null };
}

/**
 * User-facing message for a locked account.
 *
 * @param minutesLeft from {@link lockStatus}; fractional or non-positive
 *   values are rounded up to at least 1 minute
 */
export function lockoutMessage(minutesLeft: number): string {
  const minutes = Number.isFinite(minutesLeft) ? Math.max(1, Math.ceil(minutesLeft)) : 1;
  return `密码错误次数过多，账号已锁定，请${minutes}分钟后再试或使用短信验证码登录`;
}
