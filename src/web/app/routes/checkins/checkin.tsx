import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { actionDoneSchema, agendaPointSchema, checkinActionSchema, checkinNotesSchema, moveCheckinSchema, type CheckinError } from "#src/application/checkins/index.ts";
import { stockholmParts } from "#src/domain/dialogue/activity.ts";
import { checkinWhen } from "#src/text/checkins.ts";
import { formatDate, formatDateTime, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "../collaboration/process-nav.tsx";
import { ActionStateText, checkinRefusal, MarkDoneForm, statusText, Where, WHEN_LABELS, WhenFields, type Failure } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/avstamningar/:checkinId: one check-in — when and where, its calendar
 * file, the agenda (everyone in the process adds points), the notes and the agreed actions (the
 * contact person writes them; the group marks its actions done), and for the contact person
 * moving and cancelling it.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const page = await services(context).checkins.checkin(actor, params.caseId ?? "", params.checkinId ?? "");
  if (!page) notFound();
  const start = stockholmParts(page.checkin.startsAt);
  const end = stockholmParts(page.checkin.endsAt);
  return { ...page, pointKey: randomUUID(), actionKey: randomUUID(), current: { date: start.date, startTime: start.time, endTime: end.time, place: page.checkin.place ?? "", meetingLink: page.checkin.meetingLink ?? "" } };
}

const INTENTS = ["point", "notes", "action", "done", "move", "cancel"] as const;
type Intent = (typeof INTENTS)[number];

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const checkinId = params.checkinId ?? "";
  const form = await request.formData();
  const sent = String(form.get("intent") ?? "");
  if (!(INTENTS as readonly string[]).includes(sent)) return { ok: false, intent: "", errors: { form: "appl.error.form" }, values: {} };
  const intent = sent as Intent;
  const svc = services(context).checkins;
  const meta = requestMeta(context);
  const here = `/arenden/${caseId}/process/avstamningar/${checkinId}`;
  const refused = (error: CheckinError, detail?: Record<string, string>): Failure => {
    if (error === "not_found") notFound();
    const errors = error === "invalid" ? (detail ?? { form: "appl.error.form" }) : { form: checkinRefusal(error) };
    return { ok: false, intent, errors: errors as Failure["errors"], values: formValues(form) };
  };
  switch (intent) {
    case "point": {
      const parsed = parseForm(agendaPointSchema, form);
      if (!parsed.ok) return { ...parsed, intent };
      const r = await svc.addAgendaPoint(actor, caseId, checkinId, parsed.data, meta);
      return r.ok ? redirect(`${here}?punkt=1#dagordning`) : refused(r.error, r.detail);
    }
    case "notes": {
      const parsed = parseForm(checkinNotesSchema, form);
      if (!parsed.ok) return { ...parsed, intent };
      const r = await svc.saveNotes(actor, caseId, checkinId, parsed.data, meta);
      return r.ok ? redirect(`${here}?anteckningar=1#anteckningar`) : refused(r.error, r.detail);
    }
    case "action": {
      const parsed = parseForm(checkinActionSchema, form);
      if (!parsed.ok) return { ...parsed, intent };
      const r = await svc.addAction(actor, caseId, checkinId, parsed.data, meta);
      return r.ok ? redirect(`${here}?atgard=1#atgarder`) : refused(r.error, r.detail);
    }
    case "done": {
      const parsed = parseForm(actionDoneSchema, form);
      if (!parsed.ok) return { ...parsed, intent };
      const r = await svc.setActionDone(actor, caseId, checkinId, parsed.data, meta);
      return r.ok ? redirect(`${here}?${parsed.data.done === "1" ? "klar" : "oppen"}=1#atgarder`) : refused(r.error, r.detail);
    }
    case "move": {
      const parsed = parseForm(moveCheckinSchema, form);
      if (!parsed.ok) return { ...parsed, intent };
      const r = await svc.move(actor, caseId, checkinId, parsed.data, meta);
      return r.ok ? redirect(`${here}?flyttad=1`) : refused(r.error, r.detail);
    }
    case "cancel": {
      const r = await svc.cancel(actor, caseId, checkinId, meta);
      return r.ok ? redirect(`${here}?installd=1`) : refused(r.error, r.detail);
    }
  }
}

const NOTICES: Array<[string, MessageKey]> = [
  ["bokad", "checkins.scheduled"],
  ["punkt", "checkin.pointAdded"],
  ["anteckningar", "checkin.notesSaved"],
  ["atgard", "checkin.actionAdded"],
  ["klar", "checkin.actionDone"],
  ["oppen", "checkin.actionReopened"],
  ["flyttad", "checkin.moved"],
  ["installd", "checkin.cancelled"],
];

const ACTION_LABELS: Record<string, MessageKey> = { title: "checkin.field.action", ownerUserId: "checkin.field.ownerUserId", ownerName: "checkin.field.ownerName", dueOn: "checkin.field.dueOn" };

export default function CheckinPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const c = data.checkin;
  const failed = (intent: Intent) => (failure?.intent === intent ? failure : undefined);
  const notice = NOTICES.find(([flag]) => params.get(flag));
  const planned = c.status === "planerad";
  const lead = data.may.lead;
  const reschedulable = c.mayReschedule;
  const asking = params.get("installa") === "1" && reschedulable;
  const when = checkinWhen(c.startsAt, c.endsAt, locale);
  const base = `/arenden/${data.caseId}/process/avstamningar`;
  const moveValue = (name: string) => failed("move")?.values[name] ?? (data.current as Record<string, string>)[name];
  const actionFailure = failed("action");
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${c.title} ${when}: ${data.title}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={base}>
          {t("checkin.back", { title: data.title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {c.title}, {when}
      </h1>
      <ProcessNav caseId={data.caseId} />
      {notice && !failure && <Notice color="success">{t(notice[1])}</Notice>}
      {failure && !["point", "notes", "action", "move"].includes(failure.intent) && <ErrorSummary errors={failure.errors} />}
      {c.status === "installd" && <Notice color="warning">{t("checkin.cancelledNotice")}</Notice>}
      {data.phase === "avslutad" && <p className="ds-paragraph">{t("checkins.readOnly")}</p>}

      {asking && (
        <section aria-labelledby="installa" className="sv-callout">
          <h2 className="ds-heading" data-size="sm" id="installa">
            {t("checkin.cancelConfirm", { when })}
          </h2>
          <p className="ds-paragraph">{t("checkin.cancelLead")}</p>
          <PostForm>
            <input type="hidden" name="intent" value="cancel" />
            <SubmitButton>{t("checkin.cancelYes")}</SubmitButton>{" "}
            <Link className="ds-link" to={`${base}/${c.id}`}>
              {t("checkin.cancelNo")}
            </Link>
          </PostForm>
        </section>
      )}

      <dl className="sv-facts">
        <dt>{t("checkin.when")}</dt>
        <dd>{when}</dd>
        <dt>{t("checkin.place")}</dt>
        <dd>
          <Where checkin={c} />
        </dd>
        <dt>{t("checkin.status")}</dt>
        <dd>{statusText(c, t)}</dd>
      </dl>
      {c.seriesId && <p className="ds-paragraph">{t("checkin.series")}</p>}
      <p className="ds-paragraph">
        <a className="ds-link" href={`${base}/${c.id}/kalender.ics`} download>
          {t("checkin.downloadIcs")}
        </a>
      </p>

      <h2 className="ds-heading" data-size="sm" id="dagordning">
        {t("checkin.agenda")}
      </h2>
      {c.agenda.length === 0 ? (
        <p className="ds-paragraph">{t("checkin.noAgenda")}</p>
      ) : (
        <ol className="ds-list">
          {c.agenda.map((p) => (
            <li key={p.id}>
              <span className="sv-prewrap">{p.body}</span>
              {p.addedByName && (
                <span className="ds-paragraph sv-hint" data-size="sm">
                  {" "}
                  ({t("checkin.addedBy", { name: p.addedByName })})
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {data.may.addAgenda && planned && (
        <PostForm className="sv-form" aria-label={t("checkin.addPoint")}>
          <input type="hidden" name="intent" value="point" />
          <input type="hidden" name="submissionKey" value={failed("point")?.values.submissionKey ?? data.pointKey} />
          <ErrorSummary errors={failed("point")?.errors} labels={{ body: "checkin.field.point" }} />
          <Textarea name="body" label={t("checkin.field.point")} hint={t("checkin.field.pointHint")} defaultValue={failed("point")?.values.body} error={failed("point")?.errors.body} rows={2} maxLength={1000} />
          <div>
            <SubmitButton variant="secondary">{t("checkin.addPoint")}</SubmitButton>
          </div>
        </PostForm>
      )}

      <h2 className="ds-heading" data-size="sm" id="anteckningar">
        {t("checkin.notes")}
      </h2>
      {lead ? (
        <PostForm className="sv-form" aria-label={t("checkin.notes")}>
          <input type="hidden" name="intent" value="notes" />
          <ErrorSummary errors={failed("notes")?.errors} labels={{ notes: "checkin.field.notes" }} />
          {c.notesAt && c.notesByName && <p className="ds-paragraph">{t("checkin.notesBy", { name: c.notesByName, date: formatDateTime(c.notesAt, locale) })}</p>}
          <Textarea name="notes" label={t("checkin.field.notes")} hint={t("checkin.field.notesHint")} defaultValue={failed("notes")?.values.notes ?? c.notes} error={failed("notes")?.errors.notes} rows={8} />
          <div>
            <SubmitButton variant="secondary">{t("checkin.saveNotes")}</SubmitButton>
          </div>
        </PostForm>
      ) : c.notes ? (
        <>
          <p className="ds-paragraph sv-prewrap">{c.notes}</p>
          {c.notesAt && c.notesByName && <p className="ds-paragraph sv-hint">{t("checkin.notesBy", { name: c.notesByName, date: formatDateTime(c.notesAt, locale) })}</p>}
        </>
      ) : (
        <p className="ds-paragraph">{t("checkin.noNotes")}</p>
      )}

      <h2 className="ds-heading" data-size="sm" id="atgarder">
        {t("checkin.actions")}
      </h2>
      {c.actions.length === 0 ? (
        <p className="ds-paragraph">{t("checkin.noActions")}</p>
      ) : (
        <div className="sv-table-wrap">
          <table className="ds-table" data-border>
            <caption className="sv-visually-hidden">{t("checkin.actions")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("checkin.action.title")}</th>
                <th scope="col">{t("checkin.action.owner")}</th>
                <th scope="col">{t("checkin.action.dueOn")}</th>
                <th scope="col">{t("checkin.action.state")}</th>
                <th scope="col">{t("checkin.action.change")}</th>
              </tr>
            </thead>
            <tbody>
              {c.actions.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className="sv-prewrap">
                    {a.title}
                  </th>
                  <td>{a.ownerName}</td>
                  <td>{formatDate(a.dueOn, locale)}</td>
                  <td>
                    <ActionStateText action={a} />
                  </td>
                  <td>{a.mayMarkDone ? <MarkDoneForm action={a} /> : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {lead && (
        <PostForm className="sv-form" aria-label={t("checkin.addAction")}>
          <h3 className="ds-heading" data-size="xs">
            {t("checkin.addAction")}
          </h3>
          <input type="hidden" name="intent" value="action" />
          <input type="hidden" name="submissionKey" value={actionFailure?.values.submissionKey ?? data.actionKey} />
          <ErrorSummary errors={actionFailure?.errors} labels={ACTION_LABELS} />
          <Textarea name="title" label={t("checkin.field.action")} defaultValue={actionFailure?.values.title} error={actionFailure?.errors.title} rows={2} maxLength={500} />
          <OwnerSelect people={data.people} value={actionFailure?.values.ownerUserId ?? ""} error={actionFailure?.errors.ownerUserId} />
          <TextField name="ownerName" label={t("checkin.field.ownerName")} defaultValue={actionFailure?.values.ownerName} error={actionFailure?.errors.ownerName} />
          <TextField name="dueOn" label={t("checkin.field.dueOn")} hint={t("checkin.field.dueOnHint")} defaultValue={actionFailure?.values.dueOn} error={actionFailure?.errors.dueOn} />
          <div>
            <SubmitButton variant="secondary">{t("checkin.addAction")}</SubmitButton>
          </div>
        </PostForm>
      )}

      {reschedulable && (
        <>
          <h2 className="ds-heading" data-size="sm" id="flytta">
            {t("checkin.moveHeading")}
          </h2>
          <PostForm className="sv-form" aria-label={t("checkin.moveHeading")}>
            <input type="hidden" name="intent" value="move" />
            <p className="ds-paragraph">{t("checkin.moveHint")}</p>
            <ErrorSummary errors={failed("move")?.errors} labels={WHEN_LABELS} />
            <WhenFields values={moveValue} errors={failed("move")?.errors} />
            <div>
              <SubmitButton variant="secondary">{t("checkin.move")}</SubmitButton>
            </div>
          </PostForm>
          {!asking && (
            <p className="ds-paragraph">
              <Link className="ds-link" to={`${base}/${c.id}?installa=1#installa`}>
                {t("checkin.cancelLink")}
              </Link>
            </p>
          )}
        </>
      )}
    </>
  );
}

/** The people an action can be given to, the group's and the city's in groups of their own. */
function OwnerSelect({ people, value, error }: { people: Array<{ id: string; name: string; side: "grupp" | "stad" }>; value: string; error: MessageKey | undefined }) {
  const t = useT();
  const id = "field-ownerUserId";
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="ds-field sv-field">
      <label className="ds-label" htmlFor={id}>
        {t("checkin.field.ownerUserId")}
      </label>
      <div id={`${id}-hint`} className="ds-paragraph sv-hint" data-size="sm">
        {t("checkin.field.ownerUserIdHint")}
      </div>
      {error && (
        <div id={`${id}-error`} className="ds-validation-message" data-color="danger">
          {t(error)}
        </div>
      )}
      <select className="ds-input" id={id} name="ownerUserId" defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
        <option value="">{t("checkin.field.ownerChoose")}</option>
        {(["grupp", "stad"] as const).map((side) => (
          <optgroup key={side} label={t(`checkin.people.${side}`)}>
            {people
              .filter((p) => p.side === side)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
