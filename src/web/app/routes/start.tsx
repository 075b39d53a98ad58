import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { requireActor, services } from "../lib/request.ts";
import { CaseTable } from "../ui/case-table.tsx";
import { useT } from "../ui/i18n.tsx";

/** A start page per role: what this person's work needs first. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const svc = services(context);
  // The first page of what this role works on: the contact person's queue, the applicant's own
  // cases, or the ten latest changed for the others; the case list (/arenden) has the rest.
  const { items: cases, total } =
    actor.role === "kontaktperson"
      ? await svc.cases.page(actor, { phases: ["forsta_kontakt", "initiering"] }, { page: 1 })
      : await svc.cases.page(actor, {}, { page: 1, ...(actor.role === "aktor" ? {} : { pageSize: 10 }) });
  const areas = actor.role === "analytiker" ? await svc.admin.areas(actor) : null;
  const newContactRequests = actor.role === "kontaktperson" ? await svc.contactRequests.countNew(actor) : null;
  return {
    actor: { name: actor.name, role: actor.role, organisation: actor.organisationName },
    cases,
    moreCases: total > cases.length,
    areaCount: areas?.ok ? areas.value.length : null,
    newContactRequests,
  };
}

export default function Start() {
  const t = useT();
  const { actor, cases, moreCases, areaCount, newContactRequests } = useLoaderData<typeof loader>();
  const caption = actor.role === "aktor" ? t("start.myCases") : actor.role === "kontaktperson" ? t("start.queue") : t("start.allCases");
  return (
    <>
      <title>{`${t("start.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("start.greeting", { name: actor.name })}
      </h1>
      <p className="ds-paragraph">{t("start.role", { role: t(`role.${actor.role}`), organisation: actor.organisation })}</p>
      <p className="ds-paragraph" data-size="lg">
        {t(`start.${actor.role}.lead`)}
      </p>
      {actor.role === "aktor" && (
        <p className="ds-paragraph">
          <Link to="/ansokan/ny" className="ds-button" data-variant="primary">
            {t("appl.startNew")}
          </Link>
        </p>
      )}
      {newContactRequests !== null && (
        <p className="ds-paragraph">
          <Link to="/kontaktforfragningar?status=ny" className="ds-link">
            {t("crequests.startCount", { count: newContactRequests })}
          </Link>
        </p>
      )}
      {areaCount !== null && (
        <p className="ds-paragraph">
          <Link to="/omraden" className="ds-link">
            {t("start.areaSummary", { count: areaCount })}
          </Link>
        </p>
      )}
      {actor.role === "administrator" && (
        <section aria-labelledby="admin-links">
          <h2 id="admin-links" className="ds-heading" data-size="sm">
            {t("start.adminLinks")}
          </h2>
          <ul className="ds-list">
            <li>
              <Link to="/admin/anvandare" className="ds-link">{t("nav.users")}</Link>
            </li>
            <li>
              <Link to="/admin/granskningslogg" className="ds-link">{t("nav.audit")}</Link>
            </li>
            <li>
              <Link to="/utkorg" className="ds-link">{t("nav.outbox")}</Link>
            </li>
          </ul>
        </section>
      )}
      <h2 className="ds-heading" data-size="sm">
        {caption}
      </h2>
      <CaseTable cases={cases} caption={caption} />
      {moreCases && (
        <p className="ds-paragraph">
          <Link to="/arenden" className="ds-link">
            {t("start.allCasesLink")}
          </Link>
        </p>
      )}
    </>
  );
}
