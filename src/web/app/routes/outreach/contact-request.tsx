import { randomUUID } from "node:crypto";
import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { contactRequestActionSchema } from "#src/application/outreach/index.ts";
import { formatDate, formatDateTime, type MessageKey } from "#src/text/index.ts";
import { formFields, formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, serverT, services } from "#src/web/app/lib/request.ts";
import { AuditTable } from "#src/web/app/ui/audit-table.tsx";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { Link } from "react-router";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const svc = services(context);
  const id = params.id ?? "";
  const found = await svc.contactRequests.get(actor, id);
  if (!found) notFound();
  return { ...found, audit: await svc.contactRequests.audit(actor, id), submissionKey: randomUUID(), now: Date.now() };
}

/** The forms' names where they differ from the schema's: the note's meeting day has its own field beside the booking's. */
const NAMES = { submissionKey: "submission_key" };
const NOTE_NAMES = { ...NAMES, meetingOn: "noteMeetingOn" };

const ERRORS: Record<string, [string, MessageKey]> = {
  invalid_date: ["meetingOn", "crequests.error.date"],
  closed: ["form", "crequests.error.closed"],
  has_case: ["form", "crequests.error.hasCase"],
  empty: ["body", "crequests.error.note"],
  too_long: ["body", "crequests.error.note"],
};

export async function action({ request, context, params }: ActionFunctionArgs): Promise<(FormFailure & { intent?: string }) | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const parsed = parseForm(contactRequestActionSchema, form, { names: formFields(form).value("intent") === "note" ? NOTE_NAMES : NAMES });
  if (!parsed.ok) return { ...parsed, intent: parsed.values.intent };
  const svc = services(context).contactRequests;
  const id = params.id ?? "";
  const meta = requestMeta(context);
  const data = parsed.data;
  if (data.intent === "invite") {
    const t = serverT(context);
    const invited = await svc.inviteToApply(actor, id, data.submissionKey, { subject: t("crequests.inviteMailSubject"), body: (a) => t("crequests.inviteMailBody", a) }, meta);
    if (!invited.ok) {
      if (invited.error === "not_found") notFound();
      return { ok: false, errors: { form: ERRORS[invited.error]?.[1] ?? "contact.error.form" }, values: {}, intent: data.intent };
    }
    return redirect(`/kontaktforfragningar/${id}?inbjuden=1`);
  }
  const result =
    data.intent === "book"
      ? await svc.bookMeeting(actor, id, data.meetingOn, meta)
      : data.intent === "close"
        ? await svc.close(actor, id, meta)
        : await svc.addNote(actor, { id, body: data.body, meetingOn: data.meetingOn, submissionKey: data.submissionKey }, meta);
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    const [field, message] = ERRORS[result.error] ?? ["form", "contact.error.form"];
    return { ok: false, errors: { [data.intent === "note" && field === "meetingOn" ? "noteMeetingOn" : field]: message }, values: formValues(form), intent: data.intent };
  }
  return redirect(`/kontaktforfragningar/${id}?sparat=1`);
}

export default function ContactRequestDetail() {
  const t = useT();
  const locale = useLocale();
  const { request: r, notes, audit, submissionKey, invitations, now } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as (FormFailure & { intent?: string }) | undefined;
  const [params] = useSearchParams();
  const errors = failure?.errors;
  const v = failure?.values ?? {};
  const notSet = t("crequests.notSet");
  return (
    <>
      <PageTitle failed={Boolean(errors)} text={t("crequests.detailTitle", { name: r.name })} />
      <h1 className="ds-heading" data-size="lg">
        {t("crequests.detailTitle", { name: r.name })}
      </h1>
      {params.get("sparat") === "1" && !failure && <Notice color="success">{t("crequests.saved")}</Notice>}
      {params.get("inbjuden") === "1" && !failure && <Notice color="success">{t("crequests.invite.sent")}</Notice>}
      <ErrorSummary errors={errors} labels={{ meetingOn: "crequests.meetingOn", body: "crequests.noteBody", noteMeetingOn: "crequests.noteMeetingOn" }} />
      <h2 className="ds-heading" data-size="sm">
        {t("crequests.facts")}
      </h2>
      <dl className="sv-facts">
        <dt>{t("crequests.status")}</dt>
        <dd>{t(`crequests.status.${r.status}`)}</dd>
        <dt>{t("crequests.received")}</dt>
        <dd>{formatDateTime(new Date(r.createdAt), locale)}</dd>
        <dt>{t("crequests.email")}</dt>
        <dd>
          <a className="ds-link" href={`mailto:${r.email}`}>
            {r.email}
          </a>
        </dd>
        <dt>{t("crequests.phone")}</dt>
        <dd>{r.phone ?? notSet}</dd>
        <dt>{t("crequests.organisation")}</dt>
        <dd>{r.organisationName ?? notSet}</dd>
        <dt>{t("crequests.actorType")}</dt>
        <dd>{r.actorType ? t(`actorType.${r.actorType}`) : notSet}</dd>
        <dt>{t("crequests.area")}</dt>
        <dd>{r.areaText}</dd>
        <dt>{t("crequests.message")}</dt>
        <dd className="sv-prewrap">{r.message}</dd>
        <dt>{t("crequests.meeting")}</dt>
        <dd>{r.meetingOn ? formatDate(r.meetingOn, locale) : notSet}</dd>
        <dt>{t("crequests.handledBy")}</dt>
        <dd>{r.handledByName ?? notSet}</dd>
      </dl>

      <h2 className="ds-heading" data-size="sm">
        {t("crequests.actions")}
      </h2>
      {r.status === "avslutad" ? (
        <p className="ds-paragraph">{t("crequests.closedNote")}</p>
      ) : (
        <>
          <PostForm className="sv-form" aria-label={t("crequests.book")}>
            <input type="hidden" name="intent" value="book" />
            <TextField name="meetingOn" type="date" label={t("crequests.meetingOn")} defaultValue={failure?.intent === "book" ? v.meetingOn : (r.meetingOn ?? "")} error={failure?.intent === "book" ? errors?.meetingOn : undefined} />
            <div>
              <SubmitButton variant="secondary">{t("crequests.book")}</SubmitButton>
            </div>
          </PostForm>
          <PostForm className="sv-form" aria-label={t("crequests.close")}>
            <input type="hidden" name="intent" value="close" />
            <div>
              <SubmitButton variant="secondary">{t("crequests.close")}</SubmitButton>
            </div>
          </PostForm>
        </>
      )}

      <section aria-labelledby="invite-title">
        <h2 className="ds-heading" data-size="sm" id="invite-title">
          {t("crequests.invite.title")}
        </h2>
        {r.caseId ? (
          <p className="ds-paragraph">
            {t("crequests.invite.hasCase")}{" "}
            <Link className="ds-link" to={`/arenden/${r.caseId}`}>
              {r.caseTitle ?? r.caseId}
            </Link>
          </p>
        ) : r.status === "avslutad" ? (
          <p className="ds-paragraph">{t("crequests.invite.closed")}</p>
        ) : (
          <PostForm key={`invite-${submissionKey}`} className="sv-form" aria-label={t("crequests.invite.submit")}>
            <p className="ds-paragraph">{t("crequests.invite.lead", { name: r.name, email: r.email })}</p>
            <input type="hidden" name="intent" value="invite" />
            <input type="hidden" name="submission_key" value={submissionKey} />
            <div>
              <SubmitButton variant="secondary">{t("crequests.invite.submit")}</SubmitButton>
            </div>
          </PostForm>
        )}
        {invitations.length > 0 && (
          <>
            <h3 className="ds-heading" data-size="xs">
              {t("crequests.invite.list")}
            </h3>
            <ul className="ds-list">
              {invitations.map((i) => (
                <li key={i.id}>
                  {t("crequests.invite.item", { sent: formatDateTime(new Date(i.createdAt), locale), by: i.invitedByName, email: i.email, expires: formatDateTime(new Date(i.expiresAt), locale) })}
                  {" – "}
                  {i.acceptedAt
                    ? t("crequests.invite.accepted", { date: formatDateTime(new Date(i.acceptedAt), locale) })
                    : new Date(i.expiresAt).getTime() <= now
                      ? t("crequests.invite.expired")
                      : t("crequests.invite.waiting")}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <h2 className="ds-heading" data-size="sm" id="anteckningar">
        {t("crequests.notes")}
      </h2>
      {notes.length === 0 ? (
        <p className="ds-paragraph">{t("crequests.noNotes")}</p>
      ) : (
        <ul className="ds-list">
          {notes.map((n) => (
            <li key={n.id}>
              <p className="ds-paragraph" data-size="sm">
                {n.authorName}, {formatDateTime(new Date(n.createdAt), locale)}
                {n.meetingOn ? ` – ${t("crequests.meeting")} ${formatDate(n.meetingOn, locale)}` : ""}
              </p>
              <p className="ds-paragraph sv-prewrap">{n.body}</p>
            </li>
          ))}
        </ul>
      )}
      {/* Keyed by the form's submission key, which every load renews: after a saved note React
          mounts a fresh form, so the textarea is empty instead of inviting the same note again. */}
      <PostForm key={submissionKey} className="sv-form" aria-label={t("crequests.addNote")}>
        <input type="hidden" name="intent" value="note" />
        <input type="hidden" name="submission_key" value={failure?.intent === "note" ? (v.submission_key ?? submissionKey) : submissionKey} />
        <TextField name="noteMeetingOn" type="date" label={t("crequests.noteMeetingOn")} defaultValue={failure?.intent === "note" ? v.noteMeetingOn : ""} error={failure?.intent === "note" ? errors?.noteMeetingOn : undefined} />
        <Textarea name="body" label={t("crequests.noteBody")} defaultValue={failure?.intent === "note" ? v.body : ""} error={failure?.intent === "note" ? errors?.body : undefined} />
        <div>
          <SubmitButton>{t("crequests.addNote")}</SubmitButton>
        </div>
      </PostForm>

      <AuditTable entries={audit} caption={t("crequests.audit")} showRecord={false} />
    </>
  );
}
