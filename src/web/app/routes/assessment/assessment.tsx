import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { isCaseStatus } from "#src/domain/case/lifecycle.ts";
import { assessmentActionSchema } from "#src/application/assessment/index.ts";
import { CRITERION_RATINGS, RECOMMENDATIONS } from "#src/domain/process-type/definition.ts";
import { formValues, parseForm, type FieldErrors, type FormFields } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { HandlingHeader } from "#src/web/app/ui/handling-header.tsx";
import { caseStatusKey, refusalKey } from "../committee/shared.ts";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  // The assessment, and (shown during assessment) other processes in the same place at the same time.
  const page = await services(context).assessment.page(actor, params.caseId ?? "");
  if (!page) notFound();
  return { ...page, caseId: page.case.id };
}

type ActionResult = { ok: false; errors: FieldErrors; values: Record<string, string> };

/** The schema's input from the page's fields: each criterion's `rating.<key>`, `justification.<key>` and `evidence.<key>` by its key. */
function readAssessment(fields: FormFields): Record<string, unknown> {
  const ratings: Record<string, Record<string, string | undefined>> = {};
  for (const name of fields.names()) {
    const [, part, key] = /^(rating|justification|evidence)\.(.+)$/.exec(name) ?? [];
    if (part && key) (ratings[key] ??= {})[part] = fields.value(name);
  }
  const [intent, recommendation, recommendationText, proposedAmountSek] = ["intent", "recommendation", "recommendationText", "proposedAmountSek"].map((name) => fields.value(name));
  return { intent, ratings, recommendation, recommendationText, proposedAmountSek };
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<ActionResult | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const svc = services(context).assessment;
  const form = await request.formData();
  const meta = requestMeta(context);
  const values = formValues(form);
  const parsed = parseForm(assessmentActionSchema, form, { read: readAssessment });
  if (!parsed.ok) {
    // The amount is shown by its field; anything else the form could not read (a text too long,
    // a value no button gives) is one problem of the whole form, as the criteria have no messages of their own.
    const { proposedAmountSek, ...rest } = parsed.errors;
    return { ok: false, errors: { ...(proposedAmountSek ? { proposedAmountSek } : {}), ...(Object.keys(rest).length ? { form: "assessment.error.invalid" } : {}) }, values };
  }
  const data = parsed.data;

  if (data.intent !== "save") {
    const r = await svc.step(actor, caseId, data.intent, meta);
    if (!r.ok) {
      if (r.error === "not_found") notFound();
      return { ok: false, errors: { form: refusalKey(r.error) }, values };
    }
    return redirect(`/handlaggning/${caseId}/bedomning?status=${r.value.status}`);
  }

  const { ratings, recommendation, recommendationText, proposedAmountSek } = data;
  const r = await svc.save(actor, caseId, { ratings, recommendation, recommendationText, proposedAmountSek }, meta);
  if (!r.ok) {
    if (r.error === "not_found") notFound();
    return { ok: false, errors: { form: r.error === "invalid" ? "assessment.error.invalid" : refusalKey(r.error) }, values };
  }
  return redirect(`/handlaggning/${caseId}/bedomning?sparad=1`);
}

export default function AssessmentPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const def = data.processType.definition;
  const value = (name: string, saved: string | undefined) => (failure ? failure.values[name] : saved) ?? "";
  // The status the case was moved to, from the address after a step (anything else there is ignored).
  const movedTo = params.get("status");
  const moved = isCaseStatus(movedTo) ? movedTo : null;
  return (
    <>
      <HandlingHeader caseId={data.case.id} caseTitle={data.title} caseNumber={data.case.caseNumber} page={t("assessment.title")} failed={!!failure} />
      <p className="ds-paragraph">{t("assessment.lead")}</p>
      <p className="ds-paragraph">
        {t("coord.summary", { count: data.overlapCount })}{" "}
        <a className="ds-link" href={`/handlaggning/${data.caseId}/samordning`}>
          {t("coord.link")}
        </a>
      </p>
      {params.get("sparad") && <Notice color="success">{t("assessment.saved")}</Notice>}
      {moved && <Notice color="success">{t("assessment.moved", { status: t(caseStatusKey(moved)) })}</Notice>}
      <p className="ds-paragraph">
        {t("assessment.moved", { status: t(caseStatusKey(data.case.status)) })} {data.complete ? t("assessment.complete") : t("assessment.incomplete")}
      </p>

      <PostForm className="sv-form" aria-label={t("assessment.title")}>
        <ErrorSummary errors={failure?.errors} labels={{ proposedAmountSek: "assessment.amount" }} />
        {!data.canEdit && <Notice>{t("assessment.readOnly")}</Notice>}
        <p className="ds-paragraph" data-size="sm">
          {t("assessment.version", { name: def.name[locale], version: def.version })}
        </p>
        {def.criteria.map((c, i) => {
          const saved = data.assessment?.ratings[c.key];
          const current = value(`rating.${c.key}`, saved?.rating ?? undefined);
          return (
            <fieldset key={c.key} className="ds-fieldset sv-field">
              <legend className="ds-label">
                {i + 1}. {c.text[locale]}
              </legend>
              <div role="radiogroup" aria-label={t("assessment.rating")}>
                {CRITERION_RATINGS.map((r) => (
                  <div className="ds-field" key={r}>
                    <input className="ds-input" type="radio" id={`field-rating.${c.key}-${r}`} name={`rating.${c.key}`} value={r} defaultChecked={current === r} disabled={!data.canEdit} />
                    <label className="ds-label" htmlFor={`field-rating.${c.key}-${r}`}>
                      {t(`assessment.rating.${r}`)}
                    </label>
                  </div>
                ))}
              </div>
              <Textarea name={`justification.${c.key}`} label={t("assessment.justification")} defaultValue={value(`justification.${c.key}`, saved?.justification)} rows={3} maxLength={10000} />
              <TextField name={`evidence.${c.key}`} label={t("assessment.evidence")} defaultValue={value(`evidence.${c.key}`, saved?.evidence)} />
            </fieldset>
          );
        })}
        <fieldset className="ds-fieldset sv-field">
          <legend className="ds-label">{t("assessment.recommendation")}</legend>
          {RECOMMENDATIONS.map((r) => (
            <div className="ds-field" key={r}>
              <input className="ds-input" type="radio" id={`field-recommendation-${r}`} name="recommendation" value={r} defaultChecked={value("recommendation", data.assessment?.recommendation ?? undefined) === r} disabled={!data.canEdit} />
              <label className="ds-label" htmlFor={`field-recommendation-${r}`}>
                {t(`assessment.recommendation.${r}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <Textarea name="recommendationText" label={t("assessment.recommendationText")} defaultValue={value("recommendationText", data.assessment?.recommendationText)} />
        <TextField
          name="proposedAmountSek"
          label={t("assessment.amount")}
          hint={t("assessment.amountHint")}
          inputMode="numeric"
          defaultValue={value("proposedAmountSek", data.assessment?.proposedAmountSek?.toString())}
          error={failure?.errors.proposedAmountSek}
        />
        {data.canEdit && (
          <div>
            <SubmitButton>{t("assessment.save")}</SubmitButton>
          </div>
        )}
      </PostForm>

      <div className="sv-actions">
        {data.case.status === "inskickat" && (
          <PostForm>
            <input type="hidden" name="intent" value="startAssessment" />
            <SubmitButton variant="secondary">{t("assessment.start")}</SubmitButton>
          </PostForm>
        )}
        {(data.case.status === "under_bedomning" || data.case.status === "kompletterad") && (
          <PostForm>
            <input type="hidden" name="intent" value="markReadyForCommittee" />
            <SubmitButton variant="secondary">{t("assessment.ready")}</SubmitButton>
          </PostForm>
        )}
        {data.case.status === "klar_for_namnd" && (
          <PostForm>
            <input type="hidden" name="intent" value="returnToAssessment" />
            <SubmitButton variant="secondary">{t("assessment.back")}</SubmitButton>
          </PostForm>
        )}
      </div>
    </>
  );
}
