/** The committee form, shared by "add a committee" and "change a committee" (its schema: committeeSchema of the admin feature). */
import type { ProcessTypeChoice } from "#src/application/admin/index.ts";
import type { MessageKey } from "#src/text/index.ts";
import type { FieldErrors, FormFields, ParseOptions } from "#src/web/app/lib/forms.ts";
import { Checkbox, CheckboxGroup } from "#src/web/app/ui/choices.tsx";
import { TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

/** Rows of areas of responsibility on the form: the saved ones plus this many empty ones. */
const EMPTY_ROWS = 2;

/** A committee as the form shows it: the saved one, or what was typed. */
export interface CommitteeValues {
  code: string;
  nameSv: string;
  nameEn: string;
  hasWorkingCommittee: boolean;
  processTypeCodes: readonly string[];
  responsibilities: ReadonlyArray<{ theme: string; description: string }>;
}

/** The form's fields as the committee: the areas of responsibility are rows of fields (`resp_<row>_theme`). */
export function readCommitteeForm(fields: FormFields): CommitteeValues {
  const str = (k: string) => fields.value(k) ?? "";
  const rows = Math.min(Number(str("resp_rows")) || 0, 40);
  const responsibilities = Array.from({ length: rows }, (_, i) => ({ theme: str(`resp_${i}_theme`), description: str(`resp_${i}_description`) }));
  return {
    code: str("code"),
    nameSv: str("nameSv"),
    nameEn: str("nameEn"),
    hasWorkingCommittee: fields.value("hasWorkingCommittee") === "1",
    processTypeCodes: fields.list("processTypeCodes"),
    responsibilities,
  };
}

/** How the committee schema reads this form: its rows, and a row's problem on its theme field. */
export const COMMITTEE_FORM: ParseOptions = { read: (fields) => ({ ...readCommitteeForm(fields) }), names: { responsibilities: "resp" } };

/** The service's problems as field errors: a responsibility row's problem lands on its theme field. */
export function committeeErrors(detail: Record<string, string> | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, key] of Object.entries(detail ?? {})) {
    const row = /^responsibility_(\d+)$/.exec(field);
    errors[row ? `resp_${row[1]}_theme` : field] = key as MessageKey;
  }
  return errors;
}

export const COMMITTEE_LABELS: Record<string, MessageKey> = {
  code: "admin.committee.code",
  nameSv: "admin.committee.nameSv",
  nameEn: "admin.committee.nameEn",
  processTypeCodes: "admin.committee.processTypes",
};

export function CommitteeFields(props: { values: CommitteeValues | null; errors: FieldErrors | undefined; processTypes: ProcessTypeChoice[]; codeLockedBy?: number }) {
  const t = useT();
  const locale = useLocale();
  const v = props.values;
  const e = props.errors;
  const rows = [...(v?.responsibilities ?? []).filter((r) => r.theme || r.description)];
  // Keep the rows as typed on an error (so row numbers match the messages); else the saved ones plus empty rows.
  const shown = e ? (v?.responsibilities ?? []) : [...rows, ...Array.from({ length: EMPTY_ROWS }, () => ({ theme: "", description: "" }))];
  return (
    <>
      <TextField
        name="code"
        label={t("admin.committee.code")}
        hint={props.codeLockedBy ? t("admin.committee.codeLocked", { count: props.codeLockedBy }) : t("admin.committee.codeHint")}
        defaultValue={v?.code}
        error={e?.code}
        autoComplete="off"
      />
      <TextField name="nameSv" label={t("admin.committee.nameSv")} defaultValue={v?.nameSv} error={e?.nameSv} autoComplete="off" />
      <TextField name="nameEn" label={t("admin.committee.nameEn")} defaultValue={v?.nameEn} error={e?.nameEn} autoComplete="off" />
      <Checkbox name="hasWorkingCommittee" label={t("admin.committee.hasWorkingCommittee")} checked={v?.hasWorkingCommittee ?? true} />
      <CheckboxGroup
        name="processTypeCodes"
        legend={t("admin.committee.processTypes")}
        hint={t("admin.committee.processTypesHint")}
        options={props.processTypes.map((p) => ({ value: p.code, label: locale === "en" ? p.nameEn : p.nameSv }))}
        checked={v?.processTypeCodes ?? []}
        error={e?.processTypeCodes ? t(e.processTypeCodes) : undefined}
      />
      <fieldset className="ds-fieldset sv-field">
        <legend className="ds-label">{t("admin.committee.responsibilities")}</legend>
        <div className="ds-paragraph sv-hint" data-size="sm">
          {t("admin.committee.responsibilitiesHint")}
        </div>
        <input type="hidden" name="resp_rows" value={shown.length} />
        {shown.map((r, i) => (
          <div className="sv-contrib" key={i}>
            <TextField name={`resp_${i}_theme`} label={t("admin.committee.theme", { n: i + 1 })} defaultValue={r.theme} error={e?.[`resp_${i}_theme`]} autoComplete="off" />
            <TextField name={`resp_${i}_description`} label={t("admin.committee.description", { n: i + 1 })} defaultValue={r.description} autoComplete="off" />
          </div>
        ))}
      </fieldset>
    </>
  );
}
