/**
 * The words a CSV of actors may use, from the message catalogues in every language: its headers
 * and the names of types and roles. The import reads a file written in either language; the
 * export and the template write the reader's.
 */
import { ACTOR_CSV_COLUMNS, type CsvVocabulary } from "#src/application/collaboration/index.ts";
import { ACTOR_ROLES, ACTOR_TYPES } from "#src/domain/collaboration/actor-mapping.ts";
import { LOCALES, translator, type Locale } from "#src/text/index.ts";

/** The words in the given language first (what an export writes), then the other languages' (what an import also reads). */
export function csvVocabulary(first: Locale): CsvVocabulary {
  const ts = [first, ...LOCALES.filter((l) => l !== first)].map((l) => translator(l));
  return {
    headers: Object.fromEntries(ACTOR_CSV_COLUMNS.map((c) => [c, ts.map((t) => t(`actors.csv.${c}`))])) as unknown as CsvVocabulary["headers"],
    types: Object.fromEntries(ACTOR_TYPES.map((c) => [c, ts.map((t) => t(`actors.type.${c}`))])) as unknown as CsvVocabulary["types"],
    roles: Object.fromEntries(ACTOR_ROLES.map((c) => [c, ts.map((t) => t(`actors.roleName.${c}`))])) as unknown as CsvVocabulary["roles"],
  };
}
