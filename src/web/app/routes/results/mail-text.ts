/** The yearly follow-up's reminder mail, in words from the catalogue (src/text/results.ts). */
import type { FollowUpReminderText, ReportMailText } from "#src/application/results/index.ts";
import { formatDate, translator, type Locale } from "#src/text/index.ts";

export function followUpReminderText(locale: Locale): FollowUpReminderText {
  const t = translator(locale);
  return (r) => {
    const process = r.caseNumber ? `${r.title} (${r.caseNumber})` : r.title;
    const vars = { name: r.name, process, year: r.year, due: formatDate(r.dueOn, locale), link: r.link };
    return r.occasion === "snart"
      ? { subject: t("results.mail.soonSubject", vars), text: t("results.mail.soonBody", vars) }
      : { subject: t("results.mail.overdueSubject", vars), text: t("results.mail.overdueBody", vars) };
  };
}

/** The result report's mail: to the reviewers when sent; to the group when sent back or approved. */
export function reportMailText(locale: Locale): ReportMailText {
  const t = translator(locale);
  return (m) => {
    const process = m.caseNumber ? `${m.title} (${m.caseNumber})` : m.title;
    const vars = { name: m.name, process, link: m.link, reason: m.reason ?? "" };
    return { subject: t(`results.mail.${m.event}Subject`, vars), text: t(`results.mail.${m.event}Body`, vars) };
  };
}
