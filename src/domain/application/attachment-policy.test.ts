import { describe, expect, it } from "vitest";
import { checkAttachment, cleanFilename, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_CASE } from "./attachment-policy.ts";

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
});
