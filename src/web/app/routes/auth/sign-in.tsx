import { Link, redirect, redirectDocument, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { signInSchema } from "#src/application/auth/index.ts";
import { sessionCookie } from "#src/web/edge/cookies.ts";
import { RESTORE_PARAM } from "#src/web/edge/kept-form.ts";
import { parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { requestMeta, requestState, safeNext, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** Works without JavaScript and ships none. */
export const handle = NO_CLIENT_CODE;

export async function loader({ context }: LoaderFunctionArgs) {
  const state = requestState(context);
  if (state.actor) throw redirect("/start");
  const demo = services(context).demoSignIns;
  return { demo };
}

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const formData = await request.formData();
  const parsed = parseForm(signInSchema, formData, { keepOut: ["password"] });
  if (!parsed.ok) return parsed;
  const state = requestState(context);
  const svc = services(context);
  const values = { email: parsed.data.email, next: parsed.data.next ?? "" };
  // Failures count toward the per-address limit; a sign-in that succeeds is given back, so an
  // office behind one address is never refused for signing in (taken first, so that parallel
  // failures cannot slip past the limit).
  const ipKey = `ip:${state.ip ?? "unknown"}`;
  if (!(await svc.signInLimiter.consume(ipKey))) {
    return { ok: false, errors: { form: "signIn.error.rateLimited" }, values };
  }
  const result = await svc.auth.signIn(parsed.data.email, parsed.data.password, requestMeta(context));
  if (result.ok) await svc.signInLimiter.refund(ipKey);
  if (!result.ok) {
    return { ok: false, errors: { form: result.error === "locked" ? "signIn.error.locked" : "signIn.error.invalid" }, values };
  }
  const next = safeNext(parsed.data.next);
  const headers = { "Set-Cookie": sessionCookie(result.value.sessionToken, result.value.expiresAt, state.secureCookies) };
  // Back to a kept form: a full page load, so that the edge can send the kept form to its action.
  if (new URL(next, request.url).searchParams.has(RESTORE_PARAM)) return redirectDocument(next, { headers });
  return redirect(next, { headers });
}

export default function SignIn() {
  const t = useT();
  const { demo } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [params] = useSearchParams();
  const notice = params.get("meddelande");
  const errors = failure?.errors;
  return (
    <>
      <PageTitle failed={Boolean(errors)} text={t("signIn.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("signIn.title")}
      </h1>
      {notice === "utloggad" && (
        <Notice color="success">{params.get("sessioner") ? t("signOut.everywhereDone", { count: params.get("sessioner") ?? "0" }) : t("signOut.done")}</Notice>
      )}
      {notice === "losenord-bytt" && <Notice color="success">{t("reset.done")}</Notice>}
      {params.get("sparat") === "1" && <Notice color="info">{t("signIn.kept")}</Notice>}
      <PostForm className="sv-form">
        <ErrorSummary errors={errors} labels={{ email: "signIn.email", password: "signIn.password" }} />
        <input type="hidden" name="next" value={failure?.values.next ?? params.get("next") ?? ""} />
        <TextField name="email" type="email" label={t("signIn.email")} autoComplete="username" defaultValue={failure?.values.email} error={errors?.email} />
        <TextField name="password" type="password" label={t("signIn.password")} autoComplete="current-password" error={errors?.password} />
        <div>
          <SubmitButton>{t("signIn.submit")}</SubmitButton>
        </div>
        <p className="ds-paragraph">
          <Link to="/glomt-losenord" className="ds-link">
            {t("signIn.forgot")}
          </Link>
        </p>
      </PostForm>
      <section aria-labelledby="new-account-title" className="sv-new-account">
        <h2 id="new-account-title" className="ds-heading" data-size="sm">
          {t("signIn.newTitle")}
        </h2>
        <p className="ds-paragraph">{t("signIn.newLead")}</p>
        <p className="ds-paragraph">
          <Link to="/registrera" className="ds-link">
            {t("signIn.newLink")}
          </Link>
        </p>
        <p className="ds-paragraph">
          <Link to="/samverkansstod/kontakt" className="ds-link">
            {t("public.contactLink")}
          </Link>
        </p>
      </section>
      {demo && demo.length > 0 && (
        <section aria-labelledby="demo-title" className="sv-demo-accounts">
          <h2 id="demo-title" className="ds-heading" data-size="sm">
            {t("signIn.demoTitle")}
          </h2>
          <p className="ds-paragraph">
            {t("signIn.demoLead")} <code>{demo[0]!.password}</code>
          </p>
          <div className="sv-table-wrap" tabIndex={0}>
            <table className="ds-table" data-border>
              <thead>
                <tr>
                  <th scope="col">{t("users.role")}</th>
                  <th scope="col">{t("users.name")}</th>
                  <th scope="col">{t("users.email")}</th>
                </tr>
              </thead>
              <tbody>
                {demo.map((d) => (
                  <tr key={d.email}>
                    <td>{t(`role.${d.role}`)}</td>
                    <td>{d.name}</td>
                    <td>
                      <code>{d.email}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
