/** Account lockout after repeated failed sign-ins. Pure: the service supplies the counters and the clock. */
export const SIGN_IN_POLICY = {
  maxFailures: 5,
  lockMinutes: 15,
} as const;

export interface SignInState {
  failedSignIns: number;
  lockedUntil: Date | null;
}

export function isLocked(state: SignInState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The counters after one more failed attempt. */
export function afterFailure(state: SignInState, now: Date, policy = SIGN_IN_POLICY): SignInState {
  // A lock that has run out starts a fresh count.
  const previous = state.lockedUntil !== null && !isLocked(state, now) ? 0 : state.failedSignIns;
  const failedSignIns = previous + 1;
  const lockedUntil = failedSignIns >= policy.maxFailures ? new Date(now.getTime() + policy.lockMinutes * 60_000) : null;
  return { failedSignIns, lockedUntil };
}

export function afterSuccess(): SignInState {
  return { failedSignIns: 0, lockedUntil: null };
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
