import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { sessionCookie } from "../../../server/cookies.ts";
import { parseForm, type FormFailure } from "../../lib/forms.ts";
import { notFound, requestMeta, requestState, services } from "../../lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "../../ui/form.tsx";
import { useRoot, useT } from "../../ui/i18n.tsx";
import { LABELS, OrganisationFieldset, organisationFields, personFields, SERVICE_ERRORS } from "../../ui/organisation-fields.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const { state, invitation } = await services(context).organisations.invitation(token);
  const actor = requestState(context).actor;
  return {
    token,
    state,
    invitation: invitation && {
      invitedByName: invitation.invitedByName,
      invitingOrganisationName: invitation.invitingOrganisationName,
      organisationName: invitation.organisationName,
      email: invitation.email,
      caseTitle: invitation.caseTitle,
      isCoApplicant: invitation.caseId !== null,
    },
    canAcceptForOrganisation: actor?.role === "aktor" && invitation?.caseId != null && invitation.invitingOrganisationId !== actor.organisationId,
  };
}

const newAccount = z.object({ intent: z.literal("account"), token: z.string().min(1), ...personFields });
const newOrganisation = newAccount.extend(organisationFields);

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const formData = await request.formData();
  const token = String(formData.get("token") ?? "");
  const svc = services(context).organisations;
  const meta = requestMeta(context);
  if (formData.get("intent") === "organisation") {
    const actor = requestState(context).actor;
    if (!actor) notFound();
    const result = await svc.acceptForOrganisation(actor, token, meta);
    if (!result.ok) return { ok: false, errors: { form: `invite.${result.error}` }, values: {} };
    return redirect(`/arenden/${result.value.caseId}`);
  }
  const { invitation } = await svc.invitation(token);
  const parsed = parseForm(invitation?.caseId ? newOrganisation : newAccount, formData, ["password"]);
  if (!parsed.ok) return parsed;
  const result = await svc.accept(token, parsed.data, meta);
  if (!result.ok) {
    const [field, message] =
      result.error === "expired" || result.error === "used" || result.error === "unknown" ? ["form", `invite.${result.error}` as const] : (SERVICE_ERRORS[result.error] ?? ["form", "contact.error.form"]);
    const { password: _password, ...values } = parsed.data as Record<string, string>;
    return { ok: false, errors: { [field]: message }, values };
  }
  return redirect("/start", { headers: { "Set-Cookie": sessionCookie(result.value.sessionToken, result.value.expiresAt, requestState(context).secureCookies) } });
}

export default function Invitation() {
  const t = useT();
  const { actor } = useRoot();
  const { token, state, invitation, canAcceptForOrganisation } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const errors = failure?.errors;
  const v = failure?.values ?? {};
  const usable = state === "usable" && invitation;
  return (
    <>
      <title>{`${errors ? t("common.errorTitlePrefix") : ""}${t("invite.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("invite.title")}
      </h1>
      {!usable ? (
        <>
          <Notice color="warning">{t(state === "expired" ? "invite.expired" : state === "used" ? "invite.used" : "invite.unknown")}</Notice>
          {state === "used" && (
            <p className="ds-paragraph">
              <Link to="/logga-in" className="ds-link">
                {t("invite.signInLink")}
              </Link>
            </p>
          )}
        </>
      ) : (
        <>
          <p className="ds-paragraph" data-size="lg">
            {invitation.isCoApplicant
              ? t("invite.coApplicantLead", { inviter: invitation.invitedByName, organisation: invitation.invitingOrganisationName, invited: invitation.organisationName, email: invitation.email, case: invitation.caseTitle ?? "" })
              : t("invite.memberLead", { inviter: invitation.invitedByName, organisation: invitation.invitingOrganisationName, email: invitation.email })}
          </p>
          <ErrorSummary errors={errors} labels={LABELS} />
          {canAcceptForOrganisation && actor && (
            <PostForm className="sv-form" aria-label={t("invite.acceptForOrg", { organisation: actor.organisationName })}>
              <p className="ds-paragraph">{t("invite.signedInLead", { name: actor.name, organisation: actor.organisationName })}</p>
              <input type="hidden" name="intent" value="organisation" />
              <input type="hidden" name="token" value={token} />
              <div>
                <SubmitButton>{t("invite.acceptForOrg", { organisation: actor.organisationName })}</SubmitButton>
              </div>
            </PostForm>
          )}
          {!actor && (
            <PostForm className="sv-form" reloadDocument aria-label={t("invite.acceptTitle")}>
              <h2 className="ds-heading" data-size="sm">
                {t("invite.acceptTitle")}
              </h2>
              <input type="hidden" name="intent" value="account" />
              <input type="hidden" name="token" value={token} />
              {invitation.isCoApplicant && <OrganisationFieldset values={{ organisationName: invitation.organisationName, ...v }} errors={errors} />}
              <TextField name="name" label={t("register.name")} autoComplete="name" defaultValue={v.name} error={errors?.name} />
              <TextField name="password" type="password" label={t("register.password")} hint={t("register.passwordHint")} autoComplete="new-password" error={errors?.password} />
              <div>
                <SubmitButton>{t("invite.submit")}</SubmitButton>
              </div>
            </PostForm>
          )}
        </>
      )}
    </>
  );
}
