/** A CSV download as a response: UTF-8 (the text carries its byte-order mark), not cached. */
export function csvResponse(file: { fileName: string; text: string }): Response {
  return new Response(file.text, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${file.fileName}"`, "Cache-Control": "no-store" },
  });
}
