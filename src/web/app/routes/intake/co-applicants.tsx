import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { coApplicantInvitationSchema } from "#src/application/organisations/index.ts";
import { formatDate } from "#src/text/index.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, serverT, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { invitationMail } from "../organisations/invite-mail.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** /ansokan/:caseId/medsokande: the lead applicant invites co-applicant organisations. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).organisations.coApplicants(actor, params.caseId ?? "");
  if (!view) notFound();
  return view;
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const formData = await request.formData();
  const parsed = parseForm(coApplicantInvitationSchema, formData);
  if (!parsed.ok) return parsed;
  const result = await services(context).organisations.invite(actor, { ...parsed.data, caseId }, invitationMail(serverT(context)), requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    return { ok: false, errors: { email: "org.error.email" }, values: formValues(formData) };
  }
  return redirect(`/ansokan/${caseId}/medsokande?inbjuden=1`);
}

export default function CoApplicants() {
  const t = useT();
  const locale = useLocale();
  const { caseId, title, parties, invitations } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [params] = useSearchParams();
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("coapp.title")} – ${title}`} />
      <h1 className="ds-heading" data-size="lg">
        {t("coapp.title")}
      </h1>
      <p className="ds-paragraph">{title}</p>
      {params.get("inbjuden") === "1" && !failure && <Notice color="success">{t("org.inviteSent")}</Notice>}
      <h2 className="ds-heading" data-size="sm">
        {t("coapp.parties")}
      </h2>
      <ul className="ds-list">
        {parties.map((p) => (
          <li key={p.organisationId}>
            {p.name} – {t(`coapp.role.${p.role}`)}
          </li>
        ))}
      </ul>
      <p className="ds-paragraph">{t("coapp.lead")}</p>
      <PostForm className="sv-form" aria-label={t("coapp.title")}>
        <ErrorSummary errors={failure?.errors} labels={{ organisationName: "coapp.organisationName", email: "coapp.email" }} />
        <TextField name="organisationName" label={t("coapp.organisationName")} defaultValue={failure?.values.organisationName} error={failure?.errors.organisationName} />
        <TextField name="email" type="email" label={t("coapp.email")} autoComplete="off" defaultValue={failure?.values.email} error={failure?.errors.email} />
        <div>
          <SubmitButton>{t("org.inviteSubmit")}</SubmitButton>
        </div>
      </PostForm>
      {invitations.length > 0 && (
        <>
          <h2 className="ds-heading" data-size="sm">
            {t("org.invitations")}
          </h2>
          <ul className="ds-list">
            {invitations.map((i) => (
              <li key={i.id}>
                {i.organisationName}, {i.email} – {formatDate(new Date(i.createdAt), locale)} – {t(i.acceptedAt ? "org.state.used" : "org.state.usable")}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="ds-paragraph">
        <Link to={`/arenden/${caseId}`} className="ds-link">
          {t("coapp.back")}
        </Link>
      </p>
    </>
  );
}
