/** /admin/mal/:id: change one of the city's goals (its key stays: applications refer to it). */
import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { forbidden, notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { cityGoalSchema } from "#src/application/admin/index.ts";
import { formFields, parseForm } from "#src/web/app/lib/forms.ts";
import { GOAL_LABELS, GoalFields, goalFailure, goalRefusal, readGoalForm, type GoalFailure } from "./goal-form.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const result = await services(context).administration.goals.manage(actor);
  if (!result.ok) return forbidden();
  const goal = result.value.find((g) => g.id === params.id);
  if (!goal) return notFound();
  return { goal: { ...goal, agenda2030: goal.agenda2030.join(", ") } };
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<GoalFailure | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const values = readGoalForm(formFields(form));
  const parsed = parseForm(cityGoalSchema, form);
  if (!parsed.ok) return goalFailure(parsed, values);
  const result = await services(context).administration.goals.save(actor, params.id ?? "", parsed.data, requestMeta(context));
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    if (result.error === "not_found") notFound();
    return goalRefusal(result.detail, values);
  }
  return redirect("/admin/mal?sparad=1");
}

export default function Goal() {
  const t = useT();
  const { goal } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as GoalFailure | undefined;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("admin.goals.editTitle")}: ${goal.nameSv}`} />
      <p className="ds-paragraph">
        <Link to="/admin/mal" className="ds-link">
          {t("admin.goals.back")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("admin.goals.editTitle")}: {goal.nameSv}
      </h1>
      <p className="ds-paragraph sv-hint">{t("admin.goals.key", { key: goal.key })}</p>
      <PostForm className="sv-form">
        <ErrorSummary errors={failure?.errors} labels={GOAL_LABELS} vars={failure?.vars} />
        <GoalFields values={failure?.values ?? goal} errors={failure?.errors} vars={failure?.vars} />
        <div>
          <SubmitButton>{t("admin.goals.save")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
