import type { LoaderFunctionArgs } from "react-router";
import { attachmentDisposition } from "#src/web/app/lib/content-disposition.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";

/** /arenden/:caseId/process/avstamningar/:checkinId/kalender.ics: the check-in's calendar file, for those who work in the process. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const file = await services(context).checkins.calendarFile(actor, params.caseId ?? "", params.checkinId ?? "");
  if (!file) notFound();
  return new Response(file.body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": attachmentDisposition(file.filename), "Cache-Control": "no-store" },
  });
}
