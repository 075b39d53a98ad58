/**
 * The edge sends everything compressed (issue 10): pages with gzip as they are rendered, the
 * browser's assets as stored compressed at build time (brotli first), and nothing to a
 * browser that accepts no compression.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gunzipSync, gzipSync } from "node:zlib";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import type { AppServices } from "#src/web/app/context.ts";
import { createHttpApp } from "#src/web/edge/http-app.ts";

const root = mkdtempSync(join(tmpdir(), "samverka-static-"));
const script = `console.log(${JSON.stringify("samverka ".repeat(400))});`;
mkdirSync(join(root, "assets"));
writeFileSync(join(root, "assets", "entry-abc.js"), script);
writeFileSync(join(root, "assets", "entry-abc.js.br"), brotliCompressSync(script));
writeFileSync(join(root, "assets", "entry-abc.js.gz"), gzipSync(script));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = `<!doctype html><html lang="sv"><body>${"<p>Samverkansstöd för platsbaserade partnerskap.</p>".repeat(100)}</body></html>`;
const app = createHttpApp({
  services: {} as AppServices,
  csrfSecret: "a-test-secret-that-is-long-enough-0123456789",
  log: pino({ level: "silent" }),
  isReady: async () => true,
  trustProxy: 0,
  publicUrlIsHttps: false,
  staticRoot: root,
  handleRequest: async () => new Response(page, { headers: { "content-type": "text/html; charset=utf-8" } }),
});

describe("compression at the edge", () => {
  it("sends a page gzipped to a browser that accepts it, and whole to one that does not", async () => {
    const zipped = await app.request("http://samverka.test/samverkansstod", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(bytes.length).toBeLessThan(page.length / 10);
    expect(gunzipSync(bytes).toString()).toBe(page);

    const plain = await app.request("http://samverka.test/samverkansstod");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(page);
  });

  it("sends an asset as stored with brotli, else gzip, else whole; cached for a year and varying by encoding", async () => {
    const br = await app.request("http://samverka.test/assets/entry-abc.js", { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(br.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(br.headers.get("content-type")).toMatch(/javascript/);
    expect(Buffer.from(await br.arrayBuffer())).toEqual(brotliCompressSync(script));

    const gz = await app.request("http://samverka.test/assets/entry-abc.js", { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);

    const plain = await app.request("http://samverka.test/assets/entry-abc.js");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(script);
  });
});
