import type { LoaderFunctionArgs } from "react-router";
import { forbidden, requireActor, services } from "#src/web/app/lib/request.ts";
import { askedYear } from "./shared.tsx";

/**
 * /fordelning/processer.geojson?ar=2026: the outlines of the processes running in the year, as
 * GeoJSON, for the equity view's map. The map fetches them once it is drawn, so the page itself
 * stays small (and a browser without JavaScript, which has no map, never loads them). Names are
 * JSON strings here and text on the map.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const year = askedYear(new URL(request.url));
  if (year === undefined) return new Response("Give the year as ?ar=YYYY (a data address for the equity map).\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const outlines = await services(context).coordination.processOutlines(actor, year);
  if (!outlines) forbidden();
  const collection = { type: "FeatureCollection", features: outlines.map((p) => ({ type: "Feature", properties: { name: p.name, kind: p.kind }, geometry: p.geometry })) };
  return new Response(JSON.stringify(collection), { headers: { "Content-Type": "application/geo+json; charset=utf-8", "Cache-Control": "private, max-age=60" } });
}
