import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { agendaEntrySchema } from "#src/application/committee/index.ts";
import { parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { formatDate, type MessageKey } from "#src/text/index.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { refusalKey } from "./shared.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const page = await services(context).committee.meetings.meeting(actor, params.meetingId ?? "");
  if (!page) notFound();
  return page;
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const meetingId = params.meetingId ?? "";
  const parsed = parseForm(agendaEntrySchema, await request.formData());
  if (!parsed.ok) return parsed;
  const r = await services(context).committee.meetings.addToAgenda(actor, meetingId, parsed.data.caseId, requestMeta(context), parsed.data.decisionPoint);
  if (!r.ok) {
    if (r.error === "not_found") notFound();
    return { ok: false, errors: { form: refusalKey(r.error) }, values: {} };
  }
  return redirect(`/sammantraden/${meetingId}?uppsatt=1`);
}

export default function MeetingPage() {
  const t = useT();
  const locale = useLocale();
  const { meeting, agenda, ready } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const heading = `${meeting.committeeName} – ${t(`meetings.body.${meeting.body}` as MessageKey)} ${formatDate(meeting.meetsOn, locale)}`;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={heading} />
      <p>
        <a className="ds-link" href="/sammantraden">
          {t("meetings.title")}
        </a>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {heading}
      </h1>
      {params.get("inlagt") && <Notice color="success">{t("meetings.created")}</Notice>}
      {params.get("uppsatt") && <Notice color="success">{t("meetings.added")}</Notice>}
      <ErrorSummary errors={failure?.errors} />
      <h2 className="ds-heading" data-size="sm">
        {t("meetings.agenda")}
      </h2>
      {agenda.length === 0 ? (
        <p className="ds-paragraph">{t("meetings.agendaEmpty")}</p>
      ) : (
        <ol className="ds-list">
          {agenda.map((a) => (
            <li key={a.id}>
              <a className="ds-link" href={`/arenden/${a.caseId}`}>
                {a.caseNumber ?? a.caseTitle}
              </a>{" "}
              – {a.caseTitle} ({t(`meetings.decisionPoint.${a.decisionPoint}`)})
            </li>
          ))}
        </ol>
      )}
      <h2 className="ds-heading" data-size="sm">
        {t("meetings.ready")}
      </h2>
      {ready.length === 0 ? (
        <p className="ds-paragraph">{t("handling.none")}</p>
      ) : (
        <ul className="ds-list">
          {ready.map((c) => (
            <li key={`${c.id}:${c.decisionPoint}`}>
              {c.caseNumber ?? ""} {c.title} ({t(`meetings.decisionPoint.${c.decisionPoint}`)})
              <PostForm aria-label={`${t("meetings.addToAgenda")}: ${c.title} (${t(`meetings.decisionPoint.${c.decisionPoint}`)})`}>
                <input type="hidden" name="caseId" value={c.id} />
                <input type="hidden" name="decisionPoint" value={c.decisionPoint} />
                <SubmitButton variant="secondary">{t("meetings.addToAgenda")}</SubmitButton>
              </PostForm>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
