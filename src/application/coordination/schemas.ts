/**
 * What registering a local process, its CSV import's rows, the contact person's "coordinated
 * with" and the import of the city's areas send, as the web form and (later) the API read them.
 * The messages are keys of the message catalogues; a process's problem keys are `reg.error.<code>`
 * for the codes the domain names (`ProcessFieldError`), which the use cases answer (the CSV
 * import reports codes by line and column).
 *
 * The period's rule is the domain's (`endsBeforeStart`), asked by the process schema's
 * refinement. What needs the database stays with the use cases: area codes that exist, a
 * boundary PostGIS accepts, the process a case was coordinated with.
 */
import { z } from "zod";
import { isIsoDate } from "#src/domain/dates.ts";
import { endsBeforeStart, isOwnerKind, isProcessStatus, isTheme, type OwnerKind, type ProcessFieldError, type ProcessStatus, type Theme } from "#src/domain/coordination/process.ts";
import { anyText, optionalText, strings, text, uuid } from "../shared/schema.ts";

const PROBLEM = "reg.error.";
const key = (code: ProcessFieldError) => `${PROBLEM}${code}`;

/** The domain's code of a process schema's message (`reg.error.invalid_date` → `invalid_date`). */
export function processProblemCode(message: string): ProcessFieldError {
  return message.slice(PROBLEM.length) as ProcessFieldError;
}

/** One of a vocabulary's codes: missing is "required", anything else "unknown_…". */
const oneOf = <T extends string>(is: (v: string) => v is T, unknown: ProcessFieldError) =>
  z
    .string({ error: key("required") })
    .trim()
    .prefault("")
    .superRefine((v, ctx) => {
      if (!is(v)) ctx.addIssue({ code: "custom", message: key(v === "" ? "required" : unknown) });
    })
    .transform((v) => v as T);

/** A list's entries, trimmed, blanks dropped, each once. */
const entries = (message: string) => strings(message).transform((values) => [...new Set(values.map((v) => v.trim()).filter(Boolean))]);

/**
 * One local process's facts, as the form or a CSV row gives them: names, owner, contact, themes,
 * areas (or a boundary as GeoJSON text, read by the use case), period and status, link. With
 * no boundary, at least one area.
 */
export const processSchema = z
  .object({
    name: text(300, key("too_long"), key("required")),
    ownerKind: oneOf<OwnerKind>(isOwnerKind, "unknown_owner_kind"),
    ownerName: text(300, key("too_long"), key("required")),
    contactName: optionalText(200, key("too_long")),
    contactEmail: optionalText(320, key("too_long"))
      .refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), key("invalid_email"))
      .transform((v) => v?.toLowerCase() ?? null),
    themes: entries(key("unknown_theme")).refine((themes) => themes.every(isTheme), key("unknown_theme")).transform((themes) => themes as Theme[]),
    areaCodes: entries("reg.error.unknown_area"),
    startsOn: z
      .string({ error: key("required") })
      .trim()
      .prefault("")
      .superRefine((v, ctx) => {
        if (!isIsoDate(v)) ctx.addIssue({ code: "custom", message: key(v === "" ? "required" : "invalid_date") });
      }),
    endsOn: optionalText(10, key("invalid_date")).refine((v) => v === null || isIsoDate(v), key("invalid_date")),
    status: oneOf<ProcessStatus>(isProcessStatus, "unknown_status"),
    link: optionalText(2_000, key("too_long")).refine((v) => v === null || /^https?:\/\/[^\s]+$/i.test(v), key("invalid_link")),
    /** A boundary of its own (GeoJSON text, WGS 84 or SWEREF 99 TM), instead of or beside the areas. */
    geojson: anyText("reg.error.geometry").transform((v) => v.trim()),
  })
  .superRefine(
    (v, ctx) => {
      // Checked whatever else is wrong, so that every problem is answered at once.
      const ends = typeof v.endsOn === "string" ? v.endsOn : null;
      if (typeof v.startsOn === "string" && endsBeforeStart(v.startsOn, ends)) ctx.addIssue({ code: "custom", message: key("ends_before_start"), path: ["endsOn"] });
      if ((typeof v.geojson !== "string" || v.geojson.trim() === "") && Array.isArray(v.areaCodes) && v.areaCodes.length === 0) ctx.addIssue({ code: "custom", message: key("no_area"), path: ["areaCodes"] });
    },
    { when: () => true },
  );
export type ProcessFormInput = z.input<typeof processSchema>;

/** Registering a process from the form: its facts, once per submission key. */
export const processRegistrationSchema = processSchema.safeExtend({ submissionKey: uuid("appl.error.form") });

/** "Coordinated with": which process in the register, and how (the use case knows whether the process exists). */
export const coordinationRecordSchema = z.object({
  registerId: z.string({ error: "coord.error.unknown_process" }).prefault("").refine((v) => v !== "", "coord.error.unknown_process"),
  how: text(5_000, "coord.error.too_long", "coord.error.empty"),
  submissionKey: uuid("appl.error.form"),
});

/** A new version of the city's areas: from which day it holds, and where it comes from (the file is read by the use case). */
export const areaImportSchema = z.object({
  validFrom: z.string({ error: "areaImport.error.invalid_date" }).trim().prefault("").refine(isIsoDate, "areaImport.error.invalid_date"),
  source: text(500, "areaImport.error.source_missing", "areaImport.error.source_missing"),
});
