import { Form, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { MAX_DRAWS, SENSITIVITY_DEFAULTS, sensitivityQuerySchema, type SensitivityView } from "#src/application/area-index/index.ts";
import { formatNumber, type MessageKey } from "#src/text/index.ts";
import { describeIndexProblems } from "#src/text/index-problems.ts";
import { parseQuery, type FieldErrors } from "#src/web/app/lib/forms.ts";
import { forbidden, requestState, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { IndexSectionNav, ProblemList } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** The address's names of the options. */
const NAMES = { year: "ar", draws: "dragningar", jitter: "variation", seed: "fro", methods: "metod" };

/** /index/kanslighet: Monte Carlo sensitivity of the ranking (GET form: draws, weight variation, seed, methods). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const svc = services(context).index;
  const permissions = svc.permissions(actor);
  if (!permissions.read) forbidden();
  // A wrong option is reported and the analysis runs with its default.
  const query = parseQuery(sensitivityQuerySchema, new URL(request.url).searchParams, { names: NAMES });
  const { year, draws, jitter, seed, methods } = query.data;
  const errors: FieldErrors = { ...query.errors };
  const typed = (name: string, fallback: number) => (query.values[name]?.trim() ? query.values[name]! : String(fallback));
  const values = { dragningar: typed("dragningar", SENSITIVITY_DEFAULTS.draws), variation: typed("variation", SENSITIVITY_DEFAULTS.jitter), fro: typed("fro", SENSITIVITY_DEFAULTS.seed) };
  const r = await svc.sensitivity(actor, { year, draws, seed, weightJitter: jitter / 100, methods });
  if (r.ok) return { manage: permissions.manage, view: r.value as SensitivityView, problem: null, errors, values, chosen: methods };
  if (r.error === "not_allowed") forbidden();
  if (r.error === "invalid_options") errors.metod = "index.sens.error.methods";
  return { manage: permissions.manage, view: null, problem: { error: r.error, detail: describeIndexProblems(r.problems, requestState(context).locale) }, errors, values, chosen: methods };
}

export default function IndexSensitivity() {
  const t = useT();
  const locale = useLocale();
  const { manage, view, problem, errors, values, chosen } = useLoaderData<typeof loader>();
  const hasErrors = Object.keys(errors).length > 0;
  const name = (code: string) => view?.areaNames[code] ?? code;
  const methods = view?.possibleMethods ?? [];
  const active = chosen.length > 0 ? chosen : methods;
  return (
    <>
      <PageTitle failed={Boolean(hasErrors)} text={t("index.sens.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("index.sens.title")}
      </h1>
      <IndexSectionNav manage={manage} />
      <p className="ds-paragraph">{t("index.sens.lead")}</p>
      {problem?.error === "no_configuration" && <Notice color="warning">{t("index.noConfiguration")}</Notice>}
      {problem?.error === "cannot_compute" && (
        <div className="ds-alert" data-color="danger" role="alert">
          <p className="ds-paragraph">{t("index.cannotCompute")}</p>
          <ProblemList problems={problem.detail} />
        </div>
      )}
      <Form method="get" className="sv-form" aria-label={t("index.sens.form")}>
        <ErrorSummary errors={hasErrors ? errors : undefined} labels={LABELS} />
        {view && view.years.length > 0 && (
          <div className="ds-field sv-field">
            <label className="ds-label" htmlFor="field-ar">
              {t("index.year.label")}
            </label>
            <select id="field-ar" name="ar" className="ds-input" defaultValue={view.year === null ? "" : String(view.year)}>
              <option value="">{t("index.year.latest")}</option>
              {view.years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </select>
          </div>
        )}
        <TextField inputMode="numeric" name="dragningar" label={t("index.sens.draws")} hint={t("index.sens.drawsHint", { max: formatNumber(MAX_DRAWS, locale) })} defaultValue={values.dragningar} error={errors.dragningar} />
        <TextField inputMode="numeric" name="variation" label={t("index.sens.jitter")} hint={t("index.sens.jitterHint")} defaultValue={values.variation} error={errors.variation} />
        <TextField inputMode="numeric" name="fro" label={t("index.sens.seed")} hint={t("index.sens.seedHint")} defaultValue={values.fro} error={errors.fro} />
        {methods.length > 0 && (
          <fieldset className="ds-fieldset" aria-describedby={errors.metod ? "field-metod-error" : undefined}>
            <legend className="ds-label">{t("index.sens.methods")}</legend>
            {errors.metod && (
              <div id="field-metod-error" className="ds-validation-message" data-color="danger">
                {t(errors.metod)}
              </div>
            )}
            <div className="sv-checks">
              {methods.map((m, i) => (
                <div className="sv-check" key={m}>
                  <input className="ds-input" type="checkbox" id={i === 0 ? "field-metod" : `field-metod-${i}`} name="metod" value={m} defaultChecked={active.includes(m)} />
                  <label className="ds-label" htmlFor={i === 0 ? "field-metod" : `field-metod-${i}`}>
                    {t(`index.method.${m}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        )}
        <div className="sv-buttons">
          <button type="submit" className="ds-button" data-variant="primary">
            {t("index.sens.run")}
          </button>
        </div>
      </Form>
      {view && (
        <>
          <div className="sv-table-wrap" tabIndex={0} role="region" aria-labelledby="sens-caption">
            <table className="ds-table" data-border>
              <caption id="sens-caption">
                {t("index.sens.caption", {
                  draws: formatNumber(view.result.draws, locale),
                  jitter: formatNumber(view.result.weightJitter * 100, locale),
                  methods: view.result.methods.map((m) => t(`index.method.${m}`)).join(", "),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("index.area")}</th>
                  <th scope="col">{t("index.rank")}</th>
                  <th scope="col">{t("index.sens.minMax")}</th>
                  <th scope="col">{t("index.sens.median")}</th>
                  <th scope="col">{t("index.sens.p5p95")}</th>
                  <th scope="col">{t("index.sens.top", { k: view.result.topK })}</th>
                </tr>
              </thead>
              <tbody>
                {view.result.areas.map((a) => (
                  <tr key={a.area}>
                    <th scope="row">{name(a.area)}</th>
                    <td>{a.rank}</td>
                    <td>{`${a.rankMin}–${a.rankMax}`}</td>
                    <td>{a.rankMedian}</td>
                    <td>{`${a.rankP5}–${a.rankP95}`}</td>
                    <td>{`${formatNumber(a.topKShare * 100, locale, 0)} %`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="ds-paragraph" data-size="sm">
            {t("index.sens.note", { seed: view.result.seed })}
          </p>
        </>
      )}
    </>
  );
}

const LABELS: Record<string, MessageKey> = { dragningar: "index.sens.draws", variation: "index.sens.jitter", fro: "index.sens.seed", metod: "index.sens.methods" };
