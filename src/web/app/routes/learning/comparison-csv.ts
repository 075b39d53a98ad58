import type { LoaderFunctionArgs } from "react-router";
import { COMPARISON_CSV_COLUMNS } from "#src/application/learning/index.ts";
import { translator, type MessageKey } from "#src/text/index.ts";
import { attachmentDisposition } from "#src/web/app/lib/content-disposition.ts";
import { forbidden, requestState, requireActor, services } from "#src/web/app/lib/request.ts";
import { comparisonInput } from "./shared.tsx";

/**
 * /jamforelse.csv: the comparison as CSV, one row per process, headers from the catalogue of the
 * person's language; text that a spreadsheet would run as a formula is defused by the CSV writer.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const t = translator(requestState(context).locale);
  const csv = await services(context).comparison.csv(actor, comparisonInput(new URL(request.url)), {
    headers: COMPARISON_CSV_COLUMNS.map((c) => t(`compare.csv.${c}` as MessageKey)),
    phase: (p) => t(`phase.${p}` as MessageKey),
    hidden: t("activities.hidden"),
  });
  if (csv === undefined) forbidden();
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachmentDisposition("jamforelse.csv"), "Cache-Control": "no-store" } });
}
