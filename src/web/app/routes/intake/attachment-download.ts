import type { LoaderFunctionArgs } from "react-router";
import { attachmentDisposition } from "#src/web/app/lib/content-disposition.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";

/**
 * /arenden/:caseId/bilagor/:attachmentId: an attachment's content, for those who may read the
 * case. Always a download with the type read from its content, never shown inline, so an
 * uploaded file cannot run as a page on our site; its name has the extension of that type and
 * no invisible or bidi characters (attachmentFilename, applied by the service).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const file = await services(context).applications.attachment(actor, params.caseId ?? "", params.attachmentId ?? "");
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
