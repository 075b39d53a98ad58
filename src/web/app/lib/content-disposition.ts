/**
 * `Content-Disposition: attachment` for a file name of any script (RFC 6266): the exact name
 * as `filename*` in RFC 8187/5987 encoding, which browsers use, and an ASCII `filename` for
 * the few that do not ("Ansökan.pdf" → "Ansokan.pdf"). The name is expected to be clean
 * already (attachmentFilename in the domain); this only encodes it.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename
    .normalize("NFKD")
    .replace(/\p{M}/gu, "") // accents off: ö → o
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(filename)}`;
}

/** Percent-encoding for an RFC 5987 value: encodeURIComponent leaves ' ( ) * as they are, which attr-char does not allow. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
