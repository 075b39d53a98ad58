import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { indicatorChoiceSchema } from "#src/application/results/index.ts";
import { formatDate, formatNumber, type MessageKey } from "#src/text/index.ts";
import { parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";
import { ResultsFrame, resultsRefusal } from "./shared.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/indikatorer: the area index's indicators the process follows (seed
 * 004: societal measures rather than activity measures), chosen from the samarbetsfas on; per
 * area of the process, the value at the start, the latest value, the change and whether it is
 * for the better (src/domain/results/indicator-change.ts).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).results.indicators(actor, params.caseId ?? "");
  if (!view) notFound();
  return view;
}

const intentSchema = z.object({ intent: z.enum(["choose", "remove"]).prefault("choose") });

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const intent = intentSchema.safeParse({ intent: form.get("intent") ?? undefined });
  const parsed = parseForm(indicatorChoiceSchema, form);
  if (!parsed.ok) return parsed;
  const svc = services(context).results;
  const remove = intent.success && intent.data.intent === "remove";
  const r = remove ? await svc.removeIndicator(actor, caseId, parsed.data, requestMeta(context)) : await svc.chooseIndicator(actor, caseId, parsed.data, requestMeta(context));
  if (!r.ok) {
    if (r.error === "not_found") notFound();
    return { ok: false, errors: (r.error === "invalid" && r.detail ? r.detail : { form: resultsRefusal(r.error) }) as FormFailure["errors"], values: { indicator: parsed.data.indicator } };
  }
  return redirect(`/arenden/${caseId}/process/indikatorer?${remove ? "borttagen" : "vald"}=1`);
}

export default function IndicatorsPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const name = (n: { sv: string; en: string } | null, key: string) => (n ? n[locale] || n.sv : key);
  const value = (v: number | null | undefined, unit: string) => (v === null || v === undefined ? "–" : `${formatNumber(v, locale, 1)} ${unit}`.trim());
  return (
    <ResultsFrame caseId={data.caseId} title={data.title} heading={t("results.indicators.title")} failed={Boolean(failure)}>
      {params.get("vald") && !failure && <Notice color="success">{t("results.indicators.chosen")}</Notice>}
      {params.get("borttagen") && !failure && <Notice color="success">{t("results.indicators.removed")}</Notice>}
      <p className="ds-paragraph">{t("results.indicators.lead")}</p>
      {data.areaCount === 0 && <Notice color="warning">{t("results.indicators.noAreas")}</Notice>}
      <ErrorSummary errors={failure?.errors} labels={{ indicator: "results.indicators.choose" }} />
      {data.chosen.length === 0 ? (
        <p className="ds-paragraph">{t("results.indicators.none")}</p>
      ) : (
        <div className="sv-table-wrap">
          <table className="ds-table" data-border>
            <caption>{t("results.indicators.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("results.indicators.indicator")}</th>
                <th scope="col">{t("results.indicators.area")}</th>
                <th scope="col">{t("results.indicators.start")}</th>
                <th scope="col">{t("results.indicators.latest")}</th>
                <th scope="col">{t("results.indicators.change")}</th>
                {data.may.choose && <th scope="col">{t("results.indicators.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {data.chosen.flatMap((c) =>
                (c.areas.length ? c.areas : [null]).map((a, i) => (
                  <tr key={`${c.key}-${a?.code ?? "none"}`}>
                    {i === 0 ? (
                      <th scope="row" rowSpan={Math.max(1, c.areas.length)}>
                        {name(c.name, c.key)}
                        <br />
                        <span>{t("results.indicators.since", { date: formatDate(c.chosenAt, locale), year: c.startYear })}</span>
                      </th>
                    ) : null}
                    <td>{a ? a.name : "–"}</td>
                    <td>{a?.change.start ? t("results.indicators.valueYear", { value: value(a.change.start.value, c.unit), year: a.change.start.year }) : "–"}</td>
                    <td>{a?.change.latest ? t("results.indicators.valueYear", { value: value(a.change.latest.value, c.unit), year: a.change.latest.year }) : "–"}</td>
                    <td>{a ? `${a.change.change === null ? "" : `${a.change.change > 0 ? "+" : ""}${formatNumber(a.change.change, locale, 1)} – `}${t(`results.direction.${a.change.direction}` as MessageKey)}` : "–"}</td>
                    {data.may.choose && i === 0 ? (
                      <td rowSpan={Math.max(1, c.areas.length)}>
                        <PostForm aria-label={t("results.indicators.removeOf", { name: name(c.name, c.key) })}>
                          <input type="hidden" name="intent" value="remove" />
                          <input type="hidden" name="indicator" value={c.key} />
                          <SubmitButton variant="tertiary">{t("results.indicators.remove")}</SubmitButton>
                        </PostForm>
                      </td>
                    ) : null}
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
      {data.may.choose && data.available.length > 0 && (
        <section aria-labelledby="indicators-choose">
          <h2 className="ds-heading" data-size="sm" id="indicators-choose">
            {t("results.indicators.choose")}
          </h2>
          <PostForm className="sv-form">
            <input type="hidden" name="intent" value="choose" />
            <SelectField name="indicator" label={t("results.indicators.indicator")} options={data.available.map((a) => ({ value: a.key, label: `${name(a.name, a.key)} (${a.unit})` }))} value={failure?.values.indicator ?? ""} error={failure?.errors.indicator} />
            <div>
              <SubmitButton>{t("results.indicators.chooseButton")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      )}
      {data.may.choose && data.available.length === 0 && data.chosen.length === 0 && <p className="ds-paragraph">{t("results.indicators.noIndex")}</p>}
    </ResultsFrame>
  );
}
