/**
 * What the administrators' forms send (committees, staff and their invitations, the city's
 * goals, the first administrator), as the web form and (later) the API read them. The messages
 * are keys of the message catalogues.
 *
 * Where the domain has the rule, the schema asks it: a committee's code is written by
 * `normaliseCommitteeCode`; which roles need a committee is `needsACommittee` (the staff schema's
 * refinement); Agenda 2030 references are read by `parseAgenda2030` (the goal schema's
 * refinement). Rules that need the database stay with the use cases: a committee's code locked by
 * numbered cases (`codeLockedByCases`), committees, process types and addresses that must exist
 * or be free.
 */
import { z } from "zod";
import { COMMITTEE_CODE, COMMITTEE_NAME_MAX, MAX_RESPONSIBILITIES, normaliseCommitteeCode, RESPONSIBILITY_DESCRIPTION_MAX, RESPONSIBILITY_THEME_MAX, sameTheme } from "#src/domain/admin/committee.ts";
import { GOAL_DESCRIPTION_MAX, GOAL_NAME_MAX, parseAgenda2030 } from "#src/domain/admin/city-goals.ts";
import { DEPARTMENT_NAME_MAX, isStaffRole, needsACommittee, STAFF_NAME_MAX, type StaffRole } from "#src/domain/admin/staff.ts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "#src/domain/auth/sign-in-policy.ts";
import { isTheme, type Theme } from "#src/domain/coordination/process.ts";
import { anyText, checkbox, FORM_ERROR, intents, plainEmailAddress, strings, text } from "../shared/schema.ts";

// ---- committees ----

const responsibilityRow = z.object({ theme: anyText().transform((v) => v.trim()), description: anyText().transform((v) => v.trim()) }, { error: FORM_ERROR });
const RESPONSIBILITY = {
  theme_required: "admin.committee.error.responsibility.theme_required",
  too_long: "admin.committee.error.responsibility.too_long",
  duplicate: "admin.committee.error.responsibility.duplicate",
  too_many: "admin.committee.error.responsibility.too_many",
};

/**
 * The areas of responsibility a committee answers for, as rows: empty rows are dropped; a row
 * with a description needs its theme; each theme once (whatever the case); at most 30. A row's
 * problem is on its theme (path `responsibilities.<row>.theme`, the row as sent).
 */
const responsibilities = z
  .array(responsibilityRow, { error: FORM_ERROR })
  .prefault([])
  .superRefine((rows, ctx) => {
    const seen: string[] = [];
    let kept = 0;
    rows.forEach((row, i) => {
      if (row.theme === "" && row.description === "") return;
      const at = { path: [i, "theme"] };
      if (row.theme === "") ctx.addIssue({ code: "custom", message: RESPONSIBILITY.theme_required, ...at });
      else if (row.theme.length > RESPONSIBILITY_THEME_MAX || row.description.length > RESPONSIBILITY_DESCRIPTION_MAX) ctx.addIssue({ code: "custom", message: RESPONSIBILITY.too_long, ...at });
      else if (seen.some((theme) => sameTheme(theme, row.theme))) ctx.addIssue({ code: "custom", message: RESPONSIBILITY.duplicate, ...at });
      seen.push(row.theme);
      kept++;
    });
    if (kept > MAX_RESPONSIBILITIES) ctx.addIssue({ code: "custom", message: RESPONSIBILITY.too_many, path: [MAX_RESPONSIBILITIES, "theme"] });
  })
  .transform((rows) => rows.filter((row) => row.theme !== "" || row.description !== ""));

/** A committee: the code that begins its case numbers (TN, ÅN), its names, its working committee, the applications it takes and its areas of responsibility. */
export const committeeSchema = z.object({
  code: z.string({ error: "admin.committee.error.code_format" }).prefault("").transform(normaliseCommitteeCode).pipe(z.string().regex(COMMITTEE_CODE, "admin.committee.error.code_format")),
  nameSv: text(COMMITTEE_NAME_MAX, "admin.committee.error.name_too_long", "admin.committee.error.name_required"),
  nameEn: text(COMMITTEE_NAME_MAX, "admin.committee.error.name_too_long"),
  hasWorkingCommittee: checkbox(),
  processTypeCodes: strings("admin.committee.error.processType").transform((codes) => [...new Set(codes)].sort()),
  responsibilities,
});
export type CommitteeForm = z.input<typeof committeeSchema>;

// ---- staff ----

const role = z.string({ error: "admin.staff.error.role_invalid" }).prefault("").refine(isStaffRole, "admin.staff.error.role_invalid").transform((v) => v as StaffRole);
const committeeIds = strings("admin.staff.error.committee_unknown").transform((ids) => [...new Set(ids)]);
const department = text(DEPARTMENT_NAME_MAX, "admin.staff.error.too_long", "admin.staff.error.department_required");

/** Contact persons and case officers work for at least one committee (the domain's rule); whether the committees exist, the use case knows. */
function committeeForTheRole(v: { role: string; committeeIds: string[] }, ctx: z.RefinementCtx) {
  if (isStaffRole(v.role) && needsACommittee(v.role) && v.committeeIds.length === 0) ctx.addIssue({ code: "custom", message: "admin.staff.error.committee_required", path: ["committeeIds"] });
}

/** A member of staff's role, department and the committees they work for: what an administrator changes. */
export const staffChangeSchema = z.object({ role, department, committeeIds }).superRefine(committeeForTheRole);

/** An invitation to a member of staff: who (address and name) and their role, department and committees. */
export const staffInvitationSchema = z
  .object({
    email: plainEmailAddress("admin.staff.error.email_invalid", "admin.staff.error.too_long"),
    name: text(STAFF_NAME_MAX, "admin.staff.error.too_long", "admin.staff.error.name_required"),
    role,
    department,
    committeeIds,
  })
  .superRefine(committeeForTheRole);
export type StaffInput = z.input<typeof staffInvitationSchema>;

/** What an administrator does on a member of staff's page: save the role and committees, or deactivate or reactivate the account. */
export const staffMemberActionSchema = z.object({ intent: z.enum(["update", "deactivate", "reactivate"], { error: FORM_ERROR }).catch("update") });

/** The staff page: invite a member of staff, or revoke an open invitation. */
export const staffActionSchema = intents("invite", [z.object({ intent: z.literal("invite"), ...staffInvitationSchema.shape }).superRefine(committeeForTheRole), z.object({ intent: z.literal("revoke"), invitationId: anyText() })]);

const newPassword = (message: string) => z.string({ error: message }).min(PASSWORD_MIN_LENGTH, message).max(PASSWORD_MAX_LENGTH, message).prefault("");

/** The invited member of staff chooses a password. */
export const staffAcceptanceSchema = z.object({ token: anyText(), password: newPassword("staffInvite.error.weak_password") });

/** The first administrator (the setup link's form, and the command line): address, name, department (the city's own by default) and password. */
export const DEFAULT_DEPARTMENT = "Malmö stad";
export const administratorSchema = z.object({
  email: plainEmailAddress("admin.staff.error.email_invalid", "admin.staff.error.too_long"),
  name: text(STAFF_NAME_MAX, "admin.staff.error.too_long", "admin.staff.error.name_required"),
  department: text(DEPARTMENT_NAME_MAX, "admin.staff.error.too_long").transform((v) => v || DEFAULT_DEPARTMENT),
  password: newPassword("setup.error.weak_password"),
});
export type AdministratorInput = z.input<typeof administratorSchema>;

/** The setup link's form: the administrator and the link's token. */
export const setupSchema = administratorSchema.extend({ token: anyText() });

// ---- the city's goals ----

/**
 * One of the city's goals: names, description, the Agenda 2030 goals and targets it serves
 * ("11.7, 16" as typed, or the list it reads as), the coordination themes it gives a case, and
 * whether it is offered. A reference that is not a goal 1–17 or one of its targets is refused,
 * with the refused ones in the message (`invalid`).
 */
export const cityGoalSchema = z.object({
  nameSv: text(GOAL_NAME_MAX, "admin.goals.error.too_long", "admin.goals.error.name_required"),
  nameEn: text(GOAL_NAME_MAX, "admin.goals.error.too_long"),
  descriptionSv: text(GOAL_DESCRIPTION_MAX, "admin.goals.error.too_long"),
  agenda2030: z
    .union([z.string(), z.array(z.string())], { error: "admin.goals.error.agenda_invalid" })
    .prefault("")
    .transform((v, ctx) => {
      const read = parseAgenda2030(Array.isArray(v) ? v.join(", ") : v);
      if (read.ok) return read.value;
      ctx.addIssue({ code: "custom", message: "admin.goals.error.agenda_invalid", params: { invalid: read.invalid.join(", ") } });
      return z.NEVER;
    }),
  themes: strings("admin.goals.error.theme_unknown")
    .transform((themes) => [...new Set(themes)].sort())
    .refine((themes) => themes.every(isTheme), "admin.goals.error.theme_unknown")
    .transform((themes) => themes as Theme[]),
  active: checkbox(),
});
export type CityGoalInput = z.input<typeof cityGoalSchema>;

/** Moving a goal up or down in the order the application shows them. */
export const goalMoveSchema = z.object({ goalId: anyText(), move: z.enum(["up", "down"], { error: FORM_ERROR }) });
