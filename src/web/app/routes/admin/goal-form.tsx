/** The city goal form, shared by "add a goal" and "change a goal" (its schema: cityGoalSchema of the admin feature). */
import { THEMES } from "#src/domain/coordination/process.ts";
import type { MessageKey } from "#src/text/index.ts";
import type { FieldErrors, FormFailure, FormFields } from "#src/web/app/lib/forms.ts";
import { Checkbox, CheckboxGroup } from "#src/web/app/ui/choices.tsx";
import { Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { themeKey } from "../coordination/shared.tsx";

export const GOAL_LABELS: Record<string, MessageKey> = {
  nameSv: "admin.goals.nameSv",
  nameEn: "admin.goals.nameEn",
  descriptionSv: "admin.goals.descriptionSv",
  agenda2030: "admin.goals.agendaLabel",
  themes: "admin.goals.themesLabel",
};

/** A goal as the form shows it: the saved one (its Agenda 2030 references as text), or what was typed. */
export interface GoalValues {
  nameSv: string;
  nameEn: string;
  descriptionSv: string;
  agenda2030: string;
  themes: readonly string[];
  active: boolean;
}

export function readGoalForm(fields: FormFields): GoalValues {
  const str = (k: string) => fields.value(k) ?? "";
  return { nameSv: str("nameSv"), nameEn: str("nameEn"), descriptionSv: str("descriptionSv"), agenda2030: str("agenda2030"), themes: fields.list("themes"), active: fields.value("active") === "1" };
}

export function GoalFields(props: { values: GoalValues | null; errors: FieldErrors | undefined; vars?: Record<string, Record<string, string>> | undefined }) {
  const t = useT();
  const v = props.values;
  const e = props.errors;
  return (
    <>
      <TextField name="nameSv" label={t("admin.goals.nameSv")} defaultValue={v?.nameSv} error={e?.nameSv} autoComplete="off" />
      <TextField name="nameEn" label={t("admin.goals.nameEn")} defaultValue={v?.nameEn} error={e?.nameEn} autoComplete="off" />
      <Textarea name="descriptionSv" label={t("admin.goals.descriptionSv")} defaultValue={v?.descriptionSv} error={e?.descriptionSv} rows={3} />
      <TextField name="agenda2030" label={t("admin.goals.agendaLabel")} hint={t("admin.goals.agendaHint")} defaultValue={v?.agenda2030} error={e?.agenda2030} errorVars={props.vars?.agenda2030} autoComplete="off" />
      <CheckboxGroup
        name="themes"
        legend={t("admin.goals.themesLabel")}
        hint={t("admin.goals.themesHint")}
        options={THEMES.map((x) => ({ value: x, label: t(themeKey(x)) }))}
        checked={v?.themes ?? []}
        error={e?.themes ? t(e.themes) : undefined}
      />
      <Checkbox name="active" label={t("admin.goals.isActive")} checked={v?.active ?? true} />
    </>
  );
}

export type GoalFailure = { ok: false; errors: FieldErrors; values: GoalValues; vars: Record<string, Record<string, string>> };

/** The form's problems (the refused Agenda 2030 entries go into the message), with what was typed. */
export function goalFailure(failure: FormFailure, values: GoalValues): GoalFailure {
  return { ok: false, errors: failure.errors, values, vars: failure.vars ?? {} };
}

/** The service's problems as the form's errors; the refused Agenda 2030 entries go into the message. */
export function goalRefusal(detail: Record<string, string> | undefined, values: GoalValues): GoalFailure {
  const { invalidAgenda, ...errors } = detail ?? { form: "appl.error.form" };
  return { ok: false, errors: errors as FieldErrors, values, vars: invalidAgenda ? { agenda2030: { invalid: invalidAgenda } } : {} };
}
