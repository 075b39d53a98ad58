/**
 * A dialogue activity (dialogaktivitet, seed 002): a workshop, a walk, a pop-up, a survey, a
 * meeting or a digital activity of a running process, held at a time and a place, for named
 * target groups (children and young people among them), with its accessibility arrangements and
 * languages, and, where residents may give viewpoints on it, the last day of its consultation.
 *
 * Pure rules: what makes an activity whole (`activityProblems`), the shape of its public address
 * (`isPublicSlug`), when the process lets its activities change (`isRunningPhase`) and when the
 * public page takes viewpoints (the rule is `viewpointWindow` in ./open-for-viewpoints.ts). Times are read and written in Swedish
 * local time (`stockholmMoment`, `stockholmParts`); the database keeps them in UTC.
 */
import type { Phase } from "../case/phase.ts";
import { isIsoDate, swedishDay } from "../dates.ts";
import { isActivityType, isTargetGroup, type ActivityType, type TargetGroup } from "./vocabulary.ts";

export const ACTIVITY_LIMITS = { title: 200, description: 5_000, address: 300, accessibility: 2_000, language: 40, languages: 20 } as const;

/** A point (WGS 84) placing an activity; only somewhere in and around Sweden is believed. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** Sweden with a margin (the sea between, Norway's and Finland's border areas): a point elsewhere is a typing error. */
export const SWEDEN_BOUNDS = { minLat: 55.0, maxLat: 69.2, minLon: 10.5, maxLon: 24.3 } as const;

export interface ActivityDraft {
  title: string;
  activityType: ActivityType | string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  placeAddress: string | null;
  point: GeoPoint | null;
  targetGroups: readonly string[];
  accessibility: string;
  languages: readonly string[];
  /** YYYY-MM-DD, the last day the public page takes viewpoints; null: while the samarbetsfas lasts. */
  consultationEndsOn: string | null;
}

export type ActivityProblem =
  | "title_missing"
  | "title_too_long"
  | "type_unknown"
  | "description_too_long"
  | "time_invalid"
  | "ends_before_start"
  | "place_missing"
  | "address_too_long"
  | "point_invalid"
  | "point_outside"
  | "target_groups_missing"
  | "target_group_unknown"
  | "accessibility_too_long"
  | "languages_invalid"
  | "consultation_invalid"
  | "consultation_before_activity";

/** The fields of a draft a problem belongs to. */
export type ActivityField = "title" | "activityType" | "description" | "startsAt" | "endsAt" | "placeAddress" | "point" | "targetGroups" | "accessibility" | "languages" | "consultationEndsOn";

const validDate = (d: Date) => d instanceof Date && !Number.isNaN(d.getTime());

/** A language as a person writes it: a name ("svenska", "lätt svenska", "arabiska") or a code ("sv", "ar", "sgn-SE"). */
const LANGUAGE = /^[\p{L}][\p{L}\p{M} ()'-]*$/u;

export function isLanguage(value: string): boolean {
  return value.length >= 1 && value.length <= ACTIVITY_LIMITS.language && LANGUAGE.test(value);
}

/** "svenska, arabiska; engelska" → ["svenska", "arabiska", "engelska"]: split on commas, semicolons and new lines, trimmed, blanks and repeats dropped. */
export function splitLanguages(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const v = part.trim().replace(/\s+/g, " ");
    if (v && !seen.has(v.toLowerCase())) {
      seen.add(v.toLowerCase());
      out.push(v);
    }
  }
  return out;
}

export function isPointInSweden(p: GeoPoint): boolean {
  return p.lat >= SWEDEN_BOUNDS.minLat && p.lat <= SWEDEN_BOUNDS.maxLat && p.lon >= SWEDEN_BOUNDS.minLon && p.lon <= SWEDEN_BOUNDS.maxLon;
}

/**
 * What is wrong with a draft, by field (the first problem of each); empty when it is whole.
 * The place is an address, a point, or both; a digital activity needs neither.
 */
export function activityProblems(d: ActivityDraft): Partial<Record<ActivityField, ActivityProblem>> {
  const p: Partial<Record<ActivityField, ActivityProblem>> = {};
  const title = d.title.trim();
  if (!title) p.title = "title_missing";
  else if (title.length > ACTIVITY_LIMITS.title) p.title = "title_too_long";
  if (!isActivityType(d.activityType)) p.activityType = "type_unknown";
  if (d.description.length > ACTIVITY_LIMITS.description) p.description = "description_too_long";
  if (!validDate(d.startsAt)) p.startsAt = "time_invalid";
  if (!validDate(d.endsAt)) p.endsAt = "time_invalid";
  else if (validDate(d.startsAt) && d.endsAt.getTime() <= d.startsAt.getTime()) p.endsAt = "ends_before_start";
  if (d.placeAddress !== null && d.placeAddress.length > ACTIVITY_LIMITS.address) p.placeAddress = "address_too_long";
  if (d.point !== null) {
    const { lat, lon } = d.point;
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) p.point = "point_invalid";
    else if (!isPointInSweden(d.point)) p.point = "point_outside";
  }
  if (d.activityType !== "digital" && !d.placeAddress?.trim() && d.point === null && !p.placeAddress) p.placeAddress = "place_missing";
  if (d.targetGroups.length === 0) p.targetGroups = "target_groups_missing";
  else if (!d.targetGroups.every(isTargetGroup)) p.targetGroups = "target_group_unknown";
  if (d.accessibility.length > ACTIVITY_LIMITS.accessibility) p.accessibility = "accessibility_too_long";
  if (d.languages.length > ACTIVITY_LIMITS.languages || !d.languages.every(isLanguage)) p.languages = "languages_invalid";
  if (d.consultationEndsOn !== null) {
    if (!isIsoDate(d.consultationEndsOn)) p.consultationEndsOn = "consultation_invalid";
    else if (validDate(d.startsAt) && d.consultationEndsOn < swedishDay(d.startsAt)) p.consultationEndsOn = "consultation_before_activity";
  }
  return p;
}

/** The public address's last part: lowercase letters and digits, 6–32 (the database checks the same). */
export const PUBLIC_SLUG = /^[a-z0-9]{6,32}$/;
/** A new slug is at least this long: random, so that the address cannot be guessed. */
export const NEW_SLUG_LENGTH = 12;

export function isPublicSlug(value: unknown): value is string {
  return typeof value === "string" && PUBLIC_SLUG.test(value);
}

/** The phases in which the process's content (its activities among it) may change; a closed process is read-only. */
export const RUNNING_PHASES = ["samarbete", "utforande", "resultat"] as const satisfies readonly Phase[];

export function isRunningPhase(phase: Phase): boolean {
  return (RUNNING_PHASES as readonly Phase[]).includes(phase);
}

/** Whether the activity has been held, at a moment: it has ended. */
export function isHeld(a: { endsAt: Date }, now: Date): boolean {
  return a.endsAt.getTime() <= now.getTime();
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const STOCKHOLM_PARTS = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** The date (YYYY-MM-DD) and the time (HH:MM) in Sweden at a moment. */
export function stockholmParts(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(STOCKHOLM_PARTS.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * The moment a Swedish date and time (HH:MM) name, or null when either is no date or time. In
 * the hour that repeats in October the first is meant; a time skipped in March reads as an hour later.
 */
export function stockholmMoment(date: string, time: string): Date | null {
  if (!isIsoDate(date)) return null;
  const m = TIME.exec(time);
  if (!m) return null;
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, Number(m[1]), Number(m[2]));
  // Sweden is UTC+1 or UTC+2: try both offsets, the earlier first, and keep the one that reads back right.
  for (const hours of [2, 1]) {
    const at = new Date(asUtc - hours * 3_600_000);
    const back = stockholmParts(at);
    if (back.date === date && back.time === time) return at;
  }
  return new Date(asUtc - 3_600_000);
}
