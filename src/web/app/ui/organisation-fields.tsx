/** Form parts shared by registration and accepting an invitation (their schemas: src/application/organisations/schemas.ts). */
import { ACTOR_TYPES } from "#src/domain/roles.ts";
import type { MessageKey } from "#src/text/index.ts";
import type { FormFailure } from "../lib/forms.ts";
import { TextField } from "./form.tsx";
import { useT } from "./i18n.tsx";

export const SERVICE_ERRORS: Record<string, [string, MessageKey]> = {
  invalid: ["form", "contact.error.form"],
  invalid_org_number: ["orgNumber", "register.error.orgNumber"],
  weak_password: ["password", "register.error.password"],
  email_taken: ["email", "register.error.emailTaken"],
};

export function OrganisationFieldset({ values, errors }: { values: Record<string, string>; errors: FormFailure["errors"] | undefined }) {
  const t = useT();
  return (
    <>
      <TextField name="organisationName" label={t("register.organisationName")} autoComplete="organization" defaultValue={values.organisationName} error={errors?.organisationName} />
      <fieldset className="ds-fieldset sv-field" id="field-actorType" aria-describedby={errors?.actorType ? "field-actorType-error" : undefined}>
        <legend className="ds-label">{t("register.actorType")}</legend>
        {errors?.actorType && (
          <div id="field-actorType-error" className="ds-validation-message" data-color="danger">
            {t(errors.actorType)}
          </div>
        )}
        {ACTOR_TYPES.map((type) => (
          <div className="ds-field" key={type}>
            <input className="ds-input" type="radio" id={`field-actorType-${type}`} name="actorType" value={type} defaultChecked={values.actorType === type} aria-invalid={errors?.actorType ? true : undefined} aria-describedby={errors?.actorType ? "field-actorType-error" : undefined} />
            <label className="ds-label" htmlFor={`field-actorType-${type}`}>
              {t(`actorType.${type}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <TextField name="orgNumber" label={t("register.orgNumber")} hint={t("register.orgNumberHint")} inputMode="numeric" defaultValue={values.orgNumber} error={errors?.orgNumber} />
    </>
  );
}

export const LABELS = {
  organisationName: "register.organisationName",
  actorType: "register.actorType",
  orgNumber: "register.orgNumber",
  name: "register.name",
  email: "register.email",
  password: "register.password",
} as const;

