import { Link, useLoaderData, useSearchParams, type LoaderFunctionArgs } from "react-router";
import type { ActivityView } from "#src/application/dialogue/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { Notice } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "../collaboration/process-nav.tsx";
import { ActivityFacts, ParticipationTables, typeKey } from "./shared.tsx";

/** A plain page of links: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/aktiviteter: the process's dialogue activities, upcoming and held,
 * each with its public link, poster and calendar file and its participation (suppressed for
 * readers outside the process). Those who work in a running process add and change them.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const list = await services(context).activities.list(actor, params.caseId ?? "");
  if (!list) notFound();
  return list;
}

function Activity({ a, caseId, mayChange, suppressed }: { a: ActivityView; caseId: string; mayChange: boolean; suppressed: boolean }) {
  const t = useT();
  const base = `/arenden/${caseId}/process/aktiviteter/${a.id}`;
  return (
    <article className="sv-activity" aria-labelledby={`activity-${a.id}`}>
      <h3 className="ds-heading" data-size="xs" id={`activity-${a.id}`}>
        {a.title}
      </h3>
      <p className="ds-paragraph">{t(typeKey(a.activityType))}</p>
      {a.description && <p className="ds-paragraph sv-prewrap">{a.description}</p>}
      <ActivityFacts a={a} />
      <h4 className="ds-heading" data-size="2xs">
        {t("activities.participation")}
      </h4>
      <ParticipationTables a={a} idPrefix={`p-${a.id}`} suppressed={suppressed} />
      <ul className="sv-buttons ds-list">
        <li>
          <Link className="ds-link" to={`${base}/affisch`}>
            {t("activities.poster")}
            <span className="sv-visually-hidden">: {a.title}</span>
          </Link>
        </li>
        <li>
          <a className="ds-link" href={`${base}/kalender.ics`} download>
            {t("activities.calendar")}
            <span className="sv-visually-hidden">: {a.title}</span>
          </a>
        </li>
        {mayChange && (
          <li>
            <Link className="ds-link" to={base}>
              {t("activities.edit")}
              <span className="sv-visually-hidden">: {a.title}</span>
            </Link>
          </li>
        )}
      </ul>
    </article>
  );
}

export default function Activities() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const suppressed = !data.seesAllFigures;
  return (
    <>
      <title>{`${t("activities.title")}: ${data.title} – ${t("app.name")}`}</title>
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${data.caseId}`}>
          {t("activities.backToCase", { title: data.title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("activities.title")}
      </h1>
      <ProcessNav caseId={data.caseId} />
      {params.get("borttagen") && <Notice color="success">{t("activities.deleted")}</Notice>}
      <p className="ds-paragraph">{t("activities.intro")}</p>
      {data.seesAllFigures && !data.mayChange && <Notice>{t("activities.readOnly")}</Notice>}
      {data.mayChange && (
        <p className="ds-paragraph">
          <Link className="ds-button" data-variant="primary" to={`/arenden/${data.caseId}/process/aktiviteter/ny`}>
            {t("activities.new")}
          </Link>
        </p>
      )}
      <section aria-labelledby="activities-upcoming">
        <h2 className="ds-heading" data-size="sm" id="activities-upcoming">
          {t("activities.upcoming")}
        </h2>
        {data.upcoming.length === 0 ? <p className="ds-paragraph">{t("activities.noneUpcoming")}</p> : data.upcoming.map((a) => <Activity key={a.id} a={a} caseId={data.caseId} mayChange={data.mayChange} suppressed={suppressed} />)}
      </section>
      <section aria-labelledby="activities-held">
        <h2 className="ds-heading" data-size="sm" id="activities-held">
          {t("activities.held")}
        </h2>
        {data.held.length === 0 ? <p className="ds-paragraph">{t("activities.noneHeld")}</p> : data.held.map((a) => <Activity key={a.id} a={a} caseId={data.caseId} mayChange={data.mayChange} suppressed={suppressed} />)}
      </section>
    </>
  );
}
