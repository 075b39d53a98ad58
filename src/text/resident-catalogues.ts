/**
 * The resident languages' catalogue files, src/text/languages/*.json, read once (server side
 * only: the browser never loads them — the public pages ship no client code). How (decision 0032):
 * - built by Vite (the server bundle, which is what `npm start` serves) or run by Vitest,
 *   `import.meta.glob` puts the files into the module at build time (a new file means a new
 *   build, which `npm start` makes by itself when the sources are newer than the build);
 * - run by plain Node (a script), there is no `import.meta.env`: src/text reads no files (it is
 *   data and pure functions), so the script reads the folder and hands the files over
 *   (`useCatalogueFiles`, as scripts/check-translations.ts does); without that, only Swedish and
 *   English are offered.
 * A file with structural errors is left out (and the check fails in CI); a key a catalogue
 * lacks is said in Swedish.
 */
import { BUILT_IN_LANGUAGES, checkCatalogue, type CatalogueCheck, type LanguageMeta, type ResidentCatalogue } from "./resident.ts";

let given: Record<string, unknown> | null = null;
// Checked once and kept: the root loader asks for the languages on every page.
let checked: CatalogueCheck[] | null = null;
let passed: ResidentCatalogue[] | null = null;
let offered: LanguageMeta[] | null = null;

/** Plain Node: the catalogue files' contents by file name ("ar.json" → its parsed JSON), read by the caller. */
export function useCatalogueFiles(files: Record<string, unknown>): void {
  given = files;
  checked = passed = offered = null;
}

function readFiles(): Record<string, unknown> {
  if (given) return given;
  // Vite (and Vitest) define import.meta.env and replace the glob below with the files' contents.
  return import.meta.env ? import.meta.glob("./languages/*.json", { eager: true, import: "default" }) : {};
}

/** Every catalogue file, checked (file name order). */
export function catalogueChecks(): readonly CatalogueCheck[] {
  checked ??= Object.entries(readFiles())
    .map(([path, raw]) => checkCatalogue(path.replace(/^.*\//, "").replace(/\.json$/, ""), raw))
    .sort((a, b) => a.file.localeCompare(b.file));
  return checked;
}

/** The resident languages' catalogues that passed the check. */
export function residentCatalogues(): readonly ResidentCatalogue[] {
  passed ??= catalogueChecks().flatMap((c) => (c.catalogue ? [c.catalogue] : []));
  return passed;
}

/** Every language a resident page is offered in: Swedish, English, then the catalogues. */
export function pageLanguages(): readonly LanguageMeta[] {
  offered ??= [...BUILT_IN_LANGUAGES, ...residentCatalogues()];
  return offered;
}

export function findLanguage(code: string): LanguageMeta | null {
  return pageLanguages().find((l) => l.code === code) ?? null;
}

export function residentCatalogue(code: string): ResidentCatalogue | null {
  return residentCatalogues().find((c) => c.code === code) ?? null;
}
