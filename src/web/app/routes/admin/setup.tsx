/**
 * /forsta-start?token=…: the one-time setup link the server prints while no administrator
 * exists. Creates the first administrator and signs them in.
 */
import { redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { sessionCookie } from "#src/web/edge/cookies.ts";
import { setupSchema, type SetupError } from "#src/application/admin/index.ts";
import type { MessageKey } from "#src/text/index.ts";
import { formValues, parseForm, type FieldErrors, type FormFailure } from "#src/web/app/lib/forms.ts";
import { requestMeta, requestState, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return { token, usable: await services(context).administration.firstRun.setupLinkUsable(token) };
}

const ERRORS: Record<SetupError, [string, MessageKey]> = {
  invalid: ["form", "appl.error.form"],
  weak_password: ["password", "setup.error.weak_password"],
  email_taken: ["email", "setup.error.email_taken"],
  link_invalid: ["form", "setup.error.link_invalid"],
  already_set_up: ["form", "setup.error.already_set_up"],
};

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const form = await request.formData();
  const parsed = parseForm(setupSchema, form, { keepOut: ["password"] });
  if (!parsed.ok) return parsed;
  const { token, ...administrator } = parsed.data;
  const state = requestState(context);
  const result = await services(context).administration.firstRun.createFirstAdministrator(token, administrator, { ...requestMeta(context), userAgent: state.userAgent });
  if (!result.ok) {
    const errors: FieldErrors = result.error === "invalid" && result.detail ? (result.detail as FieldErrors) : Object.fromEntries([ERRORS[result.error]]);
    return { ok: false, errors, values: formValues(form, ["_csrf", "password"]) };
  }
  return redirect("/start", { headers: { "Set-Cookie": sessionCookie(result.value.sessionToken, result.value.expiresAt, state.secureCookies) } });
}

export default function Setup() {
  const t = useT();
  const { token, usable } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const e = failure?.errors;
  const v = failure?.values ?? {};
  return (
    <>
      <PageTitle failed={Boolean(e)} text={t(usable ? "setup.title" : "setup.invalid.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t(usable ? "setup.title" : "setup.invalid.title")}
      </h1>
      {!usable ? (
        <Notice color="warning">{t("setup.invalid.body")}</Notice>
      ) : (
        <>
          <p className="ds-paragraph">{t("setup.lead")}</p>
          <p className="ds-paragraph">{t("setup.linkNote")}</p>
          <PostForm className="sv-form">
            <ErrorSummary errors={e} labels={{ name: "setup.name", email: "setup.email", department: "setup.department", password: "setup.password" }} />
            <input type="hidden" name="token" value={token} />
            <TextField name="name" label={t("setup.name")} autoComplete="name" defaultValue={v.name} error={e?.name} />
            <TextField name="email" type="email" label={t("setup.email")} autoComplete="username" defaultValue={v.email} error={e?.email} />
            <TextField name="department" label={t("setup.department")} hint={t("setup.departmentHint")} autoComplete="organization" defaultValue={v.department} error={e?.department} />
            <TextField name="password" type="password" label={t("setup.password")} hint={t("setup.passwordHint")} autoComplete="new-password" error={e?.password} />
            <div>
              <SubmitButton>{t("setup.submit")}</SubmitButton>
            </div>
          </PostForm>
        </>
      )}
    </>
  );
}
