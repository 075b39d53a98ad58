/** /admin/namnder: the committees, and a form to add one. */
import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { committeeSchema } from "#src/application/admin/index.ts";
import { formFields, parseForm, type FieldErrors } from "#src/web/app/lib/forms.ts";
import { forbidden, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { COMMITTEE_FORM, COMMITTEE_LABELS, CommitteeFields, committeeErrors, readCommitteeForm, type CommitteeValues } from "./committee-form.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const result = await services(context).administration.committees.list(actor);
  if (!result.ok) forbidden();
  return result.value;
}

export async function action({ request, context }: ActionFunctionArgs): Promise<{ ok: false; errors: FieldErrors; values: CommitteeValues } | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const values = readCommitteeForm(formFields(form));
  const parsed = parseForm(committeeSchema, form, COMMITTEE_FORM);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values };
  const result = await services(context).administration.committees.save(actor, null, parsed.data, requestMeta(context));
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    return { ok: false, errors: result.error === "invalid" ? committeeErrors(result.detail) : { form: "appl.error.form" }, values };
  }
  return redirect(`/admin/namnder/${result.value.id}?sparad=1`);
}

export default function Committees() {
  const t = useT();
  const locale = useLocale();
  const { committees, processTypes } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as { ok: false; errors: FieldErrors; values: CommitteeValues } | undefined;
  const [params] = useSearchParams();
  const typeName = (code: string) => {
    const p = processTypes.find((x) => x.code === code);
    return p ? (locale === "en" ? p.nameEn : p.nameSv) : code;
  };
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t("admin.committees.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("admin.committees.title")}
      </h1>
      <p className="ds-paragraph">{t("admin.committees.lead")}</p>
      {params.get("sparad") && <Notice color="success">{t("admin.committees.saved")}</Notice>}
      {committees.length === 0 ? (
        <Notice>{t("admin.committees.none")}</Notice>
      ) : (
        <div className="sv-table-wrap" tabIndex={0}>
          <table className="ds-table" data-border>
            <caption className="sv-visually-hidden">{t("admin.committees.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.committees.code")}</th>
                <th scope="col">{t("admin.committees.name")}</th>
                <th scope="col">{t("admin.committees.workingCommittee")}</th>
                <th scope="col">{t("admin.committees.offers")}</th>
                <th scope="col">{t("admin.committees.staff")}</th>
                <th scope="col">{t("admin.committees.numbered")}</th>
              </tr>
            </thead>
            <tbody>
              {committees.map((c) => (
                <tr key={c.id}>
                  <td>{c.code}</td>
                  <td>
                    <Link to={`/admin/namnder/${c.id}`} className="ds-link" aria-label={t("admin.committees.edit", { name: c.nameSv })}>
                      {locale === "en" && c.nameEn ? c.nameEn : c.nameSv}
                    </Link>
                  </td>
                  <td>{t(c.hasWorkingCommittee ? "admin.committees.yes" : "admin.committees.no")}</td>
                  <td>{c.processTypeCodes.length ? c.processTypeCodes.map(typeName).join(", ") : t("admin.committees.nothing")}</td>
                  <td>{c.staff.length}</td>
                  <td>{c.numberedCases}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="new-committee">
        <h2 id="new-committee" className="ds-heading" data-size="md">
          {t("admin.committees.new")}
        </h2>
        <PostForm className="sv-form">
          <ErrorSummary errors={failure?.errors} labels={COMMITTEE_LABELS} />
          <CommitteeFields values={failure?.values ?? null} errors={failure?.errors} processTypes={processTypes} />
          <div>
            <SubmitButton>{t("admin.committee.create")}</SubmitButton>
          </div>
        </PostForm>
      </section>
    </>
  );
}
