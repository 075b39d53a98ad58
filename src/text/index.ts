/**
 * Message catalogues and Swedish-first formatting. Every UI string goes through `t`; dates,
 * numbers and money through Intl with the sv-SE (or en-GB) locale.
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

// One catalogue per feature keeps the files short; each module's `en` is typed by its `sv`.
const sv = { ...coreSv, ...publicPages.sv, ...application.sv, ...committee.sv, ...caseFollow.sv, ...areaIndex.sv, ...coordination.sv, ...admin.sv, ...auditLog.sv, ...lists.sv };
const en: Record<keyof typeof sv, string> = { ...coreEn, ...publicPages.en, ...application.en, ...committee.en, ...caseFollow.en, ...areaIndex.en, ...coordination.en, ...admin.en, ...auditLog.en, ...lists.en };
export type MessageKey = keyof typeof sv;

export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];

const catalogues: Record<Locale, Record<MessageKey, string>> = { sv, en };
const intlLocale: Record<Locale, string> = { sv: "sv-SE", en: "en-GB" };

export function isLocale(value: unknown): value is Locale {
  return value === "sv" || value === "en";
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, vars) => {
    const text = catalogue[key];
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}

export function formatDate(value: Date | string, locale: Locale): string {
  const date = typeof value === "string" ? new Date(`${value}T12:00:00Z`) : value;
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "long", timeZone: "Europe/Stockholm" }).format(date);
}

export function formatDateTime(value: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Stockholm" }).format(value);
}

export function formatMoney(amountSek: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: "currency", currency: "SEK", maximumFractionDigits: 0 }).format(amountSek);
}

export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits }).format(value);
}
