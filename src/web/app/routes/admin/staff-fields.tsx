/** The fields for a member of staff's role, department and committees, shared by the invitation and the change form. */
import { STAFF_ROLE_CHOICES } from "#src/domain/admin/staff.ts";
import type { MessageKey } from "#src/text/index.ts";
import type { FieldErrors, FormFields } from "#src/web/app/lib/forms.ts";
import { CheckboxGroup, Radios } from "#src/web/app/ui/choices.tsx";
import { Notice, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

export const STAFF_LABELS: Record<string, MessageKey> = {
  email: "admin.staff.email",
  name: "admin.staff.name",
  role: "admin.staff.role",
  department: "admin.staff.department",
  committeeIds: "admin.staff.committees",
};

/** What was typed, to show again with the problems (the schemas: staffInvitationSchema and staffChangeSchema of the admin feature). */
export function readStaffForm(fields: FormFields) {
  const str = (k: string) => fields.value(k) ?? "";
  return { email: str("email"), name: str("name"), role: str("role"), department: str("department"), committeeIds: fields.list("committeeIds") };
}

export function StaffRoleFields(props: {
  values: { role?: string; department?: string; committeeIds?: readonly string[] } | null;
  errors: FieldErrors | undefined;
  committees: Array<{ id: string; code: string; nameSv: string; nameEn: string }>;
  departments: string[];
}) {
  const t = useT();
  const locale = useLocale();
  const e = props.errors;
  const v = props.values;
  return (
    <>
      <Radios
        name="role"
        legend={t("admin.staff.role")}
        options={STAFF_ROLE_CHOICES.map((r) => ({ value: r, label: t(`role.${r}`), hint: t(`admin.staff.roleHint.${r}`) }))}
        value={v?.role}
        error={e?.role ? t(e.role) : undefined}
      />
      <div className="sv-field">
        <TextField name="department" label={t("admin.staff.department")} hint={t("admin.staff.departmentHint")} defaultValue={v?.department} error={e?.department} autoComplete="organization" list="departments" />
        <datalist id="departments">
          {props.departments.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
      </div>
      {props.committees.length === 0 ? (
        <Notice color="warning">{t("admin.staff.noCommittees")}</Notice>
      ) : (
        <CheckboxGroup
          name="committeeIds"
          legend={t("admin.staff.committees")}
          hint={t("admin.staff.committeesHint")}
          options={props.committees.map((c) => ({ value: c.id, label: `${locale === "en" && c.nameEn ? c.nameEn : c.nameSv} (${c.code})` }))}
          checked={v?.committeeIds ?? []}
          error={e?.committeeIds ? t(e.committeeIds) : undefined}
        />
      )}
    </>
  );
}
