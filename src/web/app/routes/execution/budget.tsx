import type { ReactNode } from "react";
import { Link, useLoaderData, useSearchParams, type LoaderFunctionArgs } from "react-router";
import { formatDate, formatDateTime, formatMoney, formatNumber, type MessageKey } from "#src/text/index.ts";
import { NO_CLIENT_CODE } from "#src/web/app/lib/client-code.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { Notice } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";
import { ExecutionFrame } from "./shared.tsx";

/** A plain page: it works without JavaScript. */
export const handle = NO_CLIENT_CODE;

/**
 * /arenden/:caseId/process/budget: the budget follow-up — the city's contribution and payments
 * per effort, planned against actual per budget line, per party and per year, what has been
 * recorded, the payments, the receipts (downloadable), and a CSV of it all. The forms are on
 * their own pages: utfall (the group), underlag (the group), utbetalning (the contact person).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const view = await services(context).budgetFollowUp.view(actor, params.caseId ?? "");
  if (!view) notFound();
  return view;
}

const NOTICES: Array<[string, MessageKey]> = [
  ["utfall", "execution.actual.saved"],
  ["underlag", "execution.receipt.saved"],
  ["utbetalning", "execution.payment.saved"],
];

export default function BudgetPage() {
  const t = useT();
  const [params] = useSearchParams();
  const notice = NOTICES.find(([flag]) => params.get(flag));
  const locale = useLocale();
  const v = useLoaderData<typeof loader>();
  const base = `/arenden/${v.caseId}/process/budget`;
  const money = (n: number | null) => (n === null ? t("execution.budget.notValued") : formatMoney(n, locale));
  const lineName = new Map(v.lines.map((l) => [l.id, t("execution.budget.lineValue", { effort: l.effortTitle, contributor: l.contributor })]));
  const effortName = new Map(v.efforts.map((e) => [e.id, e.title]));
  return (
    <>
      <title>{`${t("execution.budget.title")}: ${v.title} – ${t("app.name")}`}</title>
      <ExecutionFrame caseId={v.caseId} title={v.title} heading={t("execution.budget.title")} phase={v.phase} started={v.started}>
        {notice && <Notice color="success">{t(notice[1])}</Notice>}
        <p className="ds-paragraph">{t("execution.budget.lead")}</p>
        <ul className="sv-list">
          {v.may.work && (
            <>
              <li>
                <Link className="ds-link" to={`${base}/utfall`}>
                  {t("execution.budget.addActual")}
                </Link>
              </li>
              <li>
                <Link className="ds-link" to={`${base}/underlag`}>
                  {t("execution.budget.addReceipt")}
                </Link>
              </li>
            </>
          )}
          {v.may.pay && v.decision && (
            <li>
              <Link className="ds-link" to={`${base}/utbetalning`}>
                {t("execution.budget.addPayment")}
              </Link>
            </li>
          )}
          <li>
            <a className="ds-link" href={`/arenden/${v.caseId}/process/budget.csv`} download>
              {t("execution.budget.csv")}
            </a>
          </li>
        </ul>
        {v.may.pay && !v.decision && <p className="ds-paragraph">{t("execution.budget.noDecision")}</p>}

        <h2 className="ds-heading" data-size="sm">
          {t("execution.budget.totals")}
        </h2>
        <dl className="sv-facts">
          <dt>{t("execution.budget.planned")}</dt>
          <dd>{formatMoney(v.totals.plannedSek, locale)}</dd>
          <dt>{t("execution.budget.actual")}</dt>
          <dd>{formatMoney(v.totals.actualSek, locale)}</dd>
          <dt>{t("execution.budget.inForce")}</dt>
          <dd>{formatMoney(v.totals.citySek, locale)}</dd>
          <dt>{t("execution.budget.paid")}</dt>
          <dd>{formatMoney(v.totals.paidSek, locale)}</dd>
        </dl>

        <Table caption={t("execution.budget.cityCaption")} head={[t("execution.plan.effort"), t("execution.budget.decided"), t("execution.budget.inForce"), t("execution.budget.paid"), t("execution.budget.remaining")]}>
          {v.efforts.map((e) => (
            <tr key={e.id}>
              <th scope="row">{e.title}</th>
              <td>{formatMoney(e.decidedCitySek, locale)}</td>
              <td>{formatMoney(e.citySek, locale)}</td>
              <td>{formatMoney(e.paidSek, locale)}</td>
              <td>{formatMoney(e.remainingSek, locale)}</td>
            </tr>
          ))}
        </Table>

        <Table caption={t("execution.budget.linesCaption")} head={[t("execution.plan.effort"), t("execution.budget.party"), t("execution.budget.funder"), t("execution.budget.form"), t("execution.budget.planned"), t("execution.budget.actual"), t("execution.budget.difference")]}>
          {v.lines.map((l) => (
            <tr key={l.id}>
              <th scope="row">{l.effortTitle}</th>
              <td>
                {l.contributor}
                {l.description && <div className="sv-prewrap">{l.description}</div>}
              </td>
              <td>{t(`execution.budget.funder.${l.funder}`)}</td>
              <td>{t(`execution.budget.form.${l.form}`)}</td>
              <td>{money(l.plannedSek)}</td>
              <td>{formatMoney(l.actualSek, locale)}</td>
              <td>{formatMoney((l.plannedSek ?? 0) - l.actualSek, locale)}</td>
            </tr>
          ))}
        </Table>

        <Table caption={t("execution.budget.partiesCaption")} head={[t("execution.budget.party"), t("execution.budget.funder"), t("execution.budget.planned"), t("execution.budget.actual"), t("execution.budget.difference")]}>
          {v.parties.map((p) => (
            <tr key={`${p.funder}-${p.contributor}`}>
              <th scope="row">{p.contributor}</th>
              <td>{t(`execution.budget.funder.${p.funder === "stad" ? "stad" : "aktor"}`)}</td>
              <td>{formatMoney(p.plannedSek, locale)}</td>
              <td>{formatMoney(p.actualSek, locale)}</td>
              <td>{formatMoney(p.plannedSek - p.actualSek, locale)}</td>
            </tr>
          ))}
        </Table>

        <p className="ds-paragraph" data-size="sm">
          {t("execution.budget.yearsHint")}
        </p>
        <Table caption={t("execution.budget.yearsCaption")} head={[t("execution.budget.year"), t("execution.budget.planned"), t("execution.budget.actual"), t("execution.budget.paid")]}>
          {v.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td>{formatMoney(y.plannedSek, locale)}</td>
              <td>{formatMoney(y.actualSek, locale)}</td>
              <td>{formatMoney(y.paidSek, locale)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t("execution.budget.total")}</th>
            <td>{formatMoney(v.totals.plannedSek, locale)}</td>
            <td>{formatMoney(v.totals.actualSek, locale)}</td>
            <td>{formatMoney(v.totals.paidSek, locale)}</td>
          </tr>
        </Table>

        <h2 className="ds-heading" data-size="sm">
          {t("execution.budget.payments")}
        </h2>
        {v.payments.length === 0 ? (
          <p className="ds-paragraph">{t("execution.budget.noPayments")}</p>
        ) : (
          <Table caption={t("execution.budget.paymentsCaption")} head={[t("execution.budget.paidOn"), t("execution.plan.effort"), t("execution.payment.amount"), t("execution.budget.decision"), t("execution.payment.note"), t("execution.budget.recordedBy")]}>
            {v.payments.map((p) => (
              <tr key={p.id}>
                <th scope="row">{formatDate(p.paidOn, locale)}</th>
                <td>{effortName.get(p.effortId) ?? ""}</td>
                <td>{formatMoney(p.amountSek, locale)}</td>
                <td>{t("execution.budget.decisionValue", { paragraph: p.decisionParagraph, date: formatDate(p.decisionOn, locale) })}</td>
                <td className="sv-prewrap">{p.note}</td>
                <td>{p.recordedByName ?? ""}</td>
              </tr>
            ))}
          </Table>
        )}

        <h2 className="ds-heading" data-size="sm">
          {t("execution.budget.actuals")}
        </h2>
        {v.actuals.length === 0 ? (
          <p className="ds-paragraph">{t("execution.budget.noActuals")}</p>
        ) : (
          <Table caption={t("execution.budget.actualsCaption")} head={[t("execution.budget.spentOn"), t("execution.budget.line"), t("execution.budget.description"), t("execution.actual.amount"), t("execution.budget.recordedBy")]}>
            {v.actuals.map((a) => (
              <tr key={a.id}>
                <th scope="row">{formatDate(a.spentOn, locale)}</th>
                <td>{lineName.get(a.budgetLineId) ?? ""}</td>
                <td className="sv-prewrap">{a.description}</td>
                <td>{formatMoney(a.amountSek, locale)}</td>
                <td>{a.recordedByName ?? ""}</td>
              </tr>
            ))}
          </Table>
        )}

        <h2 className="ds-heading" data-size="sm">
          {t("execution.budget.receipts")}
        </h2>
        {v.receipts.length === 0 ? (
          <p className="ds-paragraph">{t("execution.budget.noReceipts")}</p>
        ) : (
          <Table caption={t("execution.budget.receiptsCaption")} head={[t("execution.budget.file"), t("execution.budget.line"), t("execution.budget.description"), t("execution.budget.uploaded")]}>
            {v.receipts.map((f) => (
              <tr key={f.id}>
                <th scope="row">
                  <a className="ds-link" href={`${base}/underlag/${f.id}`} download>
                    {f.filename}
                  </a>{" "}
                  {`(${t("execution.budget.size", { size: formatNumber(Math.max(1, Math.round(f.sizeBytes / 1024)), locale) })})`}
                </th>
                <td>{f.budgetLineId ? (lineName.get(f.budgetLineId) ?? "") : ""}</td>
                <td className="sv-prewrap">{f.description}</td>
                <td>{`${formatDateTime(f.uploadedAt, locale)}${f.uploadedByName ? `, ${f.uploadedByName}` : ""}`}</td>
              </tr>
            ))}
          </Table>
        )}
      </ExecutionFrame>
    </>
  );
}

function Table({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    <div className="sv-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="ds-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
