import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition.ts";

describe("attachmentDisposition", () => {
  it("gives the exact name in filename* and an ASCII name without accents in filename", () => {
    expect(attachmentDisposition("Ansökan Möllevången.pdf")).toBe(`attachment; filename="Ansokan Mollevangen.pdf"; filename*=UTF-8''Ans%C3%B6kan%20M%C3%B6llev%C3%A5ngen.pdf`);
  });

  it("encodes the characters RFC 5987 does not allow bare, and keeps quotes, backslashes and % out of the ASCII name", () => {
    expect(attachmentDisposition(`rapport (1) 'ny' 100%\\.pdf`)).toBe(`attachment; filename="rapport (1) 'ny' 100__.pdf"; filename*=UTF-8''rapport%20%281%29%20%27ny%27%20100%25%5C.pdf`);
  });

  it("replaces letters without an ASCII form in the fallback", () => {
    expect(attachmentDisposition("تقرير.pdf")).toBe(`attachment; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent("تقرير")}.pdf`);
  });
});
