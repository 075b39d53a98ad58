import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import type { SetupProgress } from "#src/application/admin/index.ts";
import { requireActor, services } from "#src/web/app/lib/request.ts";
import { CaseTable } from "#src/web/app/ui/case-table.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";

/** A start page per role: what this person's work needs first (the use case decides, by role). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  return services(context).startPage.view(requireActor(context, request));
}

export default function Start() {
  const t = useT();
  const { actor, cases, moreCases, areaCount, newContactRequests, setup } = useLoaderData<typeof loader>();
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
      {setup && <SetupChecklist setup={setup} />}
      {actor.role === "administrator" && (
        <section aria-labelledby="admin-links">
          <h2 id="admin-links" className="ds-heading" data-size="sm">
            {t("start.adminLinks")}
          </h2>
          <ul className="ds-list">
            <li>
              <Link to="/admin/anvandare" className="ds-link">{t("nav.staff")}</Link>
            </li>
            <li>
              <Link to="/admin/namnder" className="ds-link">{t("nav.committees")}</Link>
            </li>
            <li>
              <Link to="/admin/mal" className="ds-link">{t("nav.goals")}</Link>
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
      <CaseTable cases={cases} caption={caption} captionHidden />
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

/** What is left before the city can take applications: shown to administrators until all is done. */
function SetupChecklist({ setup }: { setup: SetupProgress }) {
  const t = useT();
  const items: Array<{ done: boolean; to: string; label: string }> = [
    { done: setup.committees > 0, to: "/admin/namnder", label: t("start.setup.committees", { count: setup.committees }) },
    { done: setup.takesApplications, to: "/admin/namnder", label: t("start.setup.offering") },
    { done: setup.contactPersons > 0, to: "/admin/anvandare", label: t("start.setup.contacts", { count: setup.contactPersons }) },
    { done: setup.caseOfficers > 0, to: "/admin/anvandare", label: t("start.setup.officers", { count: setup.caseOfficers }) },
    { done: setup.goals > 0, to: "/admin/mal", label: t("start.setup.goals", { count: setup.goals }) },
    { done: setup.areas > 0, to: "/omraden/import", label: t("start.setup.areas", { count: setup.areas }) },
  ];
  if (items.every((i) => i.done)) return null;
  return (
    <section aria-labelledby="setup-title" className="sv-status">
      <h2 id="setup-title" className="ds-heading" data-size="sm">
        {t("start.setup.title")}
      </h2>
      <p className="ds-paragraph">{t("start.setup.lead")}</p>
      <ul className="ds-list">
        {items.map((i) => (
          <li key={i.label}>
            <Link to={i.to} className="ds-link">
              {i.label}
            </Link>{" "}
            – {i.done ? t("start.setup.done") : t("start.setup.todo")}
          </li>
        ))}
      </ul>
    </section>
  );
}
