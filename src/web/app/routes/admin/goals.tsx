/** /admin/mal: the city's goals in the order the application shows them; add, reorder, open one to change it. */
import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { forbidden, notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { agendaGoalOf } from "#src/domain/admin/city-goals.ts";
import { themeKey } from "../coordination/shared.tsx";
import { cityGoalSchema, goalMoveSchema } from "#src/application/admin/index.ts";
import { formFields, parseForm } from "#src/web/app/lib/forms.ts";
import { GOAL_LABELS, GoalFields, goalFailure, goalRefusal, readGoalForm, type GoalFailure } from "./goal-form.tsx";
import { isTheme } from "#src/domain/coordination/process.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const result = await services(context).administration.goals.manage(actor);
  if (!result.ok) forbidden();
  return { goals: result.value };
}

export async function action({ request, context }: ActionFunctionArgs): Promise<GoalFailure | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const svc = services(context).administration.goals;
  const move = parseForm(goalMoveSchema, form);
  if (move.ok) {
    const moved = await svc.move(actor, move.data.goalId, move.data.move, requestMeta(context));
    if (!moved.ok) return moved.error === "forbidden" ? forbidden() : notFound();
    return redirect("/admin/mal");
  }
  const values = readGoalForm(formFields(form));
  const parsed = parseForm(cityGoalSchema, form);
  if (!parsed.ok) return goalFailure(parsed, values);
  const result = await svc.save(actor, null, parsed.data, requestMeta(context));
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    return goalRefusal(result.detail, values);
  }
  return redirect("/admin/mal?sparad=1");
}

export default function Goals() {
  const t = useT();
  const locale = useLocale();
  const { goals } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as GoalFailure | undefined;
  const [params] = useSearchParams();
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t("admin.goals.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("admin.goals.title")}
      </h1>
      <p className="ds-paragraph">{t("admin.goals.lead")}</p>
      {params.get("sparad") && !failure && <Notice color="success">{t("admin.goals.saved")}</Notice>}
      {goals.length === 0 ? (
        <Notice>{t("admin.goals.none")}</Notice>
      ) : (
        <div className="sv-table-wrap" tabIndex={0}>
          <table className="ds-table" data-border>
            <caption className="sv-visually-hidden">{t("admin.goals.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.goals.name")}</th>
                <th scope="col">{t("admin.goals.agenda")}</th>
                <th scope="col">{t("admin.goals.themes")}</th>
                <th scope="col">{t("admin.goals.state")}</th>
                <th scope="col">{t("admin.goals.order")}</th>
              </tr>
            </thead>
            <tbody>
              {goals.map((g, i) => (
                <tr key={g.id}>
                  <td>
                    <Link to={`/admin/mal/${g.id}`} className="ds-link" aria-label={t("admin.goals.edit", { name: g.nameSv })}>
                      {g.nameSv}
                    </Link>
                  </td>
                  <td>
                    {g.agenda2030.length === 0 ? (
                      "–"
                    ) : (
                      <>
                        {g.agenda2030.join(", ")}
                        <div className="ds-paragraph sv-hint" data-size="sm">
                          {[...new Set(g.agenda2030.map((ref) => agendaGoalOf(ref)).filter((x) => x !== undefined))].map((goal) => `${t("admin.goals.agendaGoal", { n: goal.number })} ${locale === "en" ? goal.en : goal.sv}`).join("; ")}
                        </div>
                      </>
                    )}
                  </td>
                  <td>{g.themes.filter(isTheme).map((x) => t(themeKey(x))).join(", ") || "–"}</td>
                  <td>{t(g.active ? "admin.goals.active" : "admin.goals.inactive")}</td>
                  <td>
                    <div className="sv-buttons" data-nowrap>
                      {i > 0 && (
                        <PostForm className="sv-inline-form">
                          <input type="hidden" name="goalId" value={g.id} />
                          <button type="submit" name="move" value="up" className="ds-button" data-variant="tertiary" data-size="sm" aria-label={t("admin.goals.up", { name: g.nameSv })}>
                            ↑
                          </button>
                        </PostForm>
                      )}
                      {i < goals.length - 1 && (
                        <PostForm className="sv-inline-form">
                          <input type="hidden" name="goalId" value={g.id} />
                          <button type="submit" name="move" value="down" className="ds-button" data-variant="tertiary" data-size="sm" aria-label={t("admin.goals.down", { name: g.nameSv })}>
                            ↓
                          </button>
                        </PostForm>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="new-goal">
        <h2 id="new-goal" className="ds-heading" data-size="md">
          {t("admin.goals.new")}
        </h2>
        <PostForm className="sv-form">
          <ErrorSummary errors={failure?.errors} labels={GOAL_LABELS} vars={failure?.vars} />
          <GoalFields values={failure?.values ?? null} errors={failure?.errors} vars={failure?.vars} />
          <div>
            <SubmitButton>{t("admin.goals.create")}</SubmitButton>
          </div>
        </PostForm>
      </section>
    </>
  );
}
