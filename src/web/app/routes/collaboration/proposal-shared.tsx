/** What the proposal's pages share: the sums table, the effort's fields and their labels, a refusal's sentence. */
import type { ProposalError } from "#src/application/collaboration/index.ts";
import type { BudgetSums } from "#src/domain/collaboration/proposal.ts";
import { formatMoney, type MessageKey } from "#src/text/index.ts";
import { Textarea, TextField } from "#src/web/app/ui/form.tsx";
import { useLocale, useT } from "#src/web/app/ui/i18n.tsx";

/** The labels of an effort's fields, for the error summary. */
export const EFFORT_LABELS: Record<string, MessageKey> = {
  title: "proposal.effortTitle",
  description: "proposal.description",
  responsible: "proposal.responsible",
  startsOn: "proposal.startsOn",
  endsOn: "proposal.endsOn",
};

/** The sentence for a refusal of the proposal's use cases. */
export function proposalRefusal(error: Exclude<ProposalError, "not_found">): MessageKey {
  return error === "invalid" ? "appl.error.form" : (`proposal.error.${error}` as MessageKey);
}

/** The city's and the actors' contributions, money and valued resources, and the total. */
export function BudgetSumsTable({ sums, caption }: { sums: BudgetSums; caption: string }) {
  const t = useT();
  const locale = useLocale();
  const rows: Array<[MessageKey, number]> = [
    ["proposal.sum.cityMoney", sums.cityMoney],
    ["proposal.sum.cityResources", sums.cityResources],
    ["proposal.sum.actorsMoney", sums.actorsMoney],
    ["proposal.sum.actorsResources", sums.actorsResources],
    ["proposal.sum.total", sums.total],
  ];
  return (
    <table className="ds-table sv-sums" data-border>
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([label, amount]) => (
          <tr key={label}>
            <th scope="row">{t(label)}</th>
            <td>{formatMoney(amount, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The fields of an effort, for adding one and for changing it. */
export function EffortFields({ values, errors }: { values: (name: string) => string | undefined; errors: Record<string, MessageKey> | undefined }) {
  const t = useT();
  return (
    <>
      <TextField name="title" label={t("proposal.effortTitle")} defaultValue={values("title")} error={errors?.title} />
      <Textarea name="description" label={t("proposal.description")} hint={t("proposal.descriptionHint")} defaultValue={values("description")} error={errors?.description} rows={4} maxLength={5000} />
      <TextField name="responsible" label={t("proposal.responsible")} hint={t("proposal.responsibleHint")} defaultValue={values("responsible")} error={errors?.responsible} />
      <TextField name="startsOn" type="date" label={t("proposal.startsOn")} hint={t("meetings.dateHint")} defaultValue={values("startsOn")} error={errors?.startsOn} />
      <TextField name="endsOn" type="date" label={t("proposal.endsOn")} hint={t("meetings.dateHint")} defaultValue={values("endsOn")} error={errors?.endsOn} />
    </>
  );
}
