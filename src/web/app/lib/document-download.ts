/** A generated document as a download: its type, its Swedish file name, never kept by a cache (it holds a case's data). */
const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;

/** The response for a document a use case made; `undefined` (may not be read) is the caller's 404. */
export function documentDownload(file: { bytes: Uint8Array; filename: string }, format: keyof typeof TYPES): Response {
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
