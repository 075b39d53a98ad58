import { Link, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { PUBLIC_VIEWPOINT_MAX } from "#src/application/dialogue/index.ts";
import { formatDate, formatDateTime } from "#src/text/index.ts";
import { RESIDENT_PAGE } from "#src/web/app/lib/client-code.ts";
import { isolate, withLanguage } from "#src/web/app/lib/page-language.ts";
import type { FormFailure } from "#src/web/app/lib/forms.ts";
import { STARTED_FIELD } from "#src/web/app/lib/spam-guard.ts";
import { EasyReadLink } from "#src/web/app/ui/easy-read.tsx";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea } from "#src/web/app/ui/form.tsx";
import { useLang, useLocale, usePageLanguage, useT } from "#src/web/app/ui/i18n.tsx";
import { SpamGuardFields } from "#src/web/app/ui/spam-guard.tsx";
import { loadPublicViewpoint, submitPublicViewpoint } from "./public-viewpoint-request.ts";
import { ViewpointAboutFields } from "./viewpoint-fields.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/**
 * Read standing in the street, from a link or a poster's QR code: no client code, the same page
 * for every visitor but for the form's per-request values (so the edge renders it once and keeps
 * it: src/web/edge/kept-pages.ts), and small (the e2e test weighs it). Offered in the resident
 * languages (`?sprak=ar`); a viewpoint records the language its page was in.
 */
export const handle = RESIDENT_PAGE;

/** /synpunkt/:slug: the activity, and while it takes viewpoints, the form; `?tack=1` the thanks after sending. */
export async function loader(args: LoaderFunctionArgs) {
  return loadPublicViewpoint(args);
}

export async function action(args: ActionFunctionArgs): Promise<FormFailure | Response> {
  return submitPublicViewpoint(args, "");
}

export default function PublicViewpoint() {
  const t = useT();
  const locale = useLocale();
  const lang = useLang();
  const page = usePageLanguage();
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
        <Notice color="success">{t("vp.thanks.body", { process: isolate(activity.caseTitle, page?.dir) })}</Notice>
        <p className="ds-paragraph">
          <Link className="ds-link" to={withLanguage(`/synpunkt/${data.slug}`, page?.code ?? null)}>
            {t("vp.thanks.another")}
          </Link>
        </p>
      </>
    );
  }

  const about = (
    <>
      <p className="ds-paragraph">{t("vp.public.part", { process: isolate(activity.caseTitle, page?.dir) })}</p>
      <dl className="sv-dl">
        <dt>{t("vp.public.when")}</dt>
        <dd>{`${formatDateTime(new Date(activity.startsAt), lang)} – ${formatDateTime(new Date(activity.endsAt), lang)}`}</dd>
        {activity.placeAddress && (
          <>
            <dt>{t("vp.public.where")}</dt>
            <dd dir="auto">{activity.placeAddress}</dd>
          </>
        )}
      </dl>
      {activity.description && <p className="ds-paragraph sv-prewrap" dir="auto">{activity.description}</p>}
    </>
  );

  if (!data.window.open) {
    return (
      <>
        <PageTitle text={activity.title} />
        <h1 className="ds-heading" data-size="lg">
          {activity.title}
        </h1>
        <EasyReadLink to={`/synpunkt/${data.slug}/lattlast`} />
        {errors?.form && <Notice color="danger">{t(errors.form)}</Notice>}
        <Notice color="info">{data.window.why === "ended" && activity.consultationEndsOn ? t("vp.closed.ended", { date: formatDate(activity.consultationEndsOn, lang) }) : t("vp.closed.phase")}</Notice>
        {about}
        <p className="ds-paragraph">{t("vp.closed.thanks")}</p>
      </>
    );
  }

  return (
    <>
      <PageTitle failed={Boolean(errors)} text={activity.title} />
      <h1 className="ds-heading" data-size="lg" dir="auto">
        {activity.title}
      </h1>
      <EasyReadLink to={`/synpunkt/${data.slug}/lattlast`} />
      {about}
      {activity.consultationEndsOn && <p className="ds-paragraph">{t("vp.public.lastDay", { date: formatDate(activity.consultationEndsOn, lang) })}</p>}
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
          <li>{t("vp.privacy.responsible", { committee: isolate(locale === "en" ? activity.committeeName.en : activity.committeeName.sv, page?.dir) })}</li>
        </ul>
        <div>
          <SubmitButton>{t("vp.submit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
