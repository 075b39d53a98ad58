/**
 * Which files an application may carry. The type is decided by the file's content (its magic
 * bytes, read by an adapter), never by its name; the name is only kept for display.
 */
import { fail, ok, type Result } from "../result.ts";

export const ALLOWED_ATTACHMENT_TYPES = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "application/vnd.oasis.opendocument.text": "ODT",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
} as const;
export type AttachmentMediaType = keyof typeof ALLOWED_ATTACHMENT_TYPES;

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_CASE = 20;
export const MAX_FILENAME_LENGTH = 200;

export type AttachmentRefusal = "empty" | "too_large" | "type_not_allowed" | "too_many";

export function isAllowedAttachmentType(mediaType: string | undefined): mediaType is AttachmentMediaType {
  return mediaType !== undefined && Object.hasOwn(ALLOWED_ATTACHMENT_TYPES, mediaType);
}

/** Checks one upload against the rules; `detectedType` is what the content says it is. */
export function checkAttachment(args: { sizeBytes: number; detectedType: string | undefined; existingCount: number }): Result<AttachmentMediaType, AttachmentRefusal> {
  if (args.sizeBytes === 0) return fail("empty");
  if (args.sizeBytes > MAX_ATTACHMENT_BYTES) return fail("too_large");
  if (args.existingCount >= MAX_ATTACHMENTS_PER_CASE) return fail("too_many");
  if (!isAllowedAttachmentType(args.detectedType)) return fail("type_not_allowed");
  return ok(args.detectedType);
}

/**
 * A file name safe to show and to offer on download: no path, no control characters, no
 * quotes, at most MAX_FILENAME_LENGTH characters (keeping the extension).
 */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  let cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "").replace(/\s+/g, " ").trim();
  if (cleaned === "" || cleaned === "." || cleaned === "..") cleaned = "bilaga";
  if (cleaned.length > MAX_FILENAME_LENGTH) {
    const dot = cleaned.lastIndexOf(".");
    const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
    cleaned = cleaned.slice(0, MAX_FILENAME_LENGTH - ext.length) + ext;
  }
  return cleaned;
}
