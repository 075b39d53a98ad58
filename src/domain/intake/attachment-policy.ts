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

/** The file name extensions of each allowed type; the first is the one a download gets. */
export const ATTACHMENT_EXTENSIONS: Record<AttachmentMediaType, readonly string[]> = {
  "application/pdf": ["pdf"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.oasis.opendocument.text": ["odt"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/webp": ["webp"],
};

/**
 * Characters that are never part of a shown or offered file name:
 * - Cc: control characters (NUL, line breaks, escape …);
 * - Cf: format characters, invisible by design: the bidirectional controls (U+202A–202E,
 *   U+2066–2069, U+200E/200F, U+061C), with which "faktura\u202Egnp.exe" shows as
 *   "fakturaexe.png", zero-width spaces and joiners, the byte order mark, soft hyphens …;
 * - Zl, Zp: line and paragraph separators; Cs: lone surrogate halves (not text at all);
 * - other default-ignorable code points (variation selectors, Hangul fillers …), which render
 *   as nothing;
 * - characters Windows refuses in names, and quotes.
 * Letters of every script stay (å, ä, ö, Arabic, Chinese …), as do combining marks.
 */
const INVISIBLE_OR_UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Default_Ignorable_Code_Point}"<>|:*?]/gu;

/**
 * A file name safe to show and to offer on download: no path, no control, format (bidi,
 * zero-width) or other invisible characters, no quotes, spaces collapsed, in Unicode NFC (so
 * "å" typed on a Mac is the same "å"), no dots or spaces at the ends, at most
 * MAX_FILENAME_LENGTH characters (keeping the extension).
 */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  let cleaned = base
    .normalize("NFC")
    .replace(INVISIBLE_OR_UNSAFE, "")
    .replace(/\s+/gu, " ")
    .replace(/^[\s.]+|[\s.]+$/gu, "");
  if (cleaned === "") cleaned = "bilaga";
  const chars = Array.from(cleaned); // code points: never cut a character in half
  if (chars.length > MAX_FILENAME_LENGTH) {
    const dot = cleaned.lastIndexOf(".");
    const ext = dot > 0 && cleaned.length - dot <= 10 ? Array.from(cleaned.slice(dot)) : [];
    cleaned = chars.slice(0, MAX_FILENAME_LENGTH - ext.length).join("") + ext.join("");
  }
  return cleaned;
}

/**
 * The name an attachment is shown and downloaded under: the cleaned name, with the extension
 * of the type read from its content. A name that already ends in one of the type's extensions
 * keeps it ("Budget.PDF"); one ending in another extension gets the right one instead
 * ("faktura.exe" stored as PNG is "faktura.png"); otherwise the extension is added
 * ("Budget v1.2" → "Budget v1.2.pdf"). Applying it twice changes nothing.
 */
export function attachmentFilename(name: string, mediaType: string): string {
  const cleaned = cleanFilename(name);
  if (!isAllowedAttachmentType(mediaType)) return cleaned;
  const extensions = ATTACHMENT_EXTENSIONS[mediaType];
  const dot = cleaned.lastIndexOf(".");
  const current = dot > 0 ? cleaned.slice(dot + 1) : "";
  if (extensions.includes(current.toLowerCase())) return cleaned;
  // An extension is a short run of ASCII letters and digits with at least one letter.
  const stem = /^(?=.*[a-z])[a-z0-9]{1,8}$/i.test(current) ? cleaned.slice(0, dot) : cleaned;
  return cleanFilename(`${stem.slice(0, MAX_FILENAME_LENGTH - extensions[0]!.length - 1)}.${extensions[0]}`);
}
