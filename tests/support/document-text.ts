/**
 * Reads the text of the documents Samverka makes, so tests assert what a reader sees:
 * - DOCX: `word/document.xml` (with `unzip`), one line per paragraph, table cells separated by tabs.
 * - PDF (pdfkit with the standard fonts): every content stream is inflated (node:zlib) and the
 *   text shown by its TJ/Tj operators is decoded from WinAnsi; one line per text object.
 * `flat()` joins the lines with spaces and collapses white space, so a sentence that the PDF
 * wraps over two lines is still found whole.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";

const XML_ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };

export function docxText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "docx-text-"));
  try {
    const path = join(dir, "d.docx");
    writeFileSync(path, bytes);
    const xml = execFileSync("unzip", ["-p", path, "word/document.xml"]).toString("utf8");
    return xml
      .replace(/<\/w:p>/g, "\n")
      .replace(/<\/w:tc>/g, "\t")
      .replace(/<w:tab\/>/g, "\t")
      .replace(/<[^>]+>/g, "")
      .replace(/&(amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e] ?? e);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** WinAnsi (cp1252) bytes 0x80–0x9f that differ from Latin-1. */
const CP1252: Record<number, string> = { 0x80: "€", 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—" };
const decodeHex = (hex: string) =>
  Buffer.from(hex, "hex")
    .toJSON()
    .data.map((b) => CP1252[b] ?? String.fromCharCode(b))
    .join("");

export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes);
  const latin = raw.toString("latin1");
  const streams: string[] = [];
  for (const m of latin.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = latin.indexOf("endstream", start);
    const chunk = raw.subarray(start, end);
    try {
      streams.push(inflateSync(chunk).toString("latin1"));
    } catch {
      streams.push(chunk.toString("latin1"));
    }
  }
  const lines: string[] = [];
  for (const s of streams) {
    for (const block of s.matchAll(/BT([\s\S]*?)ET/g)) {
      const parts = [...block[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => decodeHex(h[1]!));
      if (parts.length) lines.push(parts.join(""));
    }
  }
  return lines.join("\n");
}

/** The text on one line, spaces (also no-break spaces) collapsed. */
export function flat(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}
