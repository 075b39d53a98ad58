/**
 * The base map and the Content-Security-Policy: the tile server's origin is an allowed image
 * source when MAP_TILES_URL is set, and only then; nothing else in the policy widens. The
 * configuration is read as the composition root reads it (loadConfig → createHttpApp).
 */
import pino from "pino";
import { describe, expect, it } from "vitest";
import type { AppServices } from "#src/web/app/context.ts";
import { loadConfig } from "#src/adapters/config/config.ts";
import { createHttpApp } from "#src/web/edge/http-app.ts";

function appFor(env: Record<string, string>) {
  const config = loadConfig(env);
  return createHttpApp({
    // An anonymous GET never reaches a service: the edge answers from the stand-in handler.
    services: {} as AppServices,
    csrfSecret: "a-test-secret-that-is-long-enough-0123456789",
    log: pino({ level: "silent" }),
    isReady: async () => true,
    trustProxy: 0,
    publicUrlIsHttps: false,
    mapTilesOrigin: config.mapTiles?.origin ?? null,
    handleRequest: async () => new Response("<!doctype html><title>x</title>", { headers: { "content-type": "text/html" } }),
  });
}

/** The CSP of a page, as directive → sources. */
async function csp(app: ReturnType<typeof createHttpApp>): Promise<Map<string, string[]>> {
  const res = await app.request("http://samverka.test/ansokan/ny");
  const header = res.headers.get("content-security-policy") ?? "";
  return new Map(
    header
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("the CSP and the base map", () => {
  it("allows images from the site itself only when no base map is configured", async () => {
    const policy = await csp(appFor({}));
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("adds the tile server's origin to img-src, and nowhere else, when MAP_TILES_URL is set", async () => {
    const withTiles = await csp(appFor({ MAP_TILES_URL: "https://kartor.malmo.se:8443/xyz/{z}/{x}/{y}.png?stil=grå", MAP_TILES_ATTRIBUTION: "© Malmö stad" }));
    const without = await csp(appFor({}));
    expect(withTiles.get("img-src")).toEqual(["'self'", "data:", "blob:", "https://kartor.malmo.se:8443"]);
    // Leaflet's tiles are <img> elements: no script, style, connection or frame source is added.
    for (const [directive, sources] of withTiles) {
      if (directive === "img-src") continue;
      // script-src carries a fresh nonce per response; compare it without.
      const strip = (s: string[] | undefined) => (s ?? []).filter((x) => !x.startsWith("'nonce-"));
      expect(strip(sources), directive).toEqual(strip(without.get(directive)));
    }
    expect([...withTiles.keys()].sort()).toEqual([...without.keys()].sort());
  });

  it("allows OpenStreetMap's tile server by its one origin", async () => {
    const policy = await csp(appFor({ MAP_TILES_URL: "https://tile.openstreetmap.org/{z}/{x}/{y}.png" }));
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:", "https://tile.openstreetmap.org"]);
  });
});
