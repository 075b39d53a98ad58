import { Link, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { PUBLIC_VIEWPOINT_MAX } from "#src/application/dialogue/index.ts";
import { formatDate, formatDateTime, type MessageKey } from "#src/text/index.ts";
import { PUBLIC_PAGE } from "#src/web/app/lib/client-code.ts";
import type { FormFailure } from "#src/web/app/lib/forms.ts";
import { STARTED_FIELD } from "#src/web/app/lib/spam-guard.ts";
import { StandardTextLink } from "#src/web/app/ui/easy-read.tsx";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";
import { SpamGuardFields } from "#src/web/app/ui/spam-guard.tsx";
import { loadPublicViewpoint, submitPublicViewpoint } from "./public-viewpoint-request.ts";
import { ViewpointAboutFields } from "./viewpoint-fields.tsx";

/** Like the page in standard language: no client code, kept at the edge (src/web/edge/kept-pages.ts). */
export const handle = PUBLIC_PAGE;

/** /synpunkt/:slug/lattlast: the activity's page in lättläst (LIX ≤ 30, decision 0033); the viewpoint is stored as on /synpunkt/:slug. */
export async function loader(args: LoaderFunctionArgs) {
  return loadPublicViewpoint(args);
}

export async function action(args: ActionFunctionArgs): Promise<FormFailure | Response> {
  return submitPublicViewpoint(args, "/lattlast");
}

/** One short line per sentence, as lättläst text is set. */
function Lines({ lines }: { lines: readonly string[] }) {
  return (
    <p className="ds-paragraph sv-easy-read-lines">
      {lines.map((line, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {line}
        </span>
      ))}
    </p>
  );
}

const PRIVACY: MessageKey[] = [
  "easyRead.vp.privacy.keep",
  "easyRead.vp.privacy.noName",
  "easyRead.vp.privacy.noAddress",
  "easyRead.vp.privacy.noNames",
  "easyRead.vp.privacy.redact",
  "easyRead.vp.privacy.who",
  "easyRead.vp.privacy.quotes",
  "easyRead.vp.privacy.public",
];

export default function PublicViewpointEasyRead() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const { activity } = data;
  const errors = failure?.errors;
  const v = failure?.values ?? {};
  const standard = `/synpunkt/${data.slug}`;
  const here = `${standard}/lattlast`;

  if (data.thanks && !failure) {
    return (
      <>
        <title>{`${t("easyRead.vp.thanks.title")} – ${activity.title} – ${t("app.name")}`}</title>
        <h1 className="ds-heading" data-size="lg">
          {t("easyRead.vp.thanks.title")}
        </h1>
        <Notice color="success">
          <Lines lines={[t("easyRead.vp.thanks.got"), t("easyRead.vp.thanks.read"), t("easyRead.vp.thanks.sum")]} />
        </Notice>
        <p className="ds-paragraph">
          <Link className="ds-link" to={here}>
            {t("easyRead.vp.thanks.another")}
          </Link>
        </p>
      </>
    );
  }

  const about = (
    <>
      <Lines lines={[t("easyRead.vp.part", { process: activity.caseTitle })]} />
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
        <title>{`${activity.title} – ${t("app.name")}`}</title>
        <h1 className="ds-heading" data-size="lg">
          {activity.title}
        </h1>
        <StandardTextLink to={standard} />
        {errors?.form && <Notice color="danger">{t(errors.form)}</Notice>}
        <Notice color="info">
          <Lines
            lines={[
              t("easyRead.vp.closed.title"),
              data.window.why === "ended" && activity.consultationEndsOn ? t("easyRead.vp.closed.ended", { date: formatDate(activity.consultationEndsOn, locale) }) : t("easyRead.vp.closed.phase"),
            ]}
          />
        </Notice>
        {about}
        <p className="ds-paragraph">{t("easyRead.vp.closed.thanks")}</p>
      </>
    );
  }

  return (
    <>
      <PageTitle failed={Boolean(errors)} text={activity.title} />
      <h1 className="ds-heading" data-size="lg">
        {activity.title}
      </h1>
      <StandardTextLink to={standard} />
      {about}
      {activity.consultationEndsOn && <Lines lines={[t("easyRead.vp.lastDay", { date: formatDate(activity.consultationEndsOn, locale) })]} />}
      <PostForm className="sv-form" reloadDocument aria-label={t("easyRead.vp.formTitle")}>
        <h2 className="ds-heading" data-size="sm">
          {t("easyRead.vp.formTitle")}
        </h2>
        <Lines lines={[t("easyRead.vp.lead1"), t("easyRead.vp.lead2"), t("easyRead.vp.lead3")]} />
        <ErrorSummary errors={errors} labels={{ body: "easyRead.vp.body.label", ageBand: "vp.age.legend", sex: "vp.sex.legend", relations: "vp.relation.legend" }} />
        <input type="hidden" name="submission_key" value={v.submission_key ?? data.submissionKey} />
        <SpamGuardFields started={v[STARTED_FIELD] ?? data.started} />
        <Textarea name="body" label={t("easyRead.vp.body.label")} hint={t("easyRead.vp.body.hint")} defaultValue={v.body} error={errors?.body} rows={6} maxLength={PUBLIC_VIEWPOINT_MAX} />
        <h3 className="ds-heading" data-size="xs">
          {t("easyRead.vp.about.title")}
        </h3>
        <Lines lines={[t("easyRead.vp.about.lead")]} />
        <ViewpointAboutFields person="self" values={v} relations={failure?.lists?.relations ?? []} errors={errors} />
        <h3 className="ds-heading" data-size="xs" id="privacy-title">
          {t("easyRead.vp.privacy.title")}
        </h3>
        <ul className="ds-list" aria-labelledby="privacy-title">
          {PRIVACY.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
          <li>{t("easyRead.vp.privacy.responsible", { committee: locale === "en" ? activity.committeeName.en : activity.committeeName.sv })}</li>
          <li>{t("easyRead.vp.privacy.time")}</li>
          <li>{t("easyRead.vp.privacy.questions")}</li>
        </ul>
        <div>
          <SubmitButton>{t("easyRead.vp.submit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
