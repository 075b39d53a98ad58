/**
 * Drawing a boundary with the keyboard on the area map (area-map.tsx): the map itself takes
 * focus, a crosshair marks its centre (drawn by the component, map.css), the arrow keys move
 * the map under it (Shift: four times further), plus and minus zoom, Enter adds a corner at the
 * crosshair, Backspace or Delete removes the last, and Escape finishes the area once it has
 * three corners. Every step is said through `announce` (an aria-live region beside the map),
 * with where the crosshair is in numbers and, when it is in one, the city area's name.
 *
 * Leaflet's own keyboard handler pans with an animation, so the centre read on Enter could be
 * half-way; it is switched off and the map is moved here without animation. The finished
 * polygon replaces the drawn layers and is handed to `finish`, which writes the same hidden
 * field as drawing with the mouse. Runs in the browser only; Leaflet is passed in.
 */
import type Leaflet from "leaflet";
import { edgesCross, ringAreaM2, shapeAt, type LonLat } from "#src/domain/intake/corner-sketch.ts";
import { formatNumber, type Locale, type Translate } from "#src/text/index.ts";

/** Pixels the map moves for an arrow key, and with Shift. */
const STEP = 40;
const BIG_STEP = 160;
const MIN_CORNERS = 3;

export const SKETCH_STYLE: Leaflet.PathOptions = { color: "#0062ba", weight: 3, fillOpacity: 0.2 };

export interface KeyboardDrawingOptions {
  shapes: ReadonlyArray<{ name: string; geometry: unknown }>;
  drawn: Leaflet.FeatureGroup;
  locale: Locale;
  t: Translate;
  announce: (message: string) => void;
  /** Called with the finished polygon, already in `drawn`. */
  finish: (polygon: Leaflet.Polygon) => void;
}

/** Where a point is, in words and numbers: "55,6050 N 13,0038 E, i Innerstaden". */
export function describePlace(point: Leaflet.LatLng, opts: Pick<KeyboardDrawingOptions, "shapes" | "locale" | "t">): string {
  const lat = formatNumber(point.lat, opts.locale, 4);
  const lon = formatNumber(point.lng, opts.locale, 4);
  const area = shapeAt([point.lng, point.lat], opts.shapes);
  return area === null ? opts.t("appl.area.kbd.place", { lat, lon }) : opts.t("appl.area.kbd.placeIn", { lat, lon, area });
}

/** A distance to two significant figures (1 234 → 1 200, 87.6 → 88): what one needs to know of a step's length. */
export function roundTwoFigures(value: number): number {
  if (value <= 0) return 0;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / unit) * unit;
}

/** Installs the keys on the map's container; answers a function that removes them. */
export function enableKeyboardDrawing(L: typeof Leaflet, map: Leaflet.Map, opts: KeyboardDrawingOptions): () => void {
  const { t } = opts;
  const container = map.getContainer();
  map.keyboard.disable();
  container.tabIndex = 0;
  const corners: Leaflet.LatLng[] = [];
  const sketch = L.layerGroup().addTo(map);
  const place = (p: Leaflet.LatLng) => describePlace(p, opts);

  /** The corners so far as dots joined by a line, and a dashed line on to the crosshair. */
  const redraw = () => {
    sketch.clearLayers();
    if (corners.length === 0) return;
    L.polyline(corners, { ...SKETCH_STYLE, interactive: false }).addTo(sketch);
    L.polyline([corners[corners.length - 1]!, map.getCenter(), ...(corners.length >= 2 ? [corners[0]!] : [])], { color: "#0062ba", weight: 2, dashArray: "6 6", interactive: false }).addTo(sketch);
    for (const c of corners) L.circleMarker(c, { radius: 5, color: "#fff", weight: 2, fillColor: "#0062ba", fillOpacity: 1, interactive: false }).addTo(sketch);
  };
  map.on("move", redraw);

  /** How far one arrow press moves the map at this zoom, in metres, to two significant figures. */
  const stepMetres = () => {
    const centre = map.getCenter();
    const metres = centre.distanceTo(map.containerPointToLatLng(map.latLngToContainerPoint(centre).add([STEP, 0])));
    return formatNumber(roundTwoFigures(metres), opts.locale);
  };

  let greeted = false;
  const onFocus = () => {
    if (greeted) return;
    greeted = true;
    opts.announce(t("appl.area.kbd.start", { place: place(map.getCenter()), metres: stepMetres() }));
  };

  const onKey = (event: KeyboardEvent) => {
    // The zoom buttons and the drawing tools inside the map keep their own keys.
    if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    const step = event.shiftKey ? BIG_STEP : STEP;
    const pans: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const pan = pans[event.key];
    if (pan) {
      map.panBy(pan, { animate: false });
      opts.announce(t("appl.area.kbd.at", { place: place(map.getCenter()) }));
    } else if (event.key === "+" || event.key === "=" || event.key === "-" || event.key === "_") {
      const zoom = map.getZoom() + (event.key === "+" || event.key === "=" ? 1 : -1);
      map.setZoom(Math.max(map.getMinZoom(), Math.min(map.getMaxZoom(), zoom)), { animate: false });
      opts.announce(t("appl.area.kbd.zoom", { zoom: Math.round(map.getZoom()), metres: stepMetres(), place: place(map.getCenter()) }));
    } else if (event.key === "Enter") {
      const at = map.getCenter();
      corners.push(at);
      redraw();
      const n = corners.length;
      const next = n >= MIN_CORNERS ? t("appl.area.kbd.canFinish") : t("appl.area.kbd.addMore", { left: MIN_CORNERS - n });
      opts.announce(`${t("appl.area.kbd.added", { n, place: place(at) })} ${next}`);
    } else if (event.key === "Backspace" || event.key === "Delete") {
      if (corners.length === 0) opts.announce(t("appl.area.kbd.nothingToRemove"));
      else {
        corners.pop();
        redraw();
        opts.announce(t("appl.area.kbd.removed", { n: corners.length + 1, left: corners.length }));
      }
    } else if (event.key === "Escape") {
      if (corners.length < MIN_CORNERS) {
        opts.announce(t("appl.area.kbd.tooFew", { n: corners.length }));
      } else {
        const ring: LonLat[] = corners.map((c) => [c.lng, c.lat]);
        if (edgesCross(ring)) {
          opts.announce(t("appl.area.kbd.crossing"));
        } else {
          const polygon = L.polygon(corners, SKETCH_STYLE);
          opts.drawn.clearLayers();
          opts.drawn.addLayer(polygon);
          const hectares = ringAreaM2(ring) / 10_000;
          const n = corners.length;
          corners.length = 0;
          redraw();
          opts.finish(polygon);
          opts.announce(t("appl.area.kbd.done", { n, hectares: formatNumber(hectares, opts.locale, hectares < 10 ? 1 : 0) }));
        }
      }
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };
  container.addEventListener("keydown", onKey);
  container.addEventListener("focus", onFocus);
  return () => {
    container.removeEventListener("keydown", onKey);
    container.removeEventListener("focus", onFocus);
    map.off("move", redraw);
  };
}
