/**
 * Lays out the officer's report (tjänsteskrivelse) with the headings of the city's documents:
 * Sammanfattning, Förslag till beslut, Beslutsunderlag, Beslutsplanering, Beslutet skickas
 * till, Ärendet, Ansvariga. DOCX with `docx`, PDF with `pdfkit` (standard Helvetica, whose
 * WinAnsi encoding has å, ä and ö). The fixed text (headings, labels, what is said when
 * something is missing) is in the catalogue src/text/documents.ts; the city's documents are
 * Swedish, so the renderer the server uses words them in Swedish.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import PDFDocument from "pdfkit";
import type { DecisionExtract, OfficerReport, OfficerReportRenderer } from "#src/application/committee/index.ts";
import { type DocumentKey, en, sv } from "#src/text/documents.ts";
import { INTL_LOCALE, type Locale } from "#src/text/locale.ts";
import { catalogueTranslator } from "#src/text/translate.ts";

const CATALOGUES: Record<Locale, Record<DocumentKey, string>> = { sv, en };
const text = (locale: Locale) => catalogueTranslator(CATALOGUES[locale]);

/** The report's section headings, in the order they come (Swedish). */
export const REPORT_HEADINGS: readonly string[] = (
  ["doc.report.summary", "doc.report.proposals", "doc.report.basis", "doc.report.planning", "doc.report.recipients", "doc.report.case", "doc.report.responsible"] as const
).map((k) => sv[k]);

const para = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
const lines = (text: string) => text.split(/\r?\n/).filter((l) => l.trim() !== "").map(para);

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

export async function officerReportDocx(r: OfficerReport, opts: { locale?: Locale } = {}): Promise<Uint8Array> {
  const t = text(opts.locale ?? "sv");
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: t("doc.report.title"), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: r.title, bold: true })] }),
    new Paragraph({ children: [new TextRun(t("doc.report.date", { date: r.date }))], alignment: AlignmentType.LEFT }),
    new Paragraph({ children: [new TextRun(t("doc.report.diariumNumber", { number: r.diariumNumber || t("doc.report.notRegistered") }))] }),
    ...(r.caseNumber && r.caseNumber !== r.diariumNumber ? [new Paragraph({ children: [new TextRun(t("doc.report.caseNumber", { number: r.caseNumber }))] })] : []),
    new Paragraph({ children: [new TextRun(r.committeeName)] }),
    heading(t("doc.report.summary")),
    ...lines(r.summary),
    heading(t("doc.report.proposals")),
    ...r.proposals.map(para),
    heading(t("doc.report.basis")),
    ...r.basis.map((b) => new Paragraph({ text: b, bullet: { level: 0 } })),
    heading(t("doc.report.planning")),
    ...(r.planning.length ? r.planning.map((p) => para(`${p.label}\t${p.date}`)) : [para(t("doc.report.notPlanned"))]),
    heading(t("doc.report.recipients")),
    ...r.recipients.map(para),
    heading(t("doc.report.case")),
    heading(t("doc.report.area"), HeadingLevel.HEADING_3),
    ...(r.area.names.length ? [para(r.area.names.join(", "))] : []),
    para(r.area.boundary),
  ];
  for (const s of r.sections) children.push(heading(s.heading, HeadingLevel.HEADING_3), ...lines(s.text));
  if (r.criteria.length) {
    children.push(heading(t("doc.report.criteria"), HeadingLevel.HEADING_3));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: [cell(t("doc.report.criterion"), true), cell(t("doc.report.rating"), true), cell(t("doc.report.justification"), true)] }),
          ...r.criteria.map((c) => new TableRow({ children: [cell(c.criterion), cell(c.rating), cell(c.justification)] })),
        ],
      }),
    );
  }
  children.push(heading(t("doc.report.responsible")), ...r.responsible.map((p) => para(`${p.name}\t${p.title}`)));
  const doc = new Document({
    creator: t("doc.report.creator"),
    title: t("doc.report.documentTitle", { case: r.caseNumber }),
    styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export function officerReportPdf(r: OfficerReport, opts: { compress?: boolean; locale?: Locale } = {}): Promise<Uint8Array> {
  const locale = opts.locale ?? "sv";
  const t = text(locale);
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 56, compress: opts.compress ?? true, info: { Title: t("doc.report.documentTitle", { case: r.caseNumber }), Author: t("doc.author") }, lang: INTL_LOCALE[locale] });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    const h = (text: string, size = 13) => {
      doc.moveDown(0.8).font("Helvetica-Bold").fontSize(size).text(text).moveDown(0.3).font("Helvetica").fontSize(11);
    };
    doc.font("Helvetica-Bold").fontSize(20).text(t("doc.report.title")).moveDown(0.5);
    doc.fontSize(13).text(r.title);
    doc.font("Helvetica").fontSize(11).text(t("doc.report.date", { date: r.date })).text(t("doc.report.diariumNumber", { number: r.diariumNumber || t("doc.report.notRegistered") }));
    if (r.caseNumber && r.caseNumber !== r.diariumNumber) doc.text(t("doc.report.caseNumber", { number: r.caseNumber }));
    doc.text(r.committeeName);
    h(t("doc.report.summary"));
    doc.text(r.summary);
    h(t("doc.report.proposals"));
    for (const p of r.proposals) doc.text(p);
    h(t("doc.report.basis"));
    doc.list(r.basis);
    h(t("doc.report.planning"));
    if (r.planning.length) for (const p of r.planning) doc.text(`${p.label}   ${p.date}`);
    else doc.text(t("doc.report.notPlanned"));
    h(t("doc.report.recipients"));
    for (const x of r.recipients) doc.text(x);
    h(t("doc.report.case"));
    h(t("doc.report.area"), 11);
    if (r.area.names.length) doc.text(r.area.names.join(", "));
    doc.text(r.area.boundary);
    for (const s of r.sections) {
      h(s.heading, 11);
      doc.text(s.text);
    }
    if (r.criteria.length) {
      h(t("doc.report.criteria"), 11);
      for (const c of r.criteria) {
        doc.font("Helvetica-Bold").text(`${c.criterion}`).font("Helvetica").text(t("doc.report.ratingLine", { rating: c.rating }));
        if (c.justification) doc.text(t("doc.report.justificationLine", { justification: c.justification }));
        doc.moveDown(0.4);
      }
    }
    h(t("doc.report.responsible"));
    for (const p of r.responsible) doc.text(`${p.name}   ${p.title}`);
    doc.end();
  });
}

/**
 * The extract of the minutes (protokollsutdrag) with one decision, as the applicant downloads
 * it: the committee, the meeting, the §, the decision, the amount and conditions, the
 * justering and anslag dates, how to appeal and the last day.
 */
export function decisionExtractPdf(e: DecisionExtract, opts: { compress?: boolean; locale?: Locale } = {}): Promise<Uint8Array> {
  const locale = opts.locale ?? "sv";
  const t = text(locale);
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 56, compress: opts.compress ?? true, info: { Title: t("doc.extract.documentTitle", { paragraph: e.paragraph, case: e.caseNumber }), Author: t("doc.author") }, lang: INTL_LOCALE[locale] });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    const h = (text: string) => doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text(text).moveDown(0.3).font("Helvetica").fontSize(11);
    const row = (label: string, value: string) => doc.font("Helvetica-Bold").text(`${label}: `, { continued: true }).font("Helvetica").text(value);
    doc.font("Helvetica-Bold").fontSize(20).text(t("doc.extract.title")).moveDown(0.5);
    doc.fontSize(13).text(e.committeeName);
    doc.font("Helvetica").fontSize(11);
    row(t("doc.extract.meeting"), e.meetingOn);
    row(t("doc.extract.paragraph"), e.paragraph);
    if (e.diariumNumber) row(t("doc.extract.diariumNumber"), e.diariumNumber);
    if (e.caseNumber && e.caseNumber !== e.diariumNumber) row(t("doc.extract.caseNumber"), e.caseNumber);
    h(t("doc.extract.heading", { paragraph: e.paragraph, title: e.title }));
    row(t("doc.extract.applicant"), e.applicant);
    h(t("doc.extract.decision"));
    doc.text(e.decisionText);
    row(t("doc.extract.outcome"), e.outcome);
    if (e.grantedAmount) row(t("doc.extract.amount"), e.grantedAmount);
    if (e.conditions) {
      h(t("doc.extract.conditions"));
      doc.text(e.conditions);
    }
    h(t("doc.extract.dates"));
    row(t("doc.extract.minutesApproved"), e.minutesApprovedOn ?? t("doc.extract.notApproved"));
    row(t("doc.extract.posted"), e.postedOn ?? t("doc.extract.notPosted"));
    h(t("doc.extract.appeal"));
    doc.text(e.appealHow);
    row(t("doc.extract.appealEnds"), e.appealPeriodEnds ?? t("doc.extract.appealEndsUnknown"));
    doc.moveDown(1.5).fontSize(9).text(t("doc.extract.madeOn", { date: e.madeOn }));
    doc.end();
  });
}

/** The renderer for documents in one language. */
export function documentRenderer(locale: Locale): OfficerReportRenderer {
  return {
    docx: (r) => officerReportDocx(r, { locale }),
    pdf: (r) => officerReportPdf(r, { locale }),
    decisionExtractPdf: (e) => decisionExtractPdf(e, { locale }),
  };
}

/** The city's documents are Swedish. */
export const officerReportRenderer: OfficerReportRenderer = documentRenderer("sv");
