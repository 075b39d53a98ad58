import type { LoaderFunctionArgs } from "react-router";
import { attachmentDisposition } from "#src/web/app/lib/content-disposition.ts";
import { notFound, services } from "#src/web/app/lib/request.ts";

/**
 * /natverkstraff/:slug/kalender.ics: a network meeting's calendar file, for whoever has the link
 * from the invitation (the invited actors have no account). The address is unguessable; the file
 * holds the meeting's title, time, place and agenda only.
 */
export async function loader({ context, params }: LoaderFunctionArgs) {
  const file = await services(context).actorNetwork.publicCalendar(params.slug ?? "");
  if (!file) notFound();
  return new Response(file.body, { headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": attachmentDisposition(file.filename), "Cache-Control": "no-store" } });
}
