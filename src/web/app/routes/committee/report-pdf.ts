import type { LoaderFunctionArgs } from "react-router";
import { documentDownload } from "#src/web/app/lib/document-download.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { officerReportInSwedish } from "./document-text.ts";

/** The officer's report (tjänsteskrivelse) as PDF. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const file = await services(context).committee.officerReports.officerReportFile(actor, params.caseId ?? "", "pdf", officerReportInSwedish());
  if (!file) notFound();
  return documentDownload(file, "pdf");
}
