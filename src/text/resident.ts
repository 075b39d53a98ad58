/**
 * The languages residents read the public pages in (issue 13): Swedish and English built in, and
 * each other language a catalogue file in src/text/languages/ — data, no code (decision
 * docs/decisions/0032-languages-for-residents.md). This module is pure: checking a catalogue,
 * and translating with a catalogue whose missing entries fall back to Swedish. Reading the files
 * is ./resident-catalogues.ts's (server side only).
 */
import { messagesOf, type MessageKey, type Translate } from "./index.ts";
import { interpolate } from "./translate.ts";
import { isLanguageCode } from "#src/domain/dialogue/vocabulary.ts";

export type Direction = "ltr" | "rtl";

/** What a catalogue file says about its language. */
export interface LanguageMeta {
  /** The BCP 47 code: the page's `lang`, the `?sprak=` value, what a viewpoint records. */
  code: string;
  /** The language's name in itself ("العربية"): the link that chooses it. */
  endonym: string;
  /** Its name in Swedish ("Arabiska") and in English, for the staff. */
  nameSv: string;
  nameEn: string;
  dir: Direction;
  /** Whether a translator has reviewed the catalogue, who and when. */
  reviewed: boolean;
  reviewer?: string | undefined;
  reviewedOn?: string | undefined;
}

export interface ResidentCatalogue extends LanguageMeta {
  messages: Readonly<Partial<Record<MessageKey, string>>>;
}

/** The two built-in languages, whose catalogues are the TypeScript modules of src/text. */
export const BUILT_IN_LANGUAGES: readonly LanguageMeta[] = [
  { code: "sv", endonym: "Svenska", nameSv: "Svenska", nameEn: "Swedish", dir: "ltr", reviewed: true },
  { code: "en", endonym: "English", nameSv: "Engelska", nameEn: "English", dir: "ltr", reviewed: true },
];

/**
 * The keys the resident pages show (the viewpoint page, samverkansstöd, the contact form with its
 * errors, receipt and mail, and the layout around them): what a catalogue should translate, and
 * what the check lists as missing. A catalogue may also hold other Swedish keys.
 */
const RESIDENT_KEY_PATTERNS: readonly RegExp[] = [
  /^app\.(name|tagline|demoBanner)$/,
  /^nav\.(skipToContent|signIn|samverkansstod)$/,
  /^language\.(linksLabel)$/,
  /^footer\.\w+$/,
  /^common\.(errorTitlePrefix|errorSummaryTitle)$/,
  /^error\.(notFound|generic|csrf|tooLarge|unavailable)\.(title|body)$/,
  /^error\.backHome$/,
  /^public\.(title|lead|whoTitle|who|phasesTitle|phase\.\w+|criteriaTitle|criteriaLead|applicationTitle|howTitle|howLead|contactLink|registerTitle|registerWhen|registerAccount)$/,
  /^public\.(criterion|field)\.\w+$/,
  /^contact\./,
  /^actorType\./,
  /^register\.link$/,
  /^vp\.(public|thanks|closed|body|about|privacy)\.\w+$/,
  /^vp\.(age|sex|relation)\.(?!legendOther)\w+$/,
  /^vp\.(noAnswer|submit)$/,
  /^vp\.error\.(form|body|bodyTooLong|ageBand|sex|relations|tooFast|rateLimited|activityBusy|too_many_links|repeat|closed)$/,
];

const swedish = (): Readonly<Record<string, string>> => messagesOf("sv");

/** The Swedish keys a resident language should have, in catalogue order. */
export function residentKeys(): MessageKey[] {
  return (Object.keys(swedish()) as MessageKey[]).filter((key) => RESIDENT_KEY_PATTERNS.some((p) => p.test(key)));
}

const blanks = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(",");

/** A language code as `lang` takes it: a primary subtag of 2–3 letters, optional subtags, that Intl accepts. */
export function isValidLanguageCode(code: string): boolean {
  if (!isLanguageCode(code)) return false;
  try {
    return Intl.getCanonicalLocales(code).length === 1;
  } catch {
    return false;
  }
}

export interface CatalogueCheck {
  /** The file's name (its code). */
  file: string;
  /** Structural errors: the catalogue is refused. */
  errors: string[];
  /** The resident keys it does not translate (shown in Swedish). */
  missing: MessageKey[];
  /** The catalogue, when it has no errors. */
  catalogue: ResidentCatalogue | null;
}

const text = (value: unknown): value is string => typeof value === "string" && value.trim() !== "";

/**
 * Checks one catalogue file's contents: metadata (code = file name, a valid code, not a built-in
 * one, names, direction, review), and each message (a Swedish key, a non-empty text, the same
 * blanks `{x}` as the Swedish entry). Lists the resident keys it lacks.
 */
export function checkCatalogue(file: string, raw: unknown): CatalogueCheck {
  const errors: string[] = [];
  const sv = swedish();
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { file, errors: ["the file is not a JSON object"], missing: [], catalogue: null };
  const r = raw as Record<string, unknown>;
  const allowed = new Set(["code", "endonym", "nameSv", "nameEn", "dir", "reviewed", "reviewer", "reviewedOn", "messages"]);
  for (const name of Object.keys(r)) if (!allowed.has(name)) errors.push(`unknown field "${name}"`);
  if (!text(r.code) || !isValidLanguageCode(r.code)) errors.push(`"code" is not a valid language code: ${JSON.stringify(r.code)}`);
  else if (r.code !== file) errors.push(`"code" ${r.code} differs from the file name ${file}.json`);
  else if (BUILT_IN_LANGUAGES.some((l) => l.code === r.code)) errors.push(`"code" ${r.code} is a built-in language`);
  for (const name of ["endonym", "nameSv", "nameEn"] as const) if (!text(r[name])) errors.push(`"${name}" is missing or empty`);
  if (r.dir !== "ltr" && r.dir !== "rtl") errors.push(`"dir" must be "ltr" or "rtl", not ${JSON.stringify(r.dir)}`);
  if (typeof r.reviewed !== "boolean") errors.push(`"reviewed" must be true or false`);
  if (r.reviewed === true && (!text(r.reviewer) || !text(r.reviewedOn) || !/^\d{4}-\d{2}-\d{2}$/.test(r.reviewedOn))) errors.push(`a reviewed catalogue names its "reviewer" and "reviewedOn" (YYYY-MM-DD)`);
  if (r.reviewed === false && (r.reviewer !== undefined || r.reviewedOn !== undefined)) errors.push(`"reviewer"/"reviewedOn" belong to a reviewed catalogue`);
  const messages: Record<string, string> = {};
  if (typeof r.messages !== "object" || r.messages === null || Array.isArray(r.messages)) errors.push(`"messages" must be an object of key → text`);
  else
    for (const [key, value] of Object.entries(r.messages as Record<string, unknown>)) {
      if (!(key in sv)) errors.push(`unknown key ${key} (not in the Swedish catalogue)`);
      else if (!text(value)) errors.push(`${key} is empty or not a text`);
      else if (blanks(value) !== blanks(sv[key]!)) errors.push(`${key}: the blanks {…} differ from the Swedish entry ("${blanks(value)}" vs "${blanks(sv[key]!)}")`);
      else messages[key] = value;
    }
  const missing = residentKeys().filter((key) => !(key in messages));
  if (errors.length > 0) return { file, errors, missing, catalogue: null };
  const catalogue: ResidentCatalogue = {
    code: r.code as string,
    endonym: r.endonym as string,
    nameSv: r.nameSv as string,
    nameEn: r.nameEn as string,
    dir: r.dir as Direction,
    reviewed: r.reviewed as boolean,
    reviewer: r.reviewer as string | undefined,
    reviewedOn: r.reviewedOn as string | undefined,
    messages: messages as ResidentCatalogue["messages"],
  };
  return { file, errors, missing, catalogue };
}

/** A translator over a resident catalogue: a key it lacks is said in Swedish. */
export function residentTranslator(messages: Readonly<Partial<Record<MessageKey, string>>>): Translate {
  const sv = messagesOf("sv");
  return (key, vars) => interpolate(messages[key] ?? sv[key], vars);
}

/** Whether the catalogue lacks the key, so that `residentTranslator` says it in Swedish (for `lang="sv"` on it). */
export function fallsBack(messages: Readonly<Partial<Record<MessageKey, string>>> | null, key: MessageKey): boolean {
  return messages !== null && messages[key] === undefined;
}
