import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { processInvitationSchema } from "#src/application/collaboration/index.ts";
import { formatDate, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, serverT, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { processInvitationMail } from "./process-invite-mail.ts";
import { ProcessNav } from "./process-nav.tsx";
import { SelectField } from "./select-field.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/parter: the organisations that are parties to the process; in a
 * process the city started, its case staff invite organisations into it, registered ones or by
 * e-mail. The invitation's link is in the recipient's mail only (kept as a secret of the outbox).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).cityProcesses.parties(actor, params.caseId ?? "");
  if (!view) notFound();
  return view;
}

type Failure = FormFailure & { intent: string };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "email");
  const parsed = parseForm(processInvitationSchema, form);
  if (!parsed.ok) return { ...parsed, intent };
  const result = await services(context).cityProcesses.invite(actor, caseId, parsed.data, processInvitationMail(serverT(context)), requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    const errors = (result.error === "invalid" || result.error === "no_users" ? (result.detail ?? { form: "appl.error.form" }) : { form: result.error === "closed" ? "invitep.error.closed" : "invitep.notCity" }) as Record<string, MessageKey>;
    return { ok: false, errors, values: formValues(form), intent };
  }
  return redirect(`/arenden/${caseId}/process/parter?inbjudna=${result.value.sent}`);
}

export default function ProcessParties() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as Failure | undefined;
  const [params] = useSearchParams();
  const now = Date.now();
  const registered = failure?.intent === "registered" ? failure : undefined;
  const byEmail = failure && failure.intent !== "registered" ? failure : undefined;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("invitep.title")}: ${data.title}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${data.caseId}`}>
          {t("process.backToCase", { title: data.title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("invitep.title")}
      </h1>
      <ProcessNav caseId={data.caseId} />
      {params.get("startad") && !failure && <Notice color="success">{t("initiate.started")}</Notice>}
      {params.get("inbjudna") && params.get("inbjudna") !== "0" && !failure && <Notice color="success">{t("invitep.sent", { count: params.get("inbjudna")! })}</Notice>}
      {params.get("inbjudna") === "0" && !failure && <Notice>{t("invitep.alreadyInvited")}</Notice>}
      <p className="ds-paragraph">{t("invitep.lead")}</p>

      <h2 className="ds-heading" data-size="sm">
        {t("invitep.parties")}
      </h2>
      {data.parties.length === 0 ? (
        <p className="ds-paragraph">{t("invitep.noParties")}</p>
      ) : (
        <ul className="ds-list">
          {data.parties.map((p) => (
            <li key={p.organisationId}>{p.name}</li>
          ))}
        </ul>
      )}
      {!data.cityInitiated && data.invitations !== null && <p className="ds-paragraph">{t("invitep.notCity")}</p>}

      {data.mayInvite && (
        <>
          <section aria-labelledby="invite-registered">
            <h2 className="ds-heading" data-size="sm" id="invite-registered">
              {t("invitep.registered")}
            </h2>
            <p className="ds-paragraph">{t("invitep.registeredHint")}</p>
            <PostForm className="sv-form" aria-label={t("invitep.registered")}>
              <ErrorSummary errors={registered?.errors} labels={{ organisationId: "invitep.field.organisation" }} />
              <input type="hidden" name="intent" value="registered" />
              <SelectField
                name="organisationId"
                label={t("invitep.field.organisation")}
                error={registered?.errors.organisationId}
                value={registered?.values.organisationId ?? ""}
                options={[{ value: "", label: t("invitep.field.organisationChoose") }, ...data.organisations.map((o) => ({ value: o.id, label: o.orgNumber ? `${o.name} (${o.orgNumber})` : o.name }))]}
              />
              <div>
                <SubmitButton>{t("invitep.submitRegistered")}</SubmitButton>
              </div>
            </PostForm>
          </section>
          <section aria-labelledby="invite-email">
            <h2 className="ds-heading" data-size="sm" id="invite-email">
              {t("invitep.byEmail")}
            </h2>
            <p className="ds-paragraph">{t("invitep.byEmailHint")}</p>
            <PostForm className="sv-form" aria-label={t("invitep.byEmail")}>
              <ErrorSummary errors={byEmail?.errors} labels={{ organisationName: "invitep.field.organisationName", email: "invitep.field.email" }} />
              <input type="hidden" name="intent" value="email" />
              <TextField name="organisationName" label={t("invitep.field.organisationName")} defaultValue={byEmail?.values.organisationName} error={byEmail?.errors.organisationName} />
              <TextField name="email" type="email" label={t("invitep.field.email")} defaultValue={byEmail?.values.email} error={byEmail?.errors.email} autoComplete="off" />
              <div>
                <SubmitButton>{t("invitep.submitEmail")}</SubmitButton>
              </div>
            </PostForm>
          </section>
        </>
      )}

      {data.invitations && data.invitations.length > 0 && (
        <>
          <h2 className="ds-heading" data-size="sm" id="invitations">
            {t("invitep.invitations")}
          </h2>
          <div className="sv-table-wrap">
            <table className="ds-table" data-border>
              <caption className="sv-visually-hidden">{t("invitep.invitations")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("invitep.col.organisation")}</th>
                  <th scope="col">{t("invitep.col.email")}</th>
                  <th scope="col">{t("invitep.col.sent")}</th>
                  <th scope="col">{t("invitep.col.state")}</th>
                </tr>
              </thead>
              <tbody>
                {data.invitations.map((i) => (
                  <tr key={i.id}>
                    <td>{i.organisationName}</td>
                    <td>{i.email}</td>
                    <td>{formatDate(new Date(i.createdAt), locale)}</td>
                    <td>{t(i.acceptedAt ? "invitep.state.used" : new Date(i.expiresAt).getTime() <= now ? "invitep.state.expired" : "invitep.state.usable")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
