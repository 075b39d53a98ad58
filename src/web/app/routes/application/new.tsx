import { randomUUID } from "node:crypto";
import { redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { parseForm, type FormFailure } from "../../lib/forms.ts";
import { requestMeta, requireActor, services } from "../../lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "../../ui/form.tsx";
import { useT } from "../../ui/i18n.tsx";

/** /ansokan/ny: an actor starts a draft application (once per rendered form). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  return { isActor: actor.role === "aktor", organisation: actor.organisationName, submissionKey: randomUUID() };
}

const schema = z.object({
  submission_key: z.string().uuid("appl.error.form"),
  title: z.string().trim().max(300, "appl.error.title"),
});

export async function action({ request, context }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const parsed = parseForm(schema, await request.formData());
  if (!parsed.ok) return parsed;
  const result = await services(context).applications.start(actor, { submissionKey: parsed.data.submission_key, title: parsed.data.title }, requestMeta(context));
  if (!result.ok) return { ok: false, errors: { form: result.error === "not_allowed" ? "appl.new.notActor" : "appl.error.form" }, values: parsed.data };
  return redirect(`/ansokan/${result.value.caseId}/steg/omrade`);
}

export default function NewApplication() {
  const t = useT();
  const { isActor, organisation, submissionKey } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  return (
    <>
      <title>{`${failure ? t("common.errorTitlePrefix") : ""}${t("appl.new.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="lg">
        {t("appl.new.title")}
      </h1>
      {!isActor ? (
        <Notice>{t("appl.new.notActor")}</Notice>
      ) : (
        <>
          <p className="ds-paragraph">{t("appl.new.lead")}</p>
          <h2 className="ds-heading" data-size="xs">
            {t("appl.new.before")}
          </h2>
          <p className="ds-paragraph">{t("appl.new.beforeText")}</p>
          <PostForm className="sv-form">
            <ErrorSummary errors={failure?.errors} labels={{ title: "appl.new.titleLabel" }} />
            <input type="hidden" name="submission_key" value={failure?.values.submission_key ?? submissionKey} />
            <TextField name="title" label={t("appl.new.titleLabel")} hint={`${t("appl.new.titleHint")} ${t("appl.draftOf", { organisation })}.`} defaultValue={failure?.values.title} error={failure?.errors.title} />
            <div>
              <SubmitButton>{t("appl.new.start")}</SubmitButton>
            </div>
          </PostForm>
        </>
      )}
    </>
  );
}
