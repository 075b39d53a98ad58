/**
 * Every message catalogue, by group: the pages' feature modules (merged by ./index.ts), the area
 * index's problems, the documents and the command line. Each module exports one record per
 * language of LOCALES (`sv`, `en`) with the same keys. Used by the checks in catalogues.test.ts;
 * a new catalogue module is registered here (the test finds one that is not).
 */
import * as cli from "./cli.ts";
import * as documents from "./documents.ts";
import { PAGE_CATALOGUE_MODULES } from "./index.ts";
import * as indexProblems from "./index-problems.ts";

export const CATALOGUE_GROUPS = { pages: PAGE_CATALOGUE_MODULES, indexProblems: { indexProblems }, documents: { documents }, cli: { cli } } as const;
