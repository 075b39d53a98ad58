import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { applicantAcceptanceSchema, memberAcceptanceSchema, organisationAcceptanceSchema } from "#src/application/organisations/index.ts";
import { sessionCookie } from "#src/web/edge/cookies.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import type { MessageKey } from "#src/text/index.ts";
import { notFound, requestMeta, requestState, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useRoot, useT } from "#src/web/app/ui/i18n.tsx";
import { LABELS, OrganisationFieldset, SERVICE_ERRORS } from "#src/web/app/ui/organisation-fields.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const { state, invitation, request: prefill } = await services(context).organisations.invitation(token);
  const actor = requestState(context).actor;
  const isApply = invitation?.contactRequestId != null;
  return {
    token,
    state,
    // An invitation to apply, from a contact request: who may accept it here, and with what.
    apply: isApply
      ? {
          prefill,
          signedInAs: actor?.role === "aktor" ? (actor.email.toLowerCase() === invitation.email.toLowerCase() ? ("invited" as const) : ("other" as const)) : actor ? ("staff" as const) : null,
          usedByMine: state === "used" && actor?.role === "aktor" && invitation.acceptedOrganisationId === actor.organisationId,
          you: actor?.email ?? null,
        }
      : null,
    invitation: invitation && {
      invitedByName: invitation.invitedByName,
      invitingOrganisationName: invitation.invitingOrganisationName,
      organisationName: invitation.organisationName,
      email: invitation.email,
      caseTitle: invitation.caseTitle,
      isCoApplicant: invitation.caseId !== null,
      // A process the city started: the invited organisation becomes a party to it, not a co-applicant.
      isCityProcess: invitation.caseId !== null && state === "usable" ? await services(context).cityProcesses.isCityProcess(invitation.caseId) : false,
    },
    canAcceptForOrganisation: actor?.role === "aktor" && invitation?.caseId != null && invitation.invitingOrganisationId !== actor.organisationId,
  };
}

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const formData = await request.formData();
  const token = String(formData.get("token") ?? "");
  const svc = services(context).organisations;
  const meta = requestMeta(context);
  const intent = formData.get("intent");
  if (intent === "apply" || intent === "applyAccount") {
    // The invitation to apply: a signed-in applicant starts the application for its own
    // organisation; someone without an account creates the organisation and the account.
    const actor = requestState(context).actor;
    const apply = services(context).applyInvitation;
    if (intent === "apply") {
      if (!actor) notFound();
      const joined = await apply.accept(token, actor, null, meta);
      if (!joined.ok) return { ok: false, errors: { form: joined.error === "other_address" || joined.error === "expired" || joined.error === "used" ? `invite.${joined.error}` : "invite.unknown" }, values: {} };
      return redirect(joined.value.caseId ? `/ansokan/${joined.value.caseId}/steg/omrade` : "/start");
    }
    const parsed = parseForm(applicantAcceptanceSchema, formData, { keepOut: ["password"] });
    if (!parsed.ok) return parsed;
    const result = await apply.accept(parsed.data.token, null, parsed.data, { ...meta, userAgent: request.headers.get("user-agent") });
    if (!result.ok) {
      const values = formValues(formData, ["_csrf", "password"]);
      const [field, message]: [string, MessageKey] =
        result.error === "expired" || result.error === "used" || result.error === "unknown"
          ? ["form", `invite.${result.error}`]
          : result.error === "email_taken"
            ? ["form", "invite.apply.emailTaken"]
            : (SERVICE_ERRORS[result.error] ?? ["form", "contact.error.form"]);
      return { ok: false, errors: { [field]: message }, values };
    }
    const session = result.value.signedIn;
    const to = result.value.caseId ? `/ansokan/${result.value.caseId}/steg/omrade` : "/start";
    return redirect(to, session ? { headers: { "Set-Cookie": sessionCookie(session.sessionToken, session.expiresAt, requestState(context).secureCookies) } } : undefined);
  }
  if (formData.get("intent") === "organisation") {
    const actor = requestState(context).actor;
    if (!actor) notFound();
    const result = await svc.acceptForOrganisation(actor, token, meta);
    if (!result.ok) return { ok: false, errors: { form: `invite.${result.error}` }, values: {} };
    return redirect(`/arenden/${result.value.caseId}`);
  }
  const { invitation } = await svc.invitation(token);
  const parsed = parseForm(invitation?.caseId ? organisationAcceptanceSchema : memberAcceptanceSchema, formData, { keepOut: ["password"] });
  if (!parsed.ok) return parsed;
  const result = await svc.accept(parsed.data.token, parsed.data, meta);
  if (!result.ok) {
    const [field, message] =
      result.error === "expired" || result.error === "used" || result.error === "unknown" ? ["form", `invite.${result.error}` as const] : (SERVICE_ERRORS[result.error] ?? ["form", "contact.error.form"]);
    return { ok: false, errors: { [field]: message }, values: formValues(formData, ["_csrf", "password"]) };
  }
  return redirect("/start", { headers: { "Set-Cookie": sessionCookie(result.value.sessionToken, result.value.expiresAt, requestState(context).secureCookies) } });
}

export default function Invitation() {
  const t = useT();
  const { actor } = useRoot();
  const { token, state, invitation, canAcceptForOrganisation, apply } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const errors = failure?.errors;
  const v = failure?.values ?? {};
  const usable = state === "usable" && invitation;
  if (apply && invitation) return <ApplyInvitationPage token={token} state={state} invitation={invitation} apply={apply} failure={failure} />;
  return (
    <>
      <PageTitle failed={Boolean(errors)} text={t("invite.title")} />
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
            {invitation.isCityProcess
              ? t("invitep.acceptLead", { inviter: invitation.invitedByName, organisation: invitation.invitingOrganisationName, invited: invitation.organisationName, email: invitation.email, case: invitation.caseTitle ?? "" })
              : invitation.isCoApplicant
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
              {/* The account's user name, for password managers to save with the new password (WCAG 3.3.8). */}
              <input type="hidden" name="username" autoComplete="username" value={invitation.email} />
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

/** The invitation to apply, from a contact request. */
function ApplyInvitationPage({
  token,
  state,
  invitation,
  apply,
  failure,
}: {
  token: string;
  state: string;
  invitation: { invitedByName: string; email: string };
  apply: { prefill: { name: string; organisationName: string | null; actorType: string | null } | null; signedInAs: "invited" | "other" | "staff" | null; usedByMine: boolean; you: string | null };
  failure: FormFailure | undefined;
}) {
  const t = useT();
  const { actor } = useRoot();
  const errors = failure?.errors;
  const v = failure?.values ?? {};
  const prefill = apply.prefill;
  const next = `/inbjudan?token=${encodeURIComponent(token)}`;
  return (
    <>
      <PageTitle failed={Boolean(errors)} text={t("invite.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("invite.title")}
      </h1>
      {apply.usedByMine && actor ? (
        <>
          <ErrorSummary errors={errors} labels={LABELS} />
          <p className="ds-paragraph">{t("invite.apply.usedMine")}</p>
          <PostForm className="sv-form" aria-label={t("invite.apply.continue")}>
            <input type="hidden" name="intent" value="apply" />
            <input type="hidden" name="token" value={token} />
            <div>
              <SubmitButton>{t("invite.apply.continue")}</SubmitButton>
            </div>
          </PostForm>
        </>
      ) : state !== "usable" || !prefill ? (
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
            {t("invite.apply.lead", { inviter: invitation.invitedByName, email: invitation.email })}
          </p>
          <ErrorSummary errors={errors} labels={LABELS} />
          {apply.signedInAs === "staff" && <Notice color="warning">{t("invite.apply.staff")}</Notice>}
          {apply.signedInAs === "other" && actor && <Notice color="warning">{t("invite.apply.otherAddress", { email: invitation.email, you: apply.you ?? "" })}</Notice>}
          {apply.signedInAs === "invited" && actor && (
            <PostForm className="sv-form" aria-label={t("invite.apply.start", { organisation: actor.organisationName })}>
              <p className="ds-paragraph">{t("invite.apply.signedIn", { name: actor.name, organisation: actor.organisationName })}</p>
              <input type="hidden" name="intent" value="apply" />
              <input type="hidden" name="token" value={token} />
              <div>
                <SubmitButton>{t("invite.apply.start", { organisation: actor.organisationName })}</SubmitButton>
              </div>
            </PostForm>
          )}
          {!actor && (
            <>
              <p className="ds-paragraph">{t("invite.apply.how", { inviter: invitation.invitedByName })}</p>
              <PostForm className="sv-form" reloadDocument aria-label={t("invite.apply.accountTitle")}>
                <h2 className="ds-heading" data-size="sm">
                  {t("invite.apply.accountTitle")}
                </h2>
                <input type="hidden" name="intent" value="applyAccount" />
                <input type="hidden" name="token" value={token} />
                <OrganisationFieldset values={{ organisationName: prefill.organisationName ?? "", actorType: prefill.actorType ?? "", ...v }} errors={errors} />
                <TextField name="name" label={t("register.name")} autoComplete="name" defaultValue={v.name ?? prefill.name} error={errors?.name} />
                <p className="ds-paragraph">{t("invite.apply.emailLine", { email: invitation.email })}</p>
                <input type="hidden" name="username" autoComplete="username" value={invitation.email} />
                <TextField name="password" type="password" label={t("register.password")} hint={t("register.passwordHint")} autoComplete="new-password" error={errors?.password} />
                <div>
                  <SubmitButton>{t("invite.apply.submit")}</SubmitButton>
                </div>
              </PostForm>
              <p className="ds-paragraph">
                <Link to={`/logga-in?next=${encodeURIComponent(next)}`} className="ds-link">
                  {t("invite.apply.haveAccount")}
                </Link>
              </p>
            </>
          )}
        </>
      )}
    </>
  );
}
