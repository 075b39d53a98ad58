/**
 * The register of local processes (lokala processer): every place-based development process in
 * the city, whoever runs it. Pure: the vocabulary (owners, themes, statuses, the problems a
 * process's facts can have) and the rule of its period. The facts as typed (the form, a CSV
 * row) are read by the process schema (src/application/coordination/schemas.ts).
 */
import { isIsoDate } from "../dates.ts";

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


/** Whether a process's period ends before it starts (both dates known and real; an open end never does). The process schema's refinement asks. */
export function endsBeforeStart(startsOn: string, endsOn: string | null): boolean {
  return endsOn !== null && isIsoDate(startsOn) && isIsoDate(endsOn) && endsOn < startsOn;
}
