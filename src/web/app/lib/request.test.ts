import { describe, expect, it } from "vitest";
import { safeNext } from "./request.ts";

describe("safeNext", () => {
  it("keeps a local path with its query and fragment", () => {
    expect(safeNext("/arenden/abc?flik=1#meddelanden")).toBe("/arenden/abc?flik=1#meddelanden");
    expect(safeNext("/")).toBe("/");
    expect(safeNext("/ansokan/ny")).toBe("/ansokan/ny");
  });

  it.each([
    ["a tab that the URL parser drops", "/\t/evil.example/"],
    ["a newline that the URL parser drops", "/\n/evil.example/"],
    ["a carriage return", "/\r/evil.example"],
    ["a backslash read as a slash", "/\\evil.example"],
    ["a protocol-relative address", "//evil.example"],
    ["a dot segment that collapses into //", "/.//evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["an absolute URL", "https://evil.example/"],
    ["a relative path", "start"],
    ["an empty string", ""],
  ])("refuses %s", (_label, value) => {
    expect(safeNext(value)).toBe("/start");
  });

  it("never returns a raw newline or throws, so a redirect header built from it is valid", () => {
    for (const value of ["/start\n", "/a\r\nSet-Cookie: x=1", "/%0aSet-Cookie:x", "/%0d%0a//evil", "/\u0000", "/\uD800", "/" + "a".repeat(5_000)]) {
      const next = safeNext(value);
      expect(next).not.toMatch(/[\r\n\t]/);
      expect(() => new Headers({ Location: next })).not.toThrow();
      expect(next.startsWith("/") && !next.startsWith("//")).toBe(true);
    }
  });

  it("keeps an encoded newline encoded", () => {
    expect(safeNext("/a%0ab")).toBe("/a%0ab");
  });

  it("uses the fallback for what is not a string", () => {
    expect(safeNext(null, "/")).toBe("/");
    expect(safeNext(undefined)).toBe("/start");
  });
});
