/**
 * The words of the committee's documents, from the message catalogues: the officer's report
 * (tjänsteskrivelse) and the extract of the minutes (protokollsutdrag). The documents are the
 * committee's and are written in Swedish whoever downloads them (their headings, in the
 * document adapter, are Swedish too), so the routes pass the Swedish catalogue.
 */
import type { DecisionExtractText, EffortsReportText, OfficerReportText } from "#src/application/committee/index.ts";
import { translator, type Locale, type Translate } from "#src/text/index.ts";
import { kronor } from "./mail-text.ts";

/** The officer's report in the committee's language. */
export const officerReportInSwedish = (): OfficerReportText => officerReportText(translator("sv"), "sv");

/** The extract of the minutes in the committee's language. */
export const decisionExtractInSwedish = (): DecisionExtractText => decisionExtractText(translator("sv"), "sv");

export function officerReportText(t: Translate, locale: Locale): OfficerReportText {
  const km2 = (value: number) => value.toLocaleString(locale === "sv" ? "sv-SE" : "en-GB", { maximumFractionDigits: value < 1 ? 3 : 2 });
  return {
    language: locale,
    proposal: ({ committee, title, recommendation, amountSek }) =>
      recommendation === null
        ? t("officerReport.proposal.none")
        : t(`officerReport.proposal.${recommendation}`, { committee, title, amount: recommendation !== "avslag" && amountSek ? t("officerReport.proposal.amount", { amount: kronor(amountSek, locale) }) : "" }),
    summary: ({ applicant, title }) => t("officerReport.summary", { applicant: applicant ?? t("officerReport.applicant"), title }),
    boundary: ({ given, fileName, km2: size, areas }) => {
      if (given === null) return t("officerReport.boundary.none");
      const how = given === "geojson" && fileName ? t("officerReport.boundary.geojsonFile", { file: fileName }) : t(`officerReport.boundary.${given}`);
      const covers = size !== null ? t("officerReport.boundary.size", { size: km2(size) }) : "";
      const touches = areas.length ? t(areas.length === 1 ? "officerReport.boundary.touchesOne" : "officerReport.boundary.touchesMany", { areas: areas.join(", ") }) : "";
      return `${how}${covers}.${touches}`;
    },
    assessmentHeading: () => t("officerReport.assessmentHeading"),
    opinionHeading: (committee) => t("officerReport.opinionHeading", { committee }),
    rating: (rating) => (rating ? t(`assessment.rating.${rating}`) : t("officerReport.notAssessed")),
    meeting: ({ committee, body }) => (body === "arbetsutskott" ? t("officerReport.workingCommittee", { committee }) : committee),
    applicant: () => t("officerReport.applicant"),
    basis: ({ title, committeeCode }) => [t("officerReport.basis.application", { title }), t("officerReport.basis.assessment"), t("officerReport.basis.report", { committee: committeeCode, title })],
    officer: (role) => t(`officerReport.officer.${role}`),
    contribution: ({ actor, moneySek, resources, activities }) => {
      const parts = [
        moneySek ? kronor(moneySek, locale) : null,
        resources ? t("officerReport.contribution.resources", { text: resources }) : null,
        activities ? t("officerReport.contribution.activities", { text: activities }) : null,
      ].filter((p): p is string => p !== null);
      return parts.length ? `${actor} – ${parts.join("; ")}` : actor;
    },
  };
}

export function decisionExtractText(t: Translate, locale: Locale): DecisionExtractText {
  return {
    decision: ({ committee, applicant, title, outcome, amount }) =>
      t(`extract.decision.${outcome}`, { committee, applicant, title, amount: outcome !== "avslag" && amount ? t("officerReport.proposal.amount", { amount }) : "" }),
    outcome: (outcome) => t(`decision.outcome.${outcome}`),
    amount: (sek) => kronor(sek, locale),
    applicant: () => t("extract.applicant"),
    appealHow: (court) => t("extract.appealHow", { court }),
  };
}

/** The officer's report on the proposed efforts, in the committee's language. */
export const effortsReportInSwedish = (): EffortsReportText => effortsReportText(translator("sv"), "sv");

export function effortsReportText(t: Translate, locale: Locale): EffortsReportText {
  const base = officerReportText(t, locale);
  const money = (sek: number) => kronor(sek, locale);
  const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${t("effortsReport.and")} ${items.at(-1)}`);
  return {
    ...base,
    effortsProposal: ({ committee, approved, refused }) => {
      const grants = approved.length ? t("effortsReport.proposal.grants", { committee, efforts: list(approved.map((a) => t("effortsReport.proposal.effortAmount", { title: a.title, amount: money(a.citySek) }))) }) : "";
      const refusedEfforts = list(refused.map((title) => t("effortsReport.proposal.effort", { title })));
      const refuses = refused.length ? t(grants ? "effortsReport.proposal.andRefuses" : "effortsReport.proposal.refuses", { committee, efforts: refusedEfforts }) : "";
      return grants || refuses ? `${grants}${refuses}.` : t("effortsReport.proposal.none");
    },
    effortsSummary: ({ title, efforts, sums }) =>
      t("effortsReport.summary", { title, count: efforts, cityMoney: money(sums.cityMoney), cityResources: money(sums.cityResources), actorsMoney: money(sums.actorsMoney), actorsResources: money(sums.actorsResources) }),
    effort: ({ effort, sums }) => {
      const lines = [
        effort.description,
        t("effortsReport.responsible", { who: effort.responsible }),
        t("effortsReport.period", { from: effort.startsOn, to: effort.endsOn }),
        effort.themes.length ? t("effortsReport.themes", { themes: effort.themes.map((x) => x.name).join(", ") }) : "",
        ...effort.milestones.map((m) => t("effortsReport.milestone", { date: m.dueOn, title: m.title })),
        ...effort.budgetLines.map((l) =>
          t("effortsReport.line", { who: l.contributor, funder: t(`proposal.funder.${l.funder}`), form: t(`proposal.form.${l.form}`).toLowerCase(), what: l.description ? `: ${l.description}` : "", amount: l.amountSek !== null ? ` – ${money(l.amountSek)}` : "" }),
        ),
        t("effortsReport.sums", { city: money(sums.cityMoney + sums.cityResources), actors: money(sums.actorsMoney + sums.actorsResources) }),
        effort.recommended === null ? t("effortsReport.notAssessed") : effort.recommended ? t("effortsReport.recommended", { amount: money(effort.recommendedCitySek ?? 0) }) : t("effortsReport.notRecommended"),
      ];
      return lines.filter((l) => l.trim() !== "").join("\n");
    },
    effortHeading: ({ number, title }) => t("effortsReport.effortHeading", { number, title }),
    childImpactHeading: () => t("effortsReport.childImpactHeading"),
    effortsBasis: ({ title, committeeCode }) => [t("effortsReport.basis.proposal", { title }), t("effortsReport.basis.dialogue"), t("officerReport.basis.report", { committee: committeeCode, title })],
  };
}
