import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { sessionCookie } from "#src/web/edge/cookies.ts";
import { registrationConfirmationSchema } from "#src/application/organisations/index.ts";
import { parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { requestMeta, requestState, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** Works without JavaScript and ships none. */
export const handle = NO_CLIENT_CODE;

/**
 * The link in the registration mail. Opening it changes nothing (mail scanners open links);
 * the account is created when its owner presses the button.
 */
const CONFIRM_ERRORS = {
  email_taken: "register.error.emailTaken",
  expired: "register.confirm.expired",
  used: "register.confirm.used",
  unknown: "register.confirm.unknown",
} as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (requestState(context).actor) throw redirect("/start");
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const found = await services(context).organisations.registration(token);
  return { token, ...found };
}

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const parsed = parseForm(registrationConfirmationSchema, await request.formData());
  const token = parsed.ok ? parsed.data.token : "";
  const result = await services(context).organisations.confirmRegistration(token, { ...requestMeta(context) });
  if (!result.ok) return { ok: false, errors: { form: CONFIRM_ERRORS[result.error] }, values: {} };
  return redirect("/start", { headers: { "Set-Cookie": sessionCookie(result.value.sessionToken, result.value.expiresAt, requestState(context).secureCookies) } });
}

export default function RegisterConfirm() {
  const t = useT();
  const { token, state, organisationName, email } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const errors = failure?.errors;
  return (
    <>
      <PageTitle failed={Boolean(errors)} text={t("register.confirm.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("register.confirm.title")}
      </h1>
      {state !== "usable" ? (
        <>
          <Notice color="warning">{t(state === "expired" ? "register.confirm.expired" : state === "used" ? "register.confirm.used" : "register.confirm.unknown")}</Notice>
          <p className="ds-paragraph">
            <Link to={state === "used" ? "/logga-in" : "/registrera"} className="ds-link">
              {state === "used" ? t("invite.signInLink") : t("register.link")}
            </Link>
          </p>
        </>
      ) : (
        <PostForm className="sv-form" reloadDocument>
          <ErrorSummary errors={errors} />
          <p className="ds-paragraph" data-size="lg">
            {t("register.confirm.lead", { organisation: organisationName ?? "", email: email ?? "" })}
          </p>
          <input type="hidden" name="token" value={token} />
          <div>
            <SubmitButton>{t("register.confirm.submit")}</SubmitButton>
          </div>
        </PostForm>
      )}
    </>
  );
}
