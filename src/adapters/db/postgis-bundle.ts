/**
 * PostGIS for PGlite, with only what Samverka uses.
 *
 * The PostGIS package's bundle holds three extensions (postgis, postgis_raster and
 * postgis_topology), and PGlite unpacks the bundle and compiles every library in it each time
 * a database opens: three WebAssembly libraries of 15–17 MB, about two seconds of every start
 * (and of every test database). Samverka uses `postgis` alone, so a bundle with that library,
 * its extension scripts and the projection data (for st_transform) is made once from the
 * package's own bundle and kept (./local-cache.ts). If it cannot be kept, the package's bundle
 * is used as it is.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import type { Extension } from "@electric-sql/pglite";
import { createTar, parseTar } from "nanotar";
import { cachedPath, keepCached, packageVersion } from "./local-cache.ts";

/** What Samverka needs of the bundle: the postgis library, its extension's files, the projection data. */
export function isNeeded(path: string): boolean {
  return path === "lib/postgresql/postgis-3.so" || path === "share/postgresql/extension/postgis.control" || path.startsWith("share/postgresql/extension/postgis--") || path.startsWith("share/proj/");
}

/** The package's bundle with only what `isNeeded`, gzip-compressed lightly (it is read far more often than written). */
export function trimBundle(bundle: Uint8Array): Uint8Array {
  const files = parseTar(gunzipSync(bundle)).filter((f) => f.type === "file" && isNeeded(f.name));
  return gzipSync(createTar(files.map((f) => ({ name: f.name, data: f.data, attrs: { mode: f.attrs?.mode } }))), { level: 1 });
}

/** The trimmed bundle for the package's bundle, made the first time (./local-cache.ts). */
function trimmedBundleFor(original: URL): URL {
  const originalPath = fileURLToPath(original);
  const name = `postgis-${packageVersion("@electric-sql/pglite-postgis")}-samverka.tar.gz`;
  const kept = cachedPath(name) ?? keepCached(name, trimBundle(readFileSync(originalPath)));
  return kept ? pathToFileURL(kept) : original;
}

/** PGlite's postgis extension, loading the trimmed bundle. */
export function trimmedPostgis(postgis: Extension): Extension {
  return {
    name: postgis.name,
    async setup(pg, emscriptenOpts, clientOnly) {
      const result = await postgis.setup(pg, emscriptenOpts, clientOnly);
      if (!result.bundlePath) return result;
      try {
        return { ...result, bundlePath: trimmedBundleFor(result.bundlePath) };
      } catch {
        return result;
      }
    },
  };
}
