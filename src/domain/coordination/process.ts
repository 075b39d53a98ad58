/**
 * The register of local processes (lokala processer): every place-based development process in
 * the city, whoever runs it. Pure: the vocabulary (owners, themes, statuses) and the checks
 * of one process's facts, shared by the form and the CSV import.
 */
import { fail, ok, type Result } from "../result.ts";

export const OWNER_KINDS = ["namnd", "forvaltning", "bolag", "civilsamhalle", "naringsliv", "annan"] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

export const PROCESS_STATUSES = ["planerad", "pagaende", "avslutad"] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];

/** Themes a process works with (seed 000, 001, 003, 004: safety, children and young people, work, physical environment, business …). */
export const THEMES = ["trygghet", "barn_och_unga", "arbete", "fysisk_miljo", "naringsliv", "delaktighet", "halsa", "boende", "utbildning", "kultur_och_fritid", "miljo_och_klimat"] as const;
export type Theme = (typeof THEMES)[number];

export const isTheme = (v: string): v is Theme => (THEMES as readonly string[]).includes(v);
export const isOwnerKind = (v: string): v is OwnerKind => (OWNER_KINDS as readonly string[]).includes(v);
export const isProcessStatus = (v: string): v is ProcessStatus => (PROCESS_STATUSES as readonly string[]).includes(v);

export interface ProcessInput {
  name: string;
  ownerKind: string;
  ownerName: string;
  contactName: string;
  contactEmail: string;
  themes: string[];
  areaCodes: string[];
  startsOn: string;
  endsOn: string;
  status: string;
  link: string;
}

export interface ProcessFacts {
  name: string;
  ownerKind: OwnerKind;
  ownerName: string;
  contactName: string | null;
  contactEmail: string | null;
  themes: Theme[];
  areaCodes: string[];
  startsOn: string;
  endsOn: string | null;
  status: ProcessStatus;
  link: string | null;
}

export type ProcessFieldError = "required" | "too_long" | "unknown_owner_kind" | "unknown_theme" | "invalid_date" | "ends_before_start" | "unknown_status" | "invalid_email" | "invalid_link" | "no_area";

const ISO = /^\d{4}-\d{2}-\d{2}$/;
export function isIsoDate(v: string): boolean {
  if (!ISO.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

/** Checks one process's facts; the errors come back by field. `requireArea`: the form has no drawn geometry. */
export function checkProcess(input: ProcessInput, opts: { requireArea: boolean }): Result<ProcessFacts, "invalid"> & { errors?: Record<string, ProcessFieldError> } {
  const errors: Record<string, ProcessFieldError> = {};
  const text = (key: keyof ProcessInput, value: string, max: number, required: boolean) => {
    if (required && value.trim() === "") errors[key] = "required";
    else if (value.trim().length > max) errors[key] = "too_long";
    return value.trim();
  };
  const name = text("name", input.name, 300, true);
  const ownerName = text("ownerName", input.ownerName, 300, true);
  const contactName = text("contactName", input.contactName, 200, false);
  const contactEmail = text("contactEmail", input.contactEmail, 320, false).toLowerCase();
  if (contactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contactEmail)) errors.contactEmail = "invalid_email";
  const link = text("link", input.link, 2_000, false);
  if (link && !/^https?:\/\/[^\s]+$/i.test(link)) errors.link = "invalid_link";
  const ownerKind = input.ownerKind.trim();
  if (!isOwnerKind(ownerKind)) errors.ownerKind = ownerKind === "" ? "required" : "unknown_owner_kind";
  const status = input.status.trim();
  if (!isProcessStatus(status)) errors.status = status === "" ? "required" : "unknown_status";
  const themes = [...new Set(input.themes.map((t) => t.trim()).filter(Boolean))];
  if (themes.some((t) => !isTheme(t))) errors.themes = "unknown_theme";
  const startsOn = input.startsOn.trim();
  const endsOn = input.endsOn.trim();
  if (startsOn === "") errors.startsOn = "required";
  else if (!isIsoDate(startsOn)) errors.startsOn = "invalid_date";
  if (endsOn !== "" && !isIsoDate(endsOn)) errors.endsOn = "invalid_date";
  else if (endsOn !== "" && isIsoDate(startsOn) && endsOn < startsOn) errors.endsOn = "ends_before_start";
  const areaCodes = [...new Set(input.areaCodes.map((c) => c.trim()).filter(Boolean))];
  if (opts.requireArea && areaCodes.length === 0) errors.areaCodes = "no_area";
  if (Object.keys(errors).length > 0) return { ...fail("invalid"), errors };
  return ok({
    name,
    ownerKind: ownerKind as OwnerKind,
    ownerName,
    contactName: contactName || null,
    contactEmail: contactEmail || null,
    themes: themes as Theme[],
    areaCodes,
    startsOn,
    endsOn: endsOn || null,
    status: status as ProcessStatus,
    link: link || null,
  });
}
