/**
 * The pages' message catalogues and Swedish-first formatting. Every string a person reads on a
 * page or in a mail goes through `t`; dates, numbers and money through Intl with the sv-SE (or
 * en-GB) locale. The area index's problems, the documents and the command line have catalogues of
 * their own beside these (index-problems.ts, documents.ts, cli.ts), so the browser never loads
 * them. Where text lives: docs/decisions/0015-where-text-lives.md.
 */
import { en as coreEn } from "./en.ts";
import { sv as coreSv } from "./sv.ts";
import * as publicPages from "./public.ts";
import * as application from "./application.ts";
import * as committee from "./committee.ts";
import * as caseFollow from "./case-follow.ts";
import * as areaIndex from "./area-index.ts";
import * as coordination from "./coordination.ts";
import * as admin from "./admin.ts";
import * as auditLog from "./audit.ts";
import * as lists from "./lists.ts";
import * as collaboration from "./collaboration.ts";
import * as proposal from "./proposal.ts";
import * as themes from "./themes.ts";
import * as dialogue from "./dialogue.ts";
import * as viewpoints from "./viewpoints.ts";
import * as actors from "./actors.ts";
import * as results from "./results.ts";
import * as learning from "./learning.ts";
import * as checkins from "./checkins.ts";
import * as execution from "./execution.ts";
import * as jobs from "./jobs.ts";
import * as easyRead from "./easy-read.ts";
import * as language from "./language.ts";
import * as accessibility from "./accessibility.ts";
import { INTL_LOCALE as intlLocale, type Locale } from "./locale.ts";
import { catalogueTranslator } from "./translate.ts";

// One catalogue per feature keeps the files short; each module's `en` is typed by its `sv`.
const sv = { ...coreSv, ...publicPages.sv, ...application.sv, ...committee.sv, ...caseFollow.sv, ...areaIndex.sv, ...coordination.sv, ...admin.sv, ...auditLog.sv, ...lists.sv, ...collaboration.sv, ...actors.sv, ...dialogue.sv, ...viewpoints.sv, ...themes.sv, ...proposal.sv, ...results.sv, ...learning.sv, ...checkins.sv, ...execution.sv, ...jobs.sv, ...easyRead.sv, ...language.sv, ...accessibility.sv };
const en: Record<keyof typeof sv, string> = { ...coreEn, ...publicPages.en, ...application.en, ...committee.en, ...caseFollow.en, ...areaIndex.en, ...coordination.en, ...admin.en, ...auditLog.en, ...lists.en, ...collaboration.en, ...actors.en, ...dialogue.en, ...viewpoints.en, ...themes.en, ...proposal.en, ...results.en, ...learning.en, ...checkins.en, ...execution.en, ...jobs.en, ...easyRead.en, ...language.en, ...accessibility.en };
export type MessageKey = keyof typeof sv;

/** The feature modules merged above, for the test that every key is in every language and in one module only. */
export const PAGE_CATALOGUE_MODULES = { core: { sv: coreSv, en: coreEn }, public: publicPages, application, committee, caseFollow, areaIndex, coordination, admin, audit: auditLog, lists, collaboration, actors, dialogue, viewpoints, themes, proposal, results, learning, checkins, execution, jobs, easyRead, language, accessibility } as const;

export { LOCALES, isLocale, type Locale } from "./locale.ts";

const catalogues: Record<Locale, Record<MessageKey, string>> = { sv, en };

/** A built-in language's entries (the resident languages' catalogues fall back to the Swedish: ./resident.ts). */
export function messagesOf(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogues[locale];
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return catalogueTranslator(catalogues[locale]);
}

/**
 * Intl formatters are costly to make (a page of dates made one per date) and safe to share:
 * one per language, kind and options, made on first use.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f as F;
}

/** A built-in language's Intl locale; a resident language's code (src/text/languages/) is its own. */
const intlFor = (language: Locale | (string & {})): string => intlLocale[language as Locale] ?? language;

export function formatDate(value: Date | string, locale: Locale | (string & {})): string {
  const date = typeof value === "string" ? new Date(`${value}T12:00:00Z`) : value;
  return formatter(`date:${locale}`, () => new Intl.DateTimeFormat(intlFor(locale), { dateStyle: "long", timeZone: "Europe/Stockholm" })).format(date);
}

export function formatDateTime(value: Date, locale: Locale | (string & {})): string {
  return formatter(`datetime:${locale}`, () => new Intl.DateTimeFormat(intlFor(locale), { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Stockholm" })).format(value);
}

export function formatMoney(amountSek: number, locale: Locale): string {
  return formatter(`money:${locale}`, () => new Intl.NumberFormat(intlLocale[locale], { style: "currency", currency: "SEK", maximumFractionDigits: 0 })).format(amountSek);
}

export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return formatter(`number:${locale}:${fractionDigits}`, () => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits })).format(value);
}

/**
 * An activity's participation in one line, dimension by dimension ("kön: Kvinnor 12, Män 9,
 * Annat svar dold"): a count that is null was suppressed as too small to show outside the group.
 */
export function participationLine(t: Translate, participation: ReadonlyArray<{ dimension: string; cells: ReadonlyArray<{ category: string; count: number | null }> }>): string {
  return participation
    .map((d) => `${t(`activities.dimension.${d.dimension}` as MessageKey)}: ${d.cells.map((c) => `${t(`activity.category.${c.category}` as MessageKey)} ${c.count ?? t("activities.hidden")}`).join(", ")}`)
    .join("; ");
}
