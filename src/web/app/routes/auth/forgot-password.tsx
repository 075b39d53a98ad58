import { useActionData, type ActionFunctionArgs } from "react-router";
import { passwordResetRequestSchema } from "#src/application/auth/index.ts";
import { parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { requestMeta, serverT, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** Works without JavaScript and ships none. */
export const handle = NO_CLIENT_CODE;

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | { ok: true }> {
  const parsed = parseForm(passwordResetRequestSchema, await request.formData());
  if (!parsed.ok) return parsed;
  const t = serverT(context);
  const svc = services(context);
  await svc.auth.requestPasswordReset(
    parsed.data.email,
    { passwordResetSubject: t("forgot.mailSubject"), passwordResetBody: (link, minutes) => t("forgot.mailBody", { link, minutes }) },
    requestMeta(context),
  );
  svc.nudgeMail();
  return { ok: true };
}

export default function ForgotPassword() {
  const t = useT();
  const result = useActionData<typeof action>();
  const failure = result && !result.ok ? result : undefined;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t("forgot.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("forgot.title")}
      </h1>
      {result?.ok ? (
        <Notice color="success">{t("forgot.sent")}</Notice>
      ) : (
        <>
          <p className="ds-paragraph">{t("forgot.lead")}</p>
          <PostForm className="sv-form">
            <ErrorSummary errors={failure?.errors} labels={{ email: "signIn.email" }} />
            <TextField name="email" type="email" label={t("signIn.email")} autoComplete="email" defaultValue={failure?.values.email} error={failure?.errors.email} />
            <div>
              <SubmitButton>{t("forgot.submit")}</SubmitButton>
            </div>
          </PostForm>
        </>
      )}
    </>
  );
}
