import type { LoaderFunctionArgs } from "react-router";
import { notFound, requestMeta, requestState, requireActor, services } from "#src/web/app/lib/request.ts";
import { csvVocabulary } from "./actor-words.ts";

const csv = (text: string, fileName: string) =>
  new Response(text, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" } });

/**
 * /arenden/:caseId/process/aktorer.csv: the actor mapping as CSV (in the columns the import
 * reads, formula-looking text defused by the CSV writer); `?mall=1`: the empty template.
 * Only for those who work in the process: it carries contact details.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const vocabulary = csvVocabulary(requestState(context).locale);
  if (new URL(request.url).searchParams.get("mall") === "1") {
    const template = await services(context).actorMapping.templateCsv(actor, caseId, vocabulary);
    if (template === undefined) notFound();
    return csv(template, "aktorer-mall.csv");
  }
  const file = await services(context).actorMapping.exportCsv(actor, caseId, vocabulary, requestMeta(context));
  if (!file) notFound();
  const safe = (file.caseNumber ?? "process").replace(/[^A-Za-z0-9-]/g, "_");
  return csv(file.csv, `aktorer-${safe}.csv`);
}
