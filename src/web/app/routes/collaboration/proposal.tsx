import { Link, redirect, useActionData, useLoaderData, useSearchParams, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { z } from "zod";
import { effortSchema, type ProposalError } from "#src/application/collaboration/index.ts";
import { formatDate, formatMoney, type MessageKey } from "#src/text/index.ts";
import { formValues, parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { notFound, requestMeta, requestState, requireActor, services } from "#src/web/app/lib/request.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { ErrorSummary, Notice, PostForm, SubmitButton } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "./process-nav.tsx";
import { BudgetSumsTable, EFFORT_LABELS, EffortFields, proposalRefusal } from "./proposal-shared.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

/** A plain page of forms: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/forslag: the group's proposal of efforts (insatser), their budgets and
 * sums; adding an effort; sending the proposal to the committee; after the committee's decision,
 * the approved efforts as the execution plan. The rules: src/domain/collaboration/proposal.ts.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).proposals.view(actor, params.caseId ?? "");
  if (!view) notFound();
  return { ...view, submissionKey: requestState(context).formKey };
}

const intentSchema = z.object({ intent: z.enum(["add", "send"]).prefault("add") });

export async function action({ request, context, params }: ActionFunctionArgs): Promise<(FormFailure & { intent: string }) | Response> {
  const actor = requireActor(context, request);
  const caseId = params.caseId ?? "";
  const form = await request.formData();
  const intent = intentSchema.safeParse({ intent: form.get("intent") ?? undefined });
  const svc = services(context).proposals;
  const refused = (error: ProposalError, which: string, detail?: Record<string, string>) => {
    if (error === "not_found") notFound();
    return { ok: false as const, intent: which, errors: (error === "invalid" && detail ? detail : { form: proposalRefusal(error) }) as FormFailure["errors"], values: formValues(form) };
  };
  if (intent.success && intent.data.intent === "send") {
    const r = await svc.send(actor, caseId, requestMeta(context));
    if (!r.ok) return refused(r.error, "send");
    return redirect(`/arenden/${caseId}/process/forslag?skickat=1`);
  }
  const parsed = parseForm(effortSchema, form);
  if (!parsed.ok) return { ...parsed, intent: "add" };
  const r = await svc.addEffort(actor, caseId, parsed.data, requestMeta(context));
  if (!r.ok) return refused(r.error, "add", r.detail);
  return redirect(`/arenden/${caseId}/process/forslag/${r.value.effortId}?ny=1`);
}

export default function ProposalPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const v = (name: string) => (failure?.intent === "add" ? failure.values[name] : undefined);
  const decided = data.status === "beslutat";
  return (
    <>
      <PageTitle failed={Boolean(failure)} text={`${t("proposal.title")}: ${data.title}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${data.caseId}`}>
          {t("process.backToCase", { title: data.title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("proposal.title")}
      </h1>
      <ProcessNav caseId={data.caseId} />
      {params.get("skickat") && !failure && <Notice color="success">{t("proposal.sent")}</Notice>}
      {params.get("borttagen") && !failure && <Notice color="success">{t("proposal.effortRemoved")}</Notice>}
      <p className="ds-paragraph">{t(`proposal.status.${data.status}` as MessageKey, { date: data.sentAt ? formatDate(data.sentAt, locale) : "" })}</p>
      {data.status === "utkast" && data.returnedReason && (
        <Notice color="warning">
          {t("proposal.returned")} {data.returnedReason}
        </Notice>
      )}
      {data.may.assess && (
        <p className="ds-paragraph">
          <Link className="ds-link" to={`/handlaggning/${data.caseId}/insatser`}>
            {t("proposal.assessLink")}
          </Link>
        </p>
      )}
      {failure?.intent === "send" && <ErrorSummary errors={failure.errors} />}

      {data.may.send && (
        <section aria-labelledby="proposal-send" className="sv-callout">
          <h2 className="ds-heading" data-size="sm" id="proposal-send">
            {t("proposal.sendHeading")}
          </h2>
          <p className="ds-paragraph">{t("proposal.sendLead", { count: data.efforts.length, city: formatMoney(data.sums.cityMoney, locale) })}</p>
          <PostForm>
            <input type="hidden" name="intent" value="send" />
            <SubmitButton>{t("proposal.send")}</SubmitButton>
          </PostForm>
        </section>
      )}

      <h2 className="ds-heading" data-size="sm">
        {decided ? t("proposal.plan") : t("proposal.efforts")}
      </h2>
      {data.efforts.length === 0 ? (
        <p className="ds-paragraph">{t("proposal.noEfforts")}</p>
      ) : (
        <div className="sv-table-wrap">
          <table className="ds-table" data-border>
            <caption className="sv-visually-hidden">{decided ? t("proposal.plan") : t("proposal.efforts")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("proposal.effortTitle")}</th>
                <th scope="col">{t("proposal.responsible")}</th>
                <th scope="col">{t("proposal.period")}</th>
                <th scope="col">{t("proposal.sum.cityMoney")}</th>
                <th scope="col">{t("proposal.sum.actors")}</th>
                {decided && <th scope="col">{t("proposal.verdict")}</th>}
              </tr>
            </thead>
            <tbody>
              {data.efforts.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <Link className="ds-link" to={`/arenden/${data.caseId}/process/forslag/${e.id}`}>
                      {e.title}
                    </Link>
                  </th>
                  <td>{e.responsible}</td>
                  <td>{t("proposal.periodValue", { from: formatDate(e.startsOn, locale), to: formatDate(e.endsOn, locale) })}</td>
                  <td>{formatMoney(e.sums.cityMoney, locale)}</td>
                  <td>{formatMoney(e.sums.actorsMoney + e.sums.actorsResources, locale)}</td>
                  {decided && <td>{e.approved ? t("proposal.approvedWith", { amount: formatMoney(e.approvedCitySek ?? 0, locale) }) : t("proposal.notApproved")}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.efforts.length > 0 && <BudgetSumsTable sums={data.sums} caption={t("proposal.sumsWhole")} />}

      {data.may.edit && (
        <section aria-labelledby="proposal-add">
          <h2 className="ds-heading" data-size="sm" id="proposal-add">
            {t("proposal.addEffort")}
          </h2>
          <PostForm className="sv-form">
            <input type="hidden" name="intent" value="add" />
            <input type="hidden" name="submissionKey" value={data.submissionKey} />
            <ErrorSummary errors={failure?.intent === "add" ? failure.errors : undefined} labels={EFFORT_LABELS} />
            <EffortFields values={v} errors={failure?.intent === "add" ? failure.errors : undefined} />
            <div>
              <SubmitButton>{t("proposal.addEffort")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      )}
    </>
  );
}
