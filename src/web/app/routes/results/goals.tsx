import { randomUUID } from "node:crypto";
import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { goalPlanSchema, goalSchema, type GoalError } from "#src/application/results/index.ts";
import { formatDate, formatDateTime, formatNumber, type MessageKey } from "#src/text/index.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { Checkbox } from "#src/web/app/ui/choices.tsx";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";
import { ResultsFrame, resultsRefusal } from "./shared.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

const GOAL_LABELS: Record<string, MessageKey> = {
  goal: "results.goals.goal",
  measure: "results.goals.measure",
  unit: "results.goals.unit",
  baseline: "results.goals.baseline",
  target: "results.goals.target",
  targetYear: "results.goals.targetYear",
};

/**
 * /arenden/:caseId/process/mal: a multi-year process's goals with target values, set at its
 * start, and its follow-up each year (due 31 January for the year before; the schedule:
 * src/domain/results/yearly.ts), with the history per year.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).yearlyFollowUp.view(actor, params.caseId ?? "");
  if (!view) notFound();
  return { ...view, submissionKey: randomUUID() };
}

const intentSchema = z.object({ intent: z.enum(["plan", "goal", "removeGoal", "followUp"]).prefault("goal") });

export async function action({ request, context, params }: ActionFunctionArgs): Promise<(FormFailure & { intent: string }) | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const intent = intentSchema.safeParse({ intent: form.get("intent") ?? undefined });
  const which = intent.success ? intent.data.intent : "goal";
  const svc = services(context).yearlyFollowUp;
  const meta = requestMeta(context);
  const here = `/arenden/${caseId}/process/mal`;
  const refused = (error: GoalError, detail?: Record<string, string>) => {
    if (error === "not_found") notFound();
    return { ok: false as const, intent: which, errors: (error === "invalid" && detail ? detail : { form: resultsRefusal(error) }) as FormFailure["errors"], values: formValues(form) };
  };
  if (which === "plan") {
    const parsed = parseForm(goalPlanSchema, form);
    if (!parsed.ok) return { ...parsed, intent: which };
    const r = await svc.setPlan(actor, caseId, { multiYear: form.get("multiYear") }, meta);
    if (!r.ok) return refused(r.error, r.detail);
    return redirect(`${here}?sparad=1`);
  }
  if (which === "removeGoal") {
    const r = await svc.removeGoal(actor, caseId, String(form.get("goalId") ?? ""), meta);
    if (!r.ok) return refused(r.error, r.detail);
    return redirect(`${here}?borttagen=1`);
  }
  if (which === "followUp") {
    const values = Object.fromEntries([...form.entries()].filter(([k, v]) => k.startsWith("value_") && typeof v === "string").map(([k, v]) => [k.slice("value_".length), v as string]));
    const r = await svc.followUp(actor, caseId, { year: String(form.get("year") ?? ""), summary: String(form.get("summary") ?? ""), learned: String(form.get("learned") ?? ""), lessonToLibrary: form.get("lessonToLibrary") === "1", values }, meta);
    if (!r.ok) return refused(r.error, r.detail);
    return redirect(`${here}?uppfoljd=1`);
  }
  const parsed = parseForm(goalSchema, form);
  if (!parsed.ok) return { ...parsed, intent: which };
  const r = await svc.addGoal(actor, caseId, parsed.data, meta);
  if (!r.ok) return refused(r.error, r.detail);
  return redirect(`${here}?ny=1`);
}

export default function GoalsPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const num = (v: number | null | undefined) => (v === null || v === undefined ? "–" : formatNumber(v, locale, Number.isInteger(v) ? 0 : 1));
  const v = (intent: string, name: string) => (failure?.intent === intent ? failure.values[name] : undefined);
  const errs = (intent: string) => (failure?.intent === intent ? failure.errors : undefined);
  return (
    <ResultsFrame caseId={data.caseId} title={data.title} heading={t("results.goals.title")} failed={Boolean(failure)}>
      {params.get("sparad") && !failure && <Notice color="success">{t("results.goals.planSaved")}</Notice>}
      {params.get("ny") && !failure && <Notice color="success">{t("results.goals.added")}</Notice>}
      {params.get("borttagen") && !failure && <Notice color="success">{t("results.goals.removed")}</Notice>}
      {params.get("uppfoljd") && !failure && <Notice color="success">{t("results.followUp.saved")}</Notice>}
      {failure && (failure.intent === "removeGoal" || failure.intent === "plan") && <ErrorSummary errors={failure.errors} />}
      <p className="ds-paragraph">{t("results.goals.lead")}</p>
      <p className="ds-paragraph">{data.multiYear ? t(data.multiYearSet === null ? "results.goals.multiYearByEfforts" : "results.goals.multiYearSet") : t(data.multiYearSet === false ? "results.goals.notMultiYearSet" : "results.goals.notMultiYear")}</p>
      {data.may.setPlan && (
        <PostForm className="sv-form" aria-label={t("results.goals.planHeading")}>
          <input type="hidden" name="intent" value="plan" />
          <SelectField
            name="multiYear"
            label={t("results.goals.planHeading")}
            hint={t("results.goals.planHint")}
            value={data.multiYear ? "ja" : "nej"}
            options={[
              { value: "ja", label: t("results.goals.planYes") },
              { value: "nej", label: t("results.goals.planNo") },
            ]}
          />
          <div>
            <SubmitButton variant="secondary">{t("results.goals.planSave")}</SubmitButton>
          </div>
        </PostForm>
      )}

      <h2 className="ds-heading" data-size="sm">
        {t("results.goals.heading")}
      </h2>
      {data.goals.length === 0 ? (
        <p className="ds-paragraph">{t("results.goals.none")}</p>
      ) : (
        <div className="sv-table-wrap">
          <table className="ds-table" data-border>
            <caption>{t("results.goals.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("results.goals.goal")}</th>
                <th scope="col">{t("results.goals.measure")}</th>
                <th scope="col">{t("results.goals.baseline")}</th>
                <th scope="col">{t("results.goals.target")}</th>
                {data.followUps
                  .map((f) => f.year)
                  .toSorted()
                  .map((y) => (
                    <th scope="col" key={y}>
                      {t("results.goals.valueIn", { year: y })}
                    </th>
                  ))}
                {data.may.editGoals && <th scope="col">{t("results.goals.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {data.goals.map((g) => (
                <tr key={g.id}>
                  <th scope="row">{g.goal}</th>
                  <td>{t("results.goals.measureUnit", { measure: g.measure, unit: g.unit })}</td>
                  <td>{num(g.baseline)}</td>
                  <td>{t("results.goals.targetBy", { target: num(g.target), year: g.targetYear })}</td>
                  {data.followUps
                    .toSorted((a, b) => a.year - b.year)
                    .map((f) => (
                      <td key={f.year}>{num(f.values[g.id])}</td>
                    ))}
                  {data.may.editGoals && (
                    <td>
                      <PostForm aria-label={t("results.goals.removeOf", { goal: g.goal })}>
                        <input type="hidden" name="intent" value="removeGoal" />
                        <input type="hidden" name="goalId" value={g.id} />
                        <SubmitButton variant="tertiary">{t("results.goals.remove")}</SubmitButton>
                      </PostForm>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {data.may.editGoals && (
        <section aria-labelledby="goal-add">
          <h3 className="ds-heading" data-size="xs" id="goal-add">
            {t("results.goals.add")}
          </h3>
          <PostForm className="sv-form">
            <input type="hidden" name="intent" value="goal" />
            <input type="hidden" name="submissionKey" value={data.submissionKey} />
            <ErrorSummary errors={errs("goal")} labels={GOAL_LABELS} />
            <TextField name="goal" label={t("results.goals.goal")} hint={t("results.goals.goalHint")} defaultValue={v("goal", "goal")} error={errs("goal")?.goal} />
            <TextField name="measure" label={t("results.goals.measure")} hint={t("results.goals.measureHint")} defaultValue={v("goal", "measure")} error={errs("goal")?.measure} />
            <TextField name="unit" label={t("results.goals.unit")} hint={t("results.goals.unitHint")} defaultValue={v("goal", "unit")} error={errs("goal")?.unit} />
            <TextField name="baseline" label={t("results.goals.baseline")} hint={t("results.goals.numberHint")} inputMode="decimal" defaultValue={v("goal", "baseline")} error={errs("goal")?.baseline} />
            <TextField name="target" label={t("results.goals.target")} hint={t("results.goals.numberHint")} inputMode="decimal" defaultValue={v("goal", "target")} error={errs("goal")?.target} />
            <TextField name="targetYear" label={t("results.goals.targetYear")} inputMode="numeric" defaultValue={v("goal", "targetYear")} error={errs("goal")?.targetYear} />
            <div>
              <SubmitButton>{t("results.goals.addButton")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      )}

      {data.years.length > 0 && (
        <section aria-labelledby="follow-up-years">
          <h2 className="ds-heading" data-size="sm" id="follow-up-years">
            {t("results.followUp.heading")}
          </h2>
          <ul className="ds-list">
            {data.years.map((y) => (
              <li key={y.year}>{t(`results.followUp.state.${y.state}` as MessageKey, { year: y.year, due: formatDate(y.dueOn, locale), opens: formatDate(y.opensOn, locale) })}</li>
            ))}
          </ul>
        </section>
      )}

      {data.may.followUp.slice(0, 1).map((year) => {
        const mine = failure?.intent === "followUp" && failure.values.year === String(year);
        return (
          <section aria-labelledby={`follow-up-${year}`} key={year}>
            <h3 className="ds-heading" data-size="xs" id={`follow-up-${year}`}>
              {t("results.followUp.formHeading", { year })}
            </h3>
            <PostForm className="sv-form">
              <input type="hidden" name="intent" value="followUp" />
              <input type="hidden" name="year" value={year} />
              <ErrorSummary errors={mine ? failure.errors : undefined} labelTexts={Object.fromEntries(data.goals.map((g) => [`value_${g.id}`, t("results.followUp.valueOf", { goal: g.goal, unit: g.unit })]))} labels={{ summary: "results.followUp.summary", learned: "results.followUp.learned" }} />
              {data.goals.map((g) => (
                <TextField key={g.id} name={`value_${g.id}`} label={t("results.followUp.valueOf", { goal: g.goal, unit: g.unit })} hint={t("results.followUp.valueHint", { target: num(g.target), year: g.targetYear })} inputMode="decimal" defaultValue={mine ? failure.values[`value_${g.id}`] : undefined} error={mine ? failure.errors[`value_${g.id}`] : undefined} />
              ))}
              <Textarea name="summary" label={t("results.followUp.summary")} hint={t("results.followUp.summaryHint")} defaultValue={mine ? failure.values.summary : undefined} error={mine ? failure.errors.summary : undefined} rows={5} maxLength={10000} />
              <Textarea name="learned" label={t("results.followUp.learned")} defaultValue={mine ? failure.values.learned : undefined} error={mine ? failure.errors.learned : undefined} rows={4} maxLength={10000} />
              <Checkbox name="lessonToLibrary" value="1" label={t("results.followUp.toLibrary")} hint={t("results.followUp.toLibraryHint")} checked={mine ? failure.values.lessonToLibrary === "1" : true} />
              <div>
                <SubmitButton>{t("results.followUp.send", { year })}</SubmitButton>
              </div>
            </PostForm>
          </section>
        );
      })}

      {data.followUps.length > 0 && (
        <section aria-labelledby="follow-up-history">
          <h2 className="ds-heading" data-size="sm" id="follow-up-history">
            {t("results.followUp.history")}
          </h2>
          {data.followUps.map((f) => (
            <article key={f.id}>
              <h3 className="ds-heading" data-size="xs">
                {t("results.followUp.yearHeading", { year: f.year })}
              </h3>
              <p className="ds-paragraph">{t("results.followUp.by", { name: f.submittedByName ?? "–", at: formatDateTime(f.submittedAt, locale) })}</p>
              {f.summary.split(/\n+/).map((p, i) => (
                <p className="ds-paragraph" key={i}>
                  {p}
                </p>
              ))}
              {f.learned && (
                <p className="ds-paragraph">
                  <strong>{t("results.followUp.learned")}:</strong> {f.learned}
                </p>
              )}
            </article>
          ))}
        </section>
      )}
    </ResultsFrame>
  );
}
