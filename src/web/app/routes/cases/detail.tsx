import { randomUUID } from "node:crypto";
import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { casePageActionSchema, type CaseMessageKind } from "#src/application/cases/index.ts";
import { applicantStatus } from "#src/domain/case/lifecycle.ts";
import { formatDate, formatDateTime, formatMoney, type MessageKey } from "#src/text/index.ts";
import { parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, serverT, services } from "#src/web/app/lib/request.ts";
import { AuditTable } from "#src/web/app/ui/audit-table.tsx";
import { HandlingLinks } from "#src/web/app/ui/handling-links.tsx";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { AreaMap } from "#src/web/app/ui/area-map.tsx";
import { ApplicationAnswers } from "../intake/shared.tsx";
import { contactPersonMail } from "../committee/mail-text.ts";
import { Link } from "react-router";
import type { StaffStep } from "#src/domain/case/next-step.ts";
import type { HandlingOverview } from "#src/application/committee/index.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { PROCESS_PHASES } from "#src/domain/collaboration/process-phase.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const page = await services(context).casePage.view(actor, params.caseId ?? "");
  // Missing and not-allowed look the same: a guessed id reveals nothing.
  if (!page) notFound();
  // A fresh key per rendered form: the same form posted twice creates one message.
  return { ...page, submissionKey: randomUUID() };
}

/** The message forms' name of the submission key. */
const NAMES = { submissionKey: "submission_key" };

const ERRORS: Record<string, MessageKey> = {
  empty: "messages.error.empty",
  too_long: "messages.error.tooLong",
};

export async function action({ request, context, params }: ActionFunctionArgs): Promise<(FormFailure & { kind?: string }) | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const parsed = parseForm(casePageActionSchema, form, { names: NAMES });
  // A failure is shown by the form it came from: the contact person's, or the message form of its kind.
  if (!parsed.ok) return { ...parsed, kind: parsed.values.intent === "contactPerson" ? "contactPerson" : parsed.values.kind };
  const data = parsed.data;
  const t = serverT(context);
  const caseId = params.caseId ?? "";
  if (data.intent === "contactPerson") {
    const assigned = await services(context).committee.contactPersons.assignContactPerson(actor, caseId, data.contactPersonId, contactPersonMail(t), requestMeta(context));
    if (!assigned.ok) {
      if (assigned.error === "not_found") notFound();
      return { ok: false, errors: { contactPersonId: "contactPerson.error" }, values: { contactPersonId: data.contactPersonId ?? "" }, kind: "contactPerson" };
    }
    return redirect(`/arenden/${caseId}?kontaktperson=1`);
  }
  const result = await services(context).messages.post(
    actor,
    { caseId, kind: data.kind, body: data.body, submissionKey: data.submissionKey },
    {
      subject: (label) => t("messages.mailSubject", { case: label ?? t("messages.caseWithoutNumber") }),
      body: (label, kind, link) => t("messages.mailBody", { case: label ?? t("messages.caseWithoutNumber"), kind: t(`messages.kind.${kind}`).toLowerCase(), link }),
    },
    requestMeta(context),
  );
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    return { ok: false, errors: { body: ERRORS[result.error] ?? "messages.error.notAllowed" }, values: { body: data.body }, kind: data.kind };
  }
  return redirect(`/arenden/${caseId}?skickat=1#meddelanden`);
}

function MessageForm({ kind, titleKey, bodyKey, sendKey, hintKey, submissionKey, failure }: { kind: CaseMessageKind; titleKey: MessageKey; bodyKey: MessageKey; sendKey: MessageKey; hintKey?: MessageKey; submissionKey: string; failure: (FormFailure & { kind?: string }) | undefined }) {
  const t = useT();
  const mine = failure?.kind === kind ? failure : undefined;
  return (
    <section aria-labelledby={`form-${kind}`}>
      <h3 id={`form-${kind}`} className="ds-heading" data-size="xs">
        {t(titleKey)}
      </h3>
      {/* A fresh form after each sent message (the key is renewed by every load): the textarea is emptied. */}
      <PostForm key={submissionKey} className="sv-form">
        <ErrorSummary errors={mine?.errors} labels={{ body: bodyKey }} />
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="submission_key" value={submissionKey} />
        <Textarea name="body" label={t(bodyKey)} hint={hintKey ? t(hintKey) : undefined} defaultValue={mine?.values.body} error={mine?.errors.body} />
        <div>
          <SubmitButton>{t(sendKey)}</SubmitButton>
        </div>
      </PostForm>
    </section>
  );
}

/** Where each of the city's next steps is taken. */
function stepHref(step: StaffStep, caseId: string): string {
  switch (step) {
    case "assign_contact_person":
      return "#field-contactPersonId";
    case "register":
      return `/handlaggning/${caseId}/registrering`;
    case "start_assessment":
    case "assess":
    case "review_completion":
      return `/handlaggning/${caseId}/bedomning`;
    case "put_on_agenda":
      return "/sammantraden";
    case "record_decision":
    case "set_minutes_approved":
    case "set_posted":
      return `/handlaggning/${caseId}/beslut`;
    case "take_up":
      return "/handlaggning";
    case "assess_efforts":
      return `/handlaggning/${caseId}/insatser`;
    case "put_efforts_on_agenda":
      return "/sammantraden";
    case "record_efforts_decision":
    case "set_efforts_minutes_approved":
    case "set_efforts_posted":
      return `/handlaggning/${caseId}/insatser/beslut`;
    case "follow_up":
      return "#meddelanden";
    case "follow_execution":
      return `/arenden/${caseId}/process/plan`;
    case "follow_result_report":
    case "review_result_report":
      return `/arenden/${caseId}/process/resultat`;
  }
}

/** The staff's own next step (only what the access policy lets them do) and what waits for others. */
function StaffNextStep({ caseId, handling }: { caseId: string; handling: HandlingOverview }) {
  const t = useT();
  const mine = handling.steps.filter((s) => s.mine);
  const others = handling.steps.filter((s) => !s.mine);
  return (
    <section aria-labelledby="next-step-title" className="sv-next-step">
      <h2 id="next-step-title" className="ds-heading" data-size="sm">
        {t("next.title")}
      </h2>
      {mine.length === 0 ? (
        <p className="ds-paragraph">{handling.applicantTurn ? t(`next.applicant.${handling.applicantTurn}`) : t("next.none")}</p>
      ) : (
        <ol className="ds-list">
          {mine.map((s, i) => (
            <li key={s.step}>
              <p className="ds-paragraph">{t(`next.step.${s.step}`)}</p>
              <a className={i === 0 ? "ds-button" : "ds-link"} data-variant={i === 0 ? "primary" : undefined} href={stepHref(s.step, caseId)}>
                {t(`next.action.${s.step}`)}
              </a>
            </li>
          ))}
        </ol>
      )}
      {others.length > 0 && (
        <>
          <h3 className="ds-heading" data-size="xs">
            {t("next.othersTitle")}
          </h3>
          <ul className="ds-list">
            {others.map((s) => (
              <li key={s.step}>{t(`next.step.${s.step}`)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Who the case's contact person is, and (for those who may) the form to choose another. */
function ContactPersonForm({ handling, failure }: { handling: HandlingOverview; failure: (FormFailure & { kind?: string }) | undefined }) {
  const t = useT();
  const mine = failure?.kind === "contactPerson" ? failure : undefined;
  const current = mine?.values.contactPersonId ?? handling.contactPersonId ?? "";
  const error = mine?.errors.contactPersonId;
  return (
    <PostForm className="sv-form sv-contact-form" aria-label={t("contactPerson.choose")}>
      <ErrorSummary errors={mine?.errors} labels={{ contactPersonId: "contactPerson.choose" }} />
      <input type="hidden" name="intent" value="contactPerson" />
      <div className="ds-field sv-field">
        <label className="ds-label" htmlFor="field-contactPersonId">
          {t("contactPerson.choose")}
        </label>
        {error && (
          <div id="field-contactPersonId-error" className="ds-validation-message" data-color="danger">
            {t(error)}
          </div>
        )}
        <select className="ds-input" id="field-contactPersonId" name="contactPersonId" defaultValue={current} aria-invalid={error ? true : undefined} aria-describedby={error ? "field-contactPersonId-error" : undefined}>
          <option value="">{t("contactPerson.noneOption")}</option>
          {handling.candidates.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({t(`contactPerson.role.${p.role}`)})
            </option>
          ))}
        </select>
      </div>
      <div>
        <SubmitButton variant="secondary">{t("contactPerson.save")}</SubmitButton>
      </div>
    </PostForm>
  );
}

export default function CasePage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as (FormFailure & { kind?: string }) | undefined;
  const [params] = useSearchParams();
  const { case: c, audit, thread, staffView: staff, handling, may } = data;
  const status = c.status;
  const shown = applicantStatus(status);

  const contactPerson = c.contactPersonName ? (
    <>
      {c.contactPersonName}
      {c.contactPersonEmail && (
        <>
          {", "}
          <a className="ds-link" href={`mailto:${c.contactPersonEmail}`}>
            {c.contactPersonEmail}
          </a>
        </>
      )}
    </>
  ) : staff ? (
    t("contactPerson.none")
  ) : (
    t("case.contactPersonNone")
  );

  const facts = (
    <dl className="sv-dl" aria-label={t("case.facts")}>
      <dt>{t("cases.number")}</dt>
      <dd>{c.caseNumber ?? (status === "utkast" ? t("cases.noNumber") : t("cases.awaitingDiarium"))}</dd>
      {staff && data.application?.application.diariumNumber && data.application.application.diariumNumber !== c.caseNumber && (
        <>
          <dt>{t("diarium.label")}</dt>
          <dd>{data.application.application.diariumNumber}</dd>
        </>
      )}
      <dt>{t("cases.applicant")}</dt>
      <dd>{c.applicantOrganisationName ?? "–"}</dd>
      <dt>{t("cases.committee")}</dt>
      <dd>{c.committeeCode}</dd>
      <dt>{t("cases.phase")}</dt>
      <dd>
        {t(`phase.${c.phase}`)}
        {(PROCESS_PHASES as readonly Phase[]).includes(c.phase) && (
          <>
            {" "}
            (
            <Link className="ds-link" to={`/arenden/${c.id}/process`}>
              {t("process.link")}
            </Link>
            )
          </>
        )}
      </dd>
      <dt>{t("case.contactPerson")}</dt>
      <dd>{contactPerson}</dd>
      {handling?.contactRequest && (
        <>
          <dt>{t("case.fromContactRequest")}</dt>
          <dd>
            <Link className="ds-link" to={`/kontaktforfragningar/${handling.contactRequest.id}`}>
              {t("case.fromContactRequestLink")}
            </Link>
          </dd>
        </>
      )}
      <dt>{t("case.areas")}</dt>
      <dd>{c.areaNames.length ? c.areaNames.join(", ") : "–"}</dd>
      <dt>{t("case.granted")}</dt>
      <dd>{c.grantedAmountSek !== null ? formatMoney(c.grantedAmountSek, locale) : "–"}</dd>
      <dt>{t("case.started")}</dt>
      <dd>{c.startedOn ? formatDate(c.startedOn, locale) : "–"}</dd>
    </dl>
  );

  const decision = data.decision && (
    <section aria-labelledby="beslut" className="sv-decision">
      <h2 id="beslut" className="ds-heading" data-size="sm">
        {t("decision.title")}
      </h2>
      <p className="ds-paragraph">
        {t("decision.summary", { paragraph: data.decision.decision.paragraph, date: formatDate(data.decision.decision.decidedOn, locale), outcome: t(`decision.outcome.${data.decision.decision.outcome}`) })}
      </p>
      {data.decision.decision.grantedAmountSek !== null && data.decision.decision.grantedAmountSek > 0 && (
        <p className="ds-paragraph">{t("decision.granted", { amount: formatMoney(data.decision.decision.grantedAmountSek, locale) })}</p>
      )}
      {data.decision.decision.conditions && <p className="ds-paragraph">{data.decision.decision.conditions}</p>}
      <p className="ds-paragraph">{t("decision.appealHow", { court: data.decision.appealTo })}</p>
      {data.decision.appealPeriodEnds && (
        <p className="ds-paragraph">
          <strong>{t("decision.appealEnds", { date: formatDate(data.decision.appealPeriodEnds, locale) })}</strong>
        </p>
      )}
      <p className="ds-paragraph">
        <a className="ds-link" href={`/arenden/${c.id}/protokollsutdrag.pdf`} download>
          {t("decision.extract")}
        </a>
      </p>
    </section>
  );

  const areaMap = c.geometry !== null && (
    <>
      <h3 className="ds-heading" data-size="xs">
        {t("appl.section.area")}
      </h3>
      <AreaMap initial={c.geometry} shapes={[]} editable={false} label={t("appl.section.area")} />
    </>
  );
  // `withMap`: staff see the map above the folded application (a map drawn in a closed
  // <details> has no size and would be drawn wrong when opened).
  const applicationText = (withMap: boolean) => (
    <>
      <h2 className="ds-heading" data-size="sm">
        {t("case.summary")}
      </h2>
      <p className="ds-paragraph">{c.summary || "–"}</p>
      {data.application && (
        <section aria-labelledby="ansokan-title">
          <h2 id="ansokan-title" className="ds-heading" data-size="sm">
            {t("appl.section.title")}
          </h2>
          {withMap && areaMap}
          <ApplicationAnswers view={data.application} changeLinks={false} />
          {data.application.attachments.length > 0 && (
            <>
              <h3 className="ds-heading" data-size="xs">
                {t("appl.review.attachments")}
              </h3>
              <ul className="ds-list">
                {data.application.attachments.map((f) => (
                  <li key={f.id}>
                    <Link to={`/arenden/${c.id}/bilagor/${f.id}`} reloadDocument className="ds-link">
                      {f.filename}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );

  const messages = (
    <section aria-labelledby="meddelanden" className="sv-thread">
      <h2 id="meddelanden" className="ds-heading" data-size="sm" tabIndex={-1}>
        {t("messages.title")}
      </h2>
      {thread.length === 0 ? (
        <p className="ds-paragraph">{t("messages.empty")}</p>
      ) : (
        <ol className="sv-messages">
          {thread.map((m) => (
            <li key={m.id} className="sv-message" data-kind={m.kind}>
              <p className="sv-message__meta">
                <strong>{t(`messages.kind.${m.kind}`)}</strong> · {t("messages.from", { name: m.authorName, organisation: m.organisationName })} ·{" "}
                <time dateTime={new Date(m.createdAt).toISOString()}>{formatDateTime(new Date(m.createdAt), locale)}</time>
              </p>
              <p className="sv-message__body">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {may.answerCompletion && (
        <MessageForm kind="komplettering" titleKey="messages.answerTitle" bodyKey="messages.answerBody" sendKey="messages.answerSend" submissionKey={data.submissionKey} failure={failure} />
      )}
      {may.requestCompletion && (
        <MessageForm kind="begaran_om_komplettering" titleKey="messages.requestTitle" bodyKey="messages.requestBody" hintKey="messages.requestHint" sendKey="messages.requestSend" submissionKey={data.submissionKey} failure={failure} />
      )}
      {may.message && <MessageForm kind="meddelande" titleKey="messages.write" bodyKey="messages.body" sendKey="messages.send" submissionKey={data.submissionKey} failure={failure} />}
    </section>
  );

  return (
    <>
      <PageTitle failed={Boolean(failure)} text={c.title} />
      <h1 className="ds-heading" data-size="lg">
        {c.title}
      </h1>
      {c.isDemo && <p className="ds-tag" data-color="warning">{t("case.demo")}</p>}
      {params.get("skickat") && <Notice color="success">{t("messages.sent")}</Notice>}
      {params.get("kontaktperson") && !failure && <Notice color="success">{t("contactPerson.saved")}</Notice>}
      {staff ? (
        <>
          {/* Staff: the case's internal status, their own next step and their actions first; the
              application's text comes last, folded, so the page does not open on 4,000 px of answers. */}
          <section aria-labelledby="status-title" className="sv-status">
            <h2 id="status-title" className="ds-heading" data-size="sm">
              {t("follow.status")}: {t(`internal.${status}`)}
            </h2>
            {data.hasNeeds && <p className="ds-paragraph">{data.need?.rank ? t("need.caseLine", { area: data.need.areaName, rank: data.need.rank, count: data.need.ranked }) : t("need.none")}</p>}
          </section>
          {handling && <StaffNextStep caseId={c.id} handling={handling} />}
          <HandlingLinks caseId={c.id} may={may} />
          {facts}
          {handling?.canAssign && <ContactPersonForm handling={handling} failure={failure} />}
          {decision}
          {messages}
          {areaMap}
          <details className="sv-details">
            <summary>{t("case.staffApplication")}</summary>
            {applicationText(false)}
          </details>
          {audit && (
            <section aria-labelledby="audit-title">
              <h2 id="audit-title" className="ds-heading" data-size="sm">
                {t("case.auditTitle")}
              </h2>
              {audit.length ? <AuditTable entries={audit} caption={t("case.auditTitle")} showRecord={false} /> : <p>{t("case.auditEmpty")}</p>}
            </section>
          )}
        </>
      ) : (
        <>
          {status === "utkast" && data.application?.canEdit && (
            <p className="ds-paragraph">
              <Link to={`/ansokan/${c.id}/granska`} className="ds-button" data-variant="primary">
                {t("appl.continue")}
              </Link>
            </p>
          )}
          <section aria-labelledby="status-title" className="sv-status">
            <h2 id="status-title" className="ds-heading" data-size="sm">
              {t("follow.status")}: {t(`status.${shown}`)}
            </h2>
            <h3 className="ds-heading" data-size="xs">
              {t("follow.next")}
            </h3>
            <p className="ds-paragraph">{t(`follow.next.${shown}`)}</p>
          </section>
          {facts}
          {decision}
          {applicationText(true)}
          {messages}
        </>
      )}
    </>
  );
}
