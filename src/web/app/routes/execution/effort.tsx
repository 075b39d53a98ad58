import { randomUUID } from "node:crypto";
import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { changeRequestSchema, milestoneDoneSchema, progressSchema, type PlanError } from "#src/application/execution/index.ts";
import { CHANGE_KINDS } from "#src/domain/execution/change-request.ts";
import { formatDate, formatMoney, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";
import { ChangesTable } from "./plan.tsx";
import { ExecutionFrame, refusalKey } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/plan/:effortId: one effort of the plan. The group updates its status
 * and progress (fields `status`, `percent`, `note`; button "Spara status"), marks its milestones
 * done, and asks for a change of the city's contribution or a date (fields `kind`, `toSek`,
 * `toStartsOn`, `toEndsOn`, `milestoneId`, `toDueOn`, `reason`; button "Skicka begäran").
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).executionPlan.view(actor, params.caseId ?? "");
  const effort = view?.efforts.find((e) => e.id === params.effortId);
  if (!view || !effort) notFound();
  return { caseId: view.caseId, title: view.title, phase: view.phase, may: view.may, effort, changes: view.changes.filter((c) => c.effortId === effort.id), submissionKey: randomUUID() };
}

const intentSchema = z.object({ intent: z.enum(["progress", "milestone", "change"]) });
type Failure = FormFailure & { intent: string };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const effortId = params.effortId ?? "";
  const form = await request.formData();
  const intent = intentSchema.safeParse({ intent: form.get("intent") ?? undefined });
  if (!intent.success) return { ok: false, intent: "", errors: { form: "appl.error.form" }, values: {} };
  const which = intent.data.intent;
  const svc = services(context).executionPlan;
  const meta = requestMeta(context);
  const here = `/arenden/${caseId}/process/plan/${effortId}`;
  const refused = (error: PlanError, detail?: Record<string, string>): Failure => {
    if (error === "not_found") notFound();
    return { ok: false, intent: which, errors: (error === "invalid" && detail ? detail : { form: refusalKey(error) }) as FormFailure["errors"], values: formValues(form) };
  };
  switch (which) {
    case "progress": {
      const parsed = parseForm(progressSchema, form);
      if (!parsed.ok) return { ...parsed, intent: which };
      const r = await svc.updateProgress(actor, caseId, effortId, parsed.data, meta);
      return r.ok ? redirect(`${here}?sparad=1`) : refused(r.error, r.detail);
    }
    case "milestone": {
      const parsed = parseForm(milestoneDoneSchema, form);
      if (!parsed.ok) return { ...parsed, intent: which };
      const r = await svc.markMilestone(actor, caseId, effortId, parsed.data, meta);
      return r.ok ? redirect(`${here}?milstolpe=1#milstolpar`) : refused(r.error, r.detail);
    }
    case "change": {
      // The effort is the address's, whatever the form says.
      const parsed = parseForm(changeRequestSchema, form, { read: (f) => ({ ...Object.fromEntries(f.names().map((n) => [n, f.value(n)])), effortId }) });
      if (!parsed.ok) return { ...parsed, intent: which };
      const r = await svc.requestChange(actor, caseId, { ...parsed.data, effortId }, meta);
      return r.ok ? redirect(`${here}?${r.value.needsDecision ? "andringBeslut" : "andring"}=1#andring`) : refused(r.error, r.detail);
    }
  }
}

const NOTICES: Array<[string, MessageKey]> = [
  ["sparad", "execution.effort.progressSaved"],
  ["milstolpe", "execution.effort.milestoneSaved"],
  ["andring", "execution.effort.changeSent"],
  ["andringBeslut", "execution.effort.changeSentDecision"],
];

const LABELS: Record<string, MessageKey> = {
  status: "execution.plan.status",
  percent: "execution.effort.percent",
  note: "execution.effort.note",
  kind: "execution.effort.kind",
  toSek: "execution.effort.toSek",
  toStartsOn: "execution.effort.toStartsOn",
  toEndsOn: "execution.effort.toEndsOn",
  milestoneId: "execution.effort.milestoneId",
  toDueOn: "execution.effort.toDueOn",
  reason: "execution.effort.reason",
};

export default function PlanEffortPage() {
  const t = useT();
  const locale = useLocale();
  const { caseId, title, phase, may, effort, changes, submissionKey } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = NOTICES.find(([flag]) => params.get(flag));
  const failed = (intent: string) => (failure?.intent === intent ? failure : undefined);
  const progress = failed("progress");
  const change = failed("change");
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${effort.title}: ${t("execution.plan.title")}`} />
      <ExecutionFrame caseId={caseId} title={title} heading={effort.title} phase={phase} started>
        {notice && !failure && <Notice color="success">{t(notice[1])}</Notice>}
        <ErrorSummary errors={failure?.errors} labels={LABELS} />

        <h2 className="ds-heading" data-size="sm">
          {t("execution.effort.facts")}
        </h2>
        <dl className="sv-facts">
          <dt>{t("execution.plan.responsible")}</dt>
          <dd>{effort.responsible}</dd>
          <dt>{t("execution.plan.period")}</dt>
          <dd>{t("execution.plan.periodValue", { from: formatDate(effort.startsOn, locale), to: formatDate(effort.endsOn, locale) })}</dd>
          <dt>{t("execution.plan.status")}</dt>
          <dd>{`${t(`execution.status.${effort.status}`)}, ${t("execution.plan.percentValue", { percent: effort.percent })}${effort.behind && effort.status !== "forsenad" ? ` (${t("execution.plan.behind")})` : ""}`}</dd>
          {effort.note && (
            <>
              <dt>{t("execution.effort.note")}</dt>
              <dd className="sv-prewrap">{effort.note}</dd>
            </>
          )}
          {effort.updatedAt && effort.updatedByName && (
            <>
              <dt>{t("execution.plan.lastUpdate")}</dt>
              <dd>{t("execution.plan.lastUpdateValue", { date: formatDate(effort.updatedAt, locale), name: effort.updatedByName })}</dd>
            </>
          )}
          <dt>{t("execution.plan.city")}</dt>
          <dd>{effort.citySek === effort.decidedCitySek ? formatMoney(effort.citySek, locale) : t("execution.plan.cityChanged", { amount: formatMoney(effort.citySek, locale), decided: formatMoney(effort.decidedCitySek, locale) })}</dd>
        </dl>

        {may.work && (
          <section aria-labelledby="progress-heading">
            <h2 className="ds-heading" data-size="sm" id="progress-heading">
              {t("execution.effort.progressHeading")}
            </h2>
            <PostForm className="sv-form">
              <input type="hidden" name="intent" value="progress" />
              <SelectField
                name="status"
                label={t("execution.plan.status")}
                hint={t("execution.effort.statusHint")}
                error={progress?.errors.status}
                value={progress?.values.status ?? effort.status}
                options={effort.nextStatuses.map((s) => ({ value: s, label: t(`execution.status.${s}`) }))}
              />
              <TextField name="percent" label={t("execution.effort.percent")} hint={t("execution.effort.percentHint")} inputMode="numeric" defaultValue={progress?.values.percent ?? String(effort.percent)} error={progress?.errors.percent} />
              <Textarea name="note" label={t("execution.effort.note")} hint={t("execution.effort.noteHint")} rows={3} defaultValue={progress?.values.note ?? effort.note} error={progress?.errors.note} />
              <div>
                <SubmitButton>{t("execution.effort.saveProgress")}</SubmitButton>
              </div>
            </PostForm>
          </section>
        )}

        <h2 className="ds-heading" data-size="sm" id="milstolpar">
          {t("execution.plan.milestones")}
        </h2>
        {effort.milestones.length === 0 ? (
          <p className="ds-paragraph">{t("execution.plan.noMilestones")}</p>
        ) : (
          <ul className="sv-list">
            {effort.milestones.map((m) => (
              <li key={m.id}>
                {`${m.title}, ${formatDate(m.dueOn, locale)}: ${m.doneOn ? t("execution.plan.doneValue", { date: formatDate(m.doneOn, locale) }) : t("execution.plan.notDone")}`}
                {may.work && (
                  <PostForm aria-label={m.title}>
                    <input type="hidden" name="intent" value="milestone" />
                    <input type="hidden" name="milestoneId" value={m.id} />
                    <input type="hidden" name="done" value={m.doneOn ? "nej" : "ja"} />
                    <SubmitButton variant="secondary">{m.doneOn ? t("execution.effort.markUndone", { title: m.title }) : t("execution.effort.markDone", { title: m.title })}</SubmitButton>
                  </PostForm>
                )}
              </li>
            ))}
          </ul>
        )}

        <h2 className="ds-heading" data-size="sm" id="andring">
          {t("execution.plan.changes")}
        </h2>
        {changes.length === 0 ? <p className="ds-paragraph">{t("execution.effort.noChangesHere")}</p> : <ChangesTable changes={changes} caseId={caseId} mayHandle={may.settle || may.decide} />}

        {may.work && (
          <section aria-labelledby="change-heading">
            <h3 className="ds-heading" data-size="xs" id="change-heading">
              {t("execution.effort.changeHeading")}
            </h3>
            <p className="ds-paragraph">{t("execution.effort.changeLead")}</p>
            <PostForm className="sv-form">
              <input type="hidden" name="intent" value="change" />
              <input type="hidden" name="submissionKey" value={change?.values.submissionKey ?? submissionKey} />
              <SelectField name="kind" label={t("execution.effort.kind")} error={change?.errors.kind} value={change?.values.kind ?? "datum"} options={CHANGE_KINDS.map((k) => ({ value: k, label: t(`execution.change.kind.${k}`) }))} />
              <TextField name="toSek" label={t("execution.effort.toSek")} hint={t("execution.effort.toSekHint", { amount: formatMoney(effort.citySek, locale) })} inputMode="numeric" defaultValue={change?.values.toSek} error={change?.errors.toSek} />
              <TextField name="toStartsOn" type="date" label={t("execution.effort.toStartsOn")} hint={t("execution.effort.datesHint", { from: formatDate(effort.startsOn, locale), to: formatDate(effort.endsOn, locale) })} defaultValue={change?.values.toStartsOn} error={change?.errors.toStartsOn} />
              <TextField name="toEndsOn" type="date" label={t("execution.effort.toEndsOn")} defaultValue={change?.values.toEndsOn} error={change?.errors.toEndsOn} />
              {effort.milestones.length > 0 && (
                <>
                  <SelectField
                    name="milestoneId"
                    label={t("execution.effort.milestoneId")}
                    error={change?.errors.milestoneId}
                    value={change?.values.milestoneId ?? ""}
                    options={[{ value: "", label: t("execution.effort.milestoneNone") }, ...effort.milestones.map((m) => ({ value: m.id, label: `${m.title} (${formatDate(m.dueOn, locale)})` }))]}
                  />
                  <TextField name="toDueOn" type="date" label={t("execution.effort.toDueOn")} defaultValue={change?.values.toDueOn} error={change?.errors.toDueOn} />
                </>
              )}
              <Textarea name="reason" label={t("execution.effort.reason")} rows={3} defaultValue={change?.values.reason} error={change?.errors.reason} />
              <div>
                <SubmitButton>{t("execution.effort.sendChange")}</SubmitButton>
              </div>
            </PostForm>
          </section>
        )}
      </ExecutionFrame>
    </>
  );
}
