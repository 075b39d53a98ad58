import type { LoaderFunctionArgs } from "react-router";
import { forbidden, requireActor, services } from "#src/web/app/lib/request.ts";
import { csvResponse } from "./csv.ts";
import { yearParam } from "./shared.tsx";

/**
 * /index/spridning.csv: the spread and extremes per indicator as on /index (same year
 * parameter). Suppressed values are never in it.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const r = await services(context).index.spreadCsv(actor, { year: yearParam(new URL(request.url)) });
  if (!r.ok) {
    if (r.error === "not_allowed") forbidden();
    return new Response("No index configuration is active; see /index.\n", { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return csvResponse(r.value);
}
