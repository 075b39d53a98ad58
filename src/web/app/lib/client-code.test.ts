import { describe, expect, it } from "vitest";
import { NO_CLIENT_CODE, pageNeedsClientCode } from "./client-code.ts";

describe("which pages ship client code", () => {
  it("ships it unless the page's own route says it needs none", () => {
    expect(pageNeedsClientCode([{ handle: undefined }, { handle: undefined }])).toBe(true);
    expect(pageNeedsClientCode([{ handle: undefined }, { handle: NO_CLIENT_CODE }])).toBe(false);
    // A layout that needs none does not decide for the pages inside it.
    expect(pageNeedsClientCode([{ handle: NO_CLIENT_CODE }, { handle: undefined }])).toBe(true);
    // A route above that needs client code wins.
    expect(pageNeedsClientCode([{ handle: { clientCode: true } }, { handle: NO_CLIENT_CODE }])).toBe(true);
    expect(pageNeedsClientCode([])).toBe(true);
  });
});
