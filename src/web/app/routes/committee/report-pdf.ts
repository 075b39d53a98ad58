import type { LoaderFunctionArgs } from "react-router";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { officerReportInSwedish } from "./document-text.ts";

/** The officer's report (tjänsteskrivelse) as PDF. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const file = await services(context).committee.officerReports.officerReportFile(actor, params.caseId ?? "", "pdf", officerReportInSwedish());
  if (!file) notFound();
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
