import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { contactRequestSchema } from "#src/application/outreach/index.ts";
import { ACTOR_TYPES } from "#src/domain/roles.ts";
import { parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { requestMeta, requestState, services } from "#src/web/app/lib/request.ts";
import { pageT } from "#src/web/app/lib/page-language-server.ts";
import { withLanguage } from "#src/web/app/lib/page-language.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { RESIDENT_PAGE } from "#src/web/app/lib/client-code.ts";
import { spamCheck, STARTED_FIELD } from "#src/web/app/lib/spam-guard.ts";
import { SpamGuardFields } from "#src/web/app/ui/spam-guard.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** Works without JavaScript and ships none; offered in the resident languages, its receipt mail too. */
export const handle = RESIDENT_PAGE;

/** The form's name of the submission key. */
const NAMES = { submissionKey: "submission_key" };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const sent = new URL(request.url).searchParams.get("skickat") === "1";
  // A fresh key per rendered form: the same form posted twice creates one request.
  const state = requestState(context);
  return { sent, submissionKey: state.formKey, started: state.formTime.issue() };
}

/**
 * Spam checks that need no third party and ask nothing of people: a trap field (filled in:
 * answered as sent, and nothing is stored or mailed), a minimum time between showing the form
 * and sending it (too soon: asked to send again, with what was typed), and a limit per client
 * address. The receipt is a fixed text, sent at most a few times an hour to one address.
 */
export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const formData = await request.formData();
  const state = requestState(context);
  const svc = services(context);
  // What was typed comes back with a refusal below (the spam checks'); the stamp is set anew where needed.
  const { verdict, started, values } = spamCheck(formData, state, svc.contactMinFillSeconds);
  const sent = withLanguage("/samverkansstod/kontakt?skickat=1", state.language);
  if (verdict === "trap") return redirect(sent);
  const parsed = parseForm(contactRequestSchema, formData, { names: NAMES });
  if (!parsed.ok) return parsed;
  // The receipt mail in the language the form was sent in.
  const t = pageT(state);
  // Sent again with the same stamp, the form passes once the time has gone by.
  if (verdict === "too_fast") return { ok: false, errors: { form: "contact.error.tooFast" }, values: { ...values, [STARTED_FIELD]: started } };
  if (!(await svc.contactLimiter.consume(`ip:${state.ip ?? "unknown"}`))) return { ok: false, errors: { form: "contact.error.rateLimited" }, values };
  const sendReceipt = await svc.recipientLimiter.consume(`contact:${parsed.data.email.toLowerCase()}`);
  const result = await svc.contactRequests.submit(
    parsed.data,
    // A fixed text: what happens next. Nothing the visitor typed is echoed to the address they gave.
    { subject: t("contact.mailSubject"), body: t("contact.mailBody") },
    requestMeta(context),
    { sendReceipt },
  );
  if (!result.ok) return { ok: false, errors: { form: "contact.error.form" }, values };
  return redirect(sent);
}

const LABELS = {
  name: "contact.name",
  email: "contact.email",
  phone: "contact.phone",
  organisationName: "contact.organisation",
  actorType: "contact.actorType",
  areaText: "contact.area",
  message: "contact.message",
} as const;

export default function ContactRequest() {
  const t = useT();
  const { sent, submissionKey, started } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [params] = useSearchParams();
  const errors = failure?.errors;
  const v = failure?.values ?? {};
  if (sent && params.get("skickat") === "1" && !failure) {
    return (
      <>
        <PageTitle text={t("contact.receiptTitle")} />
        <h1 className="ds-heading" data-size="lg">
          {t("contact.receiptTitle")}
        </h1>
        <Notice color="success">{t("contact.receiptBody")}</Notice>
        <h2 className="ds-heading" data-size="sm">
          {t("contact.nextTitle")}
        </h2>
        <p className="ds-paragraph sv-prewrap">{t("contact.next")}</p>
      </>
    );
  }
  return (
    <>
      <PageTitle failed={Boolean(errors)} text={t("contact.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("contact.title")}
      </h1>
      <p className="ds-paragraph">{t("contact.lead")}</p>
      <PostForm className="sv-form" reloadDocument>
        <ErrorSummary errors={errors} labels={LABELS} />
        <input type="hidden" name="submission_key" value={v.submission_key ?? submissionKey} />
        <SpamGuardFields started={v[STARTED_FIELD] ?? started} />
        <TextField name="name" label={t("contact.name")} autoComplete="name" defaultValue={v.name} error={errors?.name} />
        <TextField name="email" type="email" label={t("contact.email")} autoComplete="email" defaultValue={v.email} error={errors?.email} />
        <TextField name="phone" type="tel" label={t("contact.phone")} autoComplete="tel" defaultValue={v.phone} error={errors?.phone} />
        <TextField name="organisationName" label={t("contact.organisation")} autoComplete="organization" defaultValue={v.organisationName} error={errors?.organisationName} />
        <fieldset className="ds-fieldset sv-field" id="field-actorType" aria-describedby={errors?.actorType ? "field-actorType-error" : undefined}>
          <legend className="ds-label">{t("contact.actorType")}</legend>
          {errors?.actorType && (
            <div id="field-actorType-error" className="ds-validation-message" data-color="danger">
              {t(errors.actorType)}
            </div>
          )}
          <div className="ds-field">
            <input className="ds-input" type="radio" id="field-actorType-none" name="actorType" value="" defaultChecked={!v.actorType} />
            <label className="ds-label" htmlFor="field-actorType-none">
              {t("contact.actorType.none")}
            </label>
          </div>
          {ACTOR_TYPES.map((type) => (
            <div className="ds-field" key={type}>
              <input className="ds-input" type="radio" id={`field-actorType-${type}`} name="actorType" value={type} defaultChecked={v.actorType === type} />
              <label className="ds-label" htmlFor={`field-actorType-${type}`}>
                {t(`actorType.${type}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <TextField name="areaText" label={t("contact.area")} hint={t("contact.areaHint")} defaultValue={v.areaText} error={errors?.areaText} />
        <Textarea name="message" label={t("contact.message")} defaultValue={v.message} error={errors?.message} maxLength={10_000} />
        <div>
          <SubmitButton>{t("contact.submit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
