import { describe, expect, it } from "vitest";
import { formSpamVerdict } from "./form-spam.ts";

describe("the public forms' spam checks", () => {
  it("catches a filled-in trap field, whatever the time", () => {
    expect(formSpamVerdict({ trapValue: "https://spam.example/", secondsSinceShown: 60, minSeconds: 3 })).toBe("trap");
  });

  it("asks again when sent sooner than the minimum time, or with a stamp the server did not issue", () => {
    expect(formSpamVerdict({ trapValue: "", secondsSinceShown: 1, minSeconds: 3 })).toBe("too_fast");
    expect(formSpamVerdict({ trapValue: "", secondsSinceShown: null, minSeconds: 3 })).toBe("too_fast");
    expect(formSpamVerdict({ trapValue: "", secondsSinceShown: 3, minSeconds: 3 })).toBe("ok");
  });

  it("has no minimum time when it is set to 0", () => {
    expect(formSpamVerdict({ trapValue: "", secondsSinceShown: null, minSeconds: 0 })).toBe("ok");
  });
});
