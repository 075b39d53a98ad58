import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { routeSchema } from "#src/application/committee/index.ts";
import { formValues, parseForm, type FieldErrors, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import type { MessageKey } from "#src/text/index.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { HandlingHeader } from "#src/web/app/ui/handling-header.tsx";
import { formatDate } from "#src/text/index.ts";
import { refusalKey } from "./shared.ts";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).committee.routing.routingView(actor, params.caseId ?? "");
  if (!view) notFound();
  return view;
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const parsed = parseForm(routeSchema, form);
  if (!parsed.ok) return parsed;
  const r = await services(context).committee.routing.route(actor, caseId, parsed.data, requestMeta(context));
  if (!r.ok) {
    if (r.error === "not_found") notFound();
    const errors: FieldErrors = r.error === "invalid" && r.detail ? (r.detail as FieldErrors) : r.error === "same_committee" ? { toCommitteeId: "refusal.same_committee" } : { form: refusalKey(r.error) };
    return { ok: false, errors, values: formValues(form) };
  }
  return redirect(`/handlaggning/${caseId}/overlamna?skickat=1`);
}

export default function RoutingPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const current = data.committees.find((c) => c.id === data.case.committeeId);
  return (
    <>
      <HandlingHeader caseId={data.case.id} caseTitle={data.title} caseNumber={data.case.caseNumber} page={t("routing.title")} failed={!!failure} />
      <p className="ds-paragraph">{t("routing.lead")}</p>
      {params.get("skickat") && <Notice color="success">{t("routing.sent")}</Notice>}
      <p className="ds-paragraph">{t("routing.current", { committee: current ? `${current.nameSv} (${current.code})` : data.case.committeeCode })}</p>

      <h2 className="ds-heading" data-size="sm">
        {t("routing.committeesHeading")}
      </h2>
      <table className="ds-table" data-size="sm">
        <thead>
          <tr>
            <th scope="col">{t("meetings.committee")}</th>
            <th scope="col">{t("routing.committeesHeading")}</th>
          </tr>
        </thead>
        <tbody>
          {data.committees.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                {locale === "sv" ? c.nameSv : c.nameEn} ({c.code})
              </th>
              <td>{c.themes.map((x) => x.theme).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <PostForm className="sv-form" aria-label={t("routing.title")}>
        <ErrorSummary errors={failure?.errors} labels={{ kind: "routing.kind", toCommitteeId: "routing.to", note: "routing.note" }} />
        <fieldset className="ds-fieldset sv-field" id="field-kind" aria-describedby={failure?.errors.kind ? "field-kind-error" : undefined}>
          <legend className="ds-label">{t("routing.kind")}</legend>
          {failure?.errors.kind && (
            <div id="field-kind-error" className="ds-validation-message" data-color="danger">
              {t(failure.errors.kind)}
            </div>
          )}
          {(["overlamning", "yttrande"] as const).map((k) => (
            <div className="ds-field" key={k}>
              <input className="ds-input" type="radio" id={`field-kind-${k}`} name="kind" value={k} defaultChecked={failure?.values.kind === k} />
              <label className="ds-label" htmlFor={`field-kind-${k}`}>
                {t(`routing.kind.${k}` as MessageKey)}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="ds-field sv-field">
          <label className="ds-label" htmlFor="field-toCommitteeId">
            {t("routing.to")}
          </label>
          {failure?.errors.toCommitteeId && (
            <div id="field-toCommitteeId-error" className="ds-validation-message" data-color="danger">
              {t(failure.errors.toCommitteeId)}
            </div>
          )}
          <select
            className="ds-input"
            id="field-toCommitteeId"
            name="toCommitteeId"
            defaultValue={failure?.values.toCommitteeId ?? ""}
            aria-invalid={failure?.errors.toCommitteeId ? true : undefined}
            aria-describedby={failure?.errors.toCommitteeId ? "field-toCommitteeId-error" : undefined}
          >
            <option value="">–</option>
            {data.committees
              .filter((c) => c.id !== data.case.committeeId)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {locale === "sv" ? c.nameSv : c.nameEn} ({c.code})
                </option>
              ))}
          </select>
        </div>
        <Textarea name="note" label={t("routing.note")} defaultValue={failure?.values.note} error={failure?.errors.note} maxLength={5000} />
        <div>
          <SubmitButton>{t("routing.submit")}</SubmitButton>
        </div>
      </PostForm>

      {data.referrals.length > 0 && (
        <>
          <h2 className="ds-heading" data-size="sm">
            {t("routing.history")}
          </h2>
          <ul className="ds-list">
            {data.referrals.map((r) => (
              <li key={r.id}>
                {formatDate(r.referredAt, locale)}: {t(`handling.kind.${r.kind}` as MessageKey)} {r.fromCommitteeCode} → {r.toCommitteeCode}
                {r.note ? ` – ${r.note}` : ""}. {r.kind === "yttrande" ? (r.answer ? t("routing.answer", { answer: r.answer }) : t("routing.unanswered")) : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
