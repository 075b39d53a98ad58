import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { meetingSchema } from "#src/application/learning/index.ts";
import type { MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { forbidden, notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export const handle = NO_CLIENT_CODE;

/** /natverk/traffar/ny: plan a network meeting — title, day, time, place, agenda. Invitations are sent from the meeting's page. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  if (!services(context).actorNetwork.mayRun(actor)) forbidden();
  return { submissionKey: randomUUID() };
}

const MEETING_LABELS: Record<string, MessageKey> = {
  title: "network.field.title",
  date: "network.field.date",
  startTime: "network.field.startTime",
  endTime: "network.field.endTime",
  place: "network.field.place",
  agenda: "network.field.agenda",
};

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const parsed = parseForm(meetingSchema, form);
  if (!parsed.ok) return parsed;
  const r = await services(context).actorNetwork.plan(actor, parsed.data, requestMeta(context));
  if (!r.ok) {
    if (r.error === "not_found") notFound();
    return { ok: false, errors: (r.detail ?? { form: "appl.error.form" }) as Record<string, MessageKey>, values: formValues(form) };
  }
  return redirect(`/natverk/traffar/${r.value.meetingId}?planerad=1`);
}

export default function NewMeetingPage() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const v = failure?.values;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t("network.planTitle")} />
      <p className="ds-paragraph">
        <Link className="ds-link" to="/natverk">
          {t("network.backToNetwork")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("network.planTitle")}
      </h1>
      <p className="ds-paragraph">{t("network.planLead")}</p>
      <PostForm className="sv-form" aria-label={t("network.planTitle")}>
        <ErrorSummary errors={failure?.errors} labels={MEETING_LABELS} />
        <input type="hidden" name="submissionKey" value={v?.submissionKey ?? data.submissionKey} />
        <TextField name="title" label={t("network.field.title")} defaultValue={v?.title} error={failure?.errors.title} required />
        <TextField name="date" type="date" label={t("network.field.date")} hint={t("network.field.dateHint")} defaultValue={v?.date} error={failure?.errors.date} required />
        <TextField name="startTime" label={t("network.field.startTime")} hint={t("network.field.timeHint")} defaultValue={v?.startTime} error={failure?.errors.startTime} inputMode="numeric" required />
        <TextField name="endTime" label={t("network.field.endTime")} hint={t("network.field.timeHint")} defaultValue={v?.endTime} error={failure?.errors.endTime} inputMode="numeric" required />
        <TextField name="place" label={t("network.field.place")} hint={t("network.field.placeHint")} defaultValue={v?.place} error={failure?.errors.place} required />
        <Textarea name="agenda" label={t("network.field.agenda")} hint={t("network.field.agendaHint")} defaultValue={v?.agenda} error={failure?.errors.agenda} rows={6} maxLength={5000} />
        <div>
          <SubmitButton>{t("network.planSubmit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
