import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { invitationSchema, meetingLessonSchema, meetingNotesSchema, type NetworkError } from "#src/application/learning/index.ts";
import { formatDate, formatDateTime, formatNumber, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requestState, requireActor, serverT, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { SelectField } from "../collaboration/select-field.tsx";
import { invitationMail } from "./mail-text.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export const handle = NO_CLIENT_CODE;

/**
 * /natverk/traffar/:meetingId: a network meeting — its time, place and agenda and its calendar
 * file; invite actors (each address once, by mail through the outbox); write the notes after it;
 * make the notes a lesson of a process. For contact persons and case officers.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const page = await services(context).actorNetwork.meeting(actor, params.meetingId ?? "");
  if (!page) notFound();
  return page;
}

type Failure = FormFailure & { intent: string };

const LABELS: Record<string, MessageKey> = { actorIds: "network.invite.legend", notes: "network.field.notes", caseId: "network.field.process", title: "learning.field.title" };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const meetingId = params.meetingId ?? "";
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const svc = services(context).actorNetwork;
  const meta = requestMeta(context);
  const here = `/natverk/traffar/${meetingId}`;
  const refused = (error: NetworkError | "no_notes" | "closed" | "already", detail?: Record<string, string>): Failure => {
    if (error === "not_found") notFound();
    const errors = error === "invalid" && detail ? detail : { form: error === "invalid" ? "appl.error.form" : `network.error.${error}` };
    return { ok: false, intent, errors: errors as Record<string, MessageKey>, values: formValues(form) };
  };
  switch (intent) {
    case "invite": {
      const parsed = parseForm(invitationSchema, form);
      if (!parsed.ok) return { ...parsed, intent };
      const r = await svc.invite(actor, meetingId, parsed.data, invitationMail(serverT(context), requestState(context).locale), meta);
      return r.ok ? redirect(`${here}?inbjudna=${r.value.invited}#invitations`) : refused(r.error, r.detail);
    }
    case "notes": {
      const parsed = parseForm(meetingNotesSchema, form);
      if (!parsed.ok) return { ...parsed, intent };
      const r = await svc.saveNotes(actor, meetingId, parsed.data, meta);
      return r.ok ? redirect(`${here}?anteckningar=1#notes`) : refused(r.error, r.detail);
    }
    case "lesson": {
      const parsed = parseForm(meetingLessonSchema, form);
      if (!parsed.ok) return { ...parsed, intent };
      const r = await svc.notesToLesson(actor, meetingId, parsed.data, meta);
      return r.ok ? redirect(`${here}?lardom=1#lesson`) : refused(r.error, r.detail);
    }
  }
  return { ok: false, intent, errors: { form: "appl.error.form" }, values: {} };
}

export default function MeetingPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as Failure | undefined;
  const failed = (intent: string) => (failure?.intent === intent ? failure : undefined);
  const [params] = useSearchParams();
  const m = data.meeting;
  const invited = params.get("inbjudna");
  const time = (d: Date | string) => new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Stockholm" }).format(new Date(d));
  const inviteFailure = failed("invite");
  const chosen = inviteFailure?.lists?.actorIds ?? [];
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${m.title} – ${t("network.meetings")}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to="/natverk">
          {t("network.backToNetwork")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {m.title}
      </h1>
      {params.get("planerad") && <Notice color="success">{t("network.planned")}</Notice>}
      {invited !== null && <Notice color="success">{Number(invited) > 0 ? t("network.invitedNotice", { count: Number(invited) }) : t("network.invitedNone")}</Notice>}
      {params.get("anteckningar") && <Notice color="success">{t("network.notesSaved")}</Notice>}
      {params.get("lardom") && <Notice color="success">{t("network.lessonMade")}</Notice>}
      {failure?.errors.form && <ErrorSummary errors={failure.errors} labels={LABELS} />}
      <dl className="sv-dl">
        <dt>{t("network.when")}</dt>
        <dd>{t("network.whenValue", { date: formatDate(new Date(m.startsAt), locale), from: time(m.startsAt), to: time(m.endsAt) })}</dd>
        <dt>{t("network.field.place")}</dt>
        <dd>{m.place}</dd>
        <dt>{t("network.plannedBy")}</dt>
        <dd>{m.createdByName ?? t("compare.unknown")}</dd>
      </dl>
      <h2 className="ds-heading" data-size="sm">
        {t("network.field.agenda")}
      </h2>
      <p className="ds-paragraph sv-prewrap">{m.agenda.trim() === "" ? t("network.noAgenda") : m.agenda}</p>
      <p className="ds-paragraph">
        <a className="ds-link" href={data.calendarLink}>
          {t("network.calendar")}
        </a>
      </p>

      <section aria-labelledby="invitations">
        <h2 className="ds-heading" data-size="sm" id="invitations">
          {t("network.invitations", { count: data.invitations.length })}
        </h2>
        {data.invitations.length === 0 ? (
          <p className="ds-paragraph">{t("network.noInvitations")}</p>
        ) : (
          <div className="sv-table-wrap">
            <table className="ds-table" data-border>
              <caption className="sv-visually-hidden">{t("network.invitationsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("network.col.invited")}</th>
                  <th scope="col">{t("network.col.email")}</th>
                  <th scope="col">{t("network.col.invitedAt")}</th>
                </tr>
              </thead>
              <tbody>
                {data.invitations.map((i) => (
                  <tr key={i.email}>
                    <th scope="row">{i.name}</th>
                    <td>{i.email}</td>
                    <td>{i.invitedByName ? t("network.invitedBy", { when: formatDateTime(new Date(i.invitedAt), locale), name: i.invitedByName }) : formatDateTime(new Date(i.invitedAt), locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data.invitable.length === 0 ? (
          <p className="ds-paragraph">{t("network.noneToInvite")}</p>
        ) : (
          <PostForm className="sv-form" aria-label={t("network.invite.submit")}>
            <input type="hidden" name="intent" value="invite" />
            <ErrorSummary errors={inviteFailure?.errors.form ? undefined : inviteFailure?.errors} labels={LABELS} />
            <fieldset className="ds-fieldset sv-field" aria-describedby={inviteFailure?.errors.actorIds ? "field-actorIds-error" : "field-actorIds-hint"}>
              <legend className="ds-label">{t("network.invite.legend")}</legend>
              <div id="field-actorIds-hint" className="ds-paragraph sv-hint" data-size="sm">
                {t("network.invite.hint")}
              </div>
              {inviteFailure?.errors.actorIds && (
                <div id="field-actorIds-error" className="ds-validation-message" data-color="danger">
                  {t(inviteFailure.errors.actorIds)}
                </div>
              )}
              <div className="sv-checks">
                {data.invitable.flatMap((a, ai) =>
                  a.contacts.map((c, ci) => {
                    const id = ai === 0 && ci === 0 ? "field-actorIds" : `field-actorIds-${ai}-${ci}`;
                    return (
                      <div className="sv-check" key={c.processActorId}>
                        <input className="ds-input" type="checkbox" id={id} name="actorIds" value={c.processActorId} defaultChecked={chosen.includes(c.processActorId)} disabled={c.invited} aria-describedby={`${id}-hint`} />
                        <div>
                          <label className="ds-label" data-weight="regular" htmlFor={id}>
                            {`${a.name}: ${c.label}`}
                          </label>
                          <div id={`${id}-hint`} className="ds-paragraph sv-hint" data-size="sm">
                            {c.invited ? t("network.invite.already", { process: c.caseTitle }) : t("network.invite.in", { process: c.caseTitle })}
                          </div>
                        </div>
                      </div>
                    );
                  }),
                )}
              </div>
            </fieldset>
            <div>
              <SubmitButton>{t("network.invite.submit")}</SubmitButton>
            </div>
          </PostForm>
        )}
      </section>

      <section aria-labelledby="notes">
        <h2 className="ds-heading" data-size="sm" id="notes">
          {t("network.field.notes")}
        </h2>
        {m.notesUpdatedAt && <p className="ds-paragraph sv-hint">{t("network.notesUpdated", { when: formatDateTime(new Date(m.notesUpdatedAt), locale) })}</p>}
        <PostForm className="sv-form" aria-label={t("network.notesSubmit")}>
          <input type="hidden" name="intent" value="notes" />
          <ErrorSummary errors={failed("notes")?.errors} labels={LABELS} />
          <Textarea name="notes" label={t("network.field.notes")} hint={t("network.field.notesHint")} defaultValue={failed("notes")?.values.notes ?? m.notes} error={failed("notes")?.errors.notes} rows={8} maxLength={20000} />
          <div>
            <SubmitButton variant="secondary">{t("network.notesSubmit")}</SubmitButton>
          </div>
        </PostForm>
      </section>

      <section aria-labelledby="lesson">
        <h2 className="ds-heading" data-size="sm" id="lesson">
          {t("network.lessonHeading")}
        </h2>
        {data.lessons.length > 0 && (
          <ul>
            {data.lessons.map((l) => (
              <li key={l.caseId}>
                <Link className="ds-link" to={`/lardomar/${l.lessonId}`}>
                  {t("network.lessonOf", { process: l.caseTitle })}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {m.notes.trim() === "" ? (
          <p className="ds-paragraph">{t("network.lessonNeedsNotes")}</p>
        ) : data.lessonProcesses.length === 0 ? (
          <p className="ds-paragraph">{t("network.lessonNoProcess")}</p>
        ) : (
          <PostForm className="sv-form" aria-label={t("network.lessonSubmit")}>
            <input type="hidden" name="intent" value="lesson" />
            <p className="ds-paragraph">{t("network.lessonLead")}</p>
            <ErrorSummary errors={failed("lesson")?.errors.form ? undefined : failed("lesson")?.errors} labels={LABELS} />
            <SelectField
              name="caseId"
              label={t("network.field.process")}
              hint={t("network.field.processHint")}
              error={failed("lesson")?.errors.caseId}
              value={failed("lesson")?.values.caseId ?? ""}
              options={[{ value: "", label: t("network.field.processChoose") }, ...data.lessonProcesses.map((p) => ({ value: p.caseId, label: p.about ? t("network.field.processAbout", { title: p.title }) : p.title }))]}
            />
            <TextField name="title" label={t("learning.field.title")} defaultValue={failed("lesson")?.values.title ?? t("network.lessonDefaultTitle", { title: m.title })} error={failed("lesson")?.errors.title} required />
            <div>
              <SubmitButton variant="secondary">{t("network.lessonSubmit")}</SubmitButton>
            </div>
          </PostForm>
        )}
      </section>
      <p className="ds-paragraph sv-hint">{t("network.invitedCount", { count: formatNumber(m.invited, locale) })}</p>
    </>
  );
}
