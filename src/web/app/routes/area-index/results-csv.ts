import type { LoaderFunctionArgs } from "react-router";
import { forbidden, requireActor, services } from "#src/web/app/lib/request.ts";
import { csvResponse } from "./csv.ts";
import { yearParam } from "./shared.tsx";

/**
 * /index/resultat.csv: the ranking as on /index (same year parameter). Only ranks and scores:
 * no indicator values, so nothing suppressed can be in it.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const r = await services(context).index.resultsCsv(actor, { year: yearParam(new URL(request.url)) });
  if (!r.ok) {
    if (r.error === "not_allowed") forbidden();
    return new Response("The index cannot be computed now; see /index.\n", { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return csvResponse(r.value);
}
