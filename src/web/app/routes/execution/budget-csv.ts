import type { LoaderFunctionArgs } from "react-router";
import { translator } from "#src/text/index.ts";
import { notFound, requestState, requireActor, services } from "#src/web/app/lib/request.ts";

/**
 * /arenden/:caseId/process/budget.csv: the budget follow-up as CSV, for those who may read the
 * process: one row per budget line (planned, actual, left), the sum, then the payments. The CSV
 * writer defuses text that looks like a formula.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const t = translator(requestState(context).locale);
  const file = await services(context).budgetFollowUp.csv(actor, params.caseId ?? "", {
    headers: [t("execution.csv.effort"), t("execution.csv.party"), t("execution.csv.funder"), t("execution.csv.form"), t("execution.csv.description"), t("execution.csv.planned"), t("execution.csv.actual"), t("execution.csv.difference")],
    funder: { stad: t("execution.budget.funder.stad"), aktor: t("execution.budget.funder.aktor") },
    form: { pengar: t("execution.budget.form.pengar"), resurs: t("execution.budget.form.resurs") },
    paymentsHeading: t("execution.csv.payments"),
    paymentHeaders: [t("execution.csv.effort"), t("execution.csv.paidOn"), t("execution.csv.amount"), t("execution.csv.decision"), t("execution.csv.decidedOn"), t("execution.csv.note")],
    total: t("execution.csv.total"),
  });
  if (!file) notFound();
  const safe = (file.caseNumber ?? "process").replace(/[^A-Za-z0-9-]/g, "_");
  return new Response(file.csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="budgetuppfoljning-${safe}.csv"`, "Cache-Control": "private, no-store" } });
}
