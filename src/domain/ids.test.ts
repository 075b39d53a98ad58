import { describe, expect, it } from "vitest";
import { isUuid } from "./ids.ts";

describe("isUuid", () => {
  it("takes a UUID in either case, and nothing else", () => {
    expect(isUuid("0b1e6c2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b")).toBe(true);
    expect(isUuid("0B1E6C2A-3F4D-4E5F-8A9B-0C1D2E3F4A5B")).toBe(true);
    for (const v of ["", "0b1e6c2a3f4d4e5f8a9b0c1d2e3f4a5b", "0b1e6c2a-3f4d-4e5f-8a9b-0c1d2e3f4a5", "------------------------------------", " 0b1e6c2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b", null, 42, undefined])
      expect(isUuid(v), String(v)).toBe(false);
  });
});
