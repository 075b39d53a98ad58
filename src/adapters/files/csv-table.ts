/**
 * A CSV file as rows keyed by header, with csv-parse's sync API. The delimiter (`,`, `;` or
 * tab) is read from the header line — Swedish Excel saves with `;`. Headers are normalised
 * (lower case, no diacritics, letters and digits only: "Ägartyp" → "agartyp") so a file made
 * by hand matches. Each row keeps its line number for the error report.
 */
import { parse } from "csv-parse/sync";
import type { TableReader } from "#src/application/coordination/index.ts";

export function normaliseHeader(h: string): string {
  return h
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function delimiterOf(text: string): string {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/).find((l) => l.trim() !== "" && !l.startsWith("#")) ?? "";
  const counts = [",", ";", "\t"].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

export const csvTableReader: TableReader = {
  read(text) {
    let records: Array<{ record: string[]; info: { lines: number } }>;
    try {
      records = parse(text.replace(/^\uFEFF/, ""), { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, comment: "#", info: true, trim: true }) as unknown as typeof records;
    } catch (error) {
      const e = error as { lines?: number; message?: string };
      return { ok: false, line: e.lines ?? 0, message: e.message ?? "CSV" };
    }
    if (records.length === 0) return { ok: false, line: 1, message: "empty" };
    const header = records[0]!.record.map(normaliseHeader);
    const rows = records.slice(1).map(({ record, info }) => ({
      line: info.lines,
      values: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ""])),
    }));
    return { ok: true, header, rows };
  },
};
