import { Form, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { caseListQuerySchema } from "#src/application/cases/index.ts";
import { CASE_STATUSES } from "#src/domain/case/lifecycle.ts";
import { PHASES } from "#src/domain/case/phase.ts";
import { parseQuery } from "#src/web/app/lib/forms.ts";
import { requireActor, services } from "#src/web/app/lib/request.ts";
import { pageParam } from "#src/web/app/lib/paging.ts";
import { PageSummary, Pagination } from "#src/web/app/ui/pagination.tsx";
import { CaseTable } from "#src/web/app/ui/case-table.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";

/** The list's address: the filters' names (anything else there, or a value not offered, is ignored). */
const QUERY_NAMES = { phase: "fas", committeeCode: "namnd", order: "ordning" };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const url = new URL(request.url);
  const q = parseQuery(caseListQuerySchema, url.searchParams, { names: QUERY_NAMES }).data;
  const view = await services(context).cases.listPage(actor, { status: q.status, phase: q.phase, committeeCode: q.committeeCode, byNeed: q.order === "behov", page: pageParam(url) });
  return { ...view, order: view.byNeed ? "behov" : "senast" };
}

export default function Cases() {
  const t = useT();
  const { cases, paging, filters, committees, filter, hasNeeds, ranked, order } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${t("cases.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("cases.title")}
      </h1>
      {filters && (
        // A GET form: the filter is in the address, so it can be bookmarked and works without JavaScript.
        <Form method="get" className="sv-filter" aria-label={t("cases.filter")}>
          <div className="ds-field sv-field">
            <label htmlFor="filter-status" className="ds-label">
              {t("cases.filterStatus")}
            </label>
            <select id="filter-status" name="status" className="ds-input" defaultValue={filter.status ?? ""}>
              <option value="">{t("cases.filterAll")}</option>
              {CASE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`internal.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="ds-field sv-field">
            <label htmlFor="filter-phase" className="ds-label">
              {t("cases.filterPhase")}
            </label>
            <select id="filter-phase" name="fas" className="ds-input" defaultValue={filter.phase ?? ""}>
              <option value="">{t("cases.filterAll")}</option>
              {PHASES.map((p) => (
                <option key={p} value={p}>
                  {t(`phase.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="ds-field sv-field">
            <label htmlFor="filter-committee" className="ds-label">
              {t("cases.filterCommittee")}
            </label>
            <select id="filter-committee" name="namnd" className="ds-input" defaultValue={filter.committeeCode ?? ""}>
              <option value="">{t("cases.filterAll")}</option>
              {committees.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          {hasNeeds && (
            <div className="ds-field sv-field">
              <label htmlFor="filter-order" className="ds-label">
                {t("need.order")}
              </label>
              <select id="filter-order" name="ordning" className="ds-input" defaultValue={order}>
                <option value="senast">{t("need.order.latest")}</option>
                <option value="behov">{t("need.order.need")}</option>
              </select>
            </div>
          )}
          <div>
            <button type="submit" className="ds-button" data-variant="secondary">
              {t("cases.filterApply")}
            </button>
          </div>
        </Form>
      )}
      <div role="status">
        {paging.pageCount > 1 ? <PageSummary {...paging} shown={cases.length} /> : <p className="ds-paragraph">{t("cases.count", { count: paging.total })}</p>}
      </div>
      <CaseTable cases={cases} caption={t("cases.caption")} needOf={hasNeeds ? (c) => (c as (typeof cases)[number]).need : undefined} ranked={ranked} />
      <Pagination page={paging.page} pageCount={paging.pageCount} label={t("cases.pages")} />
    </>
  );
}
