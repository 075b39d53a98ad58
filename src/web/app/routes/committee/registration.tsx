import { redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import type { MessageKey } from "#src/text/index.ts";
import { diariumRegistrationSchema } from "#src/application/intake/index.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton, TextField } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { HandlingHeader } from "#src/web/app/ui/handling-header.tsx";

/**
 * /handlaggning/:caseId/registrering: the registrar enters the case's number in the city's
 * diarium (Platina). When the diarium numbers cases (CASE_NUMBER_SOURCE=diarium) it becomes
 * the case number; otherwise it is the link between the two systems.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).applications.registrationView(actor, params.caseId ?? "");
  if (!view) notFound();
  return view;
}

/** The form's name of the number. */
const NAMES = { diariumNumber: "diarium_number" };

const ERRORS: Record<string, MessageKey> = {
  invalid: "diarium.error.invalid",
  taken: "diarium.error.taken",
  not_submitted: "diarium.error.not_submitted",
};

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const parsed = parseForm(diariumRegistrationSchema, form, { names: NAMES });
  if (!parsed.ok) return parsed;
  const result = await services(context).applications.registerDiariumNumber(actor, caseId, parsed.data.diariumNumber, requestMeta(context));
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    return { ok: false, errors: { diarium_number: ERRORS[result.error] ?? "diarium.error.invalid" }, values: formValues(form) };
  }
  return redirect(`/handlaggning/${caseId}/registrering?sparat=1`);
}

export default function Registration() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const [params] = useSearchParams();
  return (
    <>
      <HandlingHeader caseId={data.caseId} caseTitle={data.title} caseNumber={data.caseNumber} page={t("diarium.title")} failed={!!failure} />
      {params.get("sparat") && !failure && <Notice color="success">{t("diarium.saved")}</Notice>}
      <dl className="sv-dl">
        <dt>{t("cases.number")}</dt>
        <dd>{data.caseNumber ?? t("cases.awaitingDiarium")}</dd>
        <dt>{t("diarium.label")}</dt>
        <dd>{data.diariumNumber ?? t("diarium.none")}</dd>
      </dl>
      <PostForm className="sv-form">
        <ErrorSummary errors={failure?.errors} labels={{ diarium_number: "diarium.label" }} />
        <TextField
          name="diarium_number"
          label={t("diarium.label")}
          hint={data.source === "diarium" ? t("diarium.hintAsCaseNumber") : t("diarium.hint")}
          defaultValue={failure?.values.diarium_number ?? data.diariumNumber ?? ""}
          error={failure?.errors.diarium_number}
        />
        <div>
          <SubmitButton>{t("diarium.save")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
