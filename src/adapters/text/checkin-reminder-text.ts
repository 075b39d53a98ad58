/**
 * The check-ins' reminder mail in words, from the message catalogue src/text/checkins.ts: the
 * sweep runs in the background, with no request and so no reader's language; the city's mail is
 * Swedish.
 */
import type { CheckinReminderText } from "#src/application/checkins/index.ts";
import { formatDate, translator, type Locale } from "#src/text/index.ts";
import { checkinWhen } from "#src/text/checkins.ts";

export function checkinReminderText(locale: Locale = "sv"): CheckinReminderText {
  const t = translator(locale);
  const label = (caseNumber: string | null) => (caseNumber ? ` (${caseNumber})` : "");
  return {
    checkinSubject: (a) => t("checkin.mail.subject", { when: checkinWhen(a.startsAt, null, locale), process: a.processTitle }),
    checkinBody: (a) =>
      t("checkin.mail.body", {
        process: a.processTitle,
        case: label(a.caseNumber),
        title: a.title,
        when: checkinWhen(a.startsAt, a.endsAt, locale),
        where: [a.place, a.meetingLink].filter((s): s is string => s !== null).join("\n") || t("checkin.noPlace"),
        agenda: a.agenda.length ? a.agenda.map((p) => `- ${p}`).join("\n") : t("checkin.mail.noAgenda"),
        link: a.link,
      }),
    actionSubject: (a) => t(a.overdue ? "checkin.mail.actionOverdueSubject" : "checkin.mail.actionSubject", { title: a.title, date: formatDate(a.dueOn, locale) }),
    changeSubject: (a) => t(a.cancelled ? "checkin.mail.cancelledSubject" : "checkin.mail.movedSubject", { when: checkinWhen(a.startsAt, null, locale), process: a.processTitle }),
    changeBody: (a) =>
      a.before === null
        ? t("checkin.mail.cancelledBody", { process: a.processTitle, case: label(a.caseNumber), title: a.title, when: checkinWhen(a.startsAt, a.endsAt, locale), link: a.link })
        : t("checkin.mail.movedBody", {
            process: a.processTitle,
            case: label(a.caseNumber),
            title: a.title,
            before: checkinWhen(a.before.startsAt, a.before.endsAt, locale),
            when: checkinWhen(a.startsAt, a.endsAt, locale),
            where: [a.place, a.meetingLink].filter((s): s is string => s !== null).join("\n") || t("checkin.noPlace"),
            link: a.link,
          }),
    actionBody: (a) =>
      t(a.overdue ? "checkin.mail.actionOverdueBody" : "checkin.mail.actionBody", { process: a.processTitle, case: label(a.caseNumber), title: a.title, owner: a.ownerName, date: formatDate(a.dueOn, locale), link: a.link }),
  };
}
