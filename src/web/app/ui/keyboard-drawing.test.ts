import { describe, expect, it } from "vitest";
import { translator } from "#src/text/index.ts";
import { describePlace, roundTwoFigures } from "./keyboard-drawing.ts";

const square = { type: "Polygon", coordinates: [[[13.0, 55.6], [13.01, 55.6], [13.01, 55.61], [13.0, 55.61], [13.0, 55.6]]] };
const shapes = [{ name: "Möllevången", geometry: square }];

describe("describePlace", () => {
  it("says where a point is in numbers, four decimals in the page's language, and in which city area", () => {
    expect(describePlace({ lat: 55.60501, lng: 13.00383 } as never, { shapes, locale: "sv", t: translator("sv") })).toBe("55,6050 N 13,0038 E, i Möllevången");
    expect(describePlace({ lat: 55.60501, lng: 13.00383 } as never, { shapes, locale: "en", t: translator("en") })).toBe("55.6050 N 13.0038 E, in Möllevången");
  });

  it("gives the numbers alone outside the city's areas", () => {
    expect(describePlace({ lat: 55.62, lng: 13.0 } as never, { shapes, locale: "sv", t: translator("sv") })).toBe("55,6200 N 13,0000 E");
  });
});

describe("roundTwoFigures", () => {
  it("keeps two significant figures of a step's length", () => {
    expect([0, 7.4, 87.6, 216, 1234, 17_890].map(roundTwoFigures)).toEqual([0, 7, 88, 220, 1200, 18_000]);
  });
});
