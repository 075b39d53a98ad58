/**
 * Lays out the compilation (sammanställning) of a process's dialogue, as the officer's report is
 * laid out (./officer-report.ts): DOCX with `docx` (Arial), PDF with `pdfkit` (standard
 * Helvetica, whose WinAnsi encoding has å, ä and ö). The same content in both: the title and case
 * number, what was heard theme by theme (a table of the counts per target group, then each theme
 * with its count and quotes), the viewpoints without an accepted theme, and the activities held.
 * What residents wrote goes in as plain text runs, never as markup. The fixed text is in the
 * catalogue src/text/themes.ts; the city's documents are Swedish.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import PDFDocument from "pdfkit";
import type { Compilation, CompilationRenderer } from "#src/application/dialogue/index.ts";
import { COUNT_GROUPS } from "#src/domain/dialogue/theme-counts.ts";
import { formatDate, participationLine, translator, type Locale, type MessageKey, type Translate } from "#src/text/index.ts";
import { INTL_LOCALE } from "#src/text/locale.ts";

/** Everything the two layouts print, in order, worded once. */
interface Layout {
  title: string;
  subtitle: string;
  caseNumber: string | null;
  summary: string;
  heard: string;
  overview: { caption: string; head: string[]; rows: string[][] } | null;
  noThemes: string | null;
  themes: Array<{ heading: string; count: string; byGroup: string; quotesHeading: string; quotes: string[] }>;
  untagged: string;
  activitiesHeading: string;
  activities: { head: string[]; rows: string[][] } | null;
  noActivities: string | null;
  madeOn: string;
  documentTitle: string;
  creator: string;
  author: string;
}

function layout(c: Compilation, t: Translate, locale: Locale): Layout {
  const group = (g: string) => t(`themes.group.${g}` as MessageKey);
  const groupsOf = (byGroup: Record<string, number>) =>
    COUNT_GROUPS.filter((g) => (byGroup[g] ?? 0) > 0)
      .map((g) => `${group(g)} ${byGroup[g]}`)
      .join(", ");
  return {
    title: t("compilation.title"),
    subtitle: c.title,
    caseNumber: c.caseNumber ? t("compilation.caseNumber", { number: c.caseNumber }) : null,
    summary: t("compilation.summary", { viewpoints: c.viewpointCount, activities: c.activities.length }),
    heard: t("compilation.heard"),
    overview: c.themes.length
      ? {
          caption: t("compilation.overview"),
          head: [t("themes.table.theme"), t("themes.table.total"), ...COUNT_GROUPS.map(group)],
          rows: c.themes.map((th) => [th.name, String(th.count), ...COUNT_GROUPS.map((g) => String(th.byGroup[g] ?? 0))]),
        }
      : null,
    noThemes: c.themes.length ? null : t("compilation.noThemes"),
    themes: c.themes.map((th) => ({
      heading: th.name,
      count: t("compilation.themeCount", { count: th.count }),
      byGroup: groupsOf(th.byGroup),
      quotesHeading: t("compilation.quotes"),
      quotes: th.quotes.map((q) => `”${q.text}”${q.redacted ? ` ${t("themes.redacted")}` : ""}`),
    })),
    untagged: t("compilation.untagged", { count: c.untaggedCount }),
    activitiesHeading: t("compilation.activities"),
    activities: c.activities.length
      ? {
          head: [t("compilation.activity.title"), t("compilation.activity.type"), t("compilation.activity.date"), t("compilation.activity.groups"), t("compilation.activity.participants")],
          rows: c.activities.map((a) => [
            a.title,
            t(`activity.type.${a.type}` as MessageKey),
            formatDate(a.startsAt, locale),
            a.targetGroups.map(group).join(", "),
            [a.participantsTotal === null ? "–" : String(a.participantsTotal), participationLine(t, a.participation)].filter(Boolean).join(" – "),
          ]),
        }
      : null,
    noActivities: c.activities.length ? null : t("compilation.noActivities"),
    madeOn: t("compilation.madeOn", { date: formatDate(c.madeOn, locale) }),
    documentTitle: t("compilation.documentTitle", { case: c.caseNumber ?? c.title }),
    creator: t("compilation.creator"),
    author: t("compilation.author"),
  };
}

const para = (text: string, opts: { italics?: boolean; size?: number } = {}) => new Paragraph({ children: [new TextRun({ text, italics: opts.italics, size: opts.size })], spacing: { after: 120 } });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2) => new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const table = (head: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((x, i) => cell(x, i === 0)) }))],
  });

export async function compilationDocx(c: Compilation, opts: { locale?: Locale } = {}): Promise<Uint8Array> {
  const locale = opts.locale ?? "sv";
  const l = layout(c, translator(locale), locale);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: l.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: l.subtitle, bold: true })] }),
    ...(l.caseNumber ? [para(l.caseNumber)] : []),
    para(l.summary),
    heading(l.heard),
  ];
  if (l.overview) children.push(para(l.overview.caption, { italics: true }), table(l.overview.head, l.overview.rows));
  if (l.noThemes) children.push(para(l.noThemes));
  for (const th of l.themes) {
    children.push(heading(th.heading, HeadingLevel.HEADING_3), para(th.count), ...(th.byGroup ? [para(th.byGroup)] : []));
    for (const q of th.quotes) children.push(new Paragraph({ children: [new TextRun({ text: q, italics: true })], indent: { left: 360 }, spacing: { after: 120 } }));
  }
  children.push(para(l.untagged), heading(l.activitiesHeading));
  if (l.activities) children.push(table(l.activities.head, l.activities.rows));
  if (l.noActivities) children.push(para(l.noActivities));
  children.push(para(l.madeOn, { size: 18 }));
  const doc = new Document({ creator: l.creator, title: l.documentTitle, styles: { default: { document: { run: { font: "Arial", size: 22 } } } }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export function compilationPdf(c: Compilation, opts: { compress?: boolean; locale?: Locale } = {}): Promise<Uint8Array> {
  const locale = opts.locale ?? "sv";
  const l = layout(c, translator(locale), locale);
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", margin: 56, compress: opts.compress ?? true, info: { Title: l.documentTitle, Author: l.author }, lang: INTL_LOCALE[locale] });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    const h = (text: string, size = 13) => doc.moveDown(0.8).font("Helvetica-Bold").fontSize(size).text(text).moveDown(0.3).font("Helvetica").fontSize(11);
    /** A table as rows of text: the header in bold, then each row, its cells apart. */
    const rows = (head: string[], body: string[][]) => {
      doc.font("Helvetica-Bold").text(head.join("   ")).font("Helvetica");
      for (const r of body) doc.text(r.join("   "));
    };
    doc.font("Helvetica-Bold").fontSize(20).text(l.title).moveDown(0.5);
    doc.fontSize(13).text(l.subtitle);
    doc.font("Helvetica").fontSize(11);
    if (l.caseNumber) doc.text(l.caseNumber);
    doc.text(l.summary);
    h(l.heard);
    if (l.overview) {
      doc.font("Helvetica-Oblique").text(l.overview.caption).font("Helvetica").moveDown(0.3);
      rows(l.overview.head, l.overview.rows);
    }
    if (l.noThemes) doc.text(l.noThemes);
    for (const th of l.themes) {
      h(th.heading, 12);
      doc.text(th.count);
      if (th.byGroup) doc.text(th.byGroup);
      for (const q of th.quotes) doc.moveDown(0.2).font("Helvetica-Oblique").text(q, { indent: 18 }).font("Helvetica");
    }
    doc.moveDown(0.6).text(l.untagged);
    h(l.activitiesHeading);
    if (l.activities) rows(l.activities.head, l.activities.rows);
    if (l.noActivities) doc.text(l.noActivities);
    doc.moveDown(1.5).fontSize(9).text(l.madeOn);
    doc.end();
  });
}

/** The compilation's documents in one language; the city's documents are Swedish. */
export function compilationRenderer(locale: Locale = "sv"): CompilationRenderer {
  return { docx: (c) => compilationDocx(c, { locale }), pdf: (c) => compilationPdf(c, { locale }) };
}
