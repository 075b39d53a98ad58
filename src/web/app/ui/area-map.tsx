/**
 * A map of the city's areas with the application's boundary, drawn with Leaflet and
 * Leaflet-Geoman. Progressive enhancement: the server renders an empty box, a hidden field
 * with the current boundary and a note for those without JavaScript; the map itself is
 * loaded in the browser only (Leaflet needs `window`). Drawing writes the boundary as GeoJSON
 * into the hidden field, and `<name>_changed` tells the server the user drew something.
 * No tile server is used: the city's own area boundaries are the background, so no request
 * leaves the city's site.
 */
import { useEffect, useRef, useState } from "react";
import "leaflet/dist/leaflet.css";
import "@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css";
import { useLocale } from "./i18n.tsx";

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

export function AreaMap(props: { name?: string; initial: unknown | null; shapes: AreaShape[]; editable: boolean; label: string; describedBy?: string }) {
  const locale = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const initialText = props.initial ? JSON.stringify(props.initial) : "";
  const [value, setValue] = useState(initialText);
  const [changed, setChanged] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    (async () => {
      const L = (await import("leaflet")).default;
      if (props.editable) await import("@geoman-io/leaflet-geoman-free");
      if (cancelled || !ref.current) return;
      const map = L.map(ref.current, { zoomSnap: 0.25, attributionControl: false, zoomControl: false });
      L.control.zoom(locale === "sv" ? { zoomInTitle: "Zooma in", zoomOutTitle: "Zooma ut" } : {}).addTo(map);
      cleanup = () => map.remove();
      const areas = L.geoJSON({ type: "FeatureCollection", features: props.shapes.map((s) => ({ type: "Feature", properties: { name: s.name }, geometry: s.geometry })) } as never, {
        style: { color: "#4a5560", weight: 1, fillColor: "#dfe5eb", fillOpacity: 0.35 },
        // Only the drawing is interactive, so clicks on an area reach the drawing tool.
        interactive: false,
        pmIgnore: true,
        // The areas are background: never edited, cut or snapped to by the drawing tools.
        onEachFeature: (_feature: unknown, layer: L.Layer) => {
          (layer.options as { pmIgnore?: boolean }).pmIgnore = true;
        },
      } as never).addTo(map);
      for (const layer of areas.getLayers() as Array<L.Polygon & { feature?: { properties?: { name?: string } } }>) {
        const name = layer.feature?.properties?.name;
        if (name) layer.bindTooltip(name, { permanent: true, direction: "center", className: "sv-map__label" });
      }
      const drawn = L.featureGroup().addTo(map);
      if (props.initial) {
        L.geoJSON(props.initial as never, { style: { color: "#0062ba", weight: 3, fillOpacity: 0.2 } }).eachLayer((layer) => drawn.addLayer(layer));
      }
      const bounds = drawn.getLayers().length ? drawn.getBounds() : areas.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12] });
      else map.setView([55.6, 13.0], 11);

      if (!props.editable) return;
      const pm = (map as unknown as { pm: Record<string, (...args: unknown[]) => unknown> }).pm;
      // Geoman's Swedish titles say "Rita Polygoner"; name the tools as the help text does.
      if (locale === "sv") pm.setLang!("sv-samverka", { buttonTitles: { drawPolyButton: "Rita polygon", drawRectButton: "Rita rektangel", editButton: "Redigera", deleteButton: "Ta bort" } }, "sv");
      else pm.setLang!("en");
      pm.setGlobalOptions!({ layerGroup: drawn, pathOptions: { color: "#0062ba", weight: 3, fillOpacity: 0.2 }, allowSelfIntersection: false, snappable: false });
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

  return (
    <>
      <div ref={ref} className="sv-map" data-testid="area-map" aria-label={props.label} aria-describedby={props.describedBy} role="region" />
      {props.name && (
        <>
          <input type="hidden" name={props.name} value={value} />
          <input type="hidden" name={`${props.name}_changed`} value={changed ? "1" : "0"} />
        </>
      )}
    </>
  );
}
