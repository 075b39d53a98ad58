import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { meetingSchema } from "#src/application/committee/index.ts";
import { formValues, parseForm, type FieldErrors, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { formatDate, type MessageKey } from "#src/text/index.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { refusalKey } from "./shared.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const page = await services(context).committee.meetings.page(actor);
  if (!page) notFound();
  return page;
}

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const parsed = parseForm(meetingSchema, form);
  if (!parsed.ok) return parsed;
  const r = await services(context).committee.meetings.createMeeting(actor, parsed.data, requestMeta(context));
  if (!r.ok) {
    if (r.error === "not_found") notFound();
    return { ok: false, errors: r.error === "invalid" && r.detail ? (r.detail as FieldErrors) : { form: refusalKey(r.error) }, values: formValues(form) };
  }
  return redirect(`/sammantraden/${r.value.meetingId}?inlagt=1`);
}

export default function MeetingsPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const committeeDefault = failure?.values.committeeId ?? data.ownCommitteeId ?? "";
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t("meetings.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("meetings.title")}
      </h1>
      <p className="ds-paragraph">{t("meetings.lead")}</p>
      {params.get("inlagt") && <Notice color="success">{t("meetings.created")}</Notice>}
      {data.meetings.length === 0 ? (
        <p className="ds-paragraph">{t("meetings.none")}</p>
      ) : (
        <table className="ds-table" data-size="sm">
          <thead>
            <tr>
              <th scope="col">{t("meetings.date")}</th>
              <th scope="col">{t("meetings.committee")}</th>
              <th scope="col">{t("meetings.body")}</th>
              <th scope="col">{t("meetings.items")}</th>
            </tr>
          </thead>
          <tbody>
            {data.meetings.map((m) => (
              <tr key={m.id}>
                <td>
                  <a className="ds-link" href={`/sammantraden/${m.id}`}>
                    {formatDate(m.meetsOn, locale)}
                  </a>
                </td>
                <td>
                  {m.committeeName} ({m.committeeCode})
                </td>
                <td>{t(`meetings.body.${m.body}` as MessageKey)}</td>
                <td>{m.itemCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 className="ds-heading" data-size="sm">
        {t("meetings.create")}
      </h2>
      <PostForm className="sv-form" aria-label={t("meetings.create")}>
        <ErrorSummary errors={failure?.errors} labels={{ committeeId: "meetings.committee", body: "meetings.body", meetsOn: "meetings.date" }} />
        <div className="ds-field sv-field">
          <label className="ds-label" htmlFor="field-committeeId">
            {t("meetings.committee")}
          </label>
          {failure?.errors.committeeId && (
            <div id="field-committeeId-error" className="ds-validation-message" data-color="danger">
              {t(failure.errors.committeeId)}
            </div>
          )}
          <select className="ds-input" id="field-committeeId" name="committeeId" defaultValue={committeeDefault} aria-describedby={failure?.errors.committeeId ? "field-committeeId-error" : undefined}>
            <option value="">–</option>
            {data.committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.nameSv} ({c.code})
              </option>
            ))}
          </select>
        </div>
        <fieldset className="ds-fieldset sv-field" id="field-body" aria-describedby={failure?.errors.body ? "field-body-error" : undefined}>
          <legend className="ds-label">{t("meetings.body")}</legend>
          {failure?.errors.body && (
            <div id="field-body-error" className="ds-validation-message" data-color="danger">
              {t(failure.errors.body)}
            </div>
          )}
          {(["arbetsutskott", "namnd"] as const).map((b) => (
            <div className="ds-field" key={b}>
              <input className="ds-input" type="radio" id={`field-body-${b}`} name="body" value={b} defaultChecked={failure?.values.body === b} />
              <label className="ds-label" htmlFor={`field-body-${b}`}>
                {t(`meetings.body.${b}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <TextField name="meetsOn" type="date" label={t("meetings.date")} hint={t("meetings.dateHint")} defaultValue={failure?.values.meetsOn} error={failure?.errors.meetsOn} />
        <div>
          <SubmitButton>{t("meetings.create")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
