import type { LoaderFunctionArgs } from "react-router";
import { attachmentDisposition } from "#src/web/app/lib/content-disposition.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";

/**
 * /arenden/:caseId/process/budget/underlag/:receiptId: a receipt's content, for those who may
 * read the process's follow-up. Always a download with the type read from its content, never
 * shown inline; its name cleaned of invisible characters.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const file = await services(context).budgetFollowUp.receipt(actor, params.caseId ?? "", params.receiptId ?? "");
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
