import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { newActivitySchema } from "#src/application/dialogue/index.ts";
import { formValues, parseForm, type FieldErrors, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "../collaboration/process-nav.tsx";
import { ACTIVITY_LABELS, ActivityFields } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";


/** /arenden/:caseId/process/aktiviteter/ny: a new dialogue activity, for those who work in the running process. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const list = await services(context).activities.list(actor, params.caseId ?? "");
  if (!list || !list.mayChange) notFound();
  return { caseId: list.caseId, title: list.title, submissionKey: randomUUID(), shapes: await services(context).applications.areaShapes() };
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const parsed = parseForm(newActivitySchema, form);
  if (!parsed.ok) {
    const { submissionKey: refused, ...errors } = parsed.errors;
    return { ...parsed, errors: refused ? { ...errors, form: "appl.error.form" } : errors };
  }
  const result = await services(context).activities.create(actor, caseId, parsed.data, requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    const errors: FieldErrors = result.error === "not_running" ? { form: "activity.error.not_running" } : { form: "appl.error.form" };
    return { ok: false, errors, values: formValues(form), lists: { targetGroups: form.getAll("targetGroups").map(String) } };
  }
  return redirect(`/arenden/${caseId}/process/aktiviteter/${result.value.id}?sparad=1`);
}

export default function NewActivity() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("activities.new.title")}: ${data.title}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${data.caseId}/process/aktiviteter`}>
          {t("activities.backToList")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("activities.new.title")}
      </h1>
      <ProcessNav caseId={data.caseId} />
      <PostForm className="sv-form">
        <ErrorSummary errors={failure?.errors} labels={ACTIVITY_LABELS} />
        <input type="hidden" name="submissionKey" value={failure?.values.submissionKey ?? data.submissionKey} />
        <ActivityFields failure={failure} shapes={data.shapes} />
        <div>
          <SubmitButton>{t("activities.form.create")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
