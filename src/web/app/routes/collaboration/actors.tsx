import { randomUUID } from "node:crypto";
import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { actorChangeSchema, type ProcessActorRecord, type RegisteredOrganisation } from "#src/application/collaboration/index.ts";
import { ACTOR_ROLES, ACTOR_TYPES } from "#src/domain/collaboration/actor-mapping.ts";
import { formatDate, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { Radios } from "#src/web/app/ui/choices.tsx";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "./process-nav.tsx";
import { SelectField } from "./select-field.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/aktorer: the actor mapping of a running process, grouped by role with
 * counts per type; add, change (?andra=id) and remove (?ta-bort=id asks first) while the process
 * runs. For those who work in the process only (the use case: application/collaboration/actor-mapping.ts).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).actorMapping.view(actor, params.caseId ?? "");
  if (!view) notFound();
  return { ...view, submissionKey: randomUUID() };
}

type Failure = FormFailure & { intent?: string; actorId?: string };

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "add");
  const actorId = String(form.get("actorId") ?? "");
  const parsed = parseForm(actorChangeSchema, form);
  if (!parsed.ok) return { ...parsed, intent, actorId };
  const result = await services(context).actorMapping.change(actor, caseId, parsed.data, requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    if (result.error === "closed") return { ok: false, errors: { form: "actors.error.closed" }, values: formValues(form), intent, actorId };
    return { ok: false, errors: (result.detail ?? { form: "appl.error.form" }) as Record<string, MessageKey>, values: formValues(form), intent, actorId };
  }
  return redirect(`/arenden/${caseId}/process/aktorer?${intent === "remove" ? "borttagen" : "sparad"}=1`);
}

const FIELD_LABELS: Record<string, MessageKey> = {
  name: "actors.field.name",
  type: "actors.field.type",
  role: "actors.field.role",
  organisationId: "actors.field.organisation",
  orgNumber: "actors.field.orgNumber",
  contactName: "actors.field.contactName",
  email: "actors.field.email",
  phone: "actors.field.phone",
  reachedHow: "actors.field.reachedHow",
  reachedOn: "actors.field.reachedOn",
  notes: "actors.field.notes",
  confirm: "actors.removeSubmit",
};

function ActorForm(props: { intent: "add" | "update"; heading: string; submit: string; values: Partial<Record<string, string>>; failure: Failure | undefined; organisations: RegisteredOrganisation[]; hidden: Record<string, string>; cancelTo?: string }) {
  const t = useT();
  const errors = props.failure?.errors;
  const v = (name: string) => props.values[name] ?? "";
  return (
    <section aria-labelledby={`actor-form-${props.intent}`}>
      <h2 className="ds-heading" data-size="sm" id={`actor-form-${props.intent}`}>
        {props.heading}
      </h2>
      <PostForm className="sv-form" aria-label={props.heading}>
        <ErrorSummary errors={errors} labels={FIELD_LABELS} />
        <input type="hidden" name="intent" value={props.intent} />
        {Object.entries(props.hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <TextField name="name" label={t("actors.field.name")} defaultValue={v("name")} error={errors?.name} required />
        <Radios name="type" legend={t("actors.field.type")} options={ACTOR_TYPES.map((c) => ({ value: c, label: t(`actors.type.${c}`) }))} value={v("type")} error={errors?.type ? t(errors.type) : undefined} />
        <Radios name="role" legend={t("actors.field.role")} options={ACTOR_ROLES.map((c) => ({ value: c, label: t(`actors.roleName.${c}`) }))} value={v("role")} error={errors?.role ? t(errors.role) : undefined} />
        <SelectField
          name="organisationId"
          label={t("actors.field.organisation")}
          hint={t("actors.field.organisationHint")}
          error={errors?.organisationId}
          value={v("organisationId")}
          options={[{ value: "", label: t("actors.field.organisationNone") }, ...props.organisations.map((o) => ({ value: o.id, label: o.orgNumber ? `${o.name} (${o.orgNumber})` : o.name }))]}
        />
        <TextField name="orgNumber" label={t("actors.field.orgNumber")} hint={t("actors.field.orgNumberHint")} defaultValue={v("orgNumber")} error={errors?.orgNumber} />
        <TextField name="contactName" label={t("actors.field.contactName")} defaultValue={v("contactName")} error={errors?.contactName} autoComplete="off" />
        <TextField name="email" type="email" label={t("actors.field.email")} defaultValue={v("email")} error={errors?.email} autoComplete="off" />
        <TextField name="phone" type="tel" label={t("actors.field.phone")} defaultValue={v("phone")} error={errors?.phone} autoComplete="off" />
        <TextField name="reachedHow" label={t("actors.field.reachedHow")} hint={t("actors.field.reachedHowHint")} defaultValue={v("reachedHow")} error={errors?.reachedHow} />
        <TextField name="reachedOn" label={t("actors.field.reachedOn")} hint={t("actors.field.reachedOnHint")} defaultValue={v("reachedOn")} error={errors?.reachedOn} inputMode="numeric" />
        <Textarea name="notes" label={t("actors.field.notes")} defaultValue={v("notes")} error={errors?.notes} rows={3} maxLength={2000} />
        <div className="sv-actions">
          <SubmitButton>{props.submit}</SubmitButton>
          {props.cancelTo && (
            <Link className="ds-link" to={props.cancelTo}>
              {t("actors.cancel")}
            </Link>
          )}
        </div>
      </PostForm>
    </section>
  );
}

const asValues = (a: ProcessActorRecord): Record<string, string> => ({
  name: a.name,
  type: a.type,
  role: a.role,
  organisationId: a.organisationId ?? "",
  orgNumber: a.orgNumber ?? "",
  contactName: a.contactName ?? "",
  email: a.email ?? "",
  phone: a.phone ?? "",
  reachedHow: a.reachedHow ?? "",
  reachedOn: a.reachedOn ?? "",
  notes: a.notes,
});

export default function ActorsPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as Failure | undefined;
  const [params] = useSearchParams();
  const base = `/arenden/${data.caseId}/process/aktorer`;
  const all = data.groups.flatMap((g) => g.actors);
  const editing = data.open ? all.find((a) => a.id === (failure?.intent === "update" ? failure.actorId : params.get("andra"))) : undefined;
  const removing = data.open ? all.find((a) => a.id === (failure?.intent === "remove" ? failure.actorId : params.get("ta-bort"))) : undefined;
  const formFailure = failure && failure.intent !== "remove" ? failure : undefined;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("actors.title")}: ${data.title}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${data.caseId}`}>
          {t("process.backToCase", { title: data.title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("actors.title")}
      </h1>
      <ProcessNav caseId={data.caseId} />
      {params.get("sparad") && !failure && <Notice color="success">{t("actors.saved")}</Notice>}
      {params.get("borttagen") && !failure && <Notice color="success">{t("actors.removed")}</Notice>}
      {params.get("importerade") && !failure && <Notice color="success">{t("actors.imported", { count: params.get("importerade")! })}</Notice>}
      {!data.open && <Notice>{t("actors.closed")}</Notice>}
      <p className="ds-paragraph">{t("actors.lead")}</p>
      <p className="ds-paragraph">{t("actors.privacy")}</p>

      {removing && (
        <section aria-labelledby="actor-remove" className="ds-alert" data-color="warning">
          <h2 className="ds-heading" data-size="sm" id="actor-remove">
            {t("actors.removeTitle", { name: removing.name })}
          </h2>
          <p className="ds-paragraph">{t("actors.removeLead")}</p>
          <PostForm className="sv-form" aria-label={t("actors.removeTitle", { name: removing.name })}>
            <ErrorSummary errors={failure?.intent === "remove" ? failure.errors : undefined} />
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="actorId" value={removing.id} />
            <input type="hidden" name="confirm" value="ja" />
            <div className="sv-actions">
              <SubmitButton variant="secondary">{t("actors.removeSubmit")}</SubmitButton>
              <Link className="ds-link" to={base}>
                {t("actors.cancel")}
              </Link>
            </div>
          </PostForm>
        </section>
      )}

      {editing && (
        <ActorForm
          intent="update"
          heading={t("actors.editTitle", { name: editing.name })}
          submit={t("actors.editSubmit")}
          values={formFailure?.intent === "update" ? formFailure.values : asValues(editing)}
          failure={formFailure?.intent === "update" ? formFailure : undefined}
          organisations={data.organisations}
          hidden={{ actorId: editing.id }}
          cancelTo={base}
        />
      )}

      <p className="ds-paragraph">{t("actors.total", { count: data.total })}</p>
      <div className="sv-table-wrap">
        <table className="ds-table" data-border>
          <caption>{t("actors.countsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("actors.col.type")}</th>
              <th scope="col">{t("actors.col.count")}</th>
            </tr>
          </thead>
          <tbody>
            {data.countsByType.map((c) => (
              <tr key={c.type}>
                <th scope="row">{t(`actors.type.${c.type}`)}</th>
                <td>{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {data.groups.map((g) => (
        <section key={g.role} aria-labelledby={`role-${g.role}`}>
          <h2 className="ds-heading" data-size="sm" id={`role-${g.role}`}>
            {t(`actors.role.${g.role}`)} ({g.actors.length})
          </h2>
          {g.actors.length === 0 ? (
            <p className="ds-paragraph">{t("actors.noneInRole")}</p>
          ) : (
            <>
              <p className="ds-paragraph">{t("actors.countsInRole", { counts: g.countsByType.map((c) => `${t(`actors.type.${c.type}`)} ${c.count}`).join(", ") })}</p>
              <div className="sv-table-wrap">
                <table className="ds-table" data-border>
                  <caption className="sv-visually-hidden">{t(`actors.role.${g.role}`)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("actors.col.name")}</th>
                      <th scope="col">{t("actors.col.type")}</th>
                      <th scope="col">{t("actors.col.contact")}</th>
                      <th scope="col">{t("actors.col.reached")}</th>
                      {data.open && <th scope="col">{t("actors.col.actions")}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {g.actors.map((a) => (
                      <tr key={a.id}>
                        <th scope="row">
                          {a.name}
                          {a.organisationName && (
                            <>
                              <br />
                              <span className="sv-hint">{t("actors.linked", { name: a.organisationName })}</span>
                            </>
                          )}
                          {a.orgNumber && (
                            <>
                              <br />
                              <span className="sv-hint">{a.orgNumber}</span>
                            </>
                          )}
                        </th>
                        <td>{t(`actors.type.${a.type}`)}</td>
                        <td>{[a.contactName, a.email, a.phone].filter(Boolean).join(", ") || "–"}</td>
                        <td>{a.reachedOn ? (a.reachedHow ? t("actors.reachedOnHow", { date: formatDate(a.reachedOn, locale), how: a.reachedHow }) : formatDate(a.reachedOn, locale)) : (a.reachedHow ?? "–")}</td>
                        {data.open && (
                          <td>
                            <Link className="ds-link" to={`${base}?andra=${a.id}`}>
                              {t("actors.edit", { name: a.name })}
                            </Link>
                            <br />
                            <Link className="ds-link" to={`${base}?ta-bort=${a.id}`}>
                              {t("actors.remove", { name: a.name })}
                            </Link>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      ))}

      <p className="ds-paragraph">
        <a className="ds-link" href={`${base}.csv`} download>
          {t("actors.export")}
        </a>
        {data.open && (
          <>
            {" · "}
            <Link className="ds-link" to={`${base}/import`}>
              {t("actors.importLink")}
            </Link>
          </>
        )}
      </p>

      {data.open && !editing && !removing && (
        <ActorForm
          intent="add"
          heading={t("actors.add")}
          submit={t("actors.addSubmit")}
          values={formFailure?.intent === "add" || formFailure?.intent === undefined ? (formFailure?.values ?? {}) : {}}
          failure={formFailure?.intent === "add" ? formFailure : undefined}
          organisations={data.organisations}
          hidden={{ submissionKey: formFailure?.values.submissionKey ?? data.submissionKey }}
        />
      )}
    </>
  );
}
