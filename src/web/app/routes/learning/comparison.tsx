import type { ReactNode } from "react";
import { Form, Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { MAX_COMPARED, type ComparedProcess } from "#src/application/learning/index.ts";
import { formatDate, formatMoney, formatNumber, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { forbidden, requireActor, services } from "#src/web/app/lib/request.ts";
import { Notice } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";
import { comparisonInput, isPhase, queryOf } from "./shared.tsx";

export const handle = NO_CLIENT_CODE;

/**
 * /jamforelse: processes side by side — cost, duration, participation and outcomes. The
 * processes are ticked in a list (a GET form, so the comparison is in the address), which can be
 * narrowed by area and phase; the table has one column per process, and downloads as CSV.
 * For the city's staff (the use case: application/learning/comparison.ts).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const page = await services(context).comparison.view(actor, comparisonInput(new URL(request.url)));
  if (!page) forbidden();
  return page;
}

export default function ComparisonPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const money = (v: number | null) => (v === null ? t("compare.unknown") : formatMoney(v, locale));
  const day = (v: string | Date | null) => (v === null ? t("compare.unknown") : formatDate(typeof v === "string" ? v : new Date(v), locale));
  const rows: Array<{ label: MessageKey; cell: (p: ComparedProcess) => ReactNode; group: MessageKey }> = [
    { group: "compare.group.cost", label: "compare.row.approvedCity", cell: (p) => money(p.approvedCitySek) },
    { group: "compare.group.cost", label: "compare.row.actorsOwn", cell: (p) => money(p.actorsOwnSek) },
    { group: "compare.group.cost", label: "compare.row.paidSoFar", cell: (p) => money(p.paidSoFarSek) },
    { group: "compare.group.duration", label: "compare.row.effortsPeriod", cell: (p) => (p.startsOn && p.endsOn ? t("compare.period", { from: day(p.startsOn), to: day(p.endsOn) }) : t("compare.unknown")) },
    { group: "compare.group.duration", label: "compare.row.started", cell: (p) => day(p.startedAt) },
    { group: "compare.group.duration", label: "compare.row.closed", cell: (p) => (p.closedAt ? day(p.closedAt) : t("compare.notClosed")) },
    { group: "compare.group.participation", label: "compare.row.activities", cell: (p) => formatNumber(p.activities, locale) },
    { group: "compare.group.participation", label: "compare.row.participants", cell: (p) => formatNumber(p.participantsTotal, locale) },
    {
      group: "compare.group.participation",
      label: "compare.row.bySex",
      cell: (p) => p.participantsBySex.map((c) => `${t(`activity.category.${c.category}` as MessageKey)} ${c.count === null ? t("activities.hidden") : formatNumber(c.count, locale)}`).join(", "),
    },
    { group: "compare.group.outcomes", label: "compare.row.phase", cell: (p) => (isPhase(p.phase) ? t(`phase.${p.phase}`) : p.phase) },
    { group: "compare.group.outcomes", label: "compare.row.effortsApproved", cell: (p) => formatNumber(p.effortsApproved, locale) },
    { group: "compare.group.outcomes", label: "compare.row.effortsEnded", cell: (p) => formatNumber(p.effortsEnded, locale) },
    { group: "compare.group.outcomes", label: "compare.row.lessons", cell: (p) => formatNumber(p.lessons, locale) },
  ];
  const query = queryOf({ p: data.chosen, omrade: data.areaId, fas: data.phase });
  return (
    <>
      <title>{`${t("compare.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("compare.title")}
      </h1>
      <p className="ds-paragraph">{t("compare.lead", { max: MAX_COMPARED })}</p>

      {data.compared.length > 0 && (
        // Not a named section: the table's scrolling region below carries the heading's name, and two landmarks of one name confuse (axe landmark-unique).
        <section>
          <h2 className="ds-heading" data-size="sm" id="comparison">
            {t("compare.tableHeading", { count: data.compared.length })}
          </h2>
          {data.cut && <Notice color="warning">{t("compare.cut", { max: MAX_COMPARED })}</Notice>}
          <div className="sv-table-wrap" tabIndex={0} role="region" aria-labelledby="comparison">
            <table className="ds-table" data-border>
              <caption>{t("compare.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("compare.measure")}</th>
                  {data.compared.map((p) => (
                    <th scope="col" key={p.caseId}>
                      <Link className="ds-link" to={`/arenden/${p.caseId}`}>
                        {p.title}
                      </Link>
                      {p.caseNumber && (
                        <>
                          <br />
                          <span data-size="sm">{p.caseNumber}</span>
                        </>
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">
                      <span className="sv-visually-hidden">{`${t(r.group)}: `}</span>
                      {t(r.label)}
                    </th>
                    {data.compared.map((p) => (
                      <td key={p.caseId}>{r.cell(p)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="ds-paragraph" data-size="sm">
            {t("compare.notes")}
          </p>
          <p className="ds-paragraph">
            <a className="ds-link" href={`/jamforelse.csv${query}`} download>
              {t("compare.csv")}
            </a>
          </p>
        </section>
      )}

      <Form method="get" className="sv-form" aria-label={t("compare.filterLabel")}>
        <h2 className="ds-heading" data-size="sm">
          {t("compare.choose")}
        </h2>
        {data.chosen.map((id) => (
          <input key={id} type="hidden" name="p" value={id} />
        ))}
        <SelectField name="omrade" label={t("compare.filter.area")} value={data.areaId ?? ""} options={[{ value: "", label: t("learning.filter.all") }, ...data.areas.map((a) => ({ value: a.id, label: a.name }))]} />
        <SelectField name="fas" label={t("compare.filter.phase")} value={data.phase ?? ""} options={[{ value: "", label: t("learning.filter.all") }, ...(["samarbete", "utforande", "resultat", "avslutad"] as const).map((p) => ({ value: p, label: t(`phase.${p}`) }))]} />
        <div>
          <button type="submit" className="ds-button" data-variant="secondary">
            {t("compare.filter.submit")}
          </button>
        </div>
      </Form>

      <Form method="get" className="sv-form" aria-label={t("compare.choose")}>
        {data.areaId && <input type="hidden" name="omrade" value={data.areaId} />}
        {data.phase && <input type="hidden" name="fas" value={data.phase} />}
        {data.processes.length === 0 ? (
          <p className="ds-paragraph">{t("compare.noProcesses")}</p>
        ) : (
          <fieldset className="ds-fieldset sv-field">
            <legend className="ds-label">{t("compare.processes")}</legend>
            <div className="sv-checks">
              {data.processes.map((p, i) => (
                <div className="sv-check" key={p.caseId}>
                  <input className="ds-input" type="checkbox" id={`field-p-${i}`} name="p" value={p.caseId} defaultChecked={data.chosen.includes(p.caseId)} />
                  <label className="ds-label" data-weight="regular" htmlFor={`field-p-${i}`}>
                    {t("compare.processOption", { title: p.title, number: p.caseNumber ?? t("compare.noNumber"), phase: isPhase(p.phase) ? t(`phase.${p.phase}`) : p.phase, committee: p.committeeCode })}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        )}
        <div>
          <button type="submit" className="ds-button" data-variant="primary">
            {t("compare.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}
