/**
 * The resident languages' catalogue files, src/text/languages/*.json, read once (server side
 * only: the browser never loads them — the public pages ship no client code). Two ways in, one
 * result (decision 0032):
 * - built by Vite (the server bundle) or run by Vitest, `import.meta.glob` puts the files into
 *   the module at build time (a new file means a new build, which `npm start` makes by itself);
 * - run by plain Node (scripts, `npm run check:translations`), there is no `import.meta.env` and
 *   the folder beside this module is read from disk.
 * A file with structural errors is left out (and the check fails in CI); a key a catalogue
 * lacks is said in Swedish.
 */
import { readdirSync, readFileSync } from "node:fs";
import { BUILT_IN_LANGUAGES, checkCatalogue, type CatalogueCheck, type LanguageMeta, type ResidentCatalogue } from "./resident.ts";

function fromDisk(): Record<string, unknown> {
  const folder = new URL("./languages/", import.meta.url);
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(folder).filter((n) => n.endsWith(".json")).sort()) files[`./languages/${name}`] = JSON.parse(readFileSync(new URL(name, folder), "utf8"));
  return files;
}

function readFiles(): Record<string, unknown> {
  // Vite (and Vitest) define import.meta.env and replace the glob below with the files' contents.
  return import.meta.env ? import.meta.glob("./languages/*.json", { eager: true, import: "default" }) : fromDisk();
}

let checked: CatalogueCheck[] | null = null;

/** Every catalogue file, checked (file name order). */
export function catalogueChecks(): readonly CatalogueCheck[] {
  checked ??= Object.entries(readFiles())
    .map(([path, raw]) => checkCatalogue(path.replace(/^.*\//, "").replace(/\.json$/, ""), raw))
    .sort((a, b) => a.file.localeCompare(b.file));
  return checked;
}

/** The resident languages' catalogues that passed the check. */
export function residentCatalogues(): readonly ResidentCatalogue[] {
  return catalogueChecks().flatMap((c) => (c.catalogue ? [c.catalogue] : []));
}

/** Every language a resident page is offered in: Swedish, English, then the catalogues. */
export function pageLanguages(): readonly LanguageMeta[] {
  return [...BUILT_IN_LANGUAGES, ...residentCatalogues()];
}

export function findLanguage(code: string): LanguageMeta | null {
  return pageLanguages().find((l) => l.code === code) ?? null;
}

export function residentCatalogue(code: string): ResidentCatalogue | null {
  return residentCatalogues().find((c) => c.code === code) ?? null;
}
