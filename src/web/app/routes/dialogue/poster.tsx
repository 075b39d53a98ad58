import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { formatDate } from "#src/text/index.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { Place, TimeRange, typeKey } from "./shared.tsx";

/** A page to print: no client code. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/aktiviteter/:activityId/affisch: a poster for the activity, to print
 * and put up where people pass: what, when and where, what we ask, and the public page's QR code
 * (drawn here as SVG from its modules) with its address written out. For those who may read the case.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const poster = await services(context).activities.poster(actor, params.caseId ?? "", params.activityId ?? "");
  if (!poster) notFound();
  return poster;
}

/** The dark modules as one path of unit squares: a small, crisp SVG that prints at any size. */
function qrPath(modules: boolean[][]): string {
  let d = "";
  modules.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
  return d;
}

export default function Poster() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const a = data.activity;
  const size = data.qrModules.length;
  return (
    <>
      <title>{`${t("activities.poster.pageTitle", { title: a.title })} – ${t("app.name")}`}</title>
      <div className="sv-no-print">
        <p className="ds-paragraph">
          <Link className="ds-link" to={`/arenden/${data.caseId}/process/aktiviteter`}>
            {t("activities.backToList")}
          </Link>
        </p>
        <p className="ds-paragraph sv-hint">{t("activities.poster.printHint")}</p>
      </div>
      <article className="sv-poster" aria-labelledby="poster-title">
        <p className="ds-paragraph" data-size="lg">
          {t(typeKey(a.activityType))}
        </p>
        <h1 className="ds-heading sv-poster__title" id="poster-title">
          {a.title}
        </h1>
        <dl className="sv-dl">
          <dt>{t("activities.when")}</dt>
          <dd>
            <TimeRange a={a} />
          </dd>
          <dt>{t("activities.where")}</dt>
          <dd>
            <Place a={a} />
          </dd>
          {a.accessibility && (
            <>
              <dt>{t("activities.accessibility")}</dt>
              <dd className="sv-prewrap">{a.accessibility}</dd>
            </>
          )}
          {a.languages.length > 0 && (
            <>
              <dt>{t("activities.languages")}</dt>
              <dd>{a.languages.join(", ")}</dd>
            </>
          )}
        </dl>
        {a.description && <p className="ds-paragraph sv-prewrap">{a.description}</p>}
        <p className="ds-paragraph" data-size="lg">
          {t("activities.poster.ask")}
        </p>
        {a.consultationEndsOn && <p className="ds-paragraph">{t("activities.consultationEnds", { date: formatDate(a.consultationEndsOn, locale) })}</p>}
        <svg className="sv-poster__qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-labelledby="poster-qr-title" shapeRendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
          <title id="poster-qr-title">{t("activities.poster.qr")}</title>
          <rect width={size} height={size} fill="#fff" />
          <path d={qrPath(data.qrModules)} fill="#000" />
        </svg>
        <p className="ds-paragraph">
          <span className="sv-visually-hidden">{t("activities.poster.address")}: </span>
          <a className="ds-link sv-poster__link" href={a.publicLink}>
            {a.publicLink}
          </a>
        </p>
        <p className="ds-paragraph" data-size="sm">
          {t("activities.poster.partOf", { title: data.title })}
        </p>
      </article>
    </>
  );
}
