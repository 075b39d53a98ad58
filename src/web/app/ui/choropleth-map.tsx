/**
 * A choropleth of the area index: each area coloured by its need (rank), with the number of
 * running processes on it. The map only repeats the table beside it (which is the accessible
 * source of the figures); it is drawn in the browser with Leaflet over the areas' own
 * boundaries, or over the base map when MAP_TILES_URL is configured.
 *
 * Names are not printed on the map (they overlap and are clipped where areas are small): an
 * area's name, rank and count show on hover and when the area has keyboard focus (each area is
 * a tab stop), a process's name on hover. All of it is text, never HTML (see map-support.ts).
 */
import { useEffect, useRef } from "react";
import "leaflet/dist/leaflet.css";
import "./map.css";
import { useLocale, useRoot, useT } from "./i18n.tsx";
import { bindLabel, createMap, focusableShape, placeFigure } from "./map-support.ts";

/** Sequential blues, darker = greater need; contrast ≥ 3:1 between neighbours' borders is given by the outline. */
export const NEED_COLOURS = ["#08306b", "#2171b5", "#6baed6", "#c6dbef", "#f7fbff"] as const;
export const NO_RANK_COLOUR = "#d9d9d9";

export function needClass(rank: number | null, ranked: number): number | null {
  if (rank === null || ranked <= 0) return null;
  return Math.min(NEED_COLOURS.length - 1, Math.floor(((rank - 1) / ranked) * NEED_COLOURS.length));
}

export function ChoroplethMap(props: { shapes: Array<{ code: string; name: string; geometry: unknown }>; values: Record<string, { rank: number | null; processes: number }>; ranked: number; label: string; describedBy?: string; processesUrl?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const locale = useLocale();
  const t = useT();
  const { mapTiles } = useRoot();
  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    (async () => {
      const L = (await import("leaflet")).default;
      if (cancelled || !ref.current) return;
      const map = createMap(L, ref.current, { locale, tiles: mapTiles, t });
      cleanup = () => map.remove();
      // Over a base map the colours let the streets show through; the table holds the figures.
      const fillOpacity = mapTiles ? 0.7 : 0.85;
      const layer = L.geoJSON({ type: "FeatureCollection", features: props.shapes.map((s) => ({ type: "Feature", properties: { code: s.code, name: s.name }, geometry: s.geometry })) } as never, {
        style: (feature) => {
          const code = (feature?.properties as { code: string }).code;
          const cls = needClass(props.values[code]?.rank ?? null, props.ranked);
          return { color: "#1f2a33", weight: 1, fillColor: cls === null ? NO_RANK_COLOUR : NEED_COLOURS[cls], fillOpacity, className: "sv-map__area" };
        },
      }).addTo(map);
      // The view first: a shape's centre (where its count goes) needs a map with a view.
      const bounds = layer.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
      else map.setView([55.6, 13.0], 11);
      for (const l of layer.getLayers() as Array<L.Polygon & { feature?: { properties?: { code: string; name: string } } }>) {
        const p = l.feature?.properties;
        if (!p) continue;
        const value = props.values[p.code];
        const rank = value?.rank ?? null;
        const processes = value?.processes ?? 0;
        const text = rank === null ? t("equity.map.areaNoRank", { name: p.name, processes }) : t("equity.map.area", { name: p.name, rank, processes });
        bindLabel(l, text);
        focusableShape(l, text);
        placeFigure(L, map, l.getCenter(), String(processes));
      }
      // The processes running in the year, as outlines over the areas, named on hover: fetched
      // once the map is drawn (GeoJSON from the server), so they do not weigh down the page.
      if (props.processesUrl) {
        const res = await fetch(props.processesUrl, { credentials: "same-origin" }).catch(() => null);
        const outlines = res?.ok ? ((await res.json()) as { type: "FeatureCollection"; features: unknown[] }) : null;
        if (cancelled || !outlines?.features.length) return;
        L.geoJSON(outlines as never, {
          style: { color: "#e3a200", weight: 2, dashArray: "4 3", fill: false },
          onEachFeature: (feature, l) => bindLabel(l, String((feature.properties as { name?: unknown }).name ?? "")),
        }).addTo(map);
      }
    })();
    return () => {
      cancelled = true;
      cleanup();
    };
    // Drawn once per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return <div ref={ref} className="sv-map" role="region" aria-label={props.label} aria-describedby={props.describedBy} />;
}
