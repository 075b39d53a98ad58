/** /admin/namnder/:id: change a committee, the applications it takes and its areas of responsibility. */
import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { committeeSchema } from "#src/application/admin/index.ts";
import { formFields, parseForm, type FieldErrors } from "#src/web/app/lib/forms.ts";
import { forbidden, notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { COMMITTEE_FORM, COMMITTEE_LABELS, CommitteeFields, committeeErrors, readCommitteeForm, type CommitteeValues } from "./committee-form.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const result = await services(context).administration.committees.get(actor, params.id ?? "");
  if (!result.ok) return result.error === "forbidden" ? forbidden() : notFound();
  return result.value;
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<{ ok: false; errors: FieldErrors; values: CommitteeValues } | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const values = readCommitteeForm(formFields(form));
  const parsed = parseForm(committeeSchema, form, COMMITTEE_FORM);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values };
  const result = await services(context).administration.committees.save(actor, params.id ?? "", parsed.data, requestMeta(context));
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    if (result.error === "not_found") notFound();
    return { ok: false, errors: result.error === "invalid" ? committeeErrors(result.detail) : { form: "appl.error.form" }, values };
  }
  return redirect(`/admin/namnder/${result.value.id}?sparad=1`);
}

export default function Committee() {
  const t = useT();
  const { committee, processTypes } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as { ok: false; errors: FieldErrors; values: CommitteeValues } | undefined;
  const [params] = useSearchParams();
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${committee.nameSv} – ${t("admin.committees.title")}`} />
      <p className="ds-paragraph">
        <Link to="/admin/namnder" className="ds-link">
          {t("admin.committees.back")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {committee.nameSv} ({committee.code})
      </h1>
      {params.get("sparad") && !failure && <Notice color="success">{t("admin.committees.saved")}</Notice>}
      <PostForm className="sv-form">
        <ErrorSummary errors={failure?.errors} labels={COMMITTEE_LABELS} />
        <CommitteeFields values={failure?.values ?? committee} errors={failure?.errors} processTypes={processTypes} codeLockedBy={committee.numberedCases} />
        <div>
          <SubmitButton>{t("admin.committee.save")}</SubmitButton>
        </div>
      </PostForm>
      <section aria-labelledby="committee-staff">
        <h2 id="committee-staff" className="ds-heading" data-size="sm">
          {t("admin.committee.staffList")}
        </h2>
        {committee.staff.length === 0 ? (
          <p className="ds-paragraph">
            {t("admin.committee.noStaff")}{" "}
            <Link to="/admin/anvandare" className="ds-link">
              {t("nav.staff")}
            </Link>
          </p>
        ) : (
          <ul className="ds-list">
            {committee.staff.map((s) => (
              <li key={s.id}>
                <Link to={`/admin/anvandare/${s.id}`} className="ds-link">
                  {s.name}
                </Link>{" "}
                ({t(`role.${s.role}`)})
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
