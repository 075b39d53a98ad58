import { useLanguageNames } from "#src/web/app/ui/language.tsx";
import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { viewpointModerationSchema, ENTERED_VIEWPOINT_MAX } from "#src/application/dialogue/index.ts";
import { formatDateTime, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { aboutThePerson } from "./viewpoint-text.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** Plain forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

const HIDE_REASON = "hideReason";

/** /arenden/:caseId/process/synpunkter/:viewpointId: one viewpoint, and for a running process, hiding, showing and redacting it. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).viewpoints.get(actor, params.caseId ?? "", params.viewpointId ?? "");
  if (!view) notFound();
  return view;
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<(FormFailure & { intent: string }) | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const id = params.viewpointId ?? "";
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  // The hiding form's reason has a name of its own, so the page's two reason fields have ids of their own.
  const parsed = parseForm(viewpointModerationSchema, form, intent === "hide" ? { read: (f) => ({ intent, reason: f.value(HIDE_REASON) }) } : {});
  if (!parsed.ok) return { ...parsed, intent };
  const result = await services(context).viewpoints.moderate(actor, caseId, id, parsed.data, requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    const message: MessageKey = result.error === "closed" ? "vp.error.processClosed" : "vp.error.form";
    return { ok: false, errors: { form: message }, values: formValues(form), intent };
  }
  return redirect(`/arenden/${caseId}/process/synpunkter/${id}?sparad=1`);
}

export default function ViewpointReview() {
  const t = useT();
  const languages = useLanguageNames();
  const locale = useLocale();
  const { caseId, caseTitle, mayChange, viewpoint: v } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as (FormFailure & { intent: string }) | undefined;
  const [params] = useSearchParams();
  const when = (d: Date | string) => formatDateTime(new Date(d), locale);
  const failed = (intent: string) => (failure?.intent === intent ? failure : undefined);
  const hide = failed("hide");
  const redact = failed("redact");
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("vp.view.title")}: ${caseTitle}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${caseId}/process/synpunkter`}>
          {t("vp.backToList")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("vp.view.title")}
      </h1>
      {params.get("sparad") && !failure && <Notice color="success">{t("vp.saved")}</Notice>}
      {failure?.errors.form && <ErrorSummary errors={{ form: failure.errors.form }} />}
      {!mayChange && <Notice color="info">{t("vp.readOnly")}</Notice>}
      <blockquote className="ds-paragraph sv-prewrap" lang={v.language} dir={languages.dir(v.language)}>
        {v.body}
      </blockquote>
      <ul className="ds-list">
        <li>{t("vp.view.received", { when: when(v.receivedAt), source: t(`vp.source.${v.source}`) })}</li>
        <li>{t("vp.view.activity", { activity: v.activityTitle ?? t("vp.noActivity") })}</li>
        <li>{t("vp.view.about", { about: aboutThePerson(v, t) })}</li>
        <li>{t("vp.languageOf", { language: languages.name(v.language) })}</li>
        {v.enteredByName && <li>{t("vp.view.enteredBy", { who: v.enteredByName })}</li>}
        {v.hidden && <li>{t("vp.view.hidden", { when: when(v.hidden.at), who: v.hidden.byName ?? t("vp.someone"), reason: v.hidden.reason })}</li>}
        {v.redacted && <li>{t("vp.view.redacted", { when: when(v.redacted.at), who: v.redacted.byName ?? t("vp.someone"), reason: v.redacted.reason })}</li>}
      </ul>

      {mayChange && (
        <>
          {v.hidden ? (
            <PostForm className="sv-form">
              <input type="hidden" name="intent" value="show" />
              <div>
                <SubmitButton variant="secondary">{t("vp.show.submit")}</SubmitButton>
              </div>
            </PostForm>
          ) : (
            <PostForm className="sv-form" aria-label={t("vp.hide.title")}>
              <h2 className="ds-heading" data-size="sm">
                {t("vp.hide.title")}
              </h2>
              <ErrorSummary errors={hide?.errors.reason ? { [HIDE_REASON]: hide.errors.reason } : undefined} labels={{ [HIDE_REASON]: "vp.hide.reason" }} />
              <p className="ds-paragraph">{t("vp.hide.lead")}</p>
              <input type="hidden" name="intent" value="hide" />
              <Textarea name={HIDE_REASON} label={t("vp.hide.reason")} defaultValue={hide?.values[HIDE_REASON]} error={hide?.errors.reason} rows={3} maxLength={2000} />
              <div>
                <SubmitButton variant="secondary">{t("vp.hide.submit")}</SubmitButton>
              </div>
            </PostForm>
          )}
          <PostForm className="sv-form" aria-label={t("vp.redact.title")}>
            <h2 className="ds-heading" data-size="sm">
              {t("vp.redact.title")}
            </h2>
            <ErrorSummary errors={redact && (redact.errors.body || redact.errors.reason) ? Object.fromEntries(Object.entries(redact.errors).filter(([k]) => k !== "form")) : undefined} labels={{ body: "vp.redact.body", reason: "vp.redact.reason" }} />
            <p className="ds-paragraph">{t("vp.redact.lead")}</p>
            <input type="hidden" name="intent" value="redact" />
            <Textarea name="body" label={t("vp.redact.body")} defaultValue={redact?.values.body ?? v.body} error={redact?.errors.body} rows={6} maxLength={ENTERED_VIEWPOINT_MAX} />
            <Textarea name="reason" label={t("vp.redact.reason")} hint={t("vp.redact.reasonHint")} defaultValue={redact?.values.reason} error={redact?.errors.reason} rows={2} maxLength={2000} />
            <div>
              <SubmitButton variant="secondary">{t("vp.redact.submit")}</SubmitButton>
            </div>
          </PostForm>
        </>
      )}
    </>
  );
}
