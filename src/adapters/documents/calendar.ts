/**
 * Calendar files (iCalendar, RFC 5545) of dialogue activities with the `ics` package: times in
 * UTC, a stable UID, the location as written. The package folds and escapes the text
 * (commas, semicolons, new lines), so text from users stays text.
 */
import { createEvent } from "ics";
import type { CalendarWriter } from "#src/application/dialogue/index.ts";

export const icsCalendar: CalendarWriter = {
  event(e) {
    const { error, value } = createEvent({
      productId: "samverka/dialogaktivitet",
      uid: e.uid,
      title: e.title,
      description: e.description,
      start: e.startsAt.getTime(),
      startInputType: "utc",
      startOutputType: "utc",
      end: e.endsAt.getTime(),
      endInputType: "utc",
      endOutputType: "utc",
      ...(e.location ? { location: e.location } : {}),
      ...(e.point ? { geo: { lat: e.point.lat, lon: e.point.lon } } : {}),
      ...(e.url ? { url: e.url } : {}),
      ...(e.updatedAt ? { lastModified: e.updatedAt.getTime() } : {}),
    });
    if (error || !value) throw new Error(`the calendar file could not be written: ${error?.message ?? "no value"}`);
    return value;
  },
};
