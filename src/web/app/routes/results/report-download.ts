import type { LoaderFunctionArgs } from "react-router";
import { translator } from "#src/text/index.ts";
import { documentDownload } from "#src/web/app/lib/document-download.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { resultReportDocument } from "./report-text.ts";

/**
 * /arenden/:caseId/process/resultat.docx and .pdf: the result and effect report as a document,
 * for those who may read the case, in the resultatfas and once closed. The city's documents are
 * Swedish.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const format = new URL(request.url).pathname.endsWith(".pdf") ? "pdf" : "docx";
  const t = translator("sv");
  const file = await services(context).results.reportFile(actor, params.caseId ?? "", format, (view, madeOn) => resultReportDocument(view, t, "sv", madeOn));
  if (!file) notFound();
  return documentDownload(file, format);
}
