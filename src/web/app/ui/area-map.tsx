/**
 * A map of the city's areas with the application's boundary, drawn with Leaflet and
 * Leaflet-Geoman. Progressive enhancement: the server renders an empty box, a hidden field
 * with the current boundary and a note for those without JavaScript; the map itself is
 * loaded in the browser only (Leaflet needs `window`). Drawing writes the boundary as GeoJSON
 * into the hidden field, and `<name>_changed` tells the server the user drew something.
 *
 * The background is the base map when MAP_TILES_URL is configured, with the city's areas
 * drawn over it as outlines; without one, the city's areas alone (filled), and no request
 * leaves the city's site. An area's name shows on hover, and when the list of areas beside the
 * map says so (`highlight`: the area whose checkbox has focus or the pointer); areas chosen in
 * that list (`chosen`) are filled. Names are text, never HTML (see map-support.ts).
 *
 * An editable map can also be drawn on with the keyboard alone (keyboard-drawing.ts): the map
 * takes focus, a crosshair shows its centre, and a status line below the map says each step.
 */
import { useEffect, useRef, useState } from "react";
import type Leaflet from "leaflet";
import "leaflet/dist/leaflet.css";
import "@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css";
import "./map.css";
import { useLocale, useRoot, useT } from "./i18n.tsx";
import { bindLabel, createMap } from "./map-support.ts";
import { enableKeyboardDrawing, SKETCH_STYLE } from "./keyboard-drawing.ts";

export interface AreaShape {
  id: string;
  name: string;
  geometry: unknown;
}

type Ring = Array<[number, number]>;

/** The polygons of the drawn layers as one MultiPolygon, or "" when nothing is drawn. */
function toMultiPolygon(features: Array<{ geometry: { type: string; coordinates: unknown } }>): string {
  const polygons: Ring[][] = [];
  for (const f of features) {
    if (f.geometry.type === "Polygon") polygons.push(f.geometry.coordinates as Ring[]);
    else if (f.geometry.type === "MultiPolygon") polygons.push(...(f.geometry.coordinates as Ring[][]));
  }
  return polygons.length ? JSON.stringify({ type: "MultiPolygon", coordinates: polygons }) : "";
}

/** How an area looks: over a base map an outline (the streets stay readable), alone a light fill. */
function areaStyle(tiles: boolean, state: { chosen: boolean; highlighted: boolean }): Leaflet.PathOptions {
  const base: Leaflet.PathOptions = tiles ? { color: "#1f2a33", weight: 1.5, opacity: 0.8, fillColor: "#1f2a33", fillOpacity: 0.04 } : { color: "#4a5560", weight: 1, opacity: 1, fillColor: "#dfe5eb", fillOpacity: 0.35 };
  if (state.chosen) Object.assign(base, { fillColor: "#0062ba", fillOpacity: tiles ? 0.2 : 0.3 });
  if (state.highlighted) Object.assign(base, { color: "#000", weight: 4, opacity: 1 });
  return base;
}

export function AreaMap(props: {
  name?: string;
  initial: unknown | null;
  shapes: AreaShape[];
  editable: boolean;
  label: string;
  describedBy?: string;
  /** The area (id) to outline and name, e.g. while its checkbox in the list has focus. */
  highlight?: string | null;
  /** The areas (ids) chosen in the list: filled. */
  chosen?: readonly string[];
}) {
  const locale = useLocale();
  const t = useT();
  const { mapTiles } = useRoot();
  const ref = useRef<HTMLDivElement>(null);
  /** Restyles the areas for the current highlight and choice; set once the map exists. */
  const restyle = useRef<(highlight: string | null, chosen: readonly string[]) => void>(() => {});
  const initialText = props.initial ? JSON.stringify(props.initial) : "";
  const [value, setValue] = useState(initialText);
  const [changed, setChanged] = useState(false);
  /** What the keyboard drawing last said (keyboard-drawing.ts); a repeated message gets a different ending so it is said again. */
  const [announcement, setAnnouncement] = useState("");
  const announce = (message: string) => setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));

  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    (async () => {
      const L = (await import("leaflet")).default;
      if (props.editable) await import("@geoman-io/leaflet-geoman-free");
      if (cancelled || !ref.current) return;
      const map = createMap(L, ref.current, { locale, tiles: mapTiles, t });
      cleanup = () => {
        restyle.current = () => {};
        map.remove();
      };
      const tiles = mapTiles !== null;
      const byId = new Map<string, L.Polygon>();
      const areas = L.geoJSON({ type: "FeatureCollection", features: props.shapes.map((s) => ({ type: "Feature", properties: { id: s.id, name: s.name }, geometry: s.geometry })) } as never, {
        style: areaStyle(tiles, { chosen: false, highlighted: false }),
        // Interactive for the name on hover only: clicks go on to the map, so they reach the
        // drawing tool, and the pointer stays the map's (map.css).
        interactive: true,
        bubblingMouseEvents: true,
        className: "sv-map__area",
        pmIgnore: true,
        // The areas are background: never edited, cut or snapped to by the drawing tools.
        onEachFeature: (feature: { properties: { id: string; name: string } }, layer: L.Polygon) => {
          (layer.options as { pmIgnore?: boolean }).pmIgnore = true;
          byId.set(feature.properties.id, layer);
          bindLabel(layer, feature.properties.name);
        },
      } as never).addTo(map);
      let shown: string | null = null;
      restyle.current = (highlight, chosen) => {
        for (const [id, layer] of byId) layer.setStyle(areaStyle(tiles, { chosen: chosen.includes(id), highlighted: id === highlight }));
        if (shown !== null && shown !== highlight) byId.get(shown)?.closeTooltip();
        const target = highlight === null ? undefined : byId.get(highlight);
        // Opened at the area's centre; the drawing stays on top of the areas.
        target?.openTooltip(target.getCenter());
        shown = target ? highlight : null;
      };
      restyle.current(props.highlight ?? null, props.chosen ?? []);
      const drawn = L.featureGroup().addTo(map);
      if (props.initial) {
        L.geoJSON(props.initial as never, { style: SKETCH_STYLE }).eachLayer((layer) => drawn.addLayer(layer));
      }
      const bounds = drawn.getLayers().length ? drawn.getBounds() : areas.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12] });
      else map.setView([55.6, 13.0], 11);

      if (!props.editable) return;
      const pm = (map as unknown as { pm: Record<string, (...args: unknown[]) => unknown> }).pm;
      // Geoman's Swedish titles say "Rita Polygoner"; name the tools as the help text does.
      if (locale === "sv") pm.setLang!("sv-samverka", { buttonTitles: { drawPolyButton: "Rita polygon", drawRectButton: "Rita rektangel", editButton: "Redigera", deleteButton: "Ta bort" } }, "sv");
      else pm.setLang!("en");
      pm.setGlobalOptions!({ layerGroup: drawn, pathOptions: SKETCH_STYLE, allowSelfIntersection: false, snappable: false });
      pm.addControls!({
        position: "topleft",
        drawMarker: false,
        drawCircleMarker: false,
        drawPolyline: false,
        drawRectangle: true,
        drawCircle: false,
        drawText: false,
        cutPolygon: false,
        rotateMode: false,
        dragMode: false,
        editMode: true,
        removalMode: true,
      });
      // The tool buttons carry their name in the wrapper's title; give the focusable link itself
      // an accessible name too, so screen readers announce "Rita polygon, knapp".
      for (const wrapper of Array.from(ref.current.querySelectorAll<HTMLElement>(".leaflet-pm-toolbar .button-container[title]"))) {
        wrapper.querySelector(".leaflet-buttons-control-button")?.setAttribute("aria-label", wrapper.getAttribute("title") ?? "");
      }
      const sync = () => {
        const features = (drawn.getLayers() as L.Polygon[]).map((l) => l.toGeoJSON() as never);
        setValue(toMultiPolygon(features));
        setChanged(true);
      };
      drawn.eachLayer((layer) => layer.on("pm:edit", sync));
      const stopKeys = enableKeyboardDrawing(L, map, {
        shapes: props.shapes,
        drawn,
        locale,
        t,
        announce,
        finish: (polygon) => {
          polygon.on("pm:edit", sync);
          sync();
        },
      });
      const removeMap = cleanup;
      cleanup = () => {
        stopKeys();
        removeMap();
      };
      map.on("pm:create", (event: unknown) => {
        const layer = (event as { layer: L.Layer }).layer;
        if (!drawn.hasLayer(layer)) drawn.addLayer(layer);
        layer.on("pm:edit", sync);
        sync();
      });
      map.on("pm:remove", (event: unknown) => {
        drawn.removeLayer((event as { layer: L.Layer }).layer);
        sync();
      });
    })();
    return () => {
      cancelled = true;
      cleanup();
    };
    // The map is built once per page; later props do not rebuild it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    restyle.current(props.highlight ?? null, props.chosen ?? []);
  }, [props.highlight, props.chosen]);

  return (
    <>
      <div className="sv-map-frame">
        {/* An editable map takes its own keys (keyboard-drawing.ts): as an application, screen readers pass the arrows and Enter to it instead of reading on. */}
        <div ref={ref} className="sv-map" data-testid="area-map" aria-label={props.label} aria-describedby={props.describedBy} role={props.editable ? "application" : "region"} />
        {props.editable && <div className="sv-map__crosshair" aria-hidden="true" />}
      </div>
      {props.editable && (
        <p className="ds-paragraph sv-map__status" data-size="sm" role="status" aria-live="polite" data-testid="area-map-status">
          {announcement}
        </p>
      )}
      {props.name && (
        <>
          <input type="hidden" name={props.name} value={value} />
          <input type="hidden" name={`${props.name}_changed`} value={changed ? "1" : "0"} />
        </>
      )}
    </>
  );
}
