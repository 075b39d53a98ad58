/** The result and effect report as a document, in words from the catalogue (src/text/results.ts). */
import type { PlainDocument, ResultReportView } from "#src/application/results/index.ts";
import { RESULT_QUESTIONS, type ResultQuestion } from "#src/domain/results/report.ts";
import { formatDate, formatMoney, type Locale, type MessageKey, type Translate } from "#src/text/index.ts";

export function resultReportDocument(view: ResultReportView, t: Translate, locale: Locale, madeOn: Date): PlainDocument {
  const f = view.facts;
  return {
    title: t("results.title"),
    subtitle: view.caseNumber ? `${view.title} (${view.caseNumber})` : view.title,
    documentTitle: t("results.document.title", { process: view.caseNumber ?? view.title }),
    author: t("results.yearly.author"),
    sections: [
      {
        heading: t("results.document.status"),
        paragraphs: [t(`results.status.${view.status}` as MessageKey, { sent: view.sentAt ? formatDate(view.sentAt, locale) : "", approved: view.approvedAt ? formatDate(view.approvedAt, locale) : "", by: view.approvedByName ?? "" })],
      },
      {
        heading: t("results.facts.efforts"),
        paragraphs: [t("results.facts.cityTotal", { amount: formatMoney(f.approvedCitySek, locale) }), ...(f.paidSek !== null ? [t("results.facts.paid", { amount: formatMoney(f.paidSek, locale) })] : [])],
        table: {
          head: [t("proposal.effortTitle"), t("proposal.period"), t("results.facts.approvedCity")],
          rows: f.efforts.map((e) => [e.title, t("proposal.periodValue", { from: formatDate(e.startsOn, locale), to: formatDate(e.endsOn, locale) }), formatMoney(e.approvedCitySek, locale)]),
        },
      },
      ...RESULT_QUESTIONS.map((q: ResultQuestion) => ({
        heading: t(`results.question.${q}` as MessageKey),
        paragraphs: (view.answers[q] || t("results.noAnswer")).split(/\n+/),
      })),
    ],
    footer: t("results.yearly.madeOn", { date: formatDate(madeOn, locale) }),
  };
}
