import { Link, redirect, useActionData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { sessionCookie } from "../../../server/cookies.ts";
import { parseForm, type FormFailure } from "../../lib/forms.ts";
import { requestMeta, requestState, services } from "../../lib/request.ts";
import { ErrorSummary, PostForm, SubmitButton, TextField } from "../../ui/form.tsx";
import { useT } from "../../ui/i18n.tsx";
import { LABELS, OrganisationFieldset, organisationFields, personFields, SERVICE_ERRORS } from "../../ui/organisation-fields.tsx";

const schema = z.object({
  ...organisationFields,
  ...personFields,
  email: z.string().trim().min(1, "register.error.email").max(320, "register.error.email").email("register.error.email"),
});

export async function loader({ context }: LoaderFunctionArgs) {
  if (requestState(context).actor) throw redirect("/start");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const parsed = parseForm(schema, await request.formData(), ["password"]);
  if (!parsed.ok) return parsed;
  const state = requestState(context);
  const result = await services(context).organisations.register(parsed.data, { ...requestMeta(context) });
  if (!result.ok) {
    const [field, message] = SERVICE_ERRORS[result.error] ?? ["form", "contact.error.form"];
    const { password: _password, ...values } = parsed.data;
    return { ok: false, errors: { [field]: message }, values: { ...values, orgNumber: values.orgNumber ?? "" } };
  }
  return redirect("/start", { headers: { "Set-Cookie": sessionCookie(result.value.sessionToken, result.value.expiresAt, state.secureCookies) } });
}

export default function Register() {
  const t = useT();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const errors = failure?.errors;
  const v = failure?.values ?? {};
  return (
    <>
      <title>{`${errors ? t("common.errorTitlePrefix") : ""}${t("register.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("register.title")}
      </h1>
      <p className="ds-paragraph">{t("register.lead")}</p>
      <PostForm className="sv-form" reloadDocument>
        <ErrorSummary errors={errors} labels={LABELS} />
        <h2 className="ds-heading" data-size="sm">
          {t("register.orgSection")}
        </h2>
        <OrganisationFieldset values={v} errors={errors} />
        <h2 className="ds-heading" data-size="sm">
          {t("register.personSection")}
        </h2>
        <TextField name="name" label={t("register.name")} autoComplete="name" defaultValue={v.name} error={errors?.name} />
        <TextField name="email" type="email" label={t("register.email")} autoComplete="email" defaultValue={v.email} error={errors?.email} />
        <TextField name="password" type="password" label={t("register.password")} hint={t("register.passwordHint")} autoComplete="new-password" error={errors?.password} />
        <div>
          <SubmitButton>{t("register.submit")}</SubmitButton>
        </div>
        <p className="ds-paragraph">
          <Link to="/logga-in" className="ds-link">
            {t("invite.signInLink")}
          </Link>
        </p>
      </PostForm>
    </>
  );
}
