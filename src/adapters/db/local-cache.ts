/**
 * Files the database adapter makes once and keeps for later starts (a trimmed PostGIS bundle,
 * a migrated empty database): in node_modules/.cache/samverka under the working folder, or in
 * the system's temporary folder when that cannot be written. Each file's name says what it was
 * made from, so a change (a new package version, a new migration) makes a new file instead of
 * reusing an old one. Losing the cache costs time, never data.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const folders = () => [join(process.cwd(), "node_modules", ".cache", "samverka"), join(tmpdir(), "samverka-cache")];

/** The kept file's path, or null when none is kept. */
export function cachedPath(name: string): string | null {
  for (const folder of folders()) {
    const path = join(folder, name);
    if (existsSync(path)) return path;
  }
  return null;
}

export function readCached(name: string): Buffer | null {
  const path = cachedPath(name);
  try {
    return path ? readFileSync(path) : null;
  } catch {
    return null;
  }
}

/** Keeps the file; its path, or null when no folder could be written. */
export function keepCached(name: string, bytes: Uint8Array): string | null {
  for (const folder of folders()) {
    const path = join(folder, name);
    try {
      mkdirSync(folder, { recursive: true });
      // Written aside and renamed: a process reading meanwhile sees all of it or nothing.
      const partial = `${path}.${process.pid}.${Date.now()}.part`;
      writeFileSync(partial, bytes);
      renameSync(partial, path);
      return path;
    } catch {
      // Not writable here: try the next folder.
    }
  }
  return null;
}

/** An installed package's version, for naming what is made from it ("?" when it cannot be read). */
export function packageVersion(name: string): string {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve(name));
    while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
    return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version?: string }).version ?? "?";
  } catch {
    return "?";
  }
}
