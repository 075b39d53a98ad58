import { describe, expect, it } from "vitest";
import { csrfTokenFor, csrfTokenMatches } from "./csrf.ts";

const SECRET = "s".repeat(32);

describe("the CSRF token", () => {
  it("is masked afresh for every page, so a compressed page gives nothing to guess from, and every masking is accepted", () => {
    const tokens = Array.from({ length: 20 }, () => csrfTokenFor(SECRET, "s:session-1"));
    expect(new Set(tokens).size).toBe(20);
    for (const token of tokens) expect(csrfTokenMatches(SECRET, "s:session-1", token)).toBe(true);
  });

  it("is refused for another session or browser, with another secret, altered, cut, empty or too long", () => {
    const token = csrfTokenFor(SECRET, "s:session-1");
    expect(csrfTokenMatches(SECRET, "s:session-2", token)).toBe(false);
    expect(csrfTokenMatches(SECRET, "b:browser-1", token)).toBe(false);
    expect(csrfTokenMatches("t".repeat(32), "s:session-1", token)).toBe(false);
    const flipped = Buffer.from(token, "base64url");
    flipped[40] = flipped[40]! ^ 1;
    expect(csrfTokenMatches(SECRET, "s:session-1", flipped.toString("base64url"))).toBe(false);
    expect(csrfTokenMatches(SECRET, "s:session-1", token.slice(0, 43))).toBe(false);
    expect(csrfTokenMatches(SECRET, "s:session-1", "")).toBe(false);
    expect(csrfTokenMatches(SECRET, "s:session-1", null)).toBe(false);
    expect(csrfTokenMatches(SECRET, "s:session-1", token + "A".repeat(300))).toBe(false);
  });
});
