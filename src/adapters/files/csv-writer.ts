/**
 * The one CSV writer (csv-stringify's sync API), for every CSV download and the command line.
 * `escape_formulas` defuses text cells that a spreadsheet would read as a formula (OWASP: a
 * cell starting with =, +, -, @, tab or CR, and the full-width =, +, -, @, gets a leading `'`);
 * csv-stringify leaves a cell that is a JavaScript number alone, so a negative number stays a
 * number a spreadsheet can add up. Text that merely looks like "-3" is defused all the same:
 * whether a text is harmless is not for the writer to guess.
 */
import { stringify } from "csv-stringify/sync";
import type { CsvWriter } from "#src/application/shared/ports.ts";

export const csvWriter: CsvWriter = {
  write(rows, opts = {}) {
    const spreadsheet = opts.forSpreadsheets === true;
    return stringify(
      rows.map((r) => [...r]),
      // quote_record_delimiter: with record_delimiter set, csv-stringify would otherwise leave a
      // cell with a line break (CR or LF) unquoted, splitting the row.
      { escape_formulas: true, quoted_match: /;/, bom: spreadsheet, record_delimiter: spreadsheet ? "windows" : "unix", quote_record_delimiter: true, eof: true },
    );
  },
};
