/**
 * Reads a file's real type from its content (magic bytes and, for DOCX and ODT, the entries
 * inside the ZIP container) with the `file-type` library. The name the browser sent is never
 * trusted: a renamed .exe stays an .exe.
 */
import { fileTypeFromBuffer } from "file-type";
import type { FileInspector } from "#src/application/intake/index.ts";

export const fileTypeInspector: FileInspector = {
  async detectMediaType(bytes) {
    if (bytes.byteLength === 0) return undefined;
    const found = await fileTypeFromBuffer(bytes);
    return found?.mime;
  },
};
