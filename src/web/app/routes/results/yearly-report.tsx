import { Form, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { formatDate, formatMoney, type MessageKey } from "#src/text/index.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";
import { goalsLine, reportStatusText } from "./yearly-report-text.ts";

/** A plain page with a GET form: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/** The year and committee asked for (`?ar=2026&namnd=TN`). */
export function yearlyQuery(request: Request): { year: number | null; committee: string | null } {
  const url = new URL(request.url);
  const ar = url.searchParams.get("ar");
  return { year: ar && /^\d{4}$/.test(ar) ? Number(ar) : null, committee: url.searchParams.get("namnd") || null };
}

/**
 * /namnd/arsrapport?ar=2026&namnd=TN: the committee's yearly report (seed 004: the work is
 * reported in each committee's yearly analysis): what was funded, where, and with what outcome.
 * Committee staff see their own committees; analysts and administrators all. As DOCX, PDF and CSV
 * beside it.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).yearlyReport.report(actor, yearlyQuery(request));
  if (!view) notFound();
  return view;
}

export default function YearlyReportPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const query = new URLSearchParams({ ar: String(data.year), ...(data.committee ? { namnd: data.committee.code } : {}) }).toString();
  const who = data.committee?.name ?? t("results.yearly.allCommittees");
  return (
    <>
      <title>{`${t("results.yearly.title", { year: data.year })} – ${who} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("results.yearly.title", { year: data.year })}
      </h1>
      <p className="ds-paragraph">{t("results.yearly.lead")}</p>
      <Form method="get" className="sv-form" aria-label={t("results.yearly.choose")}>
        <TextField name="ar" label={t("results.yearly.year")} inputMode="numeric" defaultValue={String(data.year)} />
        {(data.committees.length > 1 || data.mayChooseAll) && (
          <SelectField
            name="namnd"
            label={t("results.yearly.committee")}
            value={data.committee?.code ?? ""}
            options={[...(data.mayChooseAll ? [{ value: "", label: t("results.yearly.allCommittees") }] : []), ...data.committees.map((c) => ({ value: c.code, label: c.name }))]}
          />
        )}
        <div>
          <SubmitButton variant="secondary">{t("results.yearly.show")}</SubmitButton>
        </div>
      </Form>
      <h2 className="ds-heading" data-size="sm">
        {who}
      </h2>
      <p className="ds-paragraph">{t("results.yearly.summary", { processes: data.totals.processes, efforts: data.totals.efforts, amount: formatMoney(data.totals.approvedCitySek, locale), year: data.year })}</p>
      <ul className="ds-list">
        <li>
          <a className="ds-link" href={`/namnd/arsrapport.docx?${query}`} download>
            {t("results.yearly.docx")}
          </a>
        </li>
        <li>
          <a className="ds-link" href={`/namnd/arsrapport.pdf?${query}`} download>
            {t("results.yearly.pdf")}
          </a>
        </li>
        <li>
          <a className="ds-link" href={`/namnd/arsrapport.csv?${query}`} download>
            {t("results.yearly.csv")}
          </a>
        </li>
      </ul>
      {data.processes.length === 0 ? (
        <p className="ds-paragraph">{t("results.yearly.none")}</p>
      ) : (
        <div className="sv-table-wrap">
          <table className="ds-table" data-border>
            <caption>{t("results.yearly.caption", { year: data.year, committee: who })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("results.yearly.csv.process")}</th>
                <th scope="col">{t("results.yearly.csv.areas")}</th>
                <th scope="col">{t("results.yearly.csv.efforts")}</th>
                <th scope="col">{t("results.yearly.csv.citySek")}</th>
                <th scope="col">{t("results.yearly.csv.outcome")}</th>
              </tr>
            </thead>
            <tbody>
              {data.processes.map((p) => (
                <tr key={p.caseId}>
                  <th scope="row">
                    <a className="ds-link" href={`/arenden/${p.caseId}/process/resultat`}>
                      {p.title}
                    </a>
                    {p.caseNumber ? ` (${p.caseNumber})` : ""}
                    <br />
                    {t(`phase.${p.phase}` as MessageKey)}
                  </th>
                  <td>{p.areas.join(", ") || "–"}</td>
                  <td>
                    <ul className="ds-list">
                      {p.efforts.map((e, i) => (
                        <li key={i}>{t("results.yearly.effortLine", { title: e.title, from: formatDate(e.startsOn, locale), to: formatDate(e.endsOn, locale), amount: formatMoney(e.approvedCitySek, locale) })}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{formatMoney(p.efforts.reduce((s, e) => s + e.approvedCitySek, 0), locale)}</td>
                  <td>
                    <p className="ds-paragraph">{reportStatusText(p, t)}</p>
                    {p.outcome && <p className="ds-paragraph">{p.outcome}</p>}
                    {p.goals.length > 0 && <p className="ds-paragraph">{t("results.yearly.goalsLine", { goals: goalsLine(p, t, locale) })}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
