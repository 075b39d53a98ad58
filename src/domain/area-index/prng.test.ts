import { describe, expect, it } from "vitest";
import { mulberry32 } from "./prng.ts";

describe("mulberry32", () => {
  it("gives the reference sequence (checked against an independent implementation)", () => {
    const r = mulberry32(1);
    expect([r(), r(), r()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const s = mulberry32(42);
    expect(s()).toBe(0.6011037519201636);
  });

  it("is deterministic, in [0, 1) and roughly uniform", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = a();
      if (x !== b() || !(x >= 0 && x < 1)) throw new Error(`draw ${i}: ${x}`);
      sum += x;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });
});
