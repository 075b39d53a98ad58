import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { commitmentSchema } from "#src/application/execution/index.ts";
import { can } from "#src/domain/access/policy.ts";
import { formatDate } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { COMMITMENT_LABELS, CommitmentFields } from "./commitment-fields.tsx";
import { ExecutionFrame, refusalKey } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/ataganden: which of the city's departments and companies contribute
 * what and when (seed 001), with a contact; the group and the case staff record them. The city's
 * staff also find them across processes at /ataganden.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).commitments.view(actor, params.caseId ?? "");
  if (!view) notFound();
  return { ...view, staff: can(actor, { action: "register.read" }), submissionKey: randomUUID() };
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const parsed = parseForm(commitmentSchema, form);
  if (!parsed.ok) return parsed;
  const r = await services(context).commitments.add(actor, caseId, parsed.data, requestMeta(context));
  if (r.ok) return redirect(`/arenden/${caseId}/process/ataganden?ny=1`);
  if (r.error === "not_found") notFound();
  return { ok: false, errors: (r.error === "invalid" && r.detail ? r.detail : { form: refusalKey(r.error) }) as FormFailure["errors"], values: formValues(form) };
}

export default function CommitmentsPage() {
  const t = useT();
  const locale = useLocale();
  const v = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [params] = useSearchParams();
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("execution.commitments.title")}: ${v.title}`} />
      <ExecutionFrame caseId={v.caseId} title={v.title} heading={t("execution.commitments.title")} phase={v.phase} started={v.started}>
        {params.get("ny") && !failure && <Notice color="success">{t("execution.commitments.added")}</Notice>}
        {params.get("sparad") && !failure && <Notice color="success">{t("execution.commitments.saved")}</Notice>}
        <p className="ds-paragraph">{t("execution.commitments.lead")}</p>
        {v.staff && (
          <p className="ds-paragraph">
            <Link className="ds-link" to="/ataganden">
              {t("execution.commitments.all")}
            </Link>
          </p>
        )}
        {v.commitments.length === 0 ? (
          <p className="ds-paragraph">{t("execution.commitments.none")}</p>
        ) : (
          <div className="sv-table-wrap" tabIndex={0} role="region" aria-label={t("execution.commitments.caption")}>
            <table className="ds-table">
              <caption>{t("execution.commitments.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("execution.commitments.department")}</th>
                  <th scope="col">{t("execution.commitments.contribution")}</th>
                  <th scope="col">{t("execution.commitments.period")}</th>
                  <th scope="col">{t("execution.commitments.contact")}</th>
                  <th scope="col">{t("execution.commitments.status")}</th>
                </tr>
              </thead>
              <tbody>
                {v.commitments.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      {c.department}
                      {v.may.work && (
                        <>
                          {" "}
                          <Link className="ds-link" to={`/arenden/${v.caseId}/process/ataganden/${c.id}`}>
                            {t("execution.commitments.edit")}
                            <span className="sv-visually-hidden">{` – ${c.department}`}</span>
                          </Link>
                        </>
                      )}
                    </th>
                    <td className="sv-prewrap">{c.contribution}</td>
                    <td>{t("execution.plan.periodValue", { from: formatDate(c.startsOn, locale), to: formatDate(c.endsOn, locale) })}</td>
                    <td>
                      {c.contactName}
                      {c.contactEmail && (
                        <>
                          {c.contactName ? ", " : ""}
                          <a className="ds-link" href={`mailto:${c.contactEmail}`}>
                            {c.contactEmail}
                          </a>
                        </>
                      )}
                    </td>
                    <td>{t(`execution.commitments.status.${c.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {v.may.work && (
          <section aria-labelledby="commitment-add">
            <h2 className="ds-heading" data-size="sm" id="commitment-add">
              {t("execution.commitments.add")}
            </h2>
            <ErrorSummary errors={failure?.errors} labels={COMMITMENT_LABELS} />
            <PostForm className="sv-form">
              <input type="hidden" name="submissionKey" value={failure?.values.submissionKey ?? v.submissionKey} />
              <CommitmentFields failure={failure} />
              <div>
                <SubmitButton>{t("execution.commitments.save")}</SubmitButton>
              </div>
            </PostForm>
          </section>
        )}
      </ExecutionFrame>
    </>
  );
}
