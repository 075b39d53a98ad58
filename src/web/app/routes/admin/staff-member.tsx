/** /admin/anvandare/:id: change a member of staff's role, department and committees; deactivate or reactivate the account. */
import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { staffChangeSchema, staffMemberActionSchema, type StaffChangeError } from "#src/application/admin/index.ts";
import type { MessageKey } from "#src/text/index.ts";
import { formFields, parseForm, type FieldErrors } from "#src/web/app/lib/forms.ts";
import { forbidden, notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { readStaffForm, STAFF_LABELS, StaffRoleFields } from "./staff-fields.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const result = await services(context).administration.staff.member(actor, params.id ?? "");
  if (!result.ok) return result.error === "forbidden" ? forbidden() : notFound();
  const { member, overview } = result.value;
  return { member, committees: overview.committees, departments: overview.departments, isSelf: member.id === actor.userId };
}

type Failure = { ok: false; errors: FieldErrors; values: { role: string; department: string; committeeIds: string[] } };

const REFUSALS: Partial<Record<StaffChangeError, MessageKey>> = {
  last_administrator: "admin.staff.error.last_administrator",
  not_yourself: "admin.staff.error.not_yourself",
};

export async function action({ request, context, params }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const svc = services(context).administration.staff;
  const id = params.id ?? "";
  const action = parseForm(staffMemberActionSchema, form);
  const intent = action.ok ? action.data.intent : "update";
  const { role, department, committeeIds } = readStaffForm(formFields(form));
  const values = { role, department, committeeIds };
  let result;
  if (intent === "update") {
    const parsed = parseForm(staffChangeSchema, form);
    if (!parsed.ok) return { ok: false, errors: parsed.errors, values };
    result = await svc.update(actor, id, parsed.data, requestMeta(context));
  } else result = await svc.setActive(actor, id, intent === "reactivate", requestMeta(context));
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    if (result.error === "not_found") notFound();
    const refusal = REFUSALS[result.error];
    return { ok: false, errors: refusal ? { form: refusal } : ((result.detail ?? { form: "appl.error.form" }) as FieldErrors), values };
  }
  const notice = intent === "deactivate" ? "avstangd" : intent === "reactivate" ? "aktiverad" : "sparad";
  return redirect(`/admin/anvandare/${id}?${notice}=1`);
}

export default function StaffMember() {
  const t = useT();
  const { member, committees, departments, isSelf } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as Failure | undefined;
  const [params] = useSearchParams();
  const e = failure?.errors;
  return (
    <>
      <PageTitle failed={Boolean(e)} text={t("admin.staff.memberTitle", { name: member.name })} />
      <p className="ds-paragraph">
        <Link to="/admin/anvandare" className="ds-link">
          {t("admin.staff.back")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("admin.staff.memberTitle", { name: member.name })}
      </h1>
      <p className="ds-paragraph">
        {member.email} · {member.active ? t("admin.staff.active") : t("admin.staff.inactive")}
      </p>
      {!failure && params.get("sparad") && <Notice color="success">{t("admin.staff.saved")}</Notice>}
      {!failure && params.get("avstangd") && <Notice color="success">{t("admin.staff.deactivated")}</Notice>}
      {!failure && params.get("aktiverad") && <Notice color="success">{t("admin.staff.reactivated")}</Notice>}
      <PostForm className="sv-form">
        <ErrorSummary errors={e} labels={STAFF_LABELS} />
        <input type="hidden" name="intent" value="update" />
        <StaffRoleFields values={failure?.values ?? member} errors={e} committees={committees} departments={departments} />
        <div>
          <SubmitButton>{t("admin.staff.save")}</SubmitButton>
        </div>
      </PostForm>
      {!isSelf && (
        <section aria-labelledby="account-state">
          <h2 id="account-state" className="ds-heading" data-size="sm">
            {member.active ? t("admin.staff.deactivate") : t("admin.staff.reactivate")}
          </h2>
          {member.active && <p className="ds-paragraph">{t("admin.staff.deactivateLead")}</p>}
          <PostForm>
            <input type="hidden" name="intent" value={member.active ? "deactivate" : "reactivate"} />
            <SubmitButton variant="secondary">{member.active ? t("admin.staff.deactivate") : t("admin.staff.reactivate")}</SubmitButton>
          </PostForm>
        </section>
      )}
    </>
  );
}
