import { COMMITMENT_STATUSES } from "#src/domain/execution/commitment.ts";
import type { MessageKey } from "#src/text/index.ts";
import type { FormFailure } from "#src/web/app/lib/forms.ts";
import { Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";

export const COMMITMENT_LABELS: Record<string, MessageKey> = {
  department: "execution.commitments.department",
  contribution: "execution.commitments.contribution",
  contactName: "execution.commitments.contactName",
  contactEmail: "execution.commitments.contactEmail",
  startsOn: "execution.commitments.startsOn",
  endsOn: "execution.commitments.endsOn",
  status: "execution.commitments.status",
};

/** A commitment's fields: department, contribution, contact, period, status (what was typed kept on failure). */
export function CommitmentFields({ failure, current }: { failure: FormFailure | undefined; current?: Record<string, string> | undefined }) {
  const t = useT();
  const value = (name: string) => failure?.values[name] ?? current?.[name];
  return (
    <>
      <TextField name="department" label={t("execution.commitments.department")} defaultValue={value("department")} error={failure?.errors.department} />
      <Textarea name="contribution" label={t("execution.commitments.contribution")} rows={3} defaultValue={value("contribution")} error={failure?.errors.contribution} />
      <TextField name="contactName" label={t("execution.commitments.contactName")} autoComplete="off" defaultValue={value("contactName")} error={failure?.errors.contactName} />
      <TextField name="contactEmail" type="email" label={t("execution.commitments.contactEmail")} autoComplete="off" defaultValue={value("contactEmail")} error={failure?.errors.contactEmail} />
      <TextField name="startsOn" type="date" label={t("execution.commitments.startsOn")} defaultValue={value("startsOn")} error={failure?.errors.startsOn} />
      <TextField name="endsOn" type="date" label={t("execution.commitments.endsOn")} defaultValue={value("endsOn")} error={failure?.errors.endsOn} />
      <SelectField name="status" label={t("execution.commitments.status")} error={failure?.errors.status} value={value("status") ?? "planerat"} options={COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(`execution.commitments.status.${s}`) }))} />
    </>
  );
}
