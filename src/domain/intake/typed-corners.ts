/**
 * A boundary typed as its corners, one a line, for those who cannot or would rather not draw
 * on the map (a keyboard or screen reader user, or someone with coordinates from a survey or
 * a GIS program). Two reference systems, in the order Swedish maps say them:
 *
 * - WGS 84, "latitud, longitud" in decimal degrees ("55.6050, 13.0038" or "55,6050 13,0038");
 * - SWEREF 99 TM, "N E" in metres, northing first ("6163500 374500").
 *
 * Pure: it reads the lines and says, for the first line that cannot be read, which line and
 * why. PostGIS then checks the polygon's validity and moves SWEREF 99 TM to WGS 84, as for an
 * uploaded file (area-geometry.ts). The corners come back as a one-polygon MultiPolygon in
 * GeoJSON's order ([x, y]: longitude/easting first), closed.
 */
import { fail, ok, type Result } from "../result.ts";
import { CITY_BOUNDS_SWEREF, CITY_BOUNDS_WGS84, type AreaGeometry, type Position } from "./area-geometry.ts";

export type CornerSystem = "wgs84" | "sweref99tm";
export const CORNER_SYSTEMS: readonly CornerSystem[] = ["wgs84", "sweref99tm"];

/** At most this many corners: a hand-typed boundary is short; a long one belongs in a file. */
export const MAX_TYPED_CORNERS = 500;
/** At most this many characters (a corner line is some 25). */
export const MAX_TYPED_CORNERS_CHARS = 20_000;

/**
 * Why a line cannot be read:
 * - two_numbers: not two numbers on the line;
 * - not_number: a part is not a number (`text` holds it);
 * - out_of_range: not a coordinate in the system at all (a latitude of 155, a northing of 12);
 * - swapped: the two numbers read the other way round lie in Malmö (the order is latitude first / N first);
 * - outside_city: a real coordinate, but not in or near Malmö;
 * - other_system: the numbers are the other reference system's (metres typed with WGS 84 chosen, or Malmö's degrees with SWEREF 99 TM).
 * Over all lines: empty (no corners), too_few (under three different corners), too_many, too_long.
 */
export type TypedCornerError = "empty" | "too_few" | "too_many" | "too_long" | "two_numbers" | "not_number" | "out_of_range" | "swapped" | "outside_city" | "other_system";

export interface TypedCornerProblem {
  code: TypedCornerError;
  /** The line (1-based, as the user counts them in the box), for a problem on one line. */
  line?: number;
  /** The part that is not a number. */
  text?: string;
  /** Further lines with problems, after the first. */
  moreLines?: number[];
}

const NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;

/**
 * The two parts of a line. A semicolon, a comma followed by a space, or spaces separate the
 * numbers; a comma between digits is a decimal comma, unless the line is only two numbers with
 * decimal points and one comma between them ("55.6,13.0"). Compass letters and degree signs
 * ("55,6050 N 13,0038 E", as the map's announcements say a place) are allowed and ignored.
 */
export function splitCornerLine(line: string): string[] {
  const cleaned = line.replace(/[°NnEeÖö]/g, " ").trim();
  if (cleaned.includes(";")) return cleaned.split(";").map((p) => p.trim());
  const parts = cleaned.split(/\s*,\s+|\s+/).filter((p) => p !== "");
  if (parts.length === 1 && (parts[0]!.match(/,/g) ?? []).length === 1 && parts[0]!.includes(".")) return parts[0]!.split(",");
  if (parts.length === 1 && /^[-+]?\d+,[-+]?\d+$/.test(parts[0]!) && !parts[0]!.includes(".")) {
    // "6163500,374500": two whole numbers with a comma between them (metres, as a spreadsheet writes them).
    const [a, b] = parts[0]!.split(",") as [string, string];
    if (a.replace(/^[-+]/, "").length >= 5 && b.replace(/^[-+]/, "").length >= 5) return [a, b];
  }
  return parts;
}

const inWgs84 = (lat: number, lon: number) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
const inSweref = (n: number, e: number) => n >= 6_100_000 && n <= 7_700_000 && e >= 180_000 && e <= 1_000_000;
const inCityWgs84 = (lat: number, lon: number) => lon >= CITY_BOUNDS_WGS84.minLon && lon <= CITY_BOUNDS_WGS84.maxLon && lat >= CITY_BOUNDS_WGS84.minLat && lat <= CITY_BOUNDS_WGS84.maxLat;
const inCitySweref = (n: number, e: number) => e >= CITY_BOUNDS_SWEREF.minE && e <= CITY_BOUNDS_SWEREF.maxE && n >= CITY_BOUNDS_SWEREF.minN && n <= CITY_BOUNDS_SWEREF.maxN;

/** One line as a GeoJSON position ([x, y]), or why not. */
function readCorner(line: string, system: CornerSystem): Result<Position, TypedCornerError> {
  const parts = splitCornerLine(line);
  if (parts.length !== 2) return fail("two_numbers");
  for (const part of parts) if (!NUMBER.test(part)) return fail("not_number", { text: part.slice(0, 40) });
  const [a, b] = parts.map((p) => Number(p.replace(",", "."))) as [number, number];
  if (system === "wgs84") {
    if (!inWgs84(a, b)) return fail(inSweref(a, b) || inSweref(b, a) ? "other_system" : "out_of_range");
    if (inCityWgs84(a, b)) return ok([b, a]);
    return fail(inCityWgs84(b, a) ? "swapped" : "outside_city");
  }
  if (!inSweref(a, b)) {
    if (inSweref(b, a)) return fail(inCitySweref(b, a) ? "swapped" : "outside_city");
    return fail(inCityWgs84(a, b) || inCityWgs84(b, a) ? "other_system" : "out_of_range");
  }
  return inCitySweref(a, b) ? ok([b, a]) : fail("outside_city");
}

const same = (p: Position, q: Position) => p[0] === q[0] && p[1] === q[1];

/**
 * Reads the typed corners. Blank lines are skipped (but counted, so "Rad 3" is the third line
 * in the box); a last corner equal to the first closes the ring and is not a corner of its own.
 * Every line is read, so the answer names the first bad line and the others.
 */
export function parseTypedCorners(text: string, system: CornerSystem): Result<AreaGeometry, TypedCornerError> & { problem?: TypedCornerProblem } {
  if (text.length > MAX_TYPED_CORNERS_CHARS) return withProblem({ code: "too_long" });
  const lines = text.split(/\r\n|\r|\n/);
  const corners: Position[] = [];
  const problems: TypedCornerProblem[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const corner = readCorner(line, system);
    if (corner.ok) corners.push(corner.value);
    else problems.push({ code: corner.error, line: i + 1, ...(corner.detail?.text ? { text: corner.detail.text } : {}) });
  });
  if (problems.length > 0) {
    const [first, ...rest] = problems as [TypedCornerProblem, ...TypedCornerProblem[]];
    return withProblem(rest.length ? { ...first, moreLines: rest.map((p) => p.line!) } : first);
  }
  if (corners.length === 0) return withProblem({ code: "empty" });
  if (corners.length > 1 && same(corners[0]!, corners[corners.length - 1]!)) corners.pop();
  if (corners.length > MAX_TYPED_CORNERS) return withProblem({ code: "too_many" });
  const distinct = corners.filter((c, i) => corners.findIndex((d) => same(c, d)) === i);
  if (distinct.length < 3) return withProblem({ code: "too_few" });
  const ring = [...corners, corners[0]!];
  return ok({ srid: system === "wgs84" ? 4326 : 3006, coordinates: [[ring]], vertexCount: ring.length });
}

function withProblem(problem: TypedCornerProblem): { ok: false; error: TypedCornerError; problem: TypedCornerProblem } {
  return { ok: false, error: problem.code, problem };
}
