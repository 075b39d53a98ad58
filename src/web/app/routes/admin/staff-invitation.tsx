/** /personal/inbjudan?token=…: a member of staff accepts the invitation by choosing a password, and is signed in. */
import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { sessionCookie } from "#src/web/edge/cookies.ts";
import { staffAcceptanceSchema, type AcceptError } from "#src/application/admin/index.ts";
import type { MessageKey } from "#src/text/index.ts";
import { parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { requestMeta, requestState, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const { state, invitation, committees } = await services(context).administration.staff.invitation(token);
  return {
    token,
    state,
    invitation: invitation && state === "open" ? { name: invitation.name, email: invitation.email, role: invitation.role, department: invitation.department, invitedByName: invitation.invitedByName, committees } : null,
  };
}

const ERRORS: Record<AcceptError, MessageKey> = {
  unknown: "staffInvite.state.unknown",
  expired: "staffInvite.state.expired",
  used: "staffInvite.state.used",
  revoked: "staffInvite.state.revoked",
  weak_password: "staffInvite.error.weak_password",
  email_taken: "staffInvite.error.email_taken",
};

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const parsed = parseForm(staffAcceptanceSchema, await request.formData(), { keepOut: ["password"] });
  if (!parsed.ok) return parsed;
  const state = requestState(context);
  const result = await services(context).administration.staff.accept(parsed.data.token, { password: parsed.data.password }, { ...requestMeta(context), userAgent: state.userAgent });
  if (!result.ok) return { ok: false, errors: { [result.error === "weak_password" ? "password" : "form"]: ERRORS[result.error] }, values: { token: parsed.data.token } };
  return redirect("/start", { headers: { "Set-Cookie": sessionCookie(result.value.sessionToken, result.value.expiresAt, state.secureCookies) } });
}

export default function StaffInvitation() {
  const t = useT();
  const locale = useLocale();
  const { token, state, invitation } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const e = failure?.errors;
  return (
    <>
      <PageTitle failed={Boolean(e)} text={t("staffInvite.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("staffInvite.title")}
      </h1>
      {!invitation ? (
        <>
          <Notice color="warning">{t(state === "open" ? "staffInvite.state.unknown" : (`staffInvite.state.${state}` as MessageKey))}</Notice>
          {state === "used" && (
            <p className="ds-paragraph">
              <Link to="/logga-in" className="ds-link">
                {t("nav.signIn")}
              </Link>
            </p>
          )}
        </>
      ) : (
        <>
          <p className="ds-paragraph">{t("staffInvite.lead", { role: t(`role.${invitation.role}`) })}</p>
          <dl className="sv-dl">
            <dt>{t("staffInvite.who")}</dt>
            <dd>
              {invitation.name}, {invitation.email} ({invitation.department})
            </dd>
            {invitation.committees.length > 0 && (
              <>
                <dt>{t("staffInvite.committees")}</dt>
                <dd>{invitation.committees.map((c) => `${locale === "en" && c.nameEn ? c.nameEn : c.nameSv} (${c.code})`).join(", ")}</dd>
              </>
            )}
            {invitation.invitedByName && (
              <>
                <dt>{t("staffInvite.invitedBy")}</dt>
                <dd>{invitation.invitedByName}</dd>
              </>
            )}
          </dl>
          <PostForm className="sv-form">
            <ErrorSummary errors={e} labels={{ password: "staffInvite.password" }} />
            <input type="hidden" name="token" value={token} />
            {/* The address, for password managers: they store the password under it. */}
            <input type="hidden" name="username" autoComplete="username" value={invitation.email} />
            <TextField name="password" type="password" label={t("staffInvite.password")} hint={t("setup.passwordHint")} autoComplete="new-password" error={e?.password} />
            <div>
              <SubmitButton>{t("staffInvite.submit")}</SubmitButton>
            </div>
          </PostForm>
        </>
      )}
    </>
  );
}
