/**
 * The committee's yearly report in words from the catalogue (src/text/results.ts): as CSV rows
 * (headers from the catalogue; the CSV writer guards against formulas) and as a plain document
 * for DOCX and PDF.
 */
import type { PlainDocument, YearlyReportProcess, YearlyReportView } from "#src/application/results/index.ts";
import type { CsvCell } from "#src/application/shared/ports.ts";
import { formatDate, formatMoney, formatNumber, type Locale, type MessageKey, type Translate } from "#src/text/index.ts";

const num = (v: number | null, locale: Locale) => (v === null ? "–" : formatNumber(v, locale, Number.isInteger(v) ? 0 : 1));

export function goalsLine(p: YearlyReportProcess, t: Translate, locale: Locale): string {
  return p.goals.map((g) => t("results.yearly.goalLine", { goal: g.goal, value: num(g.value, locale), baseline: num(g.baseline, locale), target: num(g.target, locale), year: g.targetYear, unit: g.unit })).join("; ");
}

export function reportStatusText(p: YearlyReportProcess, t: Translate): string {
  return t(`results.yearly.report.${p.reportStatus ?? "none"}` as MessageKey);
}

export function yearlyReportCsvRows(view: YearlyReportView, t: Translate, locale: Locale): CsvCell[][] {
  const head = ["caseNumber", "process", "committee", "areas", "phase", "efforts", "citySek", "report", "outcome", "goals"].map((c) => t(`results.yearly.csv.${c}` as MessageKey));
  return [
    head,
    ...view.processes.map((p) => [
      p.caseNumber ?? "",
      p.title,
      p.committeeName,
      p.areas.join(", "),
      t(`phase.${p.phase}` as MessageKey),
      p.efforts.map((e) => `${e.title} (${formatDate(e.startsOn, locale)} – ${formatDate(e.endsOn, locale)})`).join("; "),
      p.efforts.reduce((s, e) => s + e.approvedCitySek, 0),
      reportStatusText(p, t),
      p.outcome,
      goalsLine(p, t, locale),
    ]),
  ];
}

export function yearlyReportDocument(view: YearlyReportView, t: Translate, locale: Locale, madeOn: Date): PlainDocument {
  const who = view.committee?.name ?? t("results.yearly.allCommittees");
  return {
    title: t("results.yearly.documentHeading", { year: view.year }),
    subtitle: who,
    documentTitle: t("results.yearly.documentTitle", { year: view.year, committee: who }),
    author: t("results.yearly.author"),
    sections: [
      {
        heading: t("results.yearly.summaryHeading"),
        paragraphs: [t("results.yearly.summary", { processes: view.totals.processes, efforts: view.totals.efforts, amount: formatMoney(view.totals.approvedCitySek, locale), year: view.year })],
      },
      ...view.processes.map((p) => ({
        heading: p.caseNumber ? `${p.title} (${p.caseNumber})` : p.title,
        paragraphs: [
          t("results.yearly.where", { areas: p.areas.join(", ") || "–", committee: p.committeeName, phase: t(`phase.${p.phase}` as MessageKey) }),
          t("results.yearly.reportLine", { status: reportStatusText(p, t) }),
          ...(p.outcome ? [t("results.yearly.outcomeLine", { outcome: p.outcome })] : []),
          ...(p.goals.length ? [t("results.yearly.goalsLine", { goals: goalsLine(p, t, locale) })] : []),
        ],
        table: {
          head: [t("proposal.effortTitle"), t("proposal.period"), t("results.facts.approvedCity")],
          rows: p.efforts.map((e) => [e.title, t("proposal.periodValue", { from: formatDate(e.startsOn, locale), to: formatDate(e.endsOn, locale) }), formatMoney(e.approvedCitySek, locale)]),
        },
      })),
    ],
    footer: t("results.yearly.madeOn", { date: formatDate(madeOn, locale) }),
  };
}

/** The report's file name: "arsrapport-2026-TN.csv". */
export function yearlyReportFilename(view: YearlyReportView, ext: string): string {
  return `arsrapport-${view.year}${view.committee ? `-${view.committee.code.replace(/[^A-Za-z0-9_-]/g, "")}` : ""}.${ext}`;
}
