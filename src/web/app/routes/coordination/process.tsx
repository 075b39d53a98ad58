import { Link, useLoaderData, useSearchParams, type LoaderFunctionArgs } from "react-router";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { Notice } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { OverlapTable, ownerKey, Period, statusKey, themeKey } from "./shared.tsx";

/** /processer/:id: one process (or samverkansstöd case) in the register, with what overlaps it. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const found = await services(context).coordination.processPage(actor, params.id ?? "");
  if (!found) notFound();
  return found;
}

export default function ProcessDetail() {
  const t = useT();
  const { process: p, overlaps, hasNeeds, need } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <title>{`${p.name} – ${t("app.name")}`}</title>
      <p className="ds-paragraph">
        <Link to="/processer" className="ds-link">
          {t("common.back")}: {t("reg.title")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {p.name}
      </h1>
      {params.get("sparad") && <Notice color="success">{t("reg.saved")}</Notice>}
      {hasNeeds && <p className="ds-paragraph">{need?.rank ? t("need.caseLine", { area: need.areaName, rank: need.rank, count: need.ranked }) : t("need.none")}</p>}
      <dl className="sv-dl">
        <dt>{t("reg.kind")}</dt>
        <dd>
          {t(`reg.kind.${p.kind}`)}
          {p.kind === "case" && p.caseId && (
            <>
              {" · "}
              <Link to={`/arenden/${p.caseId}`} className="ds-link">
                {t("reg.openCase", { number: p.caseNumber ?? "" })}
              </Link>
            </>
          )}
        </dd>
        <dt>{t("reg.owner")}</dt>
        <dd>
          {p.ownerName} ({t(ownerKey(p.ownerKind)).toLowerCase()})
        </dd>
        <dt>{t("reg.contact")}</dt>
        <dd>{[p.contactName, p.contactEmail].filter(Boolean).join(", ") || "–"}</dd>
        <dt>{t("reg.themes")}</dt>
        <dd>{p.themes.map((x) => t(themeKey(x))).join(", ") || "–"}</dd>
        <dt>{t("reg.areas")}</dt>
        <dd>{p.areas.map((a) => a.name).join(", ") || "–"}</dd>
        <dt>{t("reg.period")}</dt>
        <dd>
          <Period startsOn={p.startsOn} endsOn={p.endsOn} status={p.status} />
        </dd>
        <dt>{t("reg.status")}</dt>
        <dd>{t(statusKey(p.status))}</dd>
        <dt>{t("reg.link")}</dt>
        <dd>
          {p.link ? (
            <a href={p.link} className="ds-link" rel="noopener noreferrer">
              {p.link}
            </a>
          ) : (
            "–"
          )}
        </dd>
      </dl>
      <h2 className="ds-heading" data-size="sm">
        {t("reg.detail.overlaps")}
      </h2>
      <p className="ds-paragraph">{t("reg.detail.overlapsLead")}</p>
      {!p.hasGeometry ? <p className="ds-paragraph">{t("reg.detail.noGeometry")}</p> : overlaps.length === 0 ? <p className="ds-paragraph">{t("reg.detail.noOverlaps")}</p> : <OverlapTable overlaps={overlaps} />}
    </>
  );
}
