/**
 * The application's answers as the process type's fields define them. Pure: their limits,
 * the rows of contributions as the form shows them, and which required answers are still
 * missing before the application can be submitted. What a step's form sends is read by the
 * step's schema (src/application/intake/schemas.ts), with these limits.
 */
import type { ApplicationFieldDefinition, ProcessTypeDefinition } from "../process-type/definition.ts";

export interface Contribution {
  actor: string;
  moneySek: number | null;
  resources: string;
  activities: string;
}

export type AnswerValue = string | string[] | Contribution[];
export type Answers = Record<string, AnswerValue>;

export const TEXT_MAX = 300;
export const LONGTEXT_MAX = 10_000;
export const MAX_CONTRIBUTIONS = 30;
export const MAX_MONEY_SEK = 1_000_000_000;

/** The problems an answer can have (the step schema's messages are `appl.error.<code>`). */
export type AnswerError = "too_long" | "unknown_goal" | "money_invalid" | "contribution_actor_missing" | "too_many_rows";

/** What the form sent: single values and lists (checkboxes) by name. */
export interface SubmittedForm {
  get(name: string): string | undefined;
  getAll(name: string): string[];
}

/** A form's values given as a record (single values and lists), e.g. for imports, tests and benchmarks. */
export function submittedFormOf(values: Record<string, string | string[]>): SubmittedForm {
  return {
    get: (name) => {
      const v = values[name];
      return Array.isArray(v) ? v[0] : v;
    },
    getAll: (name) => {
      const v = values[name];
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    },
  };
}

/**
 * How many contribution rows the form shows: the saved rows and one empty row to write in, or
 * more when the applicant asked for more ("Lägg till rad"); at least one, at most the maximum.
 */
export function contributionRowCount(saved: number, asked = 0): number {
  return Math.max(1, Math.min(MAX_CONTRIBUTIONS, Math.max(saved + 1, asked)));
}

const CONTRIBUTION_PARTS = ["actor", "money", "resources", "activities"] as const;

/**
 * A contribution form's values after "Lägg till rad" (one more row) or "Ta bort" on row
 * `remove` (that row's values taken out, the rows below it moved up). Works on what the form
 * sent, so what was typed is kept whether or not it can be saved. Other values are untouched.
 */
export function reshapeContributionRows(values: Readonly<Record<string, string>>, key: string, change: { add: true } | { remove: number }): Record<string, string> {
  const sent = Number(values[`${key}_rows`] ?? "0");
  const rows = Number.isInteger(sent) && sent > 0 ? Math.min(sent, MAX_CONTRIBUTIONS + 5) : 0;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (!name.startsWith(`${key}_`)) out[name] = value;
  const cell = (i: number, part: string) => values[`${key}_${i}_${part}`];
  let target = 0;
  for (let i = 0; i < rows; i++) {
    if ("remove" in change && i === change.remove) continue;
    for (const part of CONTRIBUTION_PARTS) {
      const v = cell(i, part);
      if (v !== undefined) out[`${key}_${target}_${part}`] = v;
    }
    target++;
  }
  out[`${key}_rows`] = String("add" in change ? Math.min(MAX_CONTRIBUTIONS, rows + 1) : Math.max(1, target));
  return out;
}

/** Every required answer that is still empty, in the order of the form. `hasArea` stands in for the area field. */
export function missingAnswers(definition: ProcessTypeDefinition, answers: Answers, hasArea: boolean): ApplicationFieldDefinition[] {
  return definition.applicationFields.filter((field) => {
    if (!field.required) return false;
    if (field.kind === "area") return !hasArea;
    const value = answers[field.key];
    if (value === undefined) return true;
    if (typeof value === "string") return value.trim() === "";
    if (field.kind === "contributions") return !(value as Contribution[]).some((c) => c.actor.trim() !== "" && (c.moneySek !== null || c.resources.trim() !== "" || c.activities.trim() !== ""));
    return value.length === 0;
  });
}

/** The total money the actors say they will contribute. */
export function contributedMoney(answers: Answers, key = "contributions"): number {
  const rows = answers[key];
  if (!Array.isArray(rows)) return 0;
  return (rows as Contribution[]).reduce((sum, row) => sum + (typeof row === "object" && row && typeof row.moneySek === "number" ? row.moneySek : 0), 0);
}
