/**
 * What every map shares: the map with Swedish control names, the optional base map with its
 * attribution, and labels that are always text.
 *
 * Leaflet inserts a string given to bindTooltip, bindPopup, setContent or an attribution as
 * HTML (innerHTML). The names on our maps are user text (an applicant's case title, a process
 * name, an imported area name), so every label is handed to Leaflet as a DOM element whose
 * textContent is set: `mapText`. Nothing else in src/web/app may bind a label; a test
 * (map-support.test.ts) holds that line.
 *
 * Runs in the browser only (Leaflet needs `window`): the map components import Leaflet in
 * an effect and pass it in.
 */
import type Leaflet from "leaflet";
import type { Locale, Translate } from "#src/text/index.ts";
import type { MapTiles } from "#src/adapters/config/map-tiles.ts";

type L = typeof Leaflet;

/** A label's content: an element with the text set as text, so markup in it stays visible characters. */
export function mapText(text: string): HTMLElement {
  const span = document.createElement("span");
  span.textContent = text;
  return span;
}

/**
 * A name shown beside the pointer on hover, and at the shape's centre when the shape (or a
 * list item that stands for it) has keyboard focus. Never permanent: permanent names overlap
 * and are clipped where areas are small.
 */
export function bindLabel(layer: Leaflet.Layer, text: string, options: Leaflet.TooltipOptions = {}): void {
  layer.bindTooltip(mapText(text), { sticky: true, direction: "auto", opacity: 1, className: "sv-map__tooltip", ...options });
}

/** A short figure that stays on the map at `at` (a count), as text; it takes no pointer events. */
export function placeFigure(L: L, map: Leaflet.Map, at: Leaflet.LatLngExpression, text: string): void {
  L.tooltip({ permanent: true, direction: "center", opacity: 1, className: "sv-map__figure", interactive: false }).setLatLng(at).setContent(mapText(text)).addTo(map);
}

/**
 * Makes a shape a keyboard stop with its label as its name: Leaflet opens a bound tooltip
 * when the shape's element gets focus, so the name shows on focus as on hover. Call after
 * the shape is on the map.
 */
export function focusableShape(layer: Leaflet.Path, name: string): void {
  const element = layer.getElement();
  if (!element) return;
  element.setAttribute("tabindex", "0");
  element.setAttribute("role", "img");
  element.setAttribute("aria-label", name);
  element.classList.add("sv-map__area--focusable");
}

/**
 * The map: zoom buttons named in the page's language, and the base map when one is
 * configured. Without one, the caller's own shapes (the city's areas) are the background
 * and nothing is fetched from anywhere else.
 */
export function createMap(L: L, container: HTMLElement, opts: { locale: Locale; tiles: MapTiles | null; t: Translate }): Leaflet.Map {
  const map = L.map(container, { zoomSnap: 0.25, attributionControl: false, zoomControl: false });
  L.control.zoom(opts.locale === "sv" ? { zoomInTitle: "Zooma in", zoomOutTitle: "Zooma ut" } : {}).addTo(map);
  if (opts.tiles) {
    // Tiles are decoration for sighted users: Leaflet gives each <img> alt="" and role="presentation".
    L.tileLayer(opts.tiles.url, { maxZoom: 19, className: "sv-map__tiles" }).addTo(map);
    const attribution = new L.Control({ position: "bottomright" });
    const tiles = opts.tiles;
    attribution.onAdd = () => attributionElement(L, tiles, opts.t);
    attribution.addTo(map);
  }
  return map;
}

/**
 * Leaflet's own attribution control writes its text as HTML; this one is built from text
 * nodes. OpenStreetMap asks for a link to its copyright page; it opens in a new tab so that
 * a half-drawn area is not lost.
 */
function attributionElement(L: L, tiles: MapTiles, t: Translate): HTMLElement {
  const box = L.DomUtil.create("div", "leaflet-control-attribution sv-map__attribution");
  if (tiles.attributionUrl) {
    const link = document.createElement("a");
    link.href = tiles.attributionUrl;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.textContent = tiles.attribution;
    const hint = document.createElement("span");
    hint.className = "sv-visually-hidden";
    hint.textContent = ` ${t("map.newTab")}`;
    link.appendChild(hint);
    box.appendChild(link);
  } else {
    box.textContent = tiles.attribution;
  }
  // Clicks and scrolls on the attribution are not map gestures (nor vertices of a drawing).
  L.DomEvent.disableClickPropagation(box);
  L.DomEvent.disableScrollPropagation(box);
  return box;
}
