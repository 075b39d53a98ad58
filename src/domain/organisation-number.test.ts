import { describe, expect, it } from "vitest";
import { isValidOrganisationNumber, luhnValid, normaliseOrganisationNumber } from "./organisation-number.ts";

describe("organisation number", () => {
  it("accepts real organisation numbers with a correct check digit", () => {
    // Malmö stad and Skatteverket.
    expect(isValidOrganisationNumber("212000-1124")).toBe(true);
    expect(isValidOrganisationNumber("202100-5448")).toBe(true);
  });
  it("refuses a wrong check digit", () => {
    expect(isValidOrganisationNumber("212000-1125")).toBe(false);
    expect(normaliseOrganisationNumber("2021005449")).toBeNull();
  });
  it("refuses other formats", () => {
    expect(isValidOrganisationNumber("2120001124")).toBe(false);
    expect(isValidOrganisationNumber("21200-01124")).toBe(false);
    expect(isValidOrganisationNumber("abcdef-ghij")).toBe(false);
    expect(isValidOrganisationNumber("")).toBe(false);
  });
  it("normalises a number typed without the dash or with spaces", () => {
    expect(normaliseOrganisationNumber(" 2120001124 ")).toBe("212000-1124");
    expect(normaliseOrganisationNumber("212000-1124")).toBe("212000-1124");
  });
  it("computes the Luhn check", () => {
    expect(luhnValid("79927398713")).toBe(true);
    expect(luhnValid("79927398710")).toBe(false);
  });
});
