import { Link, redirect, useActionData, useLoaderData, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { commitmentSchema } from "#src/application/execution/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requireActor, services } from "#src/web/app/lib/request.ts";
import { ErrorSummary, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { COMMITMENT_LABELS, CommitmentFields } from "./commitment-fields.tsx";
import { ExecutionFrame, refusalKey } from "./shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/** /arenden/:caseId/process/ataganden/:commitmentId: change a commitment (its status as it goes, its period, its contact). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).commitments.view(actor, params.caseId ?? "");
  const commitment = view?.commitments.find((c) => c.id === params.commitmentId);
  if (!view || !commitment || !view.may.work) notFound();
  return { caseId: view.caseId, title: view.title, phase: view.phase, commitment };
}

export async function action({ request, context, params }: ActionFunctionArgs): Promise<FormFailure | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const parsed = parseForm(commitmentSchema, form);
  if (!parsed.ok) return parsed;
  const r = await services(context).commitments.update(actor, caseId, params.commitmentId ?? "", parsed.data, requestMeta(context));
  if (r.ok) return redirect(`/arenden/${caseId}/process/ataganden?sparad=1`);
  if (r.error === "not_found") notFound();
  return { ok: false, errors: (r.error === "invalid" && r.detail ? r.detail : { form: refusalKey(r.error) }) as FormFailure["errors"], values: formValues(form) };
}

export default function CommitmentPage() {
  const t = useT();
  const { caseId, title, phase, commitment } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as FormFailure | undefined;
  const heading = t("execution.commitments.editTitle", { department: commitment.department });
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={heading} />
      <ExecutionFrame caseId={caseId} title={title} heading={heading} phase={phase} started>
        <p className="ds-paragraph">
          <Link className="ds-link" to={`/arenden/${caseId}/process/ataganden`}>
            {t("execution.commitments.title")}
          </Link>
        </p>
        <ErrorSummary errors={failure?.errors} labels={COMMITMENT_LABELS} />
        <PostForm className="sv-form">
          <CommitmentFields
            failure={failure}
            current={{ department: commitment.department, contribution: commitment.contribution, contactName: commitment.contactName, contactEmail: commitment.contactEmail, startsOn: commitment.startsOn, endsOn: commitment.endsOn, status: commitment.status }}
          />
          <div>
            <SubmitButton>{t("execution.commitments.save")}</SubmitButton>
          </div>
        </PostForm>
      </ExecutionFrame>
    </>
  );
}
