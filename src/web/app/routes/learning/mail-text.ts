/**
 * The invitation to a network meeting, in the sender's language, from the message catalogue:
 * what, when, where, the agenda, and the link to the meeting's calendar file. No secret in it.
 */
import type { InvitationMailText } from "#src/application/learning/index.ts";
import { formatDate, type Locale, type Translate } from "#src/text/index.ts";

const time = (at: Date) => new Intl.DateTimeFormat("sv-SE", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Stockholm" }).format(at);

export function invitationMail(t: Translate, locale: Locale): InvitationMailText {
  return {
    subject: (m) => t("network.mail.subject", { title: m.title }),
    body: (m) =>
      t("network.mail.body", {
        name: m.name,
        title: m.title,
        date: formatDate(m.startsAt, locale),
        from: time(m.startsAt),
        to: time(m.endsAt),
        place: m.place,
        agenda: m.agenda.trim() === "" ? t("network.mail.noAgenda") : m.agenda,
        link: m.calendarLink,
        sender: m.sender,
      }),
  };
}
