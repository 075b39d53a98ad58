import type { LoaderFunctionArgs } from "react-router";
import { attachmentDisposition } from "#src/web/app/lib/content-disposition.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";

/**
 * /arenden/:caseId/process/rapporter/:reportId: an association report's content, for the group
 * and the city's staff. Always a download with the type read from its content, never inline.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const file = await services(context).results.associationReport(actor, params.caseId ?? "", params.reportId ?? "");
  if (!file) notFound();
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": attachmentDisposition(file.filename),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
