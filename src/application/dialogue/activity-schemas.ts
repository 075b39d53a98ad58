/**
 * What the activity forms send (issue 11): an activity's facts, field by field as the form has
 * them (dates and times in Swedish local time, the point as two numbers, the languages as one
 * line), and its participation figures. The rules are the domain's
 * (src/domain/dialogue/activity.ts, participation.ts); the messages are keys of the catalogue
 * src/text/dialogue.ts. The output keeps the form's shape, so it is valid input again; the use
 * case reads it into the domain's terms with `activityValues`.
 */
import { z } from "zod";
import { activityProblems, splitLanguages, stockholmMoment, type ActivityField, type ActivityProblem } from "#src/domain/dialogue/activity.ts";
import { PARTICIPATION_CATEGORIES, participationProblem } from "#src/domain/dialogue/participation.ts";
import { ACTIVITY_TYPES, isTargetGroup, PARTICIPATION_DIMENSIONS, type ActivityType, type ParticipationDimension, type TargetGroup } from "#src/domain/dialogue/vocabulary.ts";
import { isoDate, optionalIsoDate, optionalText, strings, text, uuid, whenRead } from "../shared/schema.ts";
import type { ActivityValues, ParticipationRecord } from "./activity-ports.ts";

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;
/** "9.30", "09:30" → "09:30". */
const time = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .prefault("")
    .refine((v) => TIME.test(v), message)
    .transform((v) => {
      const [, h, m] = TIME.exec(v)!;
      return `${h!.padStart(2, "0")}:${m}`;
    });

const DECIMAL = /^-?\d{1,3}([.,]\d{1,12})?$/;
const coordinate = (message: string) => optionalText(20, message).refine((v) => v === null || DECIMAL.test(v), message);
const decimal = (v: string | null) => (v === null ? null : Number(v.replace(",", ".")));

const activityShape = {
  title: text(200, "activity.error.title_too_long", "activity.error.title_missing"),
  activityType: z.enum(ACTIVITY_TYPES, { error: "activity.error.type_unknown" }),
  description: text(5_000, "activity.error.description_too_long"),
  startDate: isoDate("activity.error.date"),
  startTime: time("activity.error.time"),
  endDate: isoDate("activity.error.date"),
  endTime: time("activity.error.time"),
  placeAddress: optionalText(300, "activity.error.address_too_long"),
  lat: coordinate("activity.error.point_invalid"),
  lon: coordinate("activity.error.point_invalid"),
  // Checked as a whole, so that the problem is the group's (the form's field), not one box's.
  targetGroups: strings("activity.error.target_group_unknown").refine((v) => v.every(isTargetGroup), "activity.error.target_group_unknown"),
  accessibility: text(2_000, "activity.error.accessibility_too_long"),
  languages: text(1_000, "activity.error.languages_invalid"),
  consultationEndsOn: optionalIsoDate("activity.error.consultation_invalid"),
};

type ActivityForm = { [K in keyof typeof activityShape]: z.output<(typeof activityShape)[K]> };

/** The activity the form describes, in the domain's terms. */
export function activityValues(f: ActivityForm): ActivityValues {
  const lat = decimal(f.lat);
  const lon = decimal(f.lon);
  return {
    title: f.title,
    activityType: f.activityType as ActivityType,
    description: f.description,
    startsAt: stockholmMoment(f.startDate, f.startTime) ?? new Date(Number.NaN),
    endsAt: stockholmMoment(f.endDate, f.endTime) ?? new Date(Number.NaN),
    placeAddress: f.placeAddress,
    point: lat !== null && lon !== null ? { lat, lon } : null,
    targetGroups: [...new Set(f.targetGroups)] as TargetGroup[],
    accessibility: f.accessibility,
    languages: splitLanguages(f.languages),
    consultationEndsOn: f.consultationEndsOn,
  };
}

/** Where the domain's problem is shown in the form. */
const FORM_FIELD: Record<ActivityField, keyof ActivityForm> = {
  title: "title",
  activityType: "activityType",
  description: "description",
  startsAt: "startTime",
  endsAt: "endTime",
  placeAddress: "placeAddress",
  point: "lat",
  targetGroups: "targetGroups",
  accessibility: "accessibility",
  languages: "languages",
  consultationEndsOn: "consultationEndsOn",
};

const activityObject = z.object(activityShape);
/** The fields the whole's check reads into the domain's terms; the others it checks as they are. */
const READ_FOR_WHOLE = ["startDate", "startTime", "endDate", "endTime", "placeAddress", "lat", "lon", "languages", "consultationEndsOn", "description", "accessibility"];

function checkWhole(v: ActivityForm, ctx: z.core.$RefinementCtx) {
  if ((v.lat === null) !== (v.lon === null)) ctx.addIssue({ code: "custom", path: ["lat"], message: "activity.error.point_incomplete" });
  const problems = activityProblems(activityValues(v));
  for (const [field, problem] of Object.entries(problems) as Array<[ActivityField, ActivityProblem]>) ctx.addIssue({ code: "custom", path: [FORM_FIELD[field]], message: `activity.error.${problem}` });
}

/** An activity's facts, from the form for a new activity or for changing one. */
export const activitySchema = activityObject.superRefine(checkWhole, whenRead(...READ_FOR_WHOLE));
export type ActivityInput = z.input<typeof activitySchema>;

/** A new activity: its facts, once per submission key. */
export const newActivitySchema = activityObject.safeExtend({ submissionKey: uuid("appl.error.form") }).superRefine(checkWhole, whenRead(...READ_FOR_WHOLE));
export type NewActivityInput = z.input<typeof newActivitySchema>;

/** A count as typed: blank is not recorded (null), else a whole number from 0. */
const count = z
  .union([z.number(), z.string(), z.null()], { error: "activity.error.count_invalid" })
  .optional()
  .transform((v, ctx): number | null => {
    if (v === undefined || v === null) return null;
    if (typeof v === "number") return v;
    const digits = v.replace(/\s/g, "");
    if (digits === "") return null;
    if (/^\d{1,7}$/.test(digits)) return Number(digits);
    ctx.addIssue({ code: "custom", message: "activity.error.count_invalid" });
    return z.NEVER;
  })
  .refine((v) => v === null || (Number.isInteger(v) && v >= 0 && v <= 1_000_000), "activity.error.count_invalid");

/** The form's field of a dimension's category: `kon_kvinna`, `alder_0_12`, `funktionsnedsattning_ja`. */
export const participationField = (dimension: ParticipationDimension, category: string) => `${dimension}_${category}`;

const participationShape: Record<string, typeof count> = { total: count };
for (const dimension of PARTICIPATION_DIMENSIONS) for (const category of PARTICIPATION_CATEGORIES[dimension]) participationShape[participationField(dimension, category)] = count;

/** The figures in the domain's terms: the total, and each dimension's filled-in categories. */
export function participationRecord(f: Record<string, number | null>): ParticipationRecord {
  return {
    total: f.total ?? null,
    dimensions: PARTICIPATION_DIMENSIONS.map((dimension) => ({
      dimension,
      cells: PARTICIPATION_CATEGORIES[dimension].flatMap((category) => {
        const n = f[participationField(dimension, category)];
        return n === null || n === undefined ? [] : [{ category, count: n }];
      }),
    })),
  };
}

/** An activity's participation figures: the total and the counts by sex, age band and disability. */
export const participationSchema = z.object(participationShape).superRefine((v, ctx) => {
  const record = participationRecord(v);
  for (const { dimension, cells } of record.dimensions) {
    const problem = participationProblem(dimension, cells, record.total);
    if (problem) ctx.addIssue({ code: "custom", path: [dimension], message: `activity.error.${problem}` });
  }
}, whenRead(...Object.keys(participationShape)));
export type ParticipationInput = z.input<typeof participationSchema>;
