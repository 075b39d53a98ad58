import type { LoaderFunctionArgs } from "react-router";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { effortsReportInSwedish } from "./document-text.ts";

/** The officer's report on the proposed efforts as DOCX. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const file = await services(context).committee.officerReports.effortsReportFile(actor, params.caseId ?? "", "docx", effortsReportInSwedish());
  if (!file) notFound();
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
