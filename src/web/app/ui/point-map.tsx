/**
 * A map to choose a point by clicking, beside the latitude and longitude fields it fills in: an
 * enhancement only. Without JavaScript the fields are the form (and nothing of the map is
 * rendered); with it, a click on the map writes the fields and a typed value moves the point,
 * so keyboard and screen-reader users keep the fields as the way in. The city's areas are the
 * background (a base map too when one is configured). Built in the browser only (Leaflet needs
 * `window`).
 */
import type Leaflet from "leaflet";
import { useEffect, useRef, useState } from "react";
import "leaflet/dist/leaflet.css";
import "./map.css";
import { createMap } from "./map-support.ts";
import { useLocale, useRoot, useT } from "./i18n.tsx";

export interface PointMapShape {
  id: string;
  name: string;
  geometry: unknown;
}

/** Reads a coordinate field: a decimal number (a comma allowed), or null. */
function coordinate(id: string): number | null {
  const input = document.getElementById(id) as HTMLInputElement | null;
  const value = input ? Number(input.value.trim().replace(",", ".")) : Number.NaN;
  return input && input.value.trim() !== "" && Number.isFinite(value) ? value : null;
}

export function PointMap(props: { shapes: PointMapShape[]; latId: string; lonId: string; label: string; hint: string }) {
  const locale = useLocale();
  const t = useT();
  const { mapTiles } = useRoot();
  const ref = useRef<HTMLDivElement>(null);
  const [inBrowser, setInBrowser] = useState(false);

  useEffect(() => setInBrowser(true), []);

  useEffect(() => {
    if (!inBrowser) return;
    let cancelled = false;
    let cleanup = () => {};
    (async () => {
      const L = (await import("leaflet")).default;
      if (cancelled || !ref.current) return;
      const map = createMap(L, ref.current, { locale, tiles: mapTiles, t });
      const areas = L.geoJSON({ type: "FeatureCollection", features: props.shapes.map((s) => ({ type: "Feature", properties: { id: s.id }, geometry: s.geometry })) } as never, {
        style: mapTiles ? { color: "#1f2a33", weight: 1.5, opacity: 0.8, fillOpacity: 0.04 } : { color: "#4a5560", weight: 1, fillColor: "#dfe5eb", fillOpacity: 0.35 },
        interactive: false,
      }).addTo(map);
      let marker: Leaflet.CircleMarker | null = null;
      const place = (lat: number, lon: number) => {
        if (marker) marker.setLatLng([lat, lon]);
        else marker = L.circleMarker([lat, lon], { radius: 9, color: "#0062ba", weight: 3, fillColor: "#0062ba", fillOpacity: 0.5, interactive: false }).addTo(map);
      };
      const lat = coordinate(props.latId);
      const lon = coordinate(props.lonId);
      if (lat !== null && lon !== null) {
        place(lat, lon);
        map.setView([lat, lon], 15);
      } else if (areas.getBounds().isValid()) map.fitBounds(areas.getBounds(), { padding: [12, 12] });
      else map.setView([55.6, 13.0], 11);

      map.on("click", (event: Leaflet.LeafletMouseEvent) => {
        const { lat: clickedLat, lng } = event.latlng;
        const latInput = document.getElementById(props.latId) as HTMLInputElement | null;
        const lonInput = document.getElementById(props.lonId) as HTMLInputElement | null;
        if (latInput) latInput.value = clickedLat.toFixed(5);
        if (lonInput) lonInput.value = lng.toFixed(5);
        place(clickedLat, lng);
      });
      const typed = () => {
        const a = coordinate(props.latId);
        const b = coordinate(props.lonId);
        if (a !== null && b !== null) place(a, b);
      };
      const inputs = [props.latId, props.lonId].map((id) => document.getElementById(id)).filter((x): x is HTMLElement => x !== null);
      for (const input of inputs) input.addEventListener("change", typed);
      cleanup = () => {
        for (const input of inputs) input.removeEventListener("change", typed);
        map.remove();
      };
    })();
    return () => {
      cancelled = true;
      cleanup();
    };
    // The map is built once per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inBrowser]);

  if (!inBrowser) return null;
  return (
    <>
      <p className="ds-paragraph sv-hint" data-size="sm" id={`${props.latId}-map-hint`}>
        {props.hint}
      </p>
      <div ref={ref} className="sv-map sv-map--point" data-testid="point-map" aria-label={props.label} aria-describedby={`${props.latId}-map-hint`} role="region" />
    </>
  );
}
