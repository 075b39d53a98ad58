/** CSV cells for the index's downloads: quoted where CSV needs it, and never read as a formula. */
export const cell = (v: string | number | null): string => {
  if (v === null) return "";
  const s = String(v);
  // Quote what CSV needs quoted, and defuse cells a spreadsheet would read as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === "string" ? `'${s}` : s;
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const round = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);

/** A CSV download: UTF-8 with a byte-order mark (for spreadsheets), CRLF line ends, not cached. */
export function csvResponse(lines: string[], fileName: string): Response {
  return new Response(`\uFEFF${lines.join("\r\n")}\r\n`, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "no-store" },
  });
}
