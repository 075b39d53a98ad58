/**
 * Map labels are text, never HTML. Leaflet writes a string given to bindTooltip, bindPopup,
 * setContent, a divIcon's `html` or an attribution into the page with innerHTML, and the names
 * on our maps are user text. The browser test (tests/e2e/maps.e2e.test.ts) shows hostile names
 * as literal text; this test keeps every future label on the one safe path: in the web app,
 * only map-support.ts hands content to Leaflet, and only as `mapText(…)` (an element whose
 * textContent is set).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const APP = join(import.meta.dirname, "..");
const SAFE_HOME = "ui/map-support.ts";

/** Calls that hand Leaflet content it would parse as HTML when given a string. */
const CONTENT_CALL = /\.(bindTooltip|bindPopup|setTooltipContent|setPopupContent|setContent)\(\s*([^\n]{0,40})/g;
/** Ways to put markup into the page that have no safe form here. */
const MARKUP = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|divIcon|addAttribution|getAttribution)\b|\b(tileLayer|TileLayer|Layer)\([^;]{0,300}?\battribution\s*:/g;

function htmlSinks(file: string, text: string): string[] {
  // Comments may name what they warn against.
  const source = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");
  const found: string[] = [];
  for (const m of source.matchAll(CONTENT_CALL)) {
    const safe = file === SAFE_HOME && m[2]!.startsWith("mapText(");
    if (!safe) found.push(`${file}: .${m[1]}(${m[2]!.trim()}`);
  }
  for (const m of source.matchAll(MARKUP)) found.push(`${file}: ${m[0]}`);
  return found;
}

function sources(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return [{ file: relative(APP, path).split("\\").join("/"), text: readFileSync(path, "utf8") }];
  });
}

describe("map labels", () => {
  it("reach Leaflet only as text elements, from map-support.ts", () => {
    const all = sources(APP);
    expect(all.some((s) => s.file === SAFE_HOME)).toBe(true);
    expect(all.flatMap((s) => htmlSinks(s.file, s.text))).toEqual([]);
  });

  it("are caught when a string would be inserted as HTML", () => {
    // What the maps did before: names as strings.
    expect(htmlSinks("ui/choropleth-map.tsx", "if (p) l.bindTooltip(`${p.name}: ${n}`, { permanent: true });")).toHaveLength(1);
    expect(htmlSinks("ui/area-map.tsx", "if (name) layer.bindTooltip(name, { permanent: true });")).toHaveLength(1);
    expect(htmlSinks("ui/x.tsx", "onEachFeature: (f, l) => l.bindPopup(f.properties.name)")).toHaveLength(1);
    expect(htmlSinks("ui/x.tsx", "L.marker(at, { icon: L.divIcon({ html: name }) })")).toHaveLength(1);
    expect(htmlSinks("ui/x.tsx", "L.tileLayer(url, { attribution: text })")).toHaveLength(1);
    expect(htmlSinks("ui/x.tsx", "box.innerHTML = text")).toHaveLength(1);
    expect(htmlSinks("ui/x.tsx", "/** never innerHTML */\nconst u = \"https://x\"; box.innerHTML = u; // innerHTML")).toHaveLength(1);
    // Even mapText is only trusted in its own module, where the test above reads every call.
    expect(htmlSinks("ui/x.tsx", "layer.bindTooltip(mapText(name))")).toHaveLength(1);
    expect(htmlSinks(SAFE_HOME, "layer.bindTooltip(name)")).toHaveLength(1);
    expect(htmlSinks(SAFE_HOME, "layer.bindTooltip(mapText(text), { sticky: true })")).toEqual([]);
  });
});
