import { Form, Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import type { NetworkMeetingRecord } from "#src/application/learning/index.ts";
import { formatDateTime, formatNumber, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { forbidden, requireActor, services } from "#src/web/app/lib/request.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";

export const handle = NO_CLIENT_CODE;

/**
 * /natverk: the network of actors the contact person runs for exchange of experience (seed 002):
 * every actor mapped in any process, each once, filtered by type, area and process, with the
 * contacts (personal data: for contact persons and case officers only); and the network's
 * meetings. The use case: application/learning/network.ts.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const sp = new URL(request.url).searchParams;
  const page = await services(context).actorNetwork.page(actor, { typ: sp.get("typ") ?? undefined, omrade: sp.get("omrade") ?? undefined, process: sp.get("process") ?? undefined });
  if (!page) forbidden();
  return page;
}

export default function NetworkPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const filtered = data.filter.type || data.filter.areaId || data.filter.caseId;
  return (
    <>
      <title>{`${t("network.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("network.title")}
      </h1>
      <p className="ds-paragraph">{t("network.lead")}</p>

      <section aria-labelledby="meetings">
        <h2 className="ds-heading" data-size="md" id="meetings">
          {t("network.meetings")}
        </h2>
        <p className="ds-paragraph">
          <Link className="ds-link" to="/natverk/traffar/ny">
            {t("network.planLink")}
          </Link>
        </p>
        <MeetingList heading={t("network.upcoming")} meetings={data.upcoming} empty={t("network.noUpcoming")} />
        {data.past.length > 0 && <MeetingList heading={t("network.past")} meetings={data.past} empty="" />}
      </section>

      <section aria-labelledby="actors">
        <h2 className="ds-heading" data-size="md" id="actors">
          {t("network.actors")}
        </h2>
        <Form method="get" className="sv-form" aria-label={t("network.filterLabel")}>
          <SelectField name="typ" label={t("network.filter.type")} value={data.filter.type ?? ""} options={[{ value: "", label: t("learning.filter.all") }, ...data.types.map((ty) => ({ value: ty, label: t(`actors.type.${ty}` as MessageKey) }))]} />
          <SelectField name="omrade" label={t("network.filter.area")} value={data.filter.areaId ?? ""} options={[{ value: "", label: t("learning.filter.all") }, ...data.areas.map((a) => ({ value: a.id, label: a.name }))]} />
          <SelectField name="process" label={t("network.filter.process")} value={data.filter.caseId ?? ""} options={[{ value: "", label: t("learning.filter.all") }, ...data.processes.map((p) => ({ value: p.caseId, label: p.title }))]} />
          <div className="sv-actions">
            <button type="submit" className="ds-button" data-variant="secondary">
              {t("network.filter.submit")}
            </button>
            {filtered && (
              <Link className="ds-link" to="/natverk">
                {t("learning.clear")}
              </Link>
            )}
          </div>
        </Form>
        <p className="ds-paragraph">{t("network.actorCount", { shown: formatNumber(data.actors.length, locale), total: formatNumber(data.totalActors, locale) })}</p>
        {data.actors.length > 0 && (
          <div className="sv-table-wrap" tabIndex={0} role="region" aria-labelledby="actors-caption">
            <table className="ds-table" data-border>
              <caption id="actors-caption">{t("network.actorsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("network.col.actor")}</th>
                  <th scope="col">{t("network.col.type")}</th>
                  <th scope="col">{t("network.col.processes")}</th>
                  <th scope="col">{t("network.col.contacts")}</th>
                </tr>
              </thead>
              <tbody>
                {data.actors.map((a) => (
                  <tr key={a.key}>
                    <th scope="row">
                      {a.name}
                      {a.orgNumber && (
                        <>
                          <br />
                          <span data-size="sm">{a.orgNumber}</span>
                        </>
                      )}
                    </th>
                    <td>{a.types.map((ty) => t(`actors.type.${ty}` as MessageKey)).join(", ")}</td>
                    <td>
                      <ul>
                        {a.processes.map((p) => (
                          <li key={p.caseId}>
                            <Link className="ds-link" to={`/arenden/${p.caseId}/process/aktorer`}>
                              {p.title}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {a.contacts.length === 0 ? (
                        t("network.noContact")
                      ) : (
                        <ul>
                          {a.contacts.map((c) => (
                            <li key={c.processActorId}>{[c.contactName, c.email, c.phone].filter(Boolean).join(", ")}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function MeetingList({ heading, meetings, empty }: { heading: string; meetings: NetworkMeetingRecord[]; empty: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h3 className="ds-heading" data-size="sm">
        {heading}
      </h3>
      {meetings.length === 0 ? (
        <p className="ds-paragraph">{empty}</p>
      ) : (
        <ul className="sv-messages">
          {meetings.map((m) => (
            <li key={m.id} className="sv-message">
              <Link className="ds-link" to={`/natverk/traffar/${m.id}`}>
                {m.title}
              </Link>
              <p className="ds-paragraph sv-message__meta" data-size="sm">
                {t("network.meetingMeta", { when: formatDateTime(new Date(m.startsAt), locale), place: m.place, invited: m.invited })}
                {m.notes.trim() !== "" && ` ${t("network.hasNotes")}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
