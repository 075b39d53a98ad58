import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { inboxActionSchema } from "#src/application/committee/index.ts";
import { formFields, formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { formatDate, type MessageKey } from "#src/text/index.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { caseStatusKey, refusalKey } from "./shared.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const inbox = await services(context).committee.handling.inbox(actor);
  if (!inbox) notFound();
  return inbox;
}

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  // Each request for an opinion has its own answer field, named by the request.
  const answerField = `answer-${formFields(form).value("referralId") ?? ""}`;
  const parsed = parseForm(inboxActionSchema, form, { names: { answer: answerField } });
  if (!parsed.ok) return parsed;
  const svc = services(context).committee.routing;
  const meta = requestMeta(context);
  const data = parsed.data;
  if (data.intent === "takeUp") {
    const r = await svc.takeUp(actor, data.caseId, meta);
    if (!r.ok) {
      if (r.error === "not_found") notFound();
      return { ok: false, errors: { form: refusalKey(r.error) }, values: {} };
    }
    return redirect("/handlaggning?upptaget=1");
  }
  const r = await svc.answerReferral(actor, data.referralId, data.answer, meta);
  if (!r.ok) {
    if (r.error === "not_found") notFound();
    return { ok: false, errors: r.error === "invalid" ? { [answerField]: "handling.error.answer" } : { form: refusalKey(r.error) }, values: formValues(form) };
  }
  return redirect("/handlaggning?besvarat=1");
}

export default function HandlingInbox() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t("handling.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("handling.title")}
      </h1>
      <p className="ds-paragraph">{t("handling.lead")}</p>
      {params.get("upptaget") && <Notice color="success">{t("handling.takenUp")}</Notice>}
      {params.get("besvarat") && <Notice color="success">{t("handling.answered")}</Notice>}
      <ErrorSummary errors={failure?.errors} />
      {data.committeeIds.length === 0 && <Notice color="warning">{t("handling.noCommittee")}</Notice>}

      <h2 className="ds-heading" data-size="sm">
        {t("handling.referralsHeading")}
      </h2>
      {data.referrals.length === 0 ? (
        <p className="ds-paragraph">{t("handling.none")}</p>
      ) : (
        <ul className="ds-list sv-stack">
          {data.referrals.map((r) => (
            <li key={r.id}>
              <p className="ds-paragraph">
                <strong>{t(`handling.kind.${r.kind}` as MessageKey)}</strong> · {t("handling.from", { code: r.fromCommitteeCode })} · {formatDate(r.referredAt, locale)} ·{" "}
                <a className="ds-link" href={`/arenden/${r.caseId}`}>
                  {r.caseNumber ?? r.caseTitle}
                </a>{" "}
                – {r.caseTitle} ({t(caseStatusKey(r.caseStatus))})
              </p>
              {r.note && <p className="ds-paragraph">{r.note}</p>}
              {r.kind === "overlamning" && r.caseStatus === "overlamnat" && !r.answeredAt && (
                <PostForm>
                  <input type="hidden" name="intent" value="takeUp" />
                  <input type="hidden" name="caseId" value={r.caseId} />
                  <SubmitButton variant="secondary">{t("handling.takeUp")}</SubmitButton>
                </PostForm>
              )}
              {r.kind === "yttrande" &&
                (r.answeredAt ? (
                  <p className="ds-paragraph">{t("routing.answer", { answer: r.answer ?? "" })}</p>
                ) : (
                  <PostForm className="sv-form">
                    <input type="hidden" name="intent" value="answer" />
                    <input type="hidden" name="referralId" value={r.id} />
                    <Textarea name={`answer-${r.id}`} label={t("handling.answer")} defaultValue={failure?.values[`answer-${r.id}`]} error={failure?.errors[`answer-${r.id}`]} rows={4} />
                    <div>
                      <SubmitButton>{t("handling.sendAnswer")}</SubmitButton>
                    </div>
                  </PostForm>
                ))}
            </li>
          ))}
        </ul>
      )}

      <h2 className="ds-heading" data-size="sm">
        {t("handling.casesHeading")}
      </h2>
      {data.cases.length === 0 ? (
        <p className="ds-paragraph">{t("handling.none")}</p>
      ) : (
        <ul className="ds-list">
          {data.cases.map((c) => (
            <li key={c.id}>
              <a className="ds-link" href={`/arenden/${c.id}`}>
                {c.caseNumber ?? c.title}
              </a>{" "}
              – {c.title} ({t(caseStatusKey(c.status))})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
