import { describe, expect, it } from "vitest";
import { attachmentFilename, checkAttachment, cleanFilename, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_CASE, MAX_FILENAME_LENGTH } from "./attachment-policy.ts";

describe("attachment policy", () => {
  it("accepts the allowed types by their detected content type", () => {
    for (const type of ["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.oasis.opendocument.text", "image/png", "image/jpeg", "image/webp"]) {
      expect(checkAttachment({ sizeBytes: 100, detectedType: type, existingCount: 0 })).toEqual({ ok: true, value: type });
    }
  });

  it.each([
    [{ sizeBytes: 0, detectedType: "application/pdf", existingCount: 0 }, "empty"],
    [{ sizeBytes: MAX_ATTACHMENT_BYTES + 1, detectedType: "application/pdf", existingCount: 0 }, "too_large"],
    [{ sizeBytes: 10, detectedType: "application/x-msdownload", existingCount: 0 }, "type_not_allowed"],
    [{ sizeBytes: 10, detectedType: undefined, existingCount: 0 }, "type_not_allowed"],
    [{ sizeBytes: 10, detectedType: "application/pdf", existingCount: MAX_ATTACHMENTS_PER_CASE }, "too_many"],
  ])("refuses %o with %s", (args, error) => {
    expect(checkAttachment(args)).toMatchObject({ ok: false, error });
  });

  it("accepts a file of exactly the maximum size", () => {
    expect(checkAttachment({ sizeBytes: MAX_ATTACHMENT_BYTES, detectedType: "image/png", existingCount: MAX_ATTACHMENTS_PER_CASE - 1 }).ok).toBe(true);
  });

  it("cleans file names of paths, control characters and quotes and keeps the extension when shortening", () => {
    expect(cleanFilename("C:\\Users\\anna\\Budget 2027.pdf")).toBe("Budget 2027.pdf");
    expect(cleanFilename('../../etc/"pass\u0000wd"')).toBe("passwd");
    expect(cleanFilename("   ")).toBe("bilaga");
    const long = `${"å".repeat(300)}.docx`;
    const cleaned = cleanFilename(long);
    expect(cleaned.length).toBe(200);
    expect(cleaned.endsWith(".docx")).toBe(true);
  });

  it.each([
    ["right-to-left override (shows as fakturaexe.png)", "faktura\u202Egnp.exe", "fakturagnp.exe"],
    ["left-to-right and right-to-left embeddings, pop", "a\u202Ab\u202Bc\u202Cd.pdf", "abcd.pdf"],
    ["left-to-right override", "x\u202Dy.pdf", "xy.pdf"],
    ["isolates (U+2066–2069)", "\u2066a\u2067b\u2068c\u2069.pdf", "abc.pdf"],
    ["directional marks (U+200E, U+200F, U+061C)", "a\u200Eb\u200Fc\u061Cd.pdf", "abcd.pdf"],
    ["zero-width space, joiners, word joiner, byte order mark", "\uFEFFbud\u200Bget\u200C\u200D\u2060.pdf", "budget.pdf"],
    ["soft hyphen and other format characters", "bud\u00ADget\u180E.pdf", "budget.pdf"],
    ["variation selectors and Hangul fillers", "a\uFE0Fb\u3164c.pdf", "abc.pdf"],
    ["control characters, line and paragraph separators", "a\u0007b\u001Bc\u0085d\u2028e\u2029f.pdf", "abcdef.pdf"],
    ["a lone surrogate half", "a\uD800b.pdf", "ab.pdf"],
    ["dots and spaces at the ends", " ..rapport.pdf. ", "rapport.pdf"],
  ])("strips %s", (_what, name, expected) => {
    expect(cleanFilename(name)).toBe(expected);
  });

  it("keeps letters of every script, combining marks and emoji, and composes å typed on a Mac", () => {
    expect(cleanFilename("Ansökan – Möllevången 2027.pdf")).toBe("Ansökan – Möllevången 2027.pdf");
    expect(cleanFilename("تقرير الجمعية.pdf")).toBe("تقرير الجمعية.pdf");
    expect(cleanFilename("报告.docx")).toBe("报告.docx");
    expect(cleanFilename("Sommargata 🌳.png")).toBe("Sommargata 🌳.png");
    expect(cleanFilename("Ma\u0308rta.pdf")).toBe("M\u00e4rta.pdf");
    expect(cleanFilename("नमस्ते.pdf")).toBe("नमस्ते.pdf");
  });

  it("never cuts a character in half when shortening", () => {
    const cleaned = cleanFilename(`${"🌳".repeat(300)}.pdf`);
    expect(Array.from(cleaned)).toHaveLength(MAX_FILENAME_LENGTH);
    expect(cleaned.endsWith("🌳.pdf")).toBe(true);
    expect(/\p{Cs}/u.test(cleaned)).toBe(false);
  });

  it.each([
    ["faktura\u202Egnp.exe", "image/png", "fakturagnp.png"],
    ["Budget.PDF", "application/pdf", "Budget.PDF"],
    ["foto.jpeg", "image/jpeg", "foto.jpeg"],
    ["foto.JPG", "image/jpeg", "foto.JPG"],
    ["rapport.exe", "application/pdf", "rapport.pdf"],
    ["rapport.pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "rapport.docx"],
    ["Budget v1.2", "application/pdf", "Budget v1.2.pdf"],
    ["README", "application/vnd.oasis.opendocument.text", "README.odt"],
    [".exe", "image/webp", "exe.webp"],
    ["", "application/pdf", "bilaga.pdf"],
  ])("names %s stored as %s %s", (name, type, expected) => {
    expect(attachmentFilename(name, type)).toBe(expected);
    expect(attachmentFilename(expected, type)).toBe(expected);
  });

  it("keeps the type's extension on a name at the maximum length", () => {
    const named = attachmentFilename(`${"a".repeat(400)}.exe`, "application/pdf");
    expect(named).toHaveLength(MAX_FILENAME_LENGTH);
    expect(named.endsWith("a.pdf")).toBe(true);
  });
});
