/**
 * MAP_TILES_URL and MAP_TILES_ATTRIBUTION: an optional base map (XYZ tiles) under the city's
 * maps. Checked at start like every other variable; each problem names its variable and what
 * to write instead. The tile server's origin is what the CSP's img-src gets, so the template
 * must keep its placeholders out of the host: one origin, known at start.
 */

/**
 * The base map the city's maps are drawn over, when one is configured. Without it the maps show
 * the city's own area boundaries only, and no request leaves the city's site.
 */
export interface MapTiles {
  /** An XYZ template: https://…/{z}/{x}/{y}.png (optionally {r} for retina tiles). */
  url: string;
  /** Who owns the map, shown on the map as text (never as HTML). */
  attribution: string;
  /** Where the attribution links to, when the tile host asks for a link (OpenStreetMap's copyright page). */
  attributionUrl: string | null;
  /** The tile server's origin: the only address added to the CSP's img-src. */
  origin: string;
}

/** Placeholders Leaflet fills in itself; any other {name} would make it throw in the browser. */
const KNOWN = new Set(["{z}", "{x}", "{y}", "{r}"]);
const REQUIRED = ["{z}", "{x}", "{y}"] as const;
const EXAMPLE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const MAX_ATTRIBUTION = 200;

/** OpenStreetMap's own tile servers (and its national chapters'): their data is © OpenStreetMap contributors. */
const OSM_HOST = /(^|\.)openstreetmap\.[a-z]+$/i;
export const OSM_ATTRIBUTION = "© OpenStreetMap contributors";
export const OSM_COPYRIGHT_URL = "https://www.openstreetmap.org/copyright";

export type MapTilesResult = { ok: true; value: MapTiles | null } | { ok: false; problems: string[] };

export function readMapTiles(rawUrl: string | undefined, rawAttribution: string | undefined): MapTilesResult {
  const url = rawUrl?.trim() ?? "";
  const attribution = rawAttribution?.trim() ?? "";
  const problems: string[] = [];
  const attributionProblem = checkAttribution(attribution);
  if (attributionProblem) problems.push(`MAP_TILES_ATTRIBUTION: ${attributionProblem}`);

  if (url === "") {
    if (attribution !== "") problems.push("MAP_TILES_ATTRIBUTION: används bara tillsammans med MAP_TILES_URL; ange MAP_TILES_URL eller ta bort MAP_TILES_ATTRIBUTION");
    return problems.length ? { ok: false, problems } : { ok: true, value: null };
  }

  const template = checkTemplate(url);
  if (!template.ok) {
    problems.push(`MAP_TILES_URL: ${template.problem}`);
    return { ok: false, problems };
  }
  const osm = OSM_HOST.test(template.hostname);
  if (attribution === "" && !osm) {
    problems.push("MAP_TILES_ATTRIBUTION: ska anges när MAP_TILES_URL är satt: vem kartan tillhör, som den visas på kartan, t.ex. ”© Malmö stad” (för OpenStreetMaps egna kartservrar behövs den inte)");
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { url, attribution: attribution || OSM_ATTRIBUTION, attributionUrl: osm ? OSM_COPYRIGHT_URL : null, origin: template.origin } };
}

function checkAttribution(text: string): string | null {
  if (text.length > MAX_ATTRIBUTION) return `får vara högst ${MAX_ATTRIBUTION} tecken`;
  // Shown as one line of text on the map.
  if (/[\u0000-\u001f\u007f]/.test(text)) return "får inte innehålla radbrytningar eller andra styrtecken";
  return null;
}

function checkTemplate(url: string): { ok: true; origin: string; hostname: string } | { ok: false; problem: string } {
  const expected = `ange en XYZ-adress med {z}, {x} och {y}, t.ex. ${EXAMPLE}`;
  if (!/^https?:\/\//i.test(url)) return { ok: false, problem: `ska vara en http(s)-adress; ${expected}` };
  const placeholders: string[] = url.match(/\{[^{}]*\}/g) ?? [];
  if (placeholders.includes("{s}")) return { ok: false, problem: `{s} (växlande underdomäner) stöds inte, eftersom kartservern ska ha en enda adress i webbläsarens säkerhetspolicy; ${expected}` };
  const unknown = placeholders.find((p) => !KNOWN.has(p));
  if (unknown) return { ok: false, problem: `okänd platshållare ${unknown}: bara {z}, {x}, {y} och {r} stöds; ${expected}` };
  const missing = REQUIRED.filter((p) => !placeholders.includes(p));
  if (missing.length) return { ok: false, problem: `saknar ${missing.join(", ")}; ${expected}` };
  // The same address with two different tiles must have the same origin: placeholders belong in the path.
  let first: URL, second: URL;
  try {
    first = new URL(fill(url, "0"));
    second = new URL(fill(url, "1"));
  } catch {
    return { ok: false, problem: `är ingen giltig adress; ${expected}` };
  }
  if (first.origin !== second.origin) return { ok: false, problem: `platshållarna får bara stå i sökvägen, inte i servernamnet; ${expected}` };
  // Every browser fetches the tiles, so the address is public.
  if (first.username || first.password) return { ok: false, problem: "får inte innehålla användarnamn eller lösenord: adressen skickas till varje besökares webbläsare" };
  return { ok: true, origin: first.origin, hostname: first.hostname };
}

function fill(template: string, value: string): string {
  return template.replace(/\{[zxyr]\}/g, value);
}
