import { describe, expect, it } from "vitest";
import { RecentReads } from "./recent-reads.ts";

describe("recent reads", () => {
  const counter = () => {
    let n = 0;
    return { load: async () => ++n, get count() { return n; } };
  };

  it("keeps an answer until something changes", async () => {
    const reads = new RecentReads({ maxAgeMs: 60_000 });
    const c = counter();
    expect(await reads.read("k", c.load)).toBe(1);
    expect(await reads.read("k", c.load)).toBe(1);
    reads.changed();
    expect(await reads.read("k", c.load)).toBe(2);
  });

  it("reads again when the answer is older than the limit, and keeps each key apart", async () => {
    let now = 0;
    const reads = new RecentReads({ maxAgeMs: 1000, now: () => now });
    const c = counter();
    expect(await reads.read("a", c.load)).toBe(1);
    expect(await reads.read("b", c.load)).toBe(2);
    now = 999;
    expect(await reads.read("a", c.load)).toBe(1);
    now = 1000;
    expect(await reads.read("a", c.load)).toBe(3);
  });

  it("shares one read among requests asking at the same time", async () => {
    const reads = new RecentReads({ maxAgeMs: 60_000 });
    const c = counter();
    const answers = await Promise.all([reads.read("k", c.load), reads.read("k", c.load), reads.read("k", c.load)]);
    expect(answers).toEqual([1, 1, 1]);
    expect(c.count).toBe(1);
  });

  it("does not keep a read that was under way when something changed", async () => {
    const reads = new RecentReads({ maxAgeMs: 60_000 });
    let release!: (v: string) => void;
    const slow = reads.read("k", () => new Promise<string>((r) => (release = r)));
    reads.changed();
    release("before the change");
    expect(await slow).toBe("before the change");
    expect(await reads.read("k", async () => "after the change")).toBe("after the change");
  });

  it("does not keep a failed read", async () => {
    const reads = new RecentReads({ maxAgeMs: 60_000 });
    await expect(reads.read("k", async () => Promise.reject(new Error("borta")))).rejects.toThrow("borta");
    expect(await reads.read("k", async () => "igen")).toBe("igen");
  });

  it("keeps at most so many answers, forgetting the oldest", async () => {
    const reads = new RecentReads({ maxAgeMs: 60_000, maxEntries: 2 });
    const c = counter();
    await reads.read("a", c.load);
    await reads.read("b", c.load);
    await reads.read("c", c.load);
    expect(await reads.read("b", c.load)).toBe(2);
    expect(await reads.read("a", c.load)).toBe(4);
  });

  it("does not keep an answer it is told is not worth keeping", async () => {
    const reads = new RecentReads({ maxAgeMs: 60_000 });
    const c = counter();
    const odd = (n: number) => n % 2 === 1;
    expect(await reads.read("k", c.load, (n) => !odd(n))).toBe(1);
    expect(await reads.read("k", c.load, (n) => !odd(n))).toBe(2);
    expect(await reads.read("k", c.load, (n) => !odd(n))).toBe(2);
  });
});
