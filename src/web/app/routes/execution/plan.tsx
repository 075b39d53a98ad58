import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import type { ChangeRecord } from "#src/application/execution/index.ts";
import { formatDate, formatDateTime, formatMoney, type Locale, type Translate } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { PlanChart } from "./plan-chart.tsx";
import { ExecutionFrame } from "./shared.tsx";

/** A plain page: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/plan: the execution plan — the approved efforts on a timeline (SVG)
 * and in a table with the same data, their milestones, and the history of changes. Each effort
 * opens its own page, where the group updates it and asks for changes.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).executionPlan.view(actor, params.caseId ?? "");
  if (!view) notFound();
  return view;
}

/** A change in words: what moves from what to what. */
export function changeWhat(c: ChangeRecord, t: Translate, locale: Locale): string {
  const d = (v: string | null) => (v ? formatDate(v, locale) : "");
  if (c.kind === "belopp") return t("execution.change.what.belopp", { from: formatMoney(c.fromSek ?? 0, locale), to: formatMoney(c.toSek ?? 0, locale) });
  if (c.kind === "datum") return t("execution.change.what.datum", { from: t("execution.plan.periodValue", { from: d(c.fromStartsOn), to: d(c.fromEndsOn) }), to: t("execution.plan.periodValue", { from: d(c.toStartsOn), to: d(c.toEndsOn) }) });
  return t("execution.change.what.milstolpe", { milestone: c.milestoneTitle ?? "", from: d(c.fromStartsOn), to: d(c.toStartsOn) });
}

export default function PlanPage() {
  const t = useT();
  const locale = useLocale();
  const view = useLoaderData<typeof loader>();
  const base = `/arenden/${view.caseId}/process/plan`;
  const milestones = view.efforts.flatMap((e) => e.milestones.map((m) => ({ ...m, effort: e.title })));
  return (
    <>
      <title>{`${t("execution.plan.title")}: ${view.title} – ${t("app.name")}`}</title>
      <ExecutionFrame caseId={view.caseId} title={view.title} heading={t("execution.plan.title")} phase={view.phase} started={view.started}>
        <p className="ds-paragraph">{t("execution.plan.lead")}</p>
        {view.efforts.length === 0 ? (
          <p className="ds-paragraph">{t("execution.noEfforts")}</p>
        ) : (
          <>
            <figure className="sv-figure">
              <PlanChart efforts={view.efforts} today={view.today} />
            </figure>
            <div className="sv-table-wrap" tabIndex={0} role="region" aria-label={t("execution.plan.caption")}>
              <table className="ds-table">
                <caption>{t("execution.plan.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("execution.plan.effort")}</th>
                    <th scope="col">{t("execution.plan.responsible")}</th>
                    <th scope="col">{t("execution.plan.period")}</th>
                    <th scope="col">{t("execution.plan.status")}</th>
                    <th scope="col">{t("execution.plan.progress")}</th>
                    <th scope="col">{t("execution.plan.city")}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.efforts.map((e) => (
                    <tr key={e.id}>
                      <th scope="row">
                        <Link className="ds-link" to={`${base}/${e.id}`}>
                          {e.title}
                        </Link>
                      </th>
                      <td>{e.responsible}</td>
                      <td>{t("execution.plan.periodValue", { from: formatDate(e.startsOn, locale), to: formatDate(e.endsOn, locale) })}</td>
                      <td>
                        {t(`execution.status.${e.status}`)}
                        {e.behind && e.status !== "forsenad" ? ` (${t("execution.plan.behind")})` : ""}
                      </td>
                      <td>
                        {t("execution.plan.percentValue", { percent: e.percent })}
                        {e.note && <div className="sv-prewrap">{e.note}</div>}
                      </td>
                      <td>{e.citySek === e.decidedCitySek ? formatMoney(e.citySek, locale) : t("execution.plan.cityChanged", { amount: formatMoney(e.citySek, locale), decided: formatMoney(e.decidedCitySek, locale) })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>

            <h2 className="ds-heading" data-size="sm">
              {t("execution.plan.milestones")}
            </h2>
            {milestones.length === 0 ? (
              <p className="ds-paragraph">{t("execution.plan.noMilestones")}</p>
            ) : (
              <div className="sv-table-wrap" tabIndex={0} role="region" aria-label={t("execution.plan.milestonesCaption")}>
                <table className="ds-table">
                  <caption>{t("execution.plan.milestonesCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("execution.plan.milestone")}</th>
                      <th scope="col">{t("execution.plan.effort")}</th>
                      <th scope="col">{t("execution.plan.dueOn")}</th>
                      <th scope="col">{t("execution.plan.doneOn")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {milestones.map((m) => (
                      <tr key={m.id}>
                        <th scope="row">{m.title}</th>
                        <td>{m.effort}</td>
                        <td>{formatDate(m.dueOn, locale)}</td>
                        <td>{m.doneOn ? t("execution.plan.doneValue", { date: formatDate(m.doneOn, locale) }) : t("execution.plan.notDone")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}

        <h2 className="ds-heading" data-size="sm" id="andringar">
          {t("execution.plan.changes")}
        </h2>
        <p className="ds-paragraph">{t("execution.plan.changesLead", { percent: view.thresholds.cityAmountPercent, amount: formatMoney(view.thresholds.cityAmountSek, locale), months: view.thresholds.dateMonths })}</p>
        <ChangesTable changes={view.changes} caseId={view.caseId} mayHandle={view.may.settle || view.may.decide} />
      </ExecutionFrame>
    </>
  );
}

/** The history of changes: what, why, by whom, and how it was settled. */
export function ChangesTable({ changes, caseId, mayHandle }: { changes: ChangeRecord[]; caseId: string; mayHandle: boolean }) {
  const t = useT();
  const locale = useLocale();
  if (changes.length === 0) return <p className="ds-paragraph">{t("execution.plan.noChanges")}</p>;
  return (
    <div className="sv-table-wrap" tabIndex={0} role="region" aria-label={t("execution.plan.changesCaption")}>
      <table className="ds-table">
        <caption>{t("execution.plan.changesCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("execution.plan.requested")}</th>
            <th scope="col">{t("execution.plan.effort")}</th>
            <th scope="col">{t("execution.plan.change")}</th>
            <th scope="col">{t("execution.changePage.reason")}</th>
            <th scope="col">{t("execution.plan.changeStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id}>
              <th scope="row">{formatDateTime(c.requestedAt, locale)}</th>
              <td>{c.effortTitle}</td>
              <td>{changeWhat(c, t, locale)}</td>
              <td className="sv-prewrap">{c.reason}</td>
              <td>
                {t(`execution.change.status.${c.status}`)}{" "}
                <Link className="ds-link" to={`/arenden/${caseId}/process/plan/andringar/${c.id}`}>
                  {mayHandle && (c.status === "begard" || c.status === "kraver_beslut") ? t("execution.plan.handle") : t("execution.plan.show")}
                  <span className="sv-visually-hidden">{` – ${c.effortTitle}, ${formatDateTime(c.requestedAt, locale)}`}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
