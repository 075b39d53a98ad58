import { describe, expect, it } from "vitest";
import { afterFailure, afterSuccess, isLocked, SIGN_IN_POLICY } from "./sign-in-policy.ts";

const t0 = new Date("2026-11-23T10:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("sign-in lockout", () => {
  it("locks the account at the fifth consecutive failure, for 15 minutes", () => {
    let state = afterSuccess();
    for (let i = 1; i < SIGN_IN_POLICY.maxFailures; i++) {
      state = afterFailure(state, t0);
      expect(state.lockedUntil).toBeNull();
      expect(state.failedSignIns).toBe(i);
    }
    state = afterFailure(state, t0);
    expect(state.lockedUntil).toEqual(later(15));
    expect(isLocked(state, later(14))).toBe(true);
    expect(isLocked(state, later(15))).toBe(false);
  });

  it("starts a fresh count after a lock has run out", () => {
    const locked = { failedSignIns: 5, lockedUntil: later(15) };
    const next = afterFailure(locked, later(16));
    expect(next).toEqual({ failedSignIns: 1, lockedUntil: null });
  });

  it("clears the counters on success", () => {
    expect(afterSuccess()).toEqual({ failedSignIns: 0, lockedUntil: null });
  });
});
