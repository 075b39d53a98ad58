import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { budgetLineSchema, effortSchema, effortThemesSchema, milestoneSchema, type ProposalError } from "#src/application/collaboration/index.ts";
import { BUDGET_FORMS, BUDGET_FUNDERS } from "#src/domain/collaboration/proposal.ts";
import { formatDate, formatMoney, type MessageKey } from "#src/text/index.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField, useFieldId } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "./process-nav.tsx";
import { BudgetSumsTable, EFFORT_LABELS, EffortFields, proposalRefusal } from "./proposal-shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/forslag/:effortId: one proposed effort — what it is, who is
 * responsible, when; its budget lines (the city's contribution and the actors' own, in money or
 * resources) with their sums; its milestones. The group changes it while the proposal is an utkast.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).proposals.view(actor, params.caseId ?? "");
  const effort = view?.efforts.find((e) => e.id === params.effortId);
  if (!view || !effort) notFound();
  return { caseId: view.caseId, title: view.title, status: view.status, mayEdit: view.may.edit, effort, themes: view.themes };
}

const intentSchema = z.object({
  intent: z.enum(["update", "remove", "addLine", "removeLine", "addMilestone", "removeMilestone", "themes"]),
  id: z.string().prefault(""),
});

type Failure = FormFailure & { intent: string };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const effortId = params.effortId ?? "";
  const form = await request.formData();
  const intent = intentSchema.safeParse({ intent: form.get("intent") ?? undefined, id: form.get("id") ?? undefined });
  if (!intent.success) return { ok: false, intent: "", errors: { form: "appl.error.form" }, values: {} };
  const { intent: which, id } = intent.data;
  const svc = services(context).proposals;
  const meta = requestMeta(context);
  const here = `/arenden/${caseId}/process/forslag/${effortId}`;
  const refused = (error: ProposalError, detail?: Record<string, string>): Failure => {
    if (error === "not_found") notFound();
    return { ok: false, intent: which, errors: (error === "invalid" && detail ? detail : { form: proposalRefusal(error) }) as FormFailure["errors"], values: formValues(form) };
  };

  switch (which) {
    case "update": {
      const parsed = parseForm(effortSchema, form);
      if (!parsed.ok) return { ...parsed, intent: which };
      const r = await svc.updateEffort(actor, caseId, effortId, parsed.data, meta);
      return r.ok ? redirect(`${here}?sparad=1`) : refused(r.error, r.detail);
    }
    case "remove": {
      const r = await svc.removeEffort(actor, caseId, effortId, meta);
      return r.ok ? redirect(`/arenden/${caseId}/process/forslag?borttagen=1`) : refused(r.error, r.detail);
    }
    case "addLine": {
      const parsed = parseForm(budgetLineSchema, form);
      if (!parsed.ok) return { ...parsed, intent: which };
      const r = await svc.addBudgetLine(actor, caseId, effortId, parsed.data, meta);
      return r.ok ? redirect(`${here}?rad=1#budget`) : refused(r.error, r.detail);
    }
    case "removeLine": {
      const r = await svc.removeBudgetLine(actor, caseId, effortId, id, meta);
      return r.ok ? redirect(`${here}?radBorttagen=1#budget`) : refused(r.error, r.detail);
    }
    case "addMilestone": {
      const parsed = parseForm(milestoneSchema, form);
      if (!parsed.ok) return { ...parsed, intent: which };
      const r = await svc.addMilestone(actor, caseId, effortId, parsed.data, meta);
      return r.ok ? redirect(`${here}?milstolpe=1#milestones`) : refused(r.error, r.detail);
    }
    case "themes": {
      const parsed = parseForm(effortThemesSchema, form);
      if (!parsed.ok) return { ...parsed, intent: which };
      const r = await svc.setEffortThemes(actor, caseId, effortId, parsed.data, meta);
      return r.ok ? redirect(`${here}?teman=1#themes`) : refused(r.error, r.detail);
    }
    case "removeMilestone": {
      const r = await svc.removeMilestone(actor, caseId, effortId, id, meta);
      return r.ok ? redirect(`${here}?milstolpeBorttagen=1#milestones`) : refused(r.error, r.detail);
    }
  }
}

const NOTICES: Array<[string, MessageKey]> = [
  ["ny", "proposal.effortAdded"],
  ["sparad", "proposal.effortSaved"],
  ["rad", "proposal.lineAdded"],
  ["radBorttagen", "proposal.lineRemoved"],
  ["milstolpe", "proposal.milestoneAdded"],
  ["milstolpeBorttagen", "proposal.milestoneRemoved"],
  ["teman", "proposal.themesSaved"],
];

export default function EffortPage() {
  const t = useT();
  const locale = useLocale();
  const { caseId, title, mayEdit, effort, themes } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const failed = (intent: string) => (failure?.intent === intent ? failure : undefined);
  const notice = NOTICES.find(([flag]) => params.get(flag));
  const asking = params.get("tabort") === "1" && mayEdit;
  const effortValue = (name: string) => {
    const f = failed("update");
    if (f) return f.values[name];
    return { title: effort.title, description: effort.description, responsible: effort.responsible, startsOn: effort.startsOn, endsOn: effort.endsOn }[name];
  };
  const lineFailure = failed("addLine");
  const milestoneFailure = failed("addMilestone");
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${effort.title}: ${t("proposal.title")}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${caseId}/process/forslag`}>
          {t("proposal.backToProposal", { title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {effort.title}
      </h1>
      <ProcessNav caseId={caseId} />
      {notice && !failure && <Notice color="success">{t(notice[1])}</Notice>}
      {failure && !["update", "addLine", "addMilestone"].includes(failure.intent) && <ErrorSummary errors={failure.errors} labels={{ themeIds: "proposal.themes" }} />}
      {!mayEdit && <p className="ds-paragraph">{t("proposal.readOnly")}</p>}

      {asking && (
        <section aria-labelledby="effort-remove" className="sv-callout">
          <h2 className="ds-heading" data-size="sm" id="effort-remove">
            {t("proposal.removeConfirm", { title: effort.title })}
          </h2>
          <PostForm>
            <input type="hidden" name="intent" value="remove" />
            <SubmitButton>{t("proposal.removeYes")}</SubmitButton>{" "}
            <Link className="ds-link" to={`/arenden/${caseId}/process/forslag/${effort.id}`}>
              {t("proposal.removeNo")}
            </Link>
          </PostForm>
        </section>
      )}

      <dl className="sv-facts">
        <dt>{t("proposal.responsible")}</dt>
        <dd>{effort.responsible}</dd>
        <dt>{t("proposal.period")}</dt>
        <dd>{t("proposal.periodValue", { from: formatDate(effort.startsOn, locale), to: formatDate(effort.endsOn, locale) })}</dd>
        {effort.description && (
          <>
            <dt>{t("proposal.description")}</dt>
            <dd className="sv-prewrap">{effort.description}</dd>
          </>
        )}
        {effort.approved !== null && (
          <>
            <dt>{t("proposal.verdict")}</dt>
            <dd>{effort.approved ? t("proposal.approvedWith", { amount: formatMoney(effort.approvedCitySek ?? 0, locale) }) : t("proposal.notApproved")}</dd>
          </>
        )}
      </dl>

      <h2 className="ds-heading" data-size="sm" id="themes">
        {t("proposal.themes")}
      </h2>
      {mayEdit ? (
        themes.length === 0 ? (
          <p className="ds-paragraph">{t("proposal.noThemes")}</p>
        ) : (
          <PostForm className="sv-form" aria-label={t("proposal.themes")}>
            <input type="hidden" name="intent" value="themes" />
            <fieldset className="ds-fieldset sv-field" id="field-themeIds">
              <legend className="ds-label">{t("proposal.themes")}</legend>
              <div className="ds-paragraph sv-hint" data-size="sm">
                {t("proposal.themesHint")}
              </div>
              {themes.map((theme) => (
                <div className="ds-field" key={theme.id}>
                  <input className="ds-input" type="checkbox" id={`field-themeIds-${theme.id}`} name="themeIds" value={theme.id} defaultChecked={effort.themes.some((x) => x.id === theme.id)} />
                  <label className="ds-label" htmlFor={`field-themeIds-${theme.id}`}>
                    {theme.name}
                  </label>
                </div>
              ))}
            </fieldset>
            <div>
              <SubmitButton variant="secondary">{t("proposal.saveThemes")}</SubmitButton>
            </div>
          </PostForm>
        )
      ) : (
        <p className="ds-paragraph">{effort.themes.length ? effort.themes.map((x) => x.name).join(", ") : t("proposal.themesNone")}</p>
      )}

      <h2 className="ds-heading" data-size="sm" id="budget">
        {t("proposal.budget")}
      </h2>
      {effort.budgetLines.length === 0 ? (
        <p className="ds-paragraph">{t("proposal.noLines")}</p>
      ) : (
        <div className="sv-table-wrap">
          <table className="ds-table" data-border>
            <caption className="sv-visually-hidden">{t("proposal.budget")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("proposal.line.contributor")}</th>
                <th scope="col">{t("proposal.line.funder")}</th>
                <th scope="col">{t("proposal.line.form")}</th>
                <th scope="col">{t("proposal.line.description")}</th>
                <th scope="col">{t("proposal.line.amount")}</th>
                {mayEdit && <th scope="col">{t("proposal.line.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {effort.budgetLines.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.contributor}</th>
                  <td>{t(`proposal.funder.${l.funder}` as MessageKey)}</td>
                  <td>{t(`proposal.form.${l.form}` as MessageKey)}</td>
                  <td>{l.description || "–"}</td>
                  <td>{l.amountSek !== null ? formatMoney(l.amountSek, locale) : t("proposal.notValued")}</td>
                  {mayEdit && (
                    <td>
                      <PostForm aria-label={t("proposal.removeLineOf", { who: l.contributor })}>
                        <input type="hidden" name="intent" value="removeLine" />
                        <input type="hidden" name="id" value={l.id} />
                        <SubmitButton variant="tertiary">{t("proposal.removeLine")}</SubmitButton>
                      </PostForm>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <BudgetSumsTable sums={effort.sums} caption={t("proposal.sumsEffort")} />

      {mayEdit && (
        <PostForm className="sv-form" aria-label={t("proposal.addLine")} idPrefix="line">
          <h3 className="ds-heading" data-size="xs">
            {t("proposal.addLine")}
          </h3>
          <input type="hidden" name="intent" value="addLine" />
          <ErrorSummary errors={lineFailure?.errors} labels={{ funder: "proposal.line.funder", form: "proposal.line.form", contributor: "proposal.line.contributor", description: "proposal.line.description", amountSek: "proposal.line.amount" }} />
          <Choice name="funder" legend={t("proposal.line.funder")} options={BUDGET_FUNDERS.map((f) => [f, t(`proposal.funder.${f}` as MessageKey)])} value={lineFailure?.values.funder ?? "stad"} error={lineFailure?.errors.funder} />
          <Choice name="form" legend={t("proposal.line.form")} options={BUDGET_FORMS.map((f) => [f, t(`proposal.form.${f}` as MessageKey)])} value={lineFailure?.values.form ?? "pengar"} error={lineFailure?.errors.form} />
          <TextField name="contributor" label={t("proposal.line.contributor")} hint={t("proposal.line.contributorHint")} defaultValue={lineFailure?.values.contributor} error={lineFailure?.errors.contributor} />
          <Textarea name="description" label={t("proposal.line.description")} hint={t("proposal.line.descriptionHint")} defaultValue={lineFailure?.values.description} error={lineFailure?.errors.description} rows={2} maxLength={1000} />
          <TextField name="amountSek" label={t("proposal.line.amount")} hint={t("proposal.line.amountHint")} inputMode="numeric" defaultValue={lineFailure?.values.amountSek} error={lineFailure?.errors.amountSek} />
          <div>
            <SubmitButton variant="secondary">{t("proposal.addLine")}</SubmitButton>
          </div>
        </PostForm>
      )}

      <h2 className="ds-heading" data-size="sm" id="milestones">
        {t("proposal.milestones")}
      </h2>
      {effort.milestones.length === 0 ? (
        <p className="ds-paragraph">{t("proposal.noMilestones")}</p>
      ) : (
        <ul className="ds-list">
          {effort.milestones.map((m) => (
            <li key={m.id}>
              {formatDate(m.dueOn, locale)}: {m.title}
              {mayEdit && (
                <PostForm aria-label={t("proposal.removeMilestoneOf", { title: m.title })}>
                  <input type="hidden" name="intent" value="removeMilestone" />
                  <input type="hidden" name="id" value={m.id} />
                  <SubmitButton variant="tertiary">{t("proposal.removeMilestone")}</SubmitButton>
                </PostForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayEdit && (
        <PostForm className="sv-form" aria-label={t("proposal.addMilestone")} idPrefix="milestone">
          <h3 className="ds-heading" data-size="xs">
            {t("proposal.addMilestone")}
          </h3>
          <input type="hidden" name="intent" value="addMilestone" />
          <ErrorSummary errors={milestoneFailure?.errors} labels={{ title: "proposal.milestoneTitle", dueOn: "proposal.dueOn" }} />
          <TextField name="title" label={t("proposal.milestoneTitle")} defaultValue={milestoneFailure?.values.title} error={milestoneFailure?.errors.title} />
          <TextField name="dueOn" type="date" label={t("proposal.dueOn")} hint={t("proposal.dueOnHint", { from: effort.startsOn, to: effort.endsOn })} defaultValue={milestoneFailure?.values.dueOn} error={milestoneFailure?.errors.dueOn} />
          <div>
            <SubmitButton variant="secondary">{t("proposal.addMilestone")}</SubmitButton>
          </div>
        </PostForm>
      )}

      {mayEdit && (
        <>
          <h2 className="ds-heading" data-size="sm">
            {t("proposal.changeEffort")}
          </h2>
          <PostForm className="sv-form" aria-label={t("proposal.changeEffort")}>
            <input type="hidden" name="intent" value="update" />
            <ErrorSummary errors={failed("update")?.errors} labels={EFFORT_LABELS} />
            <EffortFields values={effortValue} errors={failed("update")?.errors} />
            <div>
              <SubmitButton>{t("proposal.saveEffort")}</SubmitButton>
            </div>
          </PostForm>
          {!asking && (
            <p className="ds-paragraph">
              <Link className="ds-link" to={`/arenden/${caseId}/process/forslag/${effort.id}?tabort=1`}>
                {t("proposal.removeEffort")}
              </Link>
            </p>
          )}
        </>
      )}
    </>
  );
}

/** A choice of one among a few, as radio buttons in a fieldset (its legend the question). */
function Choice({ name, legend, options, value, error }: { name: string; legend: string; options: Array<[string, string]>; value: string; error: MessageKey | undefined }) {
  const t = useT();
  const id = useFieldId(name);
  return (
    <fieldset className="ds-fieldset sv-field" id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="ds-label">{legend}</legend>
      {error && (
        <div id={`${id}-error`} className="ds-validation-message" data-color="danger">
          {t(error)}
        </div>
      )}
      {options.map(([code, label]) => (
        <div className="ds-field" key={code}>
          <input className="ds-input" type="radio" id={`${id}-${code}`} name={name} value={code} defaultChecked={value === code} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
          <label className="ds-label" htmlFor={`${id}-${code}`}>
            {label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
