import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { activitySchema, participationSchema } from "#src/application/dialogue/index.ts";
import { formValues, parseForm, type FieldErrors, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "../collaboration/process-nav.tsx";
import { ACTIVITY_LABELS, ActivityFields, PARTICIPATION_LABELS, ParticipationFields } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/**
 * /arenden/:caseId/process/aktiviteter/:activityId: change an activity, record who took part, or
 * remove it; for those who work in the running process (others: not found). Three forms, each
 * telling the action which it is (`intent`).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const one = await services(context).activities.activity(actor, params.caseId ?? "", params.activityId ?? "");
  if (!one || !one.mayChange) notFound();
  return { ...one, shapes: await services(context).applications.areaShapes() };
}

type Intent = "save" | "participation" | "delete";
type Failure = FormFailure & { intent: Intent };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const activityId = params.activityId ?? "";
  const form = await request.formData();
  const intent: Intent = form.get("intent") === "participation" ? "participation" : form.get("intent") === "delete" ? "delete" : "save";
  const activities = services(context).activities;
  const here = `/arenden/${caseId}/process/aktiviteter/${activityId}`;
  const refused = (error: "not_found" | "invalid" | "not_running"): Failure => {
    if (error === "not_found") notFound();
    const errors: FieldErrors = { form: error === "not_running" ? "activity.error.not_running" : "appl.error.form" };
    return { ok: false, errors, values: formValues(form), lists: { targetGroups: form.getAll("targetGroups").map(String) }, intent };
  };
  if (intent === "delete") {
    const result = await activities.remove(actor, caseId, activityId, requestMeta(context));
    if (!result.ok) return refused(result.error);
    return redirect(`/arenden/${caseId}/process/aktiviteter?borttagen=1`);
  }
  if (intent === "participation") {
    const parsed = parseForm(participationSchema, form, { keepOut: ["intent"] });
    if (!parsed.ok) return { ...parsed, intent };
    const result = await activities.recordParticipation(actor, caseId, activityId, parsed.data, requestMeta(context));
    if (!result.ok) return refused(result.error);
    return redirect(`${here}?deltagande=1#participation`);
  }
  const parsed = parseForm(activitySchema, form, { keepOut: ["intent"] });
  if (!parsed.ok) return { ...parsed, intent };
  const result = await activities.update(actor, caseId, activityId, parsed.data, requestMeta(context));
  if (!result.ok) return refused(result.error);
  return redirect(`${here}?sparad=1`);
}

export default function ActivityPage() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as Failure | undefined;
  const [params] = useSearchParams();
  const a = data.activity;
  const base = `/arenden/${data.caseId}/process/aktiviteter/${a.id}`;
  const saveFailure = failure?.intent === "save" ? failure : undefined;
  const participationFailure = failure?.intent === "participation" ? failure : undefined;
  const deleteFailure = failure?.intent === "delete" ? failure : undefined;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("activities.edit.title")}: ${a.title}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${data.caseId}/process/aktiviteter`}>
          {t("activities.backToList")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("activities.edit.title")}: {a.title}
      </h1>
      <ProcessNav caseId={data.caseId} />
      {params.get("sparad") && !failure && <Notice color="success">{t("activities.saved")}</Notice>}
      {params.get("deltagande") && !failure && <Notice color="success">{t("activities.participationSaved")}</Notice>}
      <ul className="sv-buttons ds-list">
        <li>
          <a className="ds-link" href={a.publicLink}>
            {t("activities.publicLink")}
          </a>
        </li>
        <li>
          <Link className="ds-link" to={`${base}/affisch`}>
            {t("activities.poster")}
          </Link>
        </li>
        <li>
          <a className="ds-link" href={`${base}/kalender.ics`} download>
            {t("activities.calendar")}
          </a>
        </li>
      </ul>

      <PostForm className="sv-form" aria-label={t("activities.edit.title")}>
        <ErrorSummary errors={saveFailure?.errors} labels={ACTIVITY_LABELS} />
        <input type="hidden" name="intent" value="save" />
        <ActivityFields failure={saveFailure} activity={a} shapes={data.shapes} />
        <div>
          <SubmitButton>{t("activities.form.save")}</SubmitButton>
        </div>
      </PostForm>

      <section aria-labelledby="participation">
        <h2 className="ds-heading" data-size="sm" id="participation" tabIndex={-1}>
          {t("activities.participation.title")}
        </h2>
        <PostForm className="sv-form" aria-label={t("activities.participation.title")}>
          <ErrorSummary errors={participationFailure?.errors} labels={PARTICIPATION_LABELS} />
          <p className="ds-paragraph sv-hint">{t("activities.participation.hint")}</p>
          <input type="hidden" name="intent" value="participation" />
          <ParticipationFields failure={participationFailure} activity={a} />
          <div>
            <SubmitButton>{t("activities.participation.save")}</SubmitButton>
          </div>
        </PostForm>
      </section>

      <section aria-labelledby="remove-activity">
        <h2 className="ds-heading" data-size="sm" id="remove-activity">
          {t("activities.delete.title")}
        </h2>
        <PostForm className="sv-form" aria-label={t("activities.delete.title")}>
          <ErrorSummary errors={deleteFailure?.errors} />
          <p className="ds-paragraph">{t("activities.delete.hint")}</p>
          <input type="hidden" name="intent" value="delete" />
          <div>
            <SubmitButton variant="secondary">{t("activities.delete.button")}</SubmitButton>
          </div>
        </PostForm>
      </section>
    </>
  );
}
