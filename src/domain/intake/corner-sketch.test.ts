import { describe, expect, it } from "vitest";
import { edgesCross, inPolygonGeometry, ringAreaM2, shapeAt, type LonLat } from "./corner-sketch.ts";

// 0.01° of longitude by 0.01° of latitude at 55.6° N: about 630 m × 1112 m, some 70 hectares.
const square: LonLat[] = [
  [13.0, 55.6],
  [13.01, 55.6],
  [13.01, 55.61],
  [13.0, 55.61],
];

describe("ringAreaM2", () => {
  it("measures a small square near Malmö in square metres, closed or not, either way round", () => {
    const expected = 0.01 * (Math.PI / 180) * 6_371_008.8 * Math.cos((55.605 * Math.PI) / 180) * 0.01 * (Math.PI / 180) * 6_371_008.8;
    expect(ringAreaM2(square) / expected).toBeCloseTo(1, 3);
    expect(ringAreaM2([...square, square[0]!])).toBeCloseTo(ringAreaM2(square), 6);
    expect(ringAreaM2([...square].reverse())).toBeCloseTo(ringAreaM2(square), 6);
  });

  it("is nought for fewer than three corners", () => {
    expect(ringAreaM2(square.slice(0, 2))).toBe(0);
  });
});

describe("inPolygonGeometry and shapeAt", () => {
  const holed = { type: "Polygon", coordinates: [[...square, square[0]], [[13.004, 55.604], [13.006, 55.604], [13.006, 55.606], [13.004, 55.606], [13.004, 55.604]]] };
  const east = { type: "MultiPolygon", coordinates: [[[[13.02, 55.6], [13.03, 55.6], [13.03, 55.61], [13.02, 55.6]]]] };

  it("finds a point inside, not in a hole, nor outside", () => {
    expect(inPolygonGeometry([13.002, 55.602], holed)).toBe(true);
    expect(inPolygonGeometry([13.005, 55.605], holed)).toBe(false);
    expect(inPolygonGeometry([13.02, 55.605], holed)).toBe(false);
    expect(inPolygonGeometry([13.0, 55.6], { type: "Point", coordinates: [13.0, 55.6] })).toBe(false);
  });

  it("names the shape a point lies in", () => {
    const shapes = [
      { name: "Väster", geometry: holed },
      { name: "Öster", geometry: east },
    ];
    expect(shapeAt([13.002, 55.602], shapes)).toBe("Väster");
    expect(shapeAt([13.029, 55.601], shapes)).toBe("Öster");
    expect(shapeAt([12.9, 55.601], shapes)).toBeNull();
  });
});

describe("edgesCross", () => {
  it("finds a bow tie, and not a square, a triangle or a concave ring", () => {
    expect(edgesCross(square)).toBe(false);
    expect(edgesCross(square.slice(0, 3))).toBe(false);
    expect(edgesCross([square[0]!, square[2]!, square[1]!, square[3]!])).toBe(true);
    expect(edgesCross([[13.0, 55.6], [13.01, 55.6], [13.005, 55.605], [13.01, 55.61], [13.0, 55.61]])).toBe(false);
  });
});
