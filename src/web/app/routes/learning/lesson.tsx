import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { formatDate } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { isPhase } from "./shared.tsx";

export const handle = NO_CLIENT_CODE;

/** /lardomar/:lessonId: one lesson, with its process and where it came from. For the staff, and the group of its process. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const lesson = await services(context).lessons.lesson(actor, params.lessonId ?? "");
  if (!lesson) notFound();
  return lesson;
}

export default function LessonPage() {
  const t = useT();
  const locale = useLocale();
  const l = useLoaderData<typeof loader>();
  return (
    <>
      <title>{`${l.title} – ${t("learning.title")} – ${t("app.name")}`}</title>
      <p className="ds-paragraph">
        {l.mayReadLibrary ? (
          <Link className="ds-link" to="/lardomar">
            {t("learning.backToLibrary")}
          </Link>
        ) : (
          <Link className="ds-link" to={`/arenden/${l.caseId}/process/lardomar`}>
            {t("learning.backToProcess", { title: l.caseTitle })}
          </Link>
        )}
      </p>
      <h1 className="ds-heading" data-size="lg">
        {l.title}
      </h1>
      <dl className="sv-dl">
        <dt>{t("learning.lesson.process")}</dt>
        <dd>
          <Link className="ds-link" to={`/arenden/${l.caseId}/process/lardomar`}>
            {l.caseNumber ? `${l.caseTitle} (${l.caseNumber})` : l.caseTitle}
          </Link>
        </dd>
        <dt>{t("learning.lesson.source")}</dt>
        <dd>{t(`learning.source.${l.source}`)}</dd>
        <dt>{t("learning.lesson.phase")}</dt>
        <dd>{isPhase(l.phase) ? t(`phase.${l.phase}`) : l.phase}</dd>
        <dt>{t("learning.lesson.recorded")}</dt>
        <dd>{l.createdByName ? t("learning.lesson.recordedBy", { date: formatDate(new Date(l.createdAt), locale), name: l.createdByName }) : formatDate(new Date(l.createdAt), locale)}</dd>
      </dl>
      <div className="ds-paragraph sv-prewrap">{l.body}</div>
    </>
  );
}
