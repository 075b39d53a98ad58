import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { COUNT_GROUPS, type CountGroup } from "#src/domain/dialogue/theme-counts.ts";
import { participationLine, formatDate } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "../collaboration/process-nav.tsx";

/** A page to read: no client code. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/sammanstallning: what was heard in the process's dialogue, theme by
 * theme (the accepted themes, with counts per target group and representative quotes), and the
 * dialogue activities held; with the same content as DOCX and PDF. Readable by everyone who may
 * read the case (src/application/dialogue/compilation.ts says why).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const compilation = await services(context).compilation.compilation(actor, params.caseId ?? "");
  if (!compilation) notFound();
  return compilation;
}

export default function CompilationPage() {
  const t = useT();
  const locale = useLocale();
  const c = useLoaderData<typeof loader>();
  const group = (g: string) => t(`themes.group.${g as CountGroup}`);
  const base = `/arenden/${c.caseId}/process/sammanstallning`;
  return (
    <>
      <title>{`${t("compilation.title")}: ${c.title} – ${t("app.name")}`}</title>
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${c.caseId}`}>
          {t("process.backToCase", { title: c.title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("compilation.title")}
      </h1>
      <ProcessNav caseId={c.caseId} />
      <p className="ds-paragraph">{t("compilation.intro")}</p>
      <p className="ds-paragraph">{t("compilation.summary", { viewpoints: c.viewpointCount, activities: c.activities.length })}</p>
      <ul className="ds-list">
        <li>
          <a className="ds-link" href={`${base}.docx`} download>
            {t("compilation.downloadDocx")}
          </a>
        </li>
        <li>
          <a className="ds-link" href={`${base}.pdf`} download>
            {t("compilation.downloadPdf")}
          </a>
        </li>
      </ul>

      <h2 className="ds-heading" data-size="sm">
        {t("compilation.heard")}
      </h2>
      {c.themes.length === 0 ? (
        <p className="ds-paragraph">{t("compilation.noThemes")}</p>
      ) : (
        <div className="sv-table-wrap">
          <table className="ds-table" data-border>
            <caption>{t("compilation.overview")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("themes.table.theme")}</th>
                <th scope="col">{t("themes.table.total")}</th>
                {COUNT_GROUPS.map((g) => (
                  <th scope="col" key={g}>
                    {group(g)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {c.themes.map((th) => (
                <tr key={th.id}>
                  <th scope="row">{th.name}</th>
                  <td>{th.count}</td>
                  {COUNT_GROUPS.map((g) => (
                    <td key={g}>{th.byGroup[g] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {c.themes.map((th) => (
        <section key={th.id} aria-labelledby={`tema-${th.id}`}>
          <h3 className="ds-heading" data-size="xs" id={`tema-${th.id}`}>
            {th.name}
          </h3>
          <p className="ds-paragraph">{t("compilation.themeCount", { count: th.count })}</p>
          {th.quotes.length === 0 ? (
            <p className="ds-paragraph">{t("compilation.noQuotes")}</p>
          ) : (
            th.quotes.map((q, i) => (
              <blockquote key={i} className="ds-paragraph">
                {q.text}
                {q.redacted && ` ${t("themes.redacted")}`}
              </blockquote>
            ))
          )}
        </section>
      ))}
      <p className="ds-paragraph">{t("compilation.untagged", { count: c.untaggedCount })}</p>

      <h2 className="ds-heading" data-size="sm">
        {t("compilation.activities")}
      </h2>
      {c.activities.length === 0 ? (
        <p className="ds-paragraph">{t("compilation.noActivities")}</p>
      ) : (
        <div className="sv-table-wrap">
          <table className="ds-table" data-border>
            <caption className="sv-visually-hidden">{t("compilation.activities")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("compilation.activity.title")}</th>
                <th scope="col">{t("compilation.activity.type")}</th>
                <th scope="col">{t("compilation.activity.date")}</th>
                <th scope="col">{t("compilation.activity.groups")}</th>
                <th scope="col">{t("compilation.activity.participants")}</th>
              </tr>
            </thead>
            <tbody>
              {c.activities.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.title}</th>
                  <td>{t(`activity.type.${a.type}`)}</td>
                  <td>{formatDate(new Date(a.startsAt), locale)}</td>
                  <td>{a.targetGroups.map(group).join(", ") || "–"}</td>
                  <td>
                    {a.participantsTotal ?? "–"}
                    {a.participation.length > 0 && <div className="ds-paragraph" data-size="sm">{participationLine(t, a.participation)}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
