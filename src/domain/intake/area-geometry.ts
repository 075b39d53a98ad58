/**
 * The physical boundary of an application's area, as the applicant gives it: a polygon drawn
 * on the map or a GeoJSON file. Pure checks on the structure, before PostGIS checks validity
 * (self-intersections and the like) and stores it. Coordinates are WGS 84 longitude/latitude
 * (EPSG:4326), or SWEREF 99 TM (EPSG:3006, the Swedish national grid) when the file says so
 * or when every coordinate lies in SWEREF 99 TM's range over Sweden.
 */
import { fail, ok, type Result } from "../result.ts";

export type Position = [number, number];
export type PolygonCoordinates = Position[][];

export interface AreaGeometry {
  srid: 4326 | 3006;
  /** A MultiPolygon's coordinates, in the srid's units. */
  coordinates: PolygonCoordinates[];
  vertexCount: number;
}

export type AreaGeometryError =
  | "empty"
  | "too_large"
  | "not_json"
  | "not_polygon"
  | "bad_coordinates"
  | "ring_not_closed"
  | "too_few_points"
  | "too_complex"
  | "unknown_crs"
  | "outside_city";

export const MAX_GEOJSON_BYTES = 2_000_000;
export const MAX_VERTICES = 20_000;

/** A generous box around Malmö municipality, in WGS 84; a boundary outside it is a mistake. */
export const CITY_BOUNDS_WGS84 = { minLon: 12.75, maxLon: 13.35, minLat: 55.45, maxLat: 55.72 } as const;
/** The same box in SWEREF 99 TM (rounded outwards). */
export const CITY_BOUNDS_SWEREF = { minE: 355_000, maxE: 395_000, minN: 6_150_000, maxN: 6_182_000 } as const;

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

function readPosition(value: unknown): Position | null {
  if (!Array.isArray(value) || value.length < 2 || !isNumber(value[0]) || !isNumber(value[1])) return null;
  return [value[0], value[1]];
}

function readPolygon(value: unknown): Result<PolygonCoordinates, AreaGeometryError> {
  if (!Array.isArray(value) || value.length === 0) return fail("bad_coordinates");
  const rings: PolygonCoordinates = [];
  for (const ringValue of value) {
    if (!Array.isArray(ringValue)) return fail("bad_coordinates");
    const ring: Position[] = [];
    for (const p of ringValue) {
      const position = readPosition(p);
      if (!position) return fail("bad_coordinates");
      ring.push(position);
    }
    if (ring.length < 4) return fail("too_few_points");
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) return fail("ring_not_closed");
    rings.push(ring);
  }
  return ok(rings);
}

/** Collects polygons from a geometry, a Feature or a FeatureCollection. */
function collectPolygons(value: unknown, out: PolygonCoordinates[]): AreaGeometryError | null {
  if (typeof value !== "object" || value === null) return "not_polygon";
  const v = value as { type?: unknown; coordinates?: unknown; geometry?: unknown; features?: unknown; geometries?: unknown };
  switch (v.type) {
    case "Polygon": {
      const polygon = readPolygon(v.coordinates);
      if (!polygon.ok) return polygon.error;
      out.push(polygon.value);
      return null;
    }
    case "MultiPolygon": {
      if (!Array.isArray(v.coordinates) || v.coordinates.length === 0) return "bad_coordinates";
      for (const p of v.coordinates) {
        const polygon = readPolygon(p);
        if (!polygon.ok) return polygon.error;
        out.push(polygon.value);
      }
      return null;
    }
    case "Feature":
      return collectPolygons(v.geometry, out);
    case "FeatureCollection": {
      if (!Array.isArray(v.features) || v.features.length === 0) return "not_polygon";
      for (const f of v.features) {
        const error = collectPolygons(f, out);
        if (error) return error;
      }
      return null;
    }
    case "GeometryCollection": {
      if (!Array.isArray(v.geometries) || v.geometries.length === 0) return "not_polygon";
      for (const g of v.geometries) {
        const error = collectPolygons(g, out);
        if (error) return error;
      }
      return null;
    }
    default:
      return "not_polygon";
  }
}

/** The CRS a (pre-2016 style) GeoJSON names, if any: `{"crs": {"properties": {"name": "EPSG:3006"}}}`. */
function namedCrs(value: unknown): 4326 | 3006 | "unknown" | null {
  if (typeof value !== "object" || value === null || !("crs" in value)) return null;
  const name = (value as { crs?: { properties?: { name?: unknown } } }).crs?.properties?.name;
  if (typeof name !== "string") return null;
  if (/(EPSG::?4326|CRS84)$/i.test(name)) return 4326;
  if (/EPSG::?3006$/i.test(name)) return 3006;
  return "unknown";
}

function within(coordinates: PolygonCoordinates[], test: (p: Position) => boolean): boolean {
  return coordinates.every((polygon) => polygon.every((ring) => ring.every(test)));
}

const inWgs84 = (p: Position) => Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;
const inSwerefRange = (p: Position) => p[0] >= 180_000 && p[0] <= 1_000_000 && p[1] >= 6_100_000 && p[1] <= 7_700_000;
const inCityWgs84 = (p: Position) => p[0] >= CITY_BOUNDS_WGS84.minLon && p[0] <= CITY_BOUNDS_WGS84.maxLon && p[1] >= CITY_BOUNDS_WGS84.minLat && p[1] <= CITY_BOUNDS_WGS84.maxLat;
const inCitySweref = (p: Position) => p[0] >= CITY_BOUNDS_SWEREF.minE && p[0] <= CITY_BOUNDS_SWEREF.maxE && p[1] >= CITY_BOUNDS_SWEREF.minN && p[1] <= CITY_BOUNDS_SWEREF.maxN;

/**
 * Reads an applicant's boundary from GeoJSON text. Answers the polygons as one MultiPolygon
 * with its coordinate system, or the reason it cannot be used.
 */
export function parseAreaGeoJson(text: string): Result<AreaGeometry, AreaGeometryError> {
  if (text.trim() === "") return fail("empty");
  if (text.length > MAX_GEOJSON_BYTES) return fail("too_large");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail("not_json");
  }
  return readAreaGeometry(value);
}

/**
 * The same checks on a parsed GeoJSON value (a geometry, Feature or FeatureCollection).
 * `crsFrom` is the document that may name a CRS (a FeatureCollection's features inherit it).
 */
export function readAreaGeometry(value: unknown, crsFrom: unknown = value): Result<AreaGeometry, AreaGeometryError> {
  const coordinates: PolygonCoordinates[] = [];
  const error = collectPolygons(value, coordinates);
  if (error) return fail(error);
  const vertexCount = coordinates.reduce((n, polygon) => n + polygon.reduce((m, ring) => m + ring.length, 0), 0);
  if (vertexCount > MAX_VERTICES) return fail("too_complex", { max: String(MAX_VERTICES) });

  const named = namedCrs(crsFrom);
  if (named === "unknown") return fail("unknown_crs");
  let srid: 4326 | 3006;
  if (named !== null) srid = named;
  else if (within(coordinates, inWgs84)) srid = 4326;
  else if (within(coordinates, inSwerefRange)) srid = 3006;
  else return fail("unknown_crs");

  const inside = srid === 4326 ? within(coordinates, inCityWgs84) : within(coordinates, inCitySweref);
  if (!inside) return fail("outside_city");
  return ok({ srid, coordinates, vertexCount });
}

/** The geometry as GeoJSON text for PostGIS (ST_GeomFromGeoJSON); the srid travels separately. */
export function toMultiPolygonGeoJson(geometry: AreaGeometry): string {
  return JSON.stringify({ type: "MultiPolygon", coordinates: geometry.coordinates });
}
