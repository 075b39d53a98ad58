import type { LoaderFunctionArgs } from "react-router";
import { attachmentDisposition } from "#src/web/app/lib/content-disposition.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";

/** /arenden/:caseId/process/avstamningar/kalender.ics: every check-in of the process in one calendar file, for those who work in it. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const file = await services(context).checkins.calendarFeed(actor, params.caseId ?? "");
  if (!file) notFound();
  return new Response(file.body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": attachmentDisposition(file.filename), "Cache-Control": "no-store" },
  });
}
