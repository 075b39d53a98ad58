/**
 * Lays out the resultatfas's documents (the committee's yearly report) as the compilation is laid
 * out (./compilation.ts): DOCX with `docx` (Arial), PDF with `pdfkit` (standard Helvetica, whose
 * WinAnsi encoding has å, ä and ö). The words come worded from the caller's catalogue
 * (src/text/results.ts); what people wrote goes in as plain text runs, never as markup.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import PDFDocument from "pdfkit";
import type { PlainDocument, PlainDocumentRenderer } from "#src/application/results/index.ts";

const para = (text: string, size?: number) => new Paragraph({ children: [new TextRun({ text, size })], spacing: { after: 120 } });
const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const table = (head: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((x, i) => cell(x, i === 0)) }))],
  });

export async function plainDocx(d: PlainDocument): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [new Paragraph({ text: d.title, heading: HeadingLevel.TITLE }), new Paragraph({ children: [new TextRun({ text: d.subtitle, bold: true })] })];
  for (const s of d.sections) {
    children.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } }));
    for (const p of s.paragraphs) children.push(para(p));
    if (s.table) children.push(table(s.table.head, s.table.rows));
  }
  children.push(para(d.footer, 18));
  const doc = new Document({ creator: d.author, title: d.documentTitle, styles: { default: { document: { run: { font: "Arial", size: 22 } } } }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export function plainPdf(d: PlainDocument, opts: { compress?: boolean } = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 56, compress: opts.compress ?? true, info: { Title: d.documentTitle, Author: d.author }, lang: "sv-SE" });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    doc.font("Helvetica-Bold").fontSize(20).text(d.title).moveDown(0.5);
    doc.fontSize(13).text(d.subtitle).font("Helvetica").fontSize(11);
    for (const s of d.sections) {
      doc.moveDown(0.8).font("Helvetica-Bold").fontSize(13).text(s.heading).moveDown(0.3).font("Helvetica").fontSize(11);
      for (const p of s.paragraphs) doc.text(p).moveDown(0.2);
      if (s.table) {
        doc.font("Helvetica-Bold").text(s.table.head.join("   ")).font("Helvetica");
        for (const r of s.table.rows) doc.text(r.join("   "));
      }
    }
    doc.moveDown(1.5).fontSize(9).text(d.footer);
    doc.end();
  });
}

export const plainDocuments: PlainDocumentRenderer = { docx: plainDocx, pdf: (d) => plainPdf(d) };
