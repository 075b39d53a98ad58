import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { submissionSchema } from "#src/application/intake/index.ts";
import { parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requestState, requireActor, serverT, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { ApplicationAnswers, PartCounter, partHref, partsFor, StepNav } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** /ansokan/:caseId/granska: check your answers, then submit (once). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).applications.view(actor, params.caseId ?? "");
  if (!view) notFound();
  return { view, parts: partsFor(view, requestState(context).locale) };
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const confirmed = parseForm(submissionSchema, await request.formData());
  if (!confirmed.ok) return { ...confirmed, values: {} };
  const t = serverT(context);
  const result = await services(context).applications.submit(
    actor,
    caseId,
    {
      receiptSubject: (label) => t("appl.mail.receiptSubject", { label }),
      receiptBody: (args) => t("appl.mail.receiptBody", args),
      staffSubject: (label) => t("appl.mail.staffSubject", { label }),
      staffBody: (args) => t("appl.mail.staffBody", args),
    },
    requestMeta(context),
  );
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    if (result.error === "not_allowed") return { ok: false, errors: { form: "appl.review.onlyLead" }, values: {} };
    return { ok: false, errors: { form: "appl.error.incomplete" }, values: {} };
  }
  return redirect(`/ansokan/${caseId}/granska?inskickad=1`);
}

export default function Review() {
  const t = useT();
  const locale = useLocale();
  const { view, parts } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [params] = useSearchParams();
  const a = view.application;
  const submitted = a.status !== "utkast";
  if (submitted && params.get("inskickad") === "1") {
    return (
      <>
        <PageTitle text={t("appl.sent.title")} />
        <div className="ds-alert" data-color="success" role="status">
          <h1 className="ds-heading" data-size="lg">
            {t("appl.sent.title")}
          </h1>
          <p className="ds-paragraph" data-size="lg">
            {a.caseNumber ? t("appl.sent.number", { number: a.caseNumber }) : t("appl.sent.noNumber")}
          </p>
        </div>
        <p className="ds-paragraph">{t("appl.sent.next")}</p>
        <p className="ds-paragraph">
          <Link to={`/arenden/${a.caseId}`} className="ds-link">
            {t("appl.toCase")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("appl.review.title")} – ${a.title}`} />
      <PartCounter parts={parts} current="granska" title={a.title} />
      <h1 className="ds-heading" data-size="lg">
        {t("appl.review.title")}
      </h1>
      <div className="sv-layout-form">
        <StepNav caseId={a.caseId} parts={parts} current="granska" />
        <div>
          {submitted ? <Notice>{t("appl.readonly")}</Notice> : <p className="ds-paragraph">{t("appl.review.lead")}</p>}
          {!submitted && view.missing.length > 0 && (
            <div className="ds-alert" data-color="warning" role="status">
              <h2 className="ds-heading" data-size="xs">
                {t("appl.review.missingTitle")}
              </h2>
              <ul className="ds-list">
                {view.missing.map((f) => (
                  <li key={f.key}>
                    <Link to={`${partHref(a.caseId, f.step)}?tillbaka=granska#field-${f.key}`} className="ds-link">
                      {t("appl.review.missing", { field: f.label[locale] })}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <h2 className="ds-heading" data-size="sm">
            {t("appl.review.parties")}
          </h2>
          <ul className="ds-list">
            {view.parties.map((p) => (
              <li key={p.organisationId}>
                {p.name} ({t(`appl.review.role.${p.role}`)})
              </li>
            ))}
          </ul>
          <ApplicationAnswers view={view} changeLinks={view.canEdit} />
          <h2 className="ds-heading" data-size="sm">
            {t("appl.review.attachments")}
          </h2>
          {view.attachments.length === 0 ? (
            <p className="ds-paragraph">{t("appl.att.none")}</p>
          ) : (
            <ul className="ds-list">
              {view.attachments.map((f) => (
                <li key={f.id}>
                  <Link to={`/arenden/${a.caseId}/bilagor/${f.id}`} reloadDocument className="ds-link">
                    {f.filename}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {!submitted && view.canSubmit && (
            <PostForm className="sv-form">
              <ErrorSummary errors={failure?.errors} labels={{ confirm: "appl.review.confirm" }} />
              <div className="sv-check">
                <input
                  className="ds-input"
                  type="checkbox"
                  id="field-confirm"
                  name="confirm"
                  value="1"
                  aria-invalid={failure?.errors.confirm ? true : undefined}
                  aria-describedby={failure?.errors.confirm ? "field-confirm-error" : undefined}
                />
                <label className="ds-label" data-weight="regular" htmlFor="field-confirm">
                  {t("appl.review.confirm")}
                </label>
              </div>
              {failure?.errors.confirm && (
                <div id="field-confirm-error" className="ds-validation-message" data-color="danger">
                  {t(failure.errors.confirm)}
                </div>
              )}
              <div>
                <SubmitButton>{t("appl.review.submit")}</SubmitButton>
              </div>
            </PostForm>
          )}
          {!submitted && !view.canSubmit && <Notice>{t("appl.review.onlyLead")}</Notice>}
        </div>
      </div>
    </>
  );
}
