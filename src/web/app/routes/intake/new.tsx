import { randomUUID } from "node:crypto";
import { redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { Radios } from "#src/web/app/ui/choices.tsx";
import { applicationStartSchema, type StartError } from "#src/application/intake/index.ts";
import type { MessageKey } from "#src/text/index.ts";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** /ansokan/ny: an actor starts a draft application (once per rendered form). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const options = await services(context).applications.startOptions();
  return { isActor: actor.role === "aktor", organisation: actor.organisationName, submissionKey: randomUUID(), committees: options.committees };
}

/** The form's names of the submission key and the committee chosen. */
const NAMES = { submissionKey: "submission_key", committeeId: "committee" };

const START_ERRORS: Record<StartError, MessageKey> = {
  not_allowed: "appl.new.notActor",
  invalid: "appl.error.form",
  no_process_type: "appl.new.noCommittee",
  no_committee: "appl.new.noCommittee",
  choose_committee: "appl.error.chooseCommittee",
};

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const parsed = parseForm(applicationStartSchema, form, { names: NAMES });
  if (!parsed.ok) return parsed;
  const result = await services(context).applications.start(actor, parsed.data, requestMeta(context));
  if (!result.ok) {
    const values = formValues(form);
    return { ok: false, errors: result.error === "choose_committee" ? { committee: START_ERRORS.choose_committee } : { form: START_ERRORS[result.error] }, values };
  }
  return redirect(`/ansokan/${result.value.caseId}/steg/omrade`);
}

export default function NewApplication() {
  const t = useT();
  const { isActor, organisation, submissionKey, committees } = useLoaderData<typeof loader>();
  const locale = useLocale();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={t("appl.new.title")} />
      <h1 className="ds-heading" data-size="lg">
        {t("appl.new.title")}
      </h1>
      {!isActor ? (
        <Notice>{t("appl.new.notActor")}</Notice>
      ) : committees.length === 0 ? (
        <Notice color="warning">{t("appl.new.noCommittee")}</Notice>
      ) : (
        <>
          <p className="ds-paragraph">{t("appl.new.lead")}</p>
          <h2 className="ds-heading" data-size="xs">
            {t("appl.new.before")}
          </h2>
          <p className="ds-paragraph">{t("appl.new.beforeText")}</p>
          <PostForm className="sv-form">
            <ErrorSummary errors={failure?.errors} labels={{ title: "appl.new.titleLabel", committee: "appl.new.committee" }} />
            <input type="hidden" name="submission_key" value={failure?.values.submission_key ?? submissionKey} />
            <TextField name="title" label={t("appl.new.titleLabel")} hint={`${t("appl.new.titleHint")} ${t("appl.draftOf", { organisation })}.`} defaultValue={failure?.values.title} error={failure?.errors.title} />
            {committees.length > 1 && (
              <Radios
                name="committee"
                legend={t("appl.new.committee")}
                hint={t("appl.new.committeeHint")}
                options={committees.map((c) => ({ value: c.id, label: `${locale === "en" && c.nameEn ? c.nameEn : c.nameSv} (${c.code})` }))}
                value={failure?.values.committee}
                error={failure?.errors.committee ? t(failure.errors.committee) : undefined}
              />
            )}
            <div>
              <SubmitButton>{t("appl.new.start")}</SubmitButton>
            </div>
          </PostForm>
        </>
      )}
    </>
  );
}
