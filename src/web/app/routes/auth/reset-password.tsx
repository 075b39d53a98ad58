import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { passwordResetSchema } from "#src/application/auth/index.ts";
import { parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { requestMeta, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** Works without JavaScript and ships none. */
export const handle = NO_CLIENT_CODE;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const usable = token.length > 0 && token.length <= 200 && (await services(context).auth.isResetTokenUsable(token));
  return { token: usable ? token : null };
}

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | { ok: false; invalidLink: true } | Response> {
  const parsed = parseForm(passwordResetSchema, await request.formData(), { keepOut: ["password", "confirm"] });
  if (!parsed.ok) return parsed;
  const result = await services(context).auth.resetPassword(parsed.data.token, parsed.data.password, requestMeta(context));
  if (!result.ok) {
    if (result.error === "weak_password") return { ok: false, errors: { password: "reset.error.tooShort" }, values: { token: parsed.data.token } };
    return { ok: false, invalidLink: true };
  }
  return redirect("/logga-in?meddelande=losenord-bytt");
}

export default function ResetPassword() {
  const t = useT();
  const { token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = result && "errors" in result ? result : undefined;
  const invalid = !token || (result && "invalidLink" in result);
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t("reset.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("reset.title")}
      </h1>
      {invalid ? (
        <>
          <Notice color="warning">{t("reset.invalidLink")}</Notice>
          <p>
            <Link to="/glomt-losenord" className="ds-link">
              {t("reset.requestNew")}
            </Link>
          </p>
        </>
      ) : (
        <PostForm className="sv-form">
          <ErrorSummary errors={failure?.errors} labels={{ password: "reset.password", confirm: "reset.confirm" }} />
          <input type="hidden" name="token" value={token} />
          <TextField name="password" type="password" label={t("reset.password")} hint={t("reset.passwordHint")} autoComplete="new-password" error={failure?.errors.password} />
          <TextField name="confirm" type="password" label={t("reset.confirm")} autoComplete="new-password" error={failure?.errors.confirm} />
          <div>
            <SubmitButton>{t("reset.submit")}</SubmitButton>
          </div>
        </PostForm>
      )}
    </>
  );
}
