import { describe, expect, it } from "vitest";
import { parseTypedCorners, splitCornerLine } from "./typed-corners.ts";

describe("splitCornerLine", () => {
  it.each([
    ["55.6050, 13.0038", ["55.6050", "13.0038"]],
    ["55,6050 13,0038", ["55,6050", "13,0038"]],
    ["55,6050, 13,0038", ["55,6050", "13,0038"]],
    ["55.6050,13.0038", ["55.6050", "13.0038"]],
    ["55.6050;13.0038", ["55.6050", "13.0038"]],
    ["55,6050 ; 13,0038", ["55,6050", "13,0038"]],
    ["55,6050\t13,0038", ["55,6050", "13,0038"]],
    ["55,6050 N 13,0038 E", ["55,6050", "13,0038"]],
    ["55,6050° N, 13,0038° Ö", ["55,6050", "13,0038"]],
    ["6163500 374500", ["6163500", "374500"]],
    ["6163500,374500", ["6163500", "374500"]],
    ["  6 163 500  ", ["6", "163", "500"]],
    ["55,6050", ["55,6050"]],
  ])("splits %j into %j", (line, parts) => {
    expect(splitCornerLine(line)).toEqual(parts);
  });
});

describe("parseTypedCorners in WGS 84 (latitude, longitude)", () => {
  const lines = ["55.6050, 13.0038", "55,6060 13,0038", "55.6060, 13.0060", "55.6050, 13.0060"];

  it("reads one corner a line as a closed ring in GeoJSON's order (longitude first)", () => {
    const result = parseTypedCorners(lines.join("\n"), "wgs84");
    expect(result).toEqual({
      ok: true,
      value: {
        srid: 4326,
        coordinates: [
          [
            [
              [13.0038, 55.605],
              [13.0038, 55.606],
              [13.006, 55.606],
              [13.006, 55.605],
              [13.0038, 55.605],
            ],
          ],
        ],
        vertexCount: 5,
      },
    });
  });

  it("skips blank lines and a last corner that repeats the first", () => {
    const result = parseTypedCorners(`\n${lines.join("\r\n")}\n\n${lines[0]}\n`, "wgs84");
    expect(result.ok && result.value.coordinates[0]![0]!.length).toBe(5);
  });

  it("names the first line that cannot be read, counting blank lines, and the other bad lines", () => {
    const result = parseTypedCorners(["55.6050, 13.0038", "", "55.6060 x", "55.6060, 13.0060", "hej", "55.6050, 13.0060"].join("\n"), "wgs84");
    expect(result.ok).toBe(false);
    expect(result.problem).toEqual({ code: "not_number", line: 3, text: "x", moreLines: [5] });
  });

  it.each([
    ["55.6050", "two_numbers"],
    ["55.6050, 13.0038, 12", "two_numbers"],
    ["55.6050, 13.0038x", "not_number"],
    ["155.6050, 13.0038", "out_of_range"],
    ["13.0038, 55.6050", "swapped"],
    ["59.3293, 18.0686", "outside_city"],
    ["6163500, 374500", "other_system"],
  ] as const)("refuses %j: %s", (line, code) => {
    const result = parseTypedCorners([line, "55.6060, 13.0038", "55.6060, 13.0060"].join("\n"), "wgs84");
    expect(result.problem?.code).toBe(code);
    expect(result.problem?.line).toBe(1);
  });

  it("needs three different corners, and some corners at all", () => {
    expect(parseTypedCorners("55.6050, 13.0038\n55.6060, 13.0038\n55.6050, 13.0038", "wgs84").problem).toEqual({ code: "too_few" });
    expect(parseTypedCorners("55.6050, 13.0038\n55.6060, 13.0038\n55.6060, 13.0038", "wgs84").problem).toEqual({ code: "too_few" });
    expect(parseTypedCorners(" \n\n", "wgs84").problem).toEqual({ code: "empty" });
  });

  it("refuses more than 500 corners and very long text", () => {
    const many = Array.from({ length: 501 }, (_, i) => `55.6${String(i).padStart(3, "0")}, 13.00${i % 10}`).join("\n");
    expect(parseTypedCorners(many, "wgs84").problem?.code).toBe("too_many");
    expect(parseTypedCorners("1".repeat(20_001), "wgs84").problem?.code).toBe("too_long");
  });
});

describe("parseTypedCorners in SWEREF 99 TM (N E, metres)", () => {
  it("reads northing first and answers easting first, in EPSG:3006", () => {
    const result = parseTypedCorners("6163000 374000\n6163300 374000\n6163300 374300\n6163000 374300", "sweref99tm");
    expect(result.ok && result.value.srid).toBe(3006);
    expect(result.ok && result.value.coordinates[0]![0]).toEqual([
      [374000, 6163000],
      [374000, 6163300],
      [374300, 6163300],
      [374300, 6163000],
      [374000, 6163000],
    ]);
  });

  it("accepts decimals with a comma or a point", () => {
    const result = parseTypedCorners("6163000,5 374000,25\n6163300.5 374000\n6163300 374300", "sweref99tm");
    expect(result.ok && result.value.coordinates[0]![0]![0]).toEqual([374000.25, 6163000.5]);
  });

  it.each([
    ["374000 6163000", "swapped"],
    ["6580000 674000", "outside_city"],
    ["55.6050 13.0038", "other_system"],
    ["12 34", "out_of_range"],
    ["6163000", "two_numbers"],
  ] as const)("refuses %j: %s", (line, code) => {
    const result = parseTypedCorners(["6163300 374000", line, "6163300 374300"].join("\n"), "sweref99tm");
    expect(result.problem).toMatchObject({ code, line: 2 });
  });
});
