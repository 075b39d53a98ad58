/**
 * `npm run check:translations`: the resident languages' catalogues (src/text/languages/*.json,
 * decision 0032), per language: its errors, which refuse the file (exit 1), and the keys of the
 * residents' pages it lacks, which are shown in Swedish until translated (listed, exit 0).
 */
import { readdirSync, readFileSync } from "node:fs";
import { catalogueChecks, useCatalogueFiles } from "#src/text/resident-catalogues.ts";
import { residentKeys } from "#src/text/resident.ts";

// Plain Node has no Vite to bring the files in: read the folder here (src/text reads no files).
const folder = new URL("../src/text/languages/", import.meta.url);
useCatalogueFiles(Object.fromEntries(readdirSync(folder).filter((name) => name.endsWith(".json")).map((name) => [name, JSON.parse(readFileSync(new URL(name, folder), "utf8")) as unknown])));

const total = residentKeys().length;
let broken = 0;
for (const check of catalogueChecks()) {
  const meta = check.catalogue ? `${check.catalogue.endonym}, ${check.catalogue.dir}, ${check.catalogue.reviewed ? `reviewed by ${check.catalogue.reviewer} on ${check.catalogue.reviewedOn}` : "not reviewed by a translator"}` : "refused";
  console.log(`${check.file}: ${total - check.missing.length}/${total} keys translated (${meta})`);
  for (const error of check.errors) console.log(`  error: ${error}`);
  for (const key of check.missing) console.log(`  missing: ${key}`);
  if (check.errors.length > 0) broken++;
}
if (broken > 0) {
  console.error(`${broken} catalogue(s) with errors`);
  process.exit(1);
}
