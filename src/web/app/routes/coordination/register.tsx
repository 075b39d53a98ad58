import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { OWNER_KINDS, PROCESS_STATUSES, THEMES } from "#src/domain/coordination/process.ts";
import { pageParam } from "#src/web/app/lib/paging.ts";
import { forbidden, requireActor, services } from "#src/web/app/lib/request.ts";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { PageSummary, Pagination } from "#src/web/app/ui/pagination.tsx";
import { ownerKey, Period, statusKey, themeKey } from "./shared.tsx";

/** /processer: the register of local processes, with filters in the address (a GET form). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const url = new URL(request.url);
  const filter = {
    areaCode: url.searchParams.get("omrade") || undefined,
    theme: url.searchParams.get("tema") || undefined,
    status: url.searchParams.get("status") || undefined,
    ownerKind: url.searchParams.get("agartyp") || undefined,
  };
  const found = await services(context).coordination.registerPage(actor, filter, pageParam(url));
  if (!found) forbidden();
  const { items: processes, ...paging } = found.page;
  return { processes, paging, filter, areas: found.areas, canManage: found.canManage };
}

function Select({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: Array<{ value: string; label: string }> }) {
  const t = useT();
  return (
    <div className="ds-field sv-field">
      <label className="ds-label" htmlFor={`filter-${name}`}>
        {label}
      </label>
      <select className="ds-input" id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{t("reg.filter.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function Register() {
  const t = useT();
  const { processes, paging, filter, areas, canManage } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${t("reg.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("reg.title")}
      </h1>
      <p className="ds-paragraph">{t("reg.lead")}</p>
      <ul className="ds-list">
        {canManage && (
          <>
            <li>
              <Link to="/processer/ny" className="ds-link">
                {t("reg.new")}
              </Link>
            </li>
            <li>
              <Link to="/processer/import" className="ds-link">
                {t("reg.import")}
              </Link>
            </li>
          </>
        )}
        <li>
          <Link to="/samordning" className="ds-link">
            {t("reg.report")}
          </Link>
        </li>
        <li>
          <Link to="/fordelning" className="ds-link">
            {t("equity.title")}
          </Link>
        </li>
      </ul>
      <form method="get" className="sv-filter" aria-label={t("reg.filter")}>
        <Select name="omrade" label={t("reg.areas")} value={filter.areaCode} options={areas.map((a) => ({ value: a.code, label: a.name }))} />
        <Select name="tema" label={t("reg.themes")} value={filter.theme} options={THEMES.map((x) => ({ value: x, label: t(themeKey(x)) }))} />
        <Select name="status" label={t("reg.status")} value={filter.status} options={PROCESS_STATUSES.map((x) => ({ value: x, label: t(statusKey(x)) }))} />
        <Select name="agartyp" label={t("reg.ownerKind")} value={filter.ownerKind} options={OWNER_KINDS.map((x) => ({ value: x, label: t(ownerKey(x)) }))} />
        <div>
          <button type="submit" className="ds-button" data-variant="secondary">
            {t("reg.filter")}
          </button>
        </div>
      </form>
      <PageSummary {...paging} shown={processes.length} />
      {processes.length === 0 ? (
        <p className="ds-paragraph">{t("reg.none")}</p>
      ) : (
        <div className="sv-table-wrap" tabIndex={0} role="region" aria-label={t("reg.caption", { count: paging.total })}>
          <table className="ds-table" data-border>
            <caption>{t("reg.caption", { count: paging.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("reg.name")}</th>
                <th scope="col">{t("reg.owner")}</th>
                <th scope="col">{t("reg.themes")}</th>
                <th scope="col">{t("reg.areas")}</th>
                <th scope="col">{t("reg.period")}</th>
                <th scope="col">{t("reg.status")}</th>
              </tr>
            </thead>
            <tbody>
              {processes.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/processer/${p.id}`} className="ds-link">
                      {p.name}
                    </Link>
                    {p.kind === "case" && ` (${t("reg.kind.case")}${p.caseNumber ? `, ${p.caseNumber}` : ""})`}
                  </td>
                  <td>
                    {p.ownerName} ({t(ownerKey(p.ownerKind)).toLowerCase()})
                  </td>
                  <td>{p.themes.map((x) => t(themeKey(x))).join(", ") || "–"}</td>
                  <td>{p.areas.map((a) => a.name).join(", ") || "–"}</td>
                  <td>
                    <Period startsOn={p.startsOn} endsOn={p.endsOn} status={p.status} />
                  </td>
                  <td>{t(statusKey(p.status))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={paging.page} pageCount={paging.pageCount} label={t("reg.pages")} />
    </>
  );
}
