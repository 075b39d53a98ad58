import type { LoaderFunctionArgs } from "react-router";
import { forbidden, requireActor, services } from "#src/web/app/lib/request.ts";
import { cell, csvResponse, round } from "./csv.ts";
import { yearParam } from "./shared.tsx";

/**
 * /index/spridning.csv: the spread and extremes per indicator as on /index (same year
 * parameter): lowest and highest value with their areas (several joined by "; "), median,
 * quartiles, population standard deviation, and how many areas counted and how many were
 * suppressed. Suppressed values are never in it.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const r = await services(context).index.spread(actor, { year: yearParam(new URL(request.url)) });
  if (!r.ok) {
    if (r.error === "not_allowed") forbidden();
    return new Response("No index configuration is active; see /index.\n", { status: 409, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const v = r.value;
  const indicators = new Map(v.configuration.config.dimensions.flatMap((d) => d.indicators.map((i) => [i.key, i] as const)));
  const header = ["indicator", "indicator_name", "unit", "year", "areas", "suppressed", "lowest", "lowest_areas", "q1", "median", "q3", "highest", "highest_areas", "sd"];
  const lines = [header.map(cell).join(",")];
  const names = (codes: string[] | undefined) => (codes ?? []).map((c) => (v.areaNames[c] ? `${v.areaNames[c]} (${c})` : c)).join("; ");
  for (const s of v.spread) {
    const ind = indicators.get(s.key);
    lines.push(
      [s.key, ind?.name.sv ?? "", ind?.unit ?? "", s.year, s.count, s.suppressed, round(s.lowest?.value ?? null), names(s.lowest?.areas), round(s.q1), round(s.median), round(s.q3), round(s.highest?.value ?? null), names(s.highest?.areas), round(s.sd)]
        .map(cell)
        .join(","),
    );
  }
  return csvResponse(lines, `omradesindex-spridning-v${v.configuration.summary.version}-${v.year ?? "senaste"}.csv`);
}
