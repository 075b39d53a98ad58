import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvWriter } from "./csv-writer.ts";

describe("the CSV writer", () => {
  it("defuses every text cell a spreadsheet would read as a formula (OWASP: =, +, -, @, tab, CR, and full-width forms)", () => {
    const hostile = ["=1+2", "+46 40 34 10 00", "-2+3", "@SUM(A1)", "\tx", "\rx", "\uFF1D1+2", "\uFF0B1", "\uFF0D1", "\uFF20x", '=HYPERLINK("https://evil.invalid")'];
    const out = csvWriter.write([hostile]);
    const [cells] = parse(out) as string[][];
    expect(cells).toEqual(hostile.map((c) => `'${c}`));
  });

  it("keeps numbers numbers (a negative one too), and text that only looks like a number is defused", () => {
    expect(csvWriter.write([[-2.5, 0, 3, 1e-7, null, "-3"]])).toBe("-2.5,0,3,1e-7,,'-3\n");
  });

  it("leaves ordinary text alone and quotes what CSV (and a spreadsheet set to Swedish) needs quoted", () => {
    const row = ["Rosengård", "a,b", 'säger "hej"', "Lindängen; Holma", "rad 1\nrad 2", "rad 1\r\nrad 2", "", "e-post: a-b@malmo.se"];
    const out = csvWriter.write([row]);
    expect(out).toBe('Rosengård,"a,b","säger ""hej""","Lindängen; Holma","rad 1\nrad 2","rad 1\r\nrad 2",,e-post: a-b@malmo.se\n');
    expect(parse(out)).toEqual([row]);
  });

  it("writes for spreadsheets with a byte-order mark and CRLF, and for a terminal with LF only", () => {
    expect(csvWriter.write([["a", 1], ["b", 2]], { forSpreadsheets: true })).toBe("\uFEFFa,1\r\nb,2\r\n");
    expect(csvWriter.write([["a", 1], ["b", 2]])).toBe("a,1\nb,2\n");
  });
});
