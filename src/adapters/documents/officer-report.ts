/**
 * Lays out the officer's report (tjänsteskrivelse) with the headings of the city's documents:
 * Sammanfattning, Förslag till beslut, Beslutsunderlag, Beslutsplanering, Beslutet skickas
 * till, Ärendet, Ansvariga. DOCX with `docx`, PDF with `pdfkit` (standard Helvetica, whose
 * WinAnsi encoding has å, ä and ö).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import PDFDocument from "pdfkit";
import type { DecisionExtract, OfficerReport, OfficerReportRenderer } from "#src/application/committee/index.ts";

export const REPORT_HEADINGS = ["Sammanfattning", "Förslag till beslut", "Beslutsunderlag", "Beslutsplanering", "Beslutet skickas till", "Ärendet", "Ansvariga"] as const;

const para = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
const lines = (text: string) => text.split(/\r?\n/).filter((l) => l.trim() !== "").map(para);

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

export async function officerReportDocx(r: OfficerReport): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: "Tjänsteskrivelse", heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: r.title, bold: true })] }),
    new Paragraph({ children: [new TextRun(`Datum: ${r.date}`)], alignment: AlignmentType.LEFT }),
    new Paragraph({ children: [new TextRun(`Diarienummer: ${r.diariumNumber || "ännu inte registrerat"}`)] }),
    ...(r.caseNumber && r.caseNumber !== r.diariumNumber ? [new Paragraph({ children: [new TextRun(`Ärendenummer: ${r.caseNumber}`)] })] : []),
    new Paragraph({ children: [new TextRun(r.committeeName)] }),
    heading("Sammanfattning"),
    ...lines(r.summary),
    heading("Förslag till beslut"),
    ...r.proposals.map(para),
    heading("Beslutsunderlag"),
    ...r.basis.map((b) => new Paragraph({ text: b, bullet: { level: 0 } })),
    heading("Beslutsplanering"),
    ...(r.planning.length ? r.planning.map((p) => para(`${p.label}\t${p.date}`)) : [para("Ärendet är ännu inte planerat till något sammanträde.")]),
    heading("Beslutet skickas till"),
    ...r.recipients.map(para),
    heading("Ärendet"),
    heading("Området", HeadingLevel.HEADING_3),
    ...(r.area.names.length ? [para(r.area.names.join(", "))] : []),
    para(r.area.boundary),
  ];
  for (const s of r.sections) children.push(heading(s.heading, HeadingLevel.HEADING_3), ...lines(s.text));
  if (r.criteria.length) {
    children.push(heading("Bedömning mot kriterierna", HeadingLevel.HEADING_3));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: [cell("Kriterium", true), cell("Bedömning", true), cell("Motivering", true)] }),
          ...r.criteria.map((c) => new TableRow({ children: [cell(c.criterion), cell(c.rating), cell(c.justification)] })),
        ],
      }),
    );
  }
  children.push(heading("Ansvariga"), ...r.responsible.map((p) => para(`${p.name}\t${p.title}`)));
  const doc = new Document({
    creator: "Samverka – Malmö stad",
    title: `Tjänsteskrivelse ${r.caseNumber}`,
    styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export function officerReportPdf(r: OfficerReport, opts: { compress?: boolean } = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 56, compress: opts.compress ?? true, info: { Title: `Tjänsteskrivelse ${r.caseNumber}`, Author: "Malmö stad" }, lang: "sv-SE" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    const h = (text: string, size = 13) => {
      doc.moveDown(0.8).font("Helvetica-Bold").fontSize(size).text(text).moveDown(0.3).font("Helvetica").fontSize(11);
    };
    doc.font("Helvetica-Bold").fontSize(20).text("Tjänsteskrivelse").moveDown(0.5);
    doc.fontSize(13).text(r.title);
    doc.font("Helvetica").fontSize(11).text(`Datum: ${r.date}`).text(`Diarienummer: ${r.diariumNumber || "ännu inte registrerat"}`);
    if (r.caseNumber && r.caseNumber !== r.diariumNumber) doc.text(`Ärendenummer: ${r.caseNumber}`);
    doc.text(r.committeeName);
    h("Sammanfattning");
    doc.text(r.summary);
    h("Förslag till beslut");
    for (const p of r.proposals) doc.text(p);
    h("Beslutsunderlag");
    doc.list(r.basis);
    h("Beslutsplanering");
    if (r.planning.length) for (const p of r.planning) doc.text(`${p.label}   ${p.date}`);
    else doc.text("Ärendet är ännu inte planerat till något sammanträde.");
    h("Beslutet skickas till");
    for (const x of r.recipients) doc.text(x);
    h("Ärendet");
    h("Området", 11);
    if (r.area.names.length) doc.text(r.area.names.join(", "));
    doc.text(r.area.boundary);
    for (const s of r.sections) {
      h(s.heading, 11);
      doc.text(s.text);
    }
    if (r.criteria.length) {
      h("Bedömning mot kriterierna", 11);
      for (const c of r.criteria) {
        doc.font("Helvetica-Bold").text(`${c.criterion}`).font("Helvetica").text(`Bedömning: ${c.rating}`);
        if (c.justification) doc.text(`Motivering: ${c.justification}`);
        doc.moveDown(0.4);
      }
    }
    h("Ansvariga");
    for (const p of r.responsible) doc.text(`${p.name}   ${p.title}`);
    doc.end();
  });
}

/**
 * The extract of the minutes (protokollsutdrag) with one decision, as the applicant downloads
 * it: the committee, the meeting, the §, the decision, the amount and conditions, the
 * justering and anslag dates, how to appeal and the last day.
 */
export function decisionExtractPdf(e: DecisionExtract, opts: { compress?: boolean } = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 56, compress: opts.compress ?? true, info: { Title: `Protokollsutdrag ${e.paragraph} ${e.caseNumber}`, Author: "Malmö stad" }, lang: "sv-SE" });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    const h = (text: string) => doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text(text).moveDown(0.3).font("Helvetica").fontSize(11);
    const row = (label: string, value: string) => doc.font("Helvetica-Bold").text(`${label}: `, { continued: true }).font("Helvetica").text(value);
    doc.font("Helvetica-Bold").fontSize(20).text("Protokollsutdrag").moveDown(0.5);
    doc.fontSize(13).text(e.committeeName);
    doc.font("Helvetica").fontSize(11);
    row("Sammanträde", e.meetingOn);
    row("Paragraf", e.paragraph);
    if (e.diariumNumber) row("Diarienummer", e.diariumNumber);
    if (e.caseNumber && e.caseNumber !== e.diariumNumber) row("Ärendenummer", e.caseNumber);
    h(`${e.paragraph} Ansökan om samverkansstöd – ${e.title}`);
    row("Sökande", e.applicant);
    h("Beslut");
    doc.text(e.decisionText);
    row("Utfall", e.outcome);
    if (e.grantedAmount) row("Beviljat belopp", e.grantedAmount);
    if (e.conditions) {
      h("Villkor");
      doc.text(e.conditions);
    }
    h("Justering och anslag");
    row("Protokollet justerat", e.minutesApprovedOn ?? "ännu inte justerat");
    row("Anslaget på anslagstavlan", e.postedOn ?? "ännu inte anslaget");
    h("Så överklagar du");
    doc.text(e.appealHow);
    row("Sista dag att överklaga", e.appealPeriodEnds ?? "räknas från den dag protokollet anslås");
    doc.moveDown(1.5).fontSize(9).text(`Utdraget är gjort ${e.madeOn} ur Samverka, Malmö stad.`);
    doc.end();
  });
}

export const officerReportRenderer: OfficerReportRenderer = {
  docx: officerReportDocx,
  pdf: (r) => officerReportPdf(r),
  decisionExtractPdf: (e) => decisionExtractPdf(e),
};
