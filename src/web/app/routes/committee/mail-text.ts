/**
 * The committee's mail, in the sender's language, from the message catalogues: the decision to
 * the applicants, the last day to appeal once the minutes are posted, and the notice to a new
 * contact person. The use cases say what happened; these say it in words.
 */
import { formatSek, type AppealMailText, type ContactPersonMailText, type DecisionMailText, type EffortsDecisionMailText } from "#src/application/committee/index.ts";
import { formatDate, formatMoney, type Locale, type Translate } from "#src/text/index.ts";

/** An amount of kronor: "150 000 kr" in Swedish, as the city's mail and documents have always written it; "SEK 150,000" in English. */
export function kronor(sek: number, locale: Locale): string {
  return locale === "sv" ? formatSek(sek) : formatMoney(sek, locale);
}

/** The decision, with how to appeal it. Its date is written as recorded (YYYY-MM-DD). */
export function decisionMail(t: Translate, locale: Locale): DecisionMailText {
  const amount = (sek: number) => kronor(sek, locale);
  const label = (caseNumber: string | null) => caseNumber ?? t("decision.mailCaseFallback");
  return {
    subject: (caseNumber) => t("decision.mailSubject", { case: label(caseNumber) }),
    body: (d) =>
      t("decision.mailBody", {
        case: label(d.label),
        committee: d.committee,
        decidedOn: d.decidedOn,
        paragraph: d.paragraph,
        outcome: t(`decision.outcome.${d.outcome}`),
        granted: d.grantedAmountSek ? t("decision.mailGranted", { amount: amount(d.grantedAmountSek) }) : "",
        conditions: d.conditions ? t("decision.mailConditions", { conditions: d.conditions }) : "",
        court: d.court,
        link: d.link,
      }),
  };
}

/**
 * The last day to appeal, sent when the anslag date is set (and again, saying so, when it
 * changes): of the decision on the application, or of the decision on the proposed efforts.
 */
export function appealMail(t: Translate, locale: Locale, decision: "ansokan" | "insatser" = "ansokan"): AppealMailText {
  const day = (d: string) => formatDate(d, locale);
  return {
    subject: (label) => t("decision.appealMailSubject", { case: label }),
    body: (a) =>
      t(decision === "ansokan" ? "decision.appealMailBody" : "effortsDecision.appealMailBody", {
        case: a.label,
        committee: a.committee,
        paragraph: a.paragraph,
        decidedOn: day(a.decidedOn),
        postedOn: day(a.postedOn),
        lastDay: day(a.lastDay),
        court: a.court,
        link: a.link,
        changed: a.previousPostedOn ? t("decision.appealMailChanged", { previous: day(a.previousPostedOn) }) : "",
      }),
  };
}

/** The notice to a member of staff who has been made a case's contact person. */
export function contactPersonMail(t: Translate): ContactPersonMailText {
  return {
    subject: (label) => t("contactPerson.mailSubject", { case: label }),
    body: (a) => t("contactPerson.mailBody", { case: a.label, title: a.title, assignedBy: a.assignedBy, link: a.link }),
  };
}

/** The decision on the proposed efforts: each effort approved (with the city's contribution) or not, and how to appeal. */
export function effortsDecisionMail(t: Translate, locale: Locale): EffortsDecisionMailText {
  const label = (caseNumber: string | null) => caseNumber ?? t("decision.mailCaseFallback");
  return {
    subject: (caseNumber) => t("effortsDecision.mailSubject", { case: label(caseNumber) }),
    body: (d) =>
      t("effortsDecision.mailBody", {
        case: label(d.label),
        committee: d.committee,
        decidedOn: d.decidedOn,
        paragraph: d.paragraph,
        outcome: t(`decision.outcome.${d.outcome}`),
        efforts: d.efforts.map((e) => `- ${e.title}: ${e.approved ? t("effortsDecision.mailApproved", { amount: kronor(e.citySek ?? 0, locale) }) : t("effortsDecision.mailRefused")}`).join("\n"),
        conditions: d.conditions ? t("decision.mailConditions", { conditions: d.conditions }) : "",
        court: d.court,
        link: d.link,
      }),
  };
}
