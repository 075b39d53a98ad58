/**
 * Reading the city's areas (GeSo, with optional sub-areas) from a GeoJSON FeatureCollection in
 * WGS 84 or SWEREF 99 TM. Pure: every feature is checked and every problem reported with the
 * feature's number and code; PostGIS then checks validity before anything is stored.
 */
import { MAX_GEOJSON_BYTES, readAreaGeometry, type AreaGeometry, type AreaGeometryError } from "../intake/area-geometry.ts";
import { fail, ok, type Result } from "../result.ts";

export interface AreaFeature {
  /** 1-based position in the file, for messages. */
  feature: number;
  code: string;
  name: string;
  parentCode: string | null;
  geometry: AreaGeometry;
}

export type AreaFeatureError = AreaGeometryError | "missing_code" | "missing_name" | "duplicate_code" | "bad_code";
export interface AreaImportProblem {
  feature: number;
  code: string | null;
  error: AreaFeatureError | "not_json" | "not_feature_collection" | "too_large" | "empty";
}

const CODE_KEYS = ["code", "kod", "omradeskod", "områdeskod", "geso", "id"];
const NAME_KEYS = ["name", "namn", "omrade", "område", "omradesnamn", "områdesnamn"];
const PARENT_KEYS = ["parent_code", "parent", "overomrade", "överområde", "forelder"];

function pick(props: Record<string, unknown>, keys: string[]): string | null {
  const lower = Object.fromEntries(Object.entries(props).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of keys) {
    const v = lower[key];
    if (typeof v === "string" && v.trim() !== "") return v.trim();
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
  }
  return null;
}

/** All features, or every problem found: nothing is half-imported. */
export function readAreaFeatures(text: string): Result<AreaFeature[], "invalid"> & { problems?: AreaImportProblem[] } {
  if (text.trim() === "") return { ...fail("invalid"), problems: [{ feature: 0, code: null, error: "empty" }] };
  if (text.length > MAX_GEOJSON_BYTES * 10) return { ...fail("invalid"), problems: [{ feature: 0, code: null, error: "too_large" }] };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ...fail("invalid"), problems: [{ feature: 0, code: null, error: "not_json" }] };
  }
  const features = (doc as { type?: unknown; features?: unknown }).type === "FeatureCollection" ? (doc as { features: unknown }).features : null;
  if (!Array.isArray(features) || features.length === 0) return { ...fail("invalid"), problems: [{ feature: 0, code: null, error: "not_feature_collection" }] };
  const problems: AreaImportProblem[] = [];
  const rows: AreaFeature[] = [];
  const seen = new Set<string>();
  features.forEach((f, i) => {
    const n = i + 1;
    const props = (typeof f === "object" && f !== null && typeof (f as { properties?: unknown }).properties === "object" && (f as { properties: unknown }).properties) || {};
    const code = pick(props as Record<string, unknown>, CODE_KEYS);
    const name = pick(props as Record<string, unknown>, NAME_KEYS);
    const parentCode = pick(props as Record<string, unknown>, PARENT_KEYS);
    if (!code) problems.push({ feature: n, code: null, error: "missing_code" });
    else if (code.length > 40 || !/^[\p{L}\p{N}_.-]+$/u.test(code)) problems.push({ feature: n, code, error: "bad_code" });
    else if (seen.has(code)) problems.push({ feature: n, code, error: "duplicate_code" });
    if (!name) problems.push({ feature: n, code, error: "missing_name" });
    if (code) seen.add(code);
    const geometry = readAreaGeometry(f, doc);
    if (!geometry.ok) problems.push({ feature: n, code, error: geometry.error });
    else if (code && name) rows.push({ feature: n, code, name: name.slice(0, 200), parentCode, geometry: geometry.value });
  });
  if (problems.length > 0) return { ...fail("invalid"), problems };
  return ok(rows);
}
