import type { LoaderFunctionArgs } from "react-router";
import { documentDownload } from "#src/web/app/lib/document-download.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { effortsReportInSwedish } from "./document-text.ts";

/** The officer's report on the proposed efforts as DOCX. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const file = await services(context).committee.officerReports.effortsReportFile(actor, params.caseId ?? "", "docx", effortsReportInSwedish());
  if (!file) notFound();
  return documentDownload(file, "docx");
}
