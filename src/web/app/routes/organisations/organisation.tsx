import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { memberInvitationSchema } from "#src/application/organisations/index.ts";
import { formatDate } from "#src/text/index.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, serverT, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { invitationMail } from "./invite-mail.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const overview = await services(context).organisations.overview(actor);
  if (!overview) notFound();
  const now = Date.now();
  return {
    ...overview,
    invitations: overview.invitations.map((i) => ({ ...i, state: i.acceptedAt ? ("used" as const) : new Date(i.expiresAt).getTime() <= now ? ("expired" as const) : ("usable" as const) })),
  };
}

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const formData = await request.formData();
  const parsed = parseForm(memberInvitationSchema, formData);
  if (!parsed.ok) return parsed;
  const result = await services(context).organisations.invite(actor, parsed.data, invitationMail(serverT(context)), requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    return { ok: false, errors: { email: "org.error.email" }, values: formValues(formData) };
  }
  return redirect("/organisation?inbjuden=1");
}

export default function Organisation() {
  const t = useT();
  const locale = useLocale();
  const { organisation, members, invitations } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [params] = useSearchParams();
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t("org.title")} />
      <h1 className="ds-heading" data-size="lg">
        {organisation.name}
      </h1>
      {params.get("inbjuden") === "1" && !failure && <Notice color="success">{t("org.inviteSent")}</Notice>}
      <h2 className="ds-heading" data-size="sm">
        {t("org.facts")}
      </h2>
      <dl className="sv-facts">
        <dt>{t("org.name")}</dt>
        <dd>{organisation.name}</dd>
        <dt>{t("org.actorType")}</dt>
        <dd>{organisation.actorType ? t(`actorType.${organisation.actorType}`) : t("crequests.notSet")}</dd>
        <dt>{t("org.orgNumber")}</dt>
        <dd>{organisation.orgNumber ?? t("crequests.notSet")}</dd>
      </dl>
      <h2 className="ds-heading" data-size="sm">
        {t("org.members")}
      </h2>
      <ul className="ds-list">
        {members.map((m) => (
          <li key={m.id}>
            {m.name} ({m.email})
          </li>
        ))}
      </ul>
      <h2 className="ds-heading" data-size="sm">
        {t("org.inviteMember")}
      </h2>
      <p className="ds-paragraph">{t("org.inviteMemberLead")}</p>
      <PostForm className="sv-form" aria-label={t("org.inviteMember")}>
        <ErrorSummary errors={failure?.errors} labels={{ email: "org.inviteEmail" }} />
        <TextField name="email" type="email" label={t("org.inviteEmail")} autoComplete="off" defaultValue={failure?.values.email} error={failure?.errors.email} />
        <div>
          <SubmitButton>{t("org.inviteSubmit")}</SubmitButton>
        </div>
      </PostForm>
      <p className="ds-paragraph">{t("org.coApplicantHint")}</p>
      <h2 className="ds-heading" data-size="sm">
        {t("org.invitations")}
      </h2>
      {invitations.length === 0 ? (
        <p className="ds-paragraph">{t("org.noInvitations")}</p>
      ) : (
        <div className="sv-table-wrap" tabIndex={0}>
          <table className="ds-table" data-border>
            <caption>{t("org.invitations")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("org.invitee")}</th>
                <th scope="col">{t("org.case")}</th>
                <th scope="col">{t("org.sentAt")}</th>
                <th scope="col">{t("org.state")}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((i) => (
                <tr key={i.id}>
                  <td>
                    {i.caseId ? `${i.organisationName}, ` : ""}
                    {i.email}
                  </td>
                  <td>{i.caseTitle ?? ""}</td>
                  <td>{formatDate(new Date(i.createdAt), locale)}</td>
                  <td>{t(`org.state.${i.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
