import { describe, expect, it } from "vitest";
import { parseAreaGeoJson, toMultiPolygonGeoJson } from "./area-geometry.ts";

const square = [
  [13.0, 55.6],
  [13.01, 55.6],
  [13.01, 55.61],
  [13.0, 55.61],
  [13.0, 55.6],
];

describe("parseAreaGeoJson", () => {
  it("reads a Polygon as a one-polygon MultiPolygon in WGS 84", () => {
    const result = parseAreaGeoJson(JSON.stringify({ type: "Polygon", coordinates: [square] }));
    expect(result).toEqual({ ok: true, value: { srid: 4326, coordinates: [[square]], vertexCount: 5 } });
  });

  it("collects the polygons of a FeatureCollection", () => {
    const other = square.map(([x, y]) => [x! + 0.02, y!]);
    const fc = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [square] } },
        { type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: [[other]] } },
      ],
    };
    const result = parseAreaGeoJson(JSON.stringify(fc));
    expect(result.ok && result.value.coordinates.length).toBe(2);
    expect(result.ok && JSON.parse(toMultiPolygonGeoJson(result.value))).toEqual({ type: "MultiPolygon", coordinates: [[square], [other]] });
  });

  it("recognises SWEREF 99 TM by a named CRS and by its coordinate range", () => {
    const sweref = [
      [374000, 6164000],
      [375000, 6164000],
      [375000, 6165000],
      [374000, 6165000],
      [374000, 6164000],
    ];
    const named = parseAreaGeoJson(JSON.stringify({ type: "Polygon", crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::3006" } }, coordinates: [sweref] }));
    expect(named.ok && named.value.srid).toBe(3006);
    const unnamed = parseAreaGeoJson(JSON.stringify({ type: "Polygon", coordinates: [sweref] }));
    expect(unnamed.ok && unnamed.value.srid).toBe(3006);
  });

  it.each([
    ["", "empty"],
    ["{not json", "not_json"],
    [JSON.stringify({ type: "Point", coordinates: [13, 55.6] }), "not_polygon"],
    [JSON.stringify({ type: "FeatureCollection", features: [] }), "not_polygon"],
    [JSON.stringify({ type: "Polygon", coordinates: [[[13, "x"], [13.1, 55.6], [13.1, 55.7], [13, 55.6]]] }), "bad_coordinates"],
    [JSON.stringify({ type: "Polygon", coordinates: [square.slice(0, 4)] }), "ring_not_closed"],
    [JSON.stringify({ type: "Polygon", coordinates: [[[13, 55.6], [13.1, 55.6], [13, 55.6]]] }), "too_few_points"],
    [JSON.stringify({ type: "Polygon", coordinates: [square.map(([x, y]) => [x! + 5, y!])] }), "outside_city"],
    // Latitude and longitude swapped: a common mistake, answered with "outside the city".
    [JSON.stringify({ type: "Polygon", coordinates: [square.map(([x, y]) => [y!, x!])] }), "outside_city"],
    [JSON.stringify({ type: "Polygon", coordinates: [square.map(([x, y]) => [x! * 1e7, y! * 1e7])] }), "unknown_crs"],
    [JSON.stringify({ type: "Polygon", crs: { type: "name", properties: { name: "EPSG:3857" } }, coordinates: [square] }), "unknown_crs"],
  ])("refuses %s with %s", (text, error) => {
    expect(parseAreaGeoJson(text)).toMatchObject({ ok: false, error });
  });

  it("refuses a boundary with more vertices than the limit", () => {
    const ring: number[][] = [];
    for (let i = 0; i < 20_001; i++) ring.push([13 + (i % 100) * 1e-5, 55.6 + Math.floor(i / 100) * 1e-5]);
    ring.push(ring[0]!);
    expect(parseAreaGeoJson(JSON.stringify({ type: "Polygon", coordinates: [ring] }))).toMatchObject({ ok: false, error: "too_complex" });
  });
});
