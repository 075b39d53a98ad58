import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { formatDate, formatMoney } from "../i18n/index.ts";
import { notFound, requireActor, services } from "../lib/request.ts";
import { AuditTable } from "../ui/audit-table.tsx";
import { useLocale, useT } from "../ui/i18n.tsx";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const found = await services(context).cases.get(actor, params.caseId ?? "");
  // Missing and not-allowed look the same: a guessed id reveals nothing.
  if (!found) notFound();
  return found;
}

export default function CasePage() {
  const t = useT();
  const locale = useLocale();
  const { case: c, audit } = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${c.title} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {c.title}
      </h1>
      {c.isDemo && <p className="ds-tag" data-color="warning">{t("case.demo")}</p>}
      <dl className="sv-dl" aria-label={t("case.facts")}>
        <dt>{t("cases.number")}</dt>
        <dd>{c.caseNumber ?? t("cases.noNumber")}</dd>
        <dt>{t("cases.applicant")}</dt>
        <dd>{c.applicantOrganisationName ?? "–"}</dd>
        <dt>{t("cases.committee")}</dt>
        <dd>{c.committeeCode}</dd>
        <dt>{t("cases.phase")}</dt>
        <dd>{t(`phase.${c.phase}`)}</dd>
        <dt>{t("case.contactPerson")}</dt>
        <dd>{c.contactPersonName ?? "–"}</dd>
        <dt>{t("case.areas")}</dt>
        <dd>{c.areaNames.length ? c.areaNames.join(", ") : "–"}</dd>
        <dt>{t("case.granted")}</dt>
        <dd>{c.grantedAmountSek !== null ? formatMoney(c.grantedAmountSek, locale) : "–"}</dd>
        <dt>{t("case.started")}</dt>
        <dd>{c.startedOn ? formatDate(c.startedOn, locale) : "–"}</dd>
      </dl>
      <h2 className="ds-heading" data-size="sm">
        {t("case.summary")}
      </h2>
      <p className="ds-paragraph">{c.summary}</p>
      {audit && (
        <section aria-labelledby="audit-title">
          <h2 id="audit-title" className="ds-heading" data-size="sm">
            {t("case.auditTitle")}
          </h2>
          {audit.length ? <AuditTable entries={audit} caption={t("case.auditTitle")} showRecord={false} /> : <p>{t("case.auditEmpty")}</p>}
        </section>
      )}
    </>
  );
}
