/**
 * The officer's report (tjänsteskrivelse) on a case: what it says, gathered from the case, the
 * application, the assessment, the opinions, the meetings and the decision; as DOCX or PDF.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { APPLICATION_DECISION_POINT, EFFORTS_DECISION_POINT } from "#src/domain/case/decision.ts";
import { addSums, budgetSums, type BudgetSums } from "#src/domain/collaboration/proposal.ts";
import type { EffortRecord } from "../collaboration/index.ts";
import { isUuid } from "#src/domain/ids.ts";
import type { Contribution } from "#src/domain/intake/answers.ts";
import type { CriterionRating, Recommendation } from "#src/domain/process-type/definition.ts";
import { cityGoalNames } from "../admin/index.ts";
import type { CaseState } from "../cases/index.ts";
import type { Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import type { CommitteeDeps } from "./common.ts";
import { swedishDay } from "#src/domain/dates.ts";
import type { MeetingBody, OfficerReport, OfficerReportRenderer } from "./ports.ts";

/**
 * The words of the officer's report, from the message catalogues (the page passes them, as it
 * passes the mails' words). The report is the committee's document: the pages pass Swedish.
 */
export interface OfficerReportText {
  /** Which name of a goal, an application field and a criterion to use (the process type and the goals are bilingual data). */
  language: "sv" | "en";
  /** The proposed decision, from the assessment's recommendation (null: none yet). */
  proposal(args: { committee: string; title: string; recommendation: Recommendation | null; amountSek: number | null }): string;
  /** The summary when neither the case nor the application has one. */
  summary(args: { applicant: string | null; title: string }): string;
  /** The area's boundary in words: how it was given, its size, the city areas it touches. */
  boundary(args: { given: "drawn" | "geojson" | "areas" | "case" | null; fileName: string | null; km2: number | null; areas: string[] }): string;
  assessmentHeading(): string;
  opinionHeading(committeeCode: string): string;
  rating(rating: CriterionRating | null): string;
  meeting(args: { committee: string; body: MeetingBody }): string;
  /** Whom the decision is sent to when no recipients are recorded and the applicant has no name. */
  applicant(): string;
  basis(args: { title: string; committeeCode: string }): string[];
  officer(role: "kontaktperson" | "handlaggare"): string;
  /** One contributing actor's line: what it brings (money, resources, activities). */
  contribution(args: { actor: string; moneySek: number | null; resources: string; activities: string }): string;
}

/**
 * The words of the officer's report on the proposed efforts (the second decision, "insatser"):
 * the first report's words, and those of the efforts, their budgets and the child-impact analysis.
 */
export interface EffortsReportText extends OfficerReportText {
  /** The proposed decision, from the city's recommendations per effort. */
  effortsProposal(args: { committee: string; approved: Array<{ title: string; citySek: number }>; refused: string[] }): string;
  /** The summary: the process, how many efforts, what the city and the actors contribute. */
  effortsSummary(args: { title: string; efforts: number; sums: BudgetSums }): string;
  /** One effort in words: what, who is responsible, when, milestones, budget lines, sums, the city's recommendation. */
  effort(args: { effort: EffortRecord; sums: BudgetSums }): string;
  /** "Insats 1: Belysning i parken". */
  effortHeading(args: { number: number; title: string }): string;
  childImpactHeading(): string;
  effortsBasis(args: { title: string; committeeCode: string }): string[];
}

export class OfficerReports {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #renderer: OfficerReportRenderer | null;

  constructor(deps: CommitteeDeps) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#renderer = deps.renderer ?? null;
  }

  async officerReport(actor: Actor, caseId: string, words: OfficerReportText): Promise<OfficerReport | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !(can(actor, { action: "committee.handle", record: state }) || can(actor, { action: "case.assess", record: state }))) return undefined;
      return buildReport(r, state, swedishDay(this.#clock.now()), words);
    });
  }

  /** The officer's report on the proposed efforts, once the group has sent its proposal. */
  async effortsReport(actor: Actor, caseId: string, words: EffortsReportText): Promise<OfficerReport | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !(can(actor, { action: "committee.handle", record: state }) || can(actor, { action: "case.assess", record: state }))) return undefined;
      return buildEffortsReport(r, state, swedishDay(this.#clock.now()), words);
    });
  }

  async effortsReportFile(actor: Actor, caseId: string, format: "docx" | "pdf", words: EffortsReportText): Promise<{ bytes: Uint8Array; filename: string } | undefined> {
    if (!this.#renderer) throw new Error("OfficerReports: no document renderer configured");
    const report = await this.effortsReport(actor, caseId, words);
    if (!report) return undefined;
    const bytes = format === "docx" ? await this.#renderer.docx(report) : await this.#renderer.pdf(report);
    const safe = (report.caseNumber || "arende").replace(/[^A-Za-z0-9-]/g, "_");
    return { bytes, filename: `Tjansteskrivelse-insatser-${safe}.${format}` };
  }

  async officerReportFile(actor: Actor, caseId: string, format: "docx" | "pdf", words: OfficerReportText): Promise<{ bytes: Uint8Array; filename: string } | undefined> {
    if (!this.#renderer) throw new Error("OfficerReports: no document renderer configured");
    const report = await this.officerReport(actor, caseId, words);
    if (!report) return undefined;
    const bytes = format === "docx" ? await this.#renderer.docx(report) : await this.#renderer.pdf(report);
    const safe = (report.caseNumber || "arende").replace(/[^A-Za-z0-9-]/g, "_");
    return { bytes, filename: `Tjansteskrivelse-${safe}.${format}` };
  }
}

function text(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string").map((x) => x.trim()).filter(Boolean).join("\n");
  return "";
}

const isContribution = (v: unknown): v is Contribution => typeof v === "object" && v !== null && typeof (v as Contribution).actor === "string";

/** One line per contributing actor ("Handlarföreningen – 50 000 kr; resurser: lokaler; aktiviteter: städdag"). */
function contributionLines(v: unknown, words: OfficerReportText): string[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isContribution).map((c) =>
    words.contribution({ actor: c.actor.trim(), moneySek: typeof c.moneySek === "number" && c.moneySek > 0 ? c.moneySek : null, resources: c.resources?.trim() ?? "", activities: c.activities?.trim() ?? "" }),
  );
}

async function buildReport(r: Repositories, state: CaseState, today: string, words: OfficerReportText): Promise<OfficerReport | undefined> {
  const found = await r.cases.find(state.id);
  if (!found) return undefined;
  const committee = await r.committee.committeeById(state.committeeId);
  const committeeName = committee?.nameSv ?? state.committeeCode;
  const answers = await r.committee.applicationAnswers(state.id);
  const application = await r.applications.find(state.id);
  const assessment = await r.committee.assessment(state.id);
  const pt = assessment ? await r.processTypes.byId(assessment.processTypeId) : state.processTypeId ? await r.processTypes.byId(state.processTypeId) : undefined;
  const decision = await r.committee.decision(state.id, APPLICATION_DECISION_POINT);
  const meetings = await r.committee.meetingsForCase(state.id);
  const referrals = await r.committee.referralsForCase(state.id);
  const goals = await cityGoalNames(r);

  const proposals = [words.proposal({ committee: committeeName, title: found.title, recommendation: assessment?.recommendation ?? null, amountSek: assessment?.proposedAmountSek ?? null })];

  const summary = [found.summary, text(answers.purpose)].find((s) => s && s.length > 0) ?? words.summary({ applicant: found.applicantOrganisationName, title: found.title });

  // The area: the city areas it touches, and the boundary in words (how it was given, its size).
  const areaNames = application?.areas.map((a) => a.name) ?? found.areaNames;
  const source = application?.areaSource;
  const given = source === "drawn" || source === "geojson" || source === "areas" ? source : found.geometry !== null ? "case" : null;
  const boundary = words.boundary({ given, fileName: application?.areaFileName ?? null, km2: application?.areaKm2 ?? null, areas: areaNames });

  const lang = words.language;
  const fieldText = (key: string, kind: string): string => {
    if (kind === "goals") return text(answers[key]).split("\n").filter(Boolean).map((g) => goals.get(g)?.[lang] ?? g).join("\n");
    if (kind === "contributions") return contributionLines(answers[key], words).join("\n");
    return text(answers[key]);
  };
  const sections: OfficerReport["sections"] = [];
  for (const f of pt?.definition.applicationFields ?? []) {
    const v = f.kind === "area" || f.key === "title" ? "" : fieldText(f.key, f.kind);
    if (v) sections.push({ heading: f.label[lang], text: v });
  }
  if (assessment?.recommendationText) sections.push({ heading: words.assessmentHeading(), text: assessment.recommendationText });
  for (const ref of referrals.filter((x) => x.kind === "yttrande" && x.answer)) sections.push({ heading: words.opinionHeading(ref.toCommitteeCode), text: ref.answer ?? "" });

  const criteria = (pt?.definition.criteria ?? []).map((c) => {
    const a = assessment?.ratings[c.key];
    return { criterion: c.text[lang], rating: words.rating(a?.rating ?? null), justification: a?.justification ?? "" };
  });

  const planning = meetings.map((m) => ({ label: words.meeting({ committee: m.committeeName, body: m.body }), date: m.meetsOn }));
  const recipients = decision?.recipients.length ? decision.recipients : [found.applicantOrganisationName ?? words.applicant()].filter(Boolean);
  const basis = words.basis({ title: found.title, committeeCode: state.committeeCode });
  // The responsible officers are the case's: its contact person, and whoever wrote the
  // assessment when that is someone else. Never whoever happens to download the document.
  const responsible: OfficerReport["responsible"] = [];
  if (found.contactPersonName) responsible.push({ name: found.contactPersonName, title: words.officer("kontaktperson") });
  if (assessment?.assessedBy && assessment.assessedBy !== found.contactPersonId) {
    const assessor = await r.users.findActor(assessment.assessedBy);
    if (assessor) responsible.push({ name: assessor.name, title: words.officer(assessor.role === "handlaggare" ? "handlaggare" : "kontaktperson") });
  }

  return {
    title: found.title,
    caseNumber: state.caseNumber ?? "",
    diariumNumber: application?.diariumNumber ?? state.caseNumber ?? "",
    date: today,
    committeeName,
    area: { names: areaNames, boundary },
    summary,
    proposals: proposals.map((p, i) => `${i + 1}. ${p}`),
    basis,
    planning,
    recipients,
    sections,
    criteria,
    responsible,
  };
}

/** The officer's report on the proposed efforts: the same document, with the efforts, their budgets and the child-impact analysis. */
async function buildEffortsReport(r: Repositories, state: CaseState, today: string, words: EffortsReportText): Promise<OfficerReport | undefined> {
  const found = await r.cases.find(state.id);
  const proposal = await r.proposals.proposal(state.id);
  if (!found || !proposal || proposal.status === "utkast") return undefined;
  const committee = await r.committee.committeeById(state.committeeId);
  const committeeName = committee?.nameSv ?? state.committeeCode;
  const application = await r.applications.find(state.id);
  const decision = await r.committee.decision(state.id, EFFORTS_DECISION_POINT);
  const meetings = await r.committee.meetingsForCase(state.id);

  const efforts = proposal.efforts.map((e) => ({ effort: e, sums: budgetSums(e.budgetLines) }));
  const sums = addSums(efforts.map((e) => e.sums));
  const approved = proposal.efforts.filter((e) => e.recommended === true).map((e) => ({ title: e.title, citySek: e.recommendedCitySek ?? 0 }));
  const refused = proposal.efforts.filter((e) => e.recommended === false).map((e) => e.title);

  const areaNames = application?.areas.map((a) => a.name) ?? found.areaNames;
  const source = application?.areaSource;
  const given = source === "drawn" || source === "geojson" || source === "areas" ? source : found.geometry !== null ? "case" : null;
  const boundary = words.boundary({ given, fileName: application?.areaFileName ?? null, km2: application?.areaKm2 ?? null, areas: areaNames });

  const sections: OfficerReport["sections"] = efforts.map((e, i) => ({ heading: words.effortHeading({ number: i + 1, title: e.effort.title }), text: words.effort(e) }));
  if (proposal.assessment.trim()) sections.push({ heading: words.assessmentHeading(), text: proposal.assessment });
  sections.push({ heading: words.childImpactHeading(), text: proposal.childImpact });

  const responsible: OfficerReport["responsible"] = [];
  if (found.contactPersonName) responsible.push({ name: found.contactPersonName, title: words.officer("kontaktperson") });
  return {
    title: found.title,
    caseNumber: state.caseNumber ?? "",
    diariumNumber: application?.diariumNumber ?? state.caseNumber ?? "",
    date: today,
    committeeName,
    area: { names: areaNames, boundary },
    summary: words.effortsSummary({ title: found.title, efforts: efforts.length, sums }),
    proposals: [`1. ${words.effortsProposal({ committee: committeeName, approved, refused })}`],
    basis: words.effortsBasis({ title: found.title, committeeCode: state.committeeCode }),
    planning: meetings.map((m) => ({ label: words.meeting({ committee: m.committeeName, body: m.body }), date: m.meetsOn })),
    recipients: decision?.recipients.length ? decision.recipients : [found.applicantOrganisationName ?? words.applicant()].filter(Boolean),
    sections,
    criteria: [],
    responsible,
  };
}
