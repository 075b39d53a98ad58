import { Form, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { CASE_STATUSES, isCaseStatus } from "#src/domain/case/lifecycle.ts";
import { PHASES, type Phase } from "#src/domain/case/phase.ts";
import { requireActor, services } from "#src/web/app/lib/request.ts";
import { areaNeeds, needsMap } from "#src/web/app/lib/needs.ts";
import { needOf } from "#src/domain/coordination/equity.ts";
import { pageParam } from "#src/web/app/lib/paging.ts";
import { PageSummary, Pagination } from "#src/web/app/ui/pagination.tsx";
import { CaseTable } from "#src/web/app/ui/case-table.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const svc = services(context);
  const url = new URL(request.url);
  const params = url.searchParams;
  const status = params.get("status");
  const phase = params.get("fas");
  const committee = params.get("namnd");
  const committees = await svc.cases.committeeCodes();
  const filter = {
    ...(isCaseStatus(status) ? { status } : {}),
    ...((PHASES as readonly string[]).includes(phase ?? "") ? { phase: phase as Phase } : {}),
    ...(committee && committees.includes(committee) ? { committeeCode: committee } : {}),
  };
  // Staff see each case's area need (the index rank of its neediest area) and may order by it:
  // the database orders the whole list by need, then the page is cut (see CaseService.page).
  const needs = await areaNeeds(context, actor);
  const map = needsMap(needs);
  const byNeedOrder = params.get("ordning") === "behov" && needs !== null;
  const { items, ...paging } = await svc.cases.page(actor, filter, { page: pageParam(url), byNeed: byNeedOrder ? map : undefined });
  const cases = items.map((c) => ({ ...c, need: needs ? needOf(c.areaCodes, map) : null }));
  return { cases, paging, staff: actor.role !== "aktor", committees, filter, hasNeeds: needs !== null, ranked: needs?.ranked ?? 0, order: byNeedOrder ? "behov" : "senast" };
}

export default function Cases() {
  const t = useT();
  const { cases, paging, staff, committees, filter, hasNeeds, ranked, order } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${t("cases.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("cases.title")}
      </h1>
      {staff && (
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
