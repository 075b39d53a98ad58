import type { LoaderFunctionArgs } from "react-router";
import { attachmentDisposition } from "#src/web/app/lib/content-disposition.ts";
import { notFound, services } from "#src/web/app/lib/request.ts";

/** /synpunkt/:slug/kalender.ics: the calendar file of the activity with this public address, for anyone (public facts only). */
export async function loader({ context, params }: LoaderFunctionArgs) {
  const file = await services(context).activities.publicCalendar(params.slug ?? "");
  if (!file) notFound();
  return new Response(file.body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": attachmentDisposition(file.filename), "Cache-Control": "no-store" },
  });
}
