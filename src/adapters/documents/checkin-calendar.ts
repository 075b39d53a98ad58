/**
 * Calendar files (iCalendar, RFC 5545) of check-ins with the `ics` package: times in UTC, a
 * stable UID per check-in, SEQUENCE raised each time it is moved or cancelled, and STATUS
 * CANCELLED once it is cancelled, so that a calendar that imported the file before updates the
 * event when the new file is opened. The package folds and escapes the text (commas, semicolons,
 * new lines), so text from users stays text.
 */
import { createEvents, type EventAttributes } from "ics";
import type { CheckinCalendarWriter } from "#src/application/checkins/index.ts";

export const icsCheckinCalendar: CheckinCalendarWriter = {
  calendar(events, name) {
    const attributes = events.map(
      (e): EventAttributes => ({
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
        url: e.url,
        sequence: e.sequence,
        status: e.cancelled ? "CANCELLED" : "CONFIRMED",
        lastModified: e.updatedAt.getTime(),
      }),
    );
    // An empty calendar is still a calendar (a process without check-ins yet).
    const { error, value } = createEvents(attributes, { productId: "samverka/avstamning", calName: name });
    if (error || !value) {
      if (attributes.length === 0) return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:samverka/avstamning", "CALSCALE:GREGORIAN", "END:VCALENDAR", ""].join("\r\n");
      throw new Error(`the calendar file could not be written: ${error?.message ?? "no value"}`);
    }
    return value;
  },
};
