import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { publicViewpointSchema, PUBLIC_VIEWPOINT_MAX } from "#src/application/dialogue/index.ts";
import { formatDate, formatDateTime, type MessageKey } from "#src/text/index.ts";
import { PUBLIC_PAGE } from "#src/web/app/lib/client-code.ts";
import { parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestState, services } from "#src/web/app/lib/request.ts";
import { spamCheck, STARTED_FIELD } from "#src/web/app/lib/spam-guard.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { SpamGuardFields } from "#src/web/app/ui/spam-guard.tsx";
import { ViewpointAboutFields } from "./viewpoint-fields.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/**
 * Read standing in the street, from a link or a poster's QR code: no client code, the same page
 * for every visitor but for the form's per-request values (so the edge renders it once and keeps
 * it: src/web/edge/kept-pages.ts), and small (the e2e test weighs it).
 */
export const handle = PUBLIC_PAGE;

/** The form's name of the submission key. */
const NAMES = { submissionKey: "submission_key" };

/** /synpunkt/:slug: the activity, and while it takes viewpoints, the form; `?tack=1` the thanks after sending. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const page = await services(context).publicViewpoints.page(slug);
  if (!page) notFound();
  const state = requestState(context);
  // A fresh key and stamp per rendered form, from the request state (never made here: the page is kept).
  return { ...page, slug, thanks: new URL(request.url).searchParams.get("tack") === "1", submissionKey: state.formKey, started: state.formTime.issue() };
}

/**
 * The checks, cheapest first: the trap field (answered as sent, nothing stored), the minimum
 * time, the limits per client address and per activity (in memory: the address is never
 * stored), then the use case's own (open today, the text's links and repeats). A refusal keeps
 * what was typed and says what to do.
 */
export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const slug = params.slug ?? "";
  const form = await request.formData();
  const state = requestState(context);
  const svc = services(context);
  const { verdict, started, values } = spamCheck(form, state, svc.contactMinFillSeconds);
  if (verdict === "trap") return redirect(`/synpunkt/${slug}?tack=1`);
  const parsed = parseForm(publicViewpointSchema, form, { names: NAMES });
  if (!parsed.ok) return parsed;
  const lists = { relations: form.getAll("relations").map(String) };
  const refuse = (field: string, message: MessageKey, extra: Record<string, string> = {}): FormFailure => ({ ok: false, errors: { [field]: message }, values: { ...values, ...extra }, lists });
  // Sent again with the same stamp, the form passes once the time has gone by.
  if (verdict === "too_fast") return refuse("form", "vp.error.tooFast", { [STARTED_FIELD]: started });
  if (!(await svc.viewpointLimiter.consume(`ip:${state.ip ?? "unknown"}`))) return refuse("form", "vp.error.rateLimited");
  if (!(await svc.viewpointActivityLimiter.consume(`activity:${slug}`))) return refuse("form", "vp.error.activityBusy");
  // Only the request id goes with it: the viewpoint is anonymous.
  const result = await svc.publicViewpoints.submit(slug, parsed.data, { requestId: state.requestId });
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    if (result.error === "closed") return refuse("form", "vp.error.closed");
    if (result.error === "invalid") return refuse("form", "vp.error.form");
    return refuse("body", `vp.error.${result.error}`);
  }
  return redirect(`/synpunkt/${slug}?tack=1`);
}

export default function PublicViewpoint() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const { activity } = data;
  const errors = failure?.errors;
  const v = failure?.values ?? {};

  if (data.thanks && !failure) {
    return (
      <>
        <PageTitle text={`${t("vp.thanks.title")} – ${activity.title}`} />
        <h1 className="ds-heading" data-size="lg">
          {t("vp.thanks.title")}
        </h1>
        <Notice color="success">{t("vp.thanks.body", { process: activity.caseTitle })}</Notice>
        <p className="ds-paragraph">
          <Link className="ds-link" to={`/synpunkt/${data.slug}`}>
            {t("vp.thanks.another")}
          </Link>
        </p>
      </>
    );
  }

  const about = (
    <>
      <p className="ds-paragraph">{t("vp.public.part", { process: activity.caseTitle })}</p>
      <dl className="sv-dl">
        <dt>{t("vp.public.when")}</dt>
        <dd>{`${formatDateTime(new Date(activity.startsAt), locale)} – ${formatDateTime(new Date(activity.endsAt), locale)}`}</dd>
        {activity.placeAddress && (
          <>
            <dt>{t("vp.public.where")}</dt>
            <dd>{activity.placeAddress}</dd>
          </>
        )}
      </dl>
      {activity.description && <p className="ds-paragraph sv-prewrap">{activity.description}</p>}
    </>
  );

  if (!data.window.open) {
    return (
      <>
        <PageTitle text={activity.title} />
        <h1 className="ds-heading" data-size="lg">
          {activity.title}
        </h1>
        {errors?.form && <Notice color="danger">{t(errors.form)}</Notice>}
        <Notice color="info">{data.window.why === "ended" && activity.consultationEndsOn ? t("vp.closed.ended", { date: formatDate(activity.consultationEndsOn, locale) }) : t("vp.closed.phase")}</Notice>
        {about}
        <p className="ds-paragraph">{t("vp.closed.thanks")}</p>
      </>
    );
  }

  return (
    <>
      <PageTitle failed={Boolean(errors)} text={activity.title} />
      <h1 className="ds-heading" data-size="lg">
        {activity.title}
      </h1>
      {about}
      {activity.consultationEndsOn && <p className="ds-paragraph">{t("vp.public.lastDay", { date: formatDate(activity.consultationEndsOn, locale) })}</p>}
      <PostForm className="sv-form" reloadDocument aria-label={t("vp.public.formTitle")}>
        <h2 className="ds-heading" data-size="sm">
          {t("vp.public.formTitle")}
        </h2>
        <p className="ds-paragraph">{t("vp.public.lead")}</p>
        <ErrorSummary errors={errors} labels={{ body: "vp.body.label", ageBand: "vp.age.legend", sex: "vp.sex.legend", relations: "vp.relation.legend" }} />
        <input type="hidden" name="submission_key" value={v.submission_key ?? data.submissionKey} />
        <SpamGuardFields started={v[STARTED_FIELD] ?? data.started} />
        <Textarea name="body" label={t("vp.body.label")} hint={t("vp.body.hint")} defaultValue={v.body} error={errors?.body} rows={6} maxLength={PUBLIC_VIEWPOINT_MAX} />
        <h3 className="ds-heading" data-size="xs">
          {t("vp.about.title")}
        </h3>
        <p className="ds-paragraph" data-size="sm">
          {t("vp.about.lead")}
        </p>
        <ViewpointAboutFields person="self" values={v} relations={failure?.lists?.relations ?? []} errors={errors} />
        <h3 className="ds-heading" data-size="xs" id="privacy-title">
          {t("vp.privacy.title")}
        </h3>
        <ul className="ds-list" aria-labelledby="privacy-title">
          <li>{t("vp.privacy.anonymous")}</li>
          <li>{t("vp.privacy.noNames")}</li>
          <li>{t("vp.privacy.redact")}</li>
          <li>{t("vp.privacy.who")}</li>
          <li>{t("vp.privacy.public")}</li>
          <li>{t("vp.privacy.responsible", { committee: locale === "en" ? activity.committeeName.en : activity.committeeName.sv })}</li>
        </ul>
        <div>
          <SubmitButton>{t("vp.submit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
