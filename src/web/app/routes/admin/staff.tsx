/** /admin/anvandare: the city's staff and their invitations (invite, revoke), and the actors' accounts. */
import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { formatDate, formatDateTime } from "#src/text/index.ts";
import { staffActionSchema } from "#src/application/admin/index.ts";
import { formFields, parseForm, type FieldErrors } from "#src/web/app/lib/forms.ts";
import { forbidden, notFound, requestMeta, requireActor, serverT, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { readStaffForm, STAFF_LABELS, StaffRoleFields } from "./staff-fields.tsx";
import { pageParam } from "#src/web/app/lib/paging.ts";
import { PageSummary, Pagination } from "#src/web/app/ui/pagination.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const svc = services(context);
  const overview = await svc.administration.staff.overview(actor);
  const actors = await svc.administration.staff.actorAccounts(actor, pageParam(new URL(request.url)));
  if (!overview.ok || !actors.ok) return forbidden();
  const { items, ...paging } = actors.value;
  return { ...overview.value, actors: items, actorPaging: paging, now: Date.now(), mailDelivers: svc.mailDelivers };
}

type Failure = { ok: false; errors: FieldErrors; values: ReturnType<typeof readStaffForm> };

export async function action({ request, context }: ActionFunctionArgs): Promise<Failure | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const svc = services(context).administration.staff;
  const meta = requestMeta(context);
  const values = readStaffForm(formFields(form));
  const parsed = parseForm(staffActionSchema, form);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values };
  if (parsed.data.intent === "revoke") {
    const r = await svc.revokeInvitation(actor, parsed.data.invitationId, meta);
    if (!r.ok) return r.error === "forbidden" ? forbidden() : notFound();
    return redirect("/admin/anvandare?aterkallad=1");
  }
  const { intent: _intent, ...invitation } = parsed.data;
  const t = serverT(context);
  const text = {
    subject: t("staffInvite.mail.subject"),
    body: (a: { name: string; inviter: string; role: string; link: string; days: number }) => t("staffInvite.mail.body", a),
    roleName: (role: string) => t(`role.${role}` as never),
  };
  const result = await svc.invite(actor, invitation, text, meta);
  if (!result.ok) {
    if (result.error === "forbidden") forbidden();
    const errors: FieldErrors = result.error === "email_taken" ? { email: "admin.staff.error.email_taken" } : ((result.detail ?? { form: "appl.error.form" }) as FieldErrors);
    return { ok: false, errors, values };
  }
  return redirect(`/admin/anvandare?inbjuden=${encodeURIComponent(invitation.email)}`);
}

export default function Staff() {
  const t = useT();
  const locale = useLocale();
  const { staff, invitations, committees, departments, actors, actorPaging, now, mailDelivers } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as Failure | undefined;
  const [params] = useSearchParams();
  const e = failure?.errors;
  const v = failure?.values;
  const codes = (ids: readonly string[]) => committees.filter((c) => ids.includes(c.id)).map((c) => c.code).join(", ") || "–";
  const state = (u: { active: boolean; lockedUntil: Date | string | null }) =>
    !u.active ? t("admin.staff.inactive") : u.lockedUntil && new Date(u.lockedUntil).getTime() > now ? t("admin.staff.locked", { time: formatDateTime(new Date(u.lockedUntil), locale) }) : t("admin.staff.active");
  return (
    <>
      <PageTitle failed={Boolean(e)} text={t("admin.staff.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("admin.staff.title")}
      </h1>
      <p className="ds-paragraph">{t("admin.staff.lead")}</p>
      {params.get("inbjuden") && !failure && <Notice color="success">{t("admin.staff.sent", { email: params.get("inbjuden") ?? "" })}</Notice>}
      {params.get("aterkallad") && <Notice color="success">{t("admin.staff.revoked")}</Notice>}

      <section aria-labelledby="invite">
        <h2 id="invite" className="ds-heading" data-size="md">
          {t("admin.staff.invite")}
        </h2>
        {!mailDelivers && <Notice color="warning">{t("admin.staff.noMail")}</Notice>}
        <PostForm className="sv-form">
          <ErrorSummary errors={e} labels={STAFF_LABELS} />
          <TextField name="email" type="email" label={t("admin.staff.email")} defaultValue={v?.email} error={e?.email} autoComplete="off" />
          <TextField name="name" label={t("admin.staff.name")} defaultValue={v?.name} error={e?.name} autoComplete="off" />
          <StaffRoleFields values={v ?? null} errors={e} committees={committees} departments={departments} />
          <div>
            <SubmitButton>{t("admin.staff.send")}</SubmitButton>
          </div>
        </PostForm>
      </section>

      {invitations.length > 0 && (
        <section aria-labelledby="invitations">
          <h2 id="invitations" className="ds-heading" data-size="md">
            {t("admin.staff.invitations")}
          </h2>
          <div className="sv-table-wrap" tabIndex={0}>
            <table className="ds-table" data-border>
              <caption className="sv-visually-hidden">{t("admin.staff.invitations")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin.staff.name")}</th>
                  <th scope="col">{t("admin.staff.email")}</th>
                  <th scope="col">{t("admin.staff.role")}</th>
                  <th scope="col">{t("admin.staff.committeesCol")}</th>
                  <th scope="col">{t("admin.staff.invitedAt")}</th>
                  <th scope="col">{t("admin.staff.expiresAt")}</th>
                  <th scope="col">
                    <span className="sv-visually-hidden">{t("admin.staff.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((i) => (
                  <tr key={i.id}>
                    <td>{i.name}</td>
                    <td>{i.email}</td>
                    <td>{t(`role.${i.role}`)}</td>
                    <td>{codes(i.committeeIds)}</td>
                    <td>{formatDate(new Date(i.createdAt), locale)}</td>
                    <td>{formatDate(new Date(i.expiresAt), locale)}</td>
                    <td>
                      <PostForm className="sv-inline-form">
                        <input type="hidden" name="intent" value="revoke" />
                        <input type="hidden" name="invitationId" value={i.id} />
                        <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm" aria-label={t("admin.staff.revoke", { email: i.email })}>
                          {t("admin.staff.revokeShort")}
                        </button>
                      </PostForm>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="staff">
        <h2 id="staff" className="ds-heading" data-size="md">
          {t("admin.staff.staffCaption")}
        </h2>
        <div className="sv-table-wrap" tabIndex={0}>
          <table className="ds-table" data-border>
            <caption className="sv-visually-hidden">{t("admin.staff.staffCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.staff.name")}</th>
                <th scope="col">{t("admin.staff.email")}</th>
                <th scope="col">{t("admin.staff.role")}</th>
                <th scope="col">{t("admin.staff.department")}</th>
                <th scope="col">{t("admin.staff.committeesCol")}</th>
                <th scope="col">{t("admin.staff.stateCol")}</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/admin/anvandare/${s.id}`} className="ds-link" aria-label={t("admin.staff.change", { name: s.name })}>
                      {s.name}
                    </Link>
                  </td>
                  <td>{s.email}</td>
                  <td>{t(`role.${s.role}`)}</td>
                  <td>{s.department}</td>
                  <td>{codes(s.committeeIds)}</td>
                  <td>{state(s)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="actors">
        <h2 id="actors" className="ds-heading" data-size="md">
          {t("admin.staff.actorsCaption")}
        </h2>
        {actors.length === 0 ? (
          <p className="ds-paragraph">{t("admin.staff.none")}</p>
        ) : (
          <>
          <PageSummary {...actorPaging} shown={actors.length} />
          <div className="sv-table-wrap" tabIndex={0}>
            <table className="ds-table" data-border>
              <caption className="sv-visually-hidden">{t("admin.staff.actorsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("users.name")}</th>
                  <th scope="col">{t("users.email")}</th>
                  <th scope="col">{t("users.organisation")}</th>
                  <th scope="col">{t("users.state")}</th>
                </tr>
              </thead>
              <tbody>
                {actors.map((u) => (
                  <tr key={u.id}>
                    <td>{u.name}</td>
                    <td>{u.email}</td>
                    <td>{u.organisationName}</td>
                    <td>{state(u)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={actorPaging.page} pageCount={actorPaging.pageCount} label={t("admin.staff.actorPages")} />
          </>
        )}
      </section>
    </>
  );
}
