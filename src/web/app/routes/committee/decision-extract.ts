import type { LoaderFunctionArgs } from "react-router";
import { documentDownload } from "#src/web/app/lib/document-download.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { decisionExtractInSwedish } from "./document-text.ts";

/** The decision on the application as an extract of the minutes (protokollsutdrag), PDF: for whoever may read the case. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const file = await services(context).committee.decisions.decisionExtractFile(actor, params.caseId ?? "", decisionExtractInSwedish());
  if (!file) notFound();
  return documentDownload(file, "pdf");
}
