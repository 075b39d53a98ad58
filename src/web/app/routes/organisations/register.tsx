import { Link, redirect, useActionData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { REGISTRATION_LINK_HOURS, registrationSchema } from "#src/application/organisations/index.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { requestMeta, requestState, serverT, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { LABELS, OrganisationFieldset, SERVICE_ERRORS } from "#src/web/app/ui/organisation-fields.tsx";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** Works without JavaScript and ships none. */
export const handle = NO_CLIENT_CODE;

export async function loader({ context }: LoaderFunctionArgs) {
  if (requestState(context).actor) throw redirect("/start");
  return null;
}

/**
 * The answer is "check your e-mail" whether or not the address has an account: the mail
 * decides what happens next (a confirmation link, or a note to the account's owner).
 */
export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const formData = await request.formData();
  const parsed = parseForm(registrationSchema, formData, { keepOut: ["password"] });
  if (!parsed.ok) return parsed;
  const values = formValues(formData, ["_csrf", "password"]);
  const svc = services(context);
  const t = serverT(context);
  // Every registration hashes a password: limited per client address like sign-in attempts.
  if (!(await svc.signInLimiter.consume(`register-ip:${requestState(context).ip ?? "unknown"}`))) {
    return { ok: false, errors: { form: "signIn.error.rateLimited" }, values };
  }
  // At most a few mails an hour to one address, however often its form is sent.
  if (await svc.recipientLimiter.consume(`register:${parsed.data.email.toLowerCase()}`)) {
    const result = await svc.organisations.requestRegistration(
      parsed.data,
      {
        confirmSubject: t("register.mail.confirmSubject"),
        confirmBody: ({ link, hours }) => t("register.mail.confirmBody", { link, hours }),
        existingSubject: t("register.mail.existingSubject"),
        existingBody: ({ signInLink, resetLink }) => t("register.mail.existingBody", { signInLink, resetLink }),
      },
      requestMeta(context),
    );
    if (!result.ok) {
      const [field, message] = SERVICE_ERRORS[result.error] ?? ["form", "contact.error.form"];
      return { ok: false, errors: { [field]: message }, values };
    }
  }
  return redirect("/registrera?skickat=1");
}

export default function Register() {
  const t = useT();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [params] = useSearchParams();
  const errors = failure?.errors;
  const v = failure?.values ?? {};
  if (params.get("skickat") === "1" && !failure) {
    return (
      <>
        <PageTitle text={t("register.sentTitle")} />
        <h1 className="ds-heading" data-size="lg">
          {t("register.sentTitle")}
        </h1>
        <Notice color="success">{t("register.sentBody", { hours: REGISTRATION_LINK_HOURS })}</Notice>
        <p className="ds-paragraph">{t("register.sentHelp")}</p>
        <p className="ds-paragraph">
          <Link to="/logga-in" className="ds-link">
            {t("invite.signInLink")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle failed={Boolean(errors)} text={t("register.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("register.title")}
      </h1>
      <p className="ds-paragraph">{t("register.lead")}</p>
      <p className="ds-paragraph">{t("register.when")}</p>
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
        <TextField name="email" type="email" label={t("register.email")} hint={t("register.emailHint")} autoComplete="email" defaultValue={v.email} error={errors?.email} />
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
