import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import type { WeDo } from "#src/application/collaboration/index.ts";
import { formatDate, formatMoney } from "#src/text/index.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "./process-nav.tsx";

/** A page to read: it needs no JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/vi-fragade: "Vi frågade, ni sa, vi gör" — for each theme of the
 * dialogue, what residents said and what the proposal and the committee's decision do about it.
 * Written for residents: it becomes public with the public register.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const page = await services(context).weAsked.page(actor, params.caseId ?? "");
  if (!page) notFound();
  return page;
}

export default function WeAskedPage() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${t("weAsked.title")}: ${data.title} – ${t("app.name")}`}</title>
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${data.caseId}`}>
          {t("process.backToCase", { title: data.title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("weAsked.title")}
      </h1>
      <ProcessNav caseId={data.caseId} />
      <p className="ds-paragraph">{t("weAsked.lead", { activities: data.activityCount, viewpoints: data.viewpointCount })}</p>
      {data.proposalStatus !== "beslutat" && <p className="ds-paragraph">{t("weAsked.notDecided")}</p>}
      {data.themes.length === 0 && <p className="ds-paragraph">{t("weAsked.noThemes")}</p>}
      {data.themes.map((theme) => (
        <section key={theme.id} aria-labelledby={`theme-${theme.id}`} className="sv-we-asked">
          <h2 className="ds-heading" data-size="sm" id={`theme-${theme.id}`}>
            {theme.name}
          </h2>
          <h3 className="ds-heading" data-size="xs">
            {t("weAsked.youSaid", { count: theme.count })}
          </h3>
          {theme.quotes.map((q, i) => (
            <blockquote key={i} className="sv-quote">
              <p className="ds-paragraph sv-prewrap">{q.text}</p>
              {q.redacted && <p className="ds-paragraph" data-size="sm">{t("weAsked.redacted")}</p>}
            </blockquote>
          ))}
          <h3 className="ds-heading" data-size="xs">
            {t("weAsked.weDo")}
          </h3>
          {theme.weDo.length === 0 ? <p className="ds-paragraph">{t("weAsked.nothingYet")}</p> : <WeDoList items={theme.weDo} />}
        </section>
      ))}
      {data.otherEfforts.length > 0 && (
        <section aria-labelledby="we-asked-other">
          <h2 className="ds-heading" data-size="sm" id="we-asked-other">
            {t("weAsked.other")}
          </h2>
          <WeDoList items={data.otherEfforts} />
        </section>
      )}
      {data.untaggedCount > 0 && <p className="ds-paragraph">{t("weAsked.untagged", { count: data.untaggedCount })}</p>}
    </>
  );
}

function WeDoList({ items }: { items: WeDo[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="ds-list">
      {items.map((e) => (
        <li key={e.effortId}>
          <strong>{e.title}</strong> ({e.responsible}, {formatDate(e.startsOn, locale)} – {formatDate(e.endsOn, locale)}):{" "}
          {e.verdict === "beviljad" ? t("weAsked.approved", { amount: formatMoney(e.citySek ?? 0, locale) }) : e.verdict === "avslagen" ? t("weAsked.refused") : t("weAsked.proposed")}
        </li>
      ))}
    </ul>
  );
}
