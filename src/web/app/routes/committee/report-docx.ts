import type { LoaderFunctionArgs } from "react-router";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { officerReportInSwedish } from "./document-text.ts";

/** The officer's report (tjänsteskrivelse) as DOCX. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const file = await services(context).committee.officerReports.officerReportFile(actor, params.caseId ?? "", "docx", officerReportInSwedish());
  if (!file) notFound();
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
