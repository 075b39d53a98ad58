/**
 * The officer's report (tjänsteskrivelse) on a case: what it says, gathered from the case, the
 * application, the assessment, the opinions, the meetings and the decision; as DOCX or PDF.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { APPLICATION_DECISION_POINT } from "#src/domain/case/decision.ts";
import { isUuid } from "#src/domain/ids.ts";
import type { Contribution } from "#src/domain/intake/answers.ts";
import { cityGoalNames } from "../admin/index.ts";
import type { CaseState } from "../cases/index.ts";
import type { Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import { formatSek, swedishToday, type CommitteeDeps } from "./common.ts";
import type { MeetingBody, OfficerReport, OfficerReportRenderer } from "./ports.ts";

const RATING_SV: Record<string, string> = { uppfyllt: "Uppfyllt", delvis_uppfyllt: "Delvis uppfyllt", ej_uppfyllt: "Ej uppfyllt", kan_ej_bedomas: "Kan ej bedömas" };
const BODY_SV: Record<MeetingBody, string> = { arbetsutskott: "arbetsutskott", namnd: "" };

export class OfficerReports {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #renderer: OfficerReportRenderer | null;

  constructor(deps: CommitteeDeps) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#renderer = deps.renderer ?? null;
  }

  async officerReport(actor: Actor, caseId: string): Promise<OfficerReport | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !(can(actor, { action: "committee.handle", record: state }) || can(actor, { action: "case.assess", record: state }))) return undefined;
      return buildReport(r, state, swedishToday(this.#clock.now()));
    });
  }

  async officerReportFile(actor: Actor, caseId: string, format: "docx" | "pdf"): Promise<{ bytes: Uint8Array; filename: string } | undefined> {
    if (!this.#renderer) throw new Error("OfficerReports: no document renderer configured");
    const report = await this.officerReport(actor, caseId);
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

/** One line per contributing actor: "Handlarföreningen – 50 000 kr; resurser: lokaler; aktiviteter: städdag". Empty parts are left out. */
export function contributionLines(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isContribution).map((c) => {
    const parts = [
      typeof c.moneySek === "number" && c.moneySek > 0 ? formatSek(c.moneySek) : null,
      c.resources?.trim() ? `resurser: ${c.resources.trim()}` : null,
      c.activities?.trim() ? `aktiviteter: ${c.activities.trim()}` : null,
    ].filter((p): p is string => p !== null);
    return parts.length ? `${c.actor.trim()} – ${parts.join("; ")}` : c.actor.trim();
  });
}

function formatKm2(km2: number): string {
  return `${km2.toLocaleString("sv-SE", { maximumFractionDigits: km2 < 1 ? 3 : 2 })} km²`;
}

async function buildReport(r: Repositories, state: CaseState, today: string): Promise<OfficerReport | undefined> {
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

  const rec = assessment?.recommendation ?? null;
  const amount = assessment?.proposedAmountSek ?? null;
  const proposals: string[] = [];
  if (rec === "bifall" || rec === "delvis_bifall")
    proposals.push(`${committeeName} beviljar ${rec === "delvis_bifall" ? "delvis " : ""}samverkansstöd till ${found.title}${amount ? ` med ${formatSek(amount)} för dialoginsatser` : ""}.`);
  else if (rec === "avslag") proposals.push(`${committeeName} avslår ansökan om samverkansstöd till ${found.title}.`);
  else proposals.push(`Förslag till beslut är ännu inte framtaget.`);

  const summary =
    [found.summary, text(answers.purpose)].find((s) => s && s.length > 0) ??
    `${found.applicantOrganisationName ?? "Sökande"} ansöker om samverkansstöd för ${found.title}.`;

  // The area: the city areas it touches, and the boundary in words (how it was given, its size).
  const areaNames = application?.areas.map((a) => a.name) ?? found.areaNames;
  const how =
    application?.areaSource === "drawn"
      ? "Avgränsningen är ritad på kartan i ansökan"
      : application?.areaSource === "geojson"
        ? `Avgränsningen är uppladdad som GeoJSON-fil${application.areaFileName ? ` (${application.areaFileName})` : ""}`
        : application?.areaSource === "areas"
          ? "Avgränsningen är stadens områden som valts i ansökan"
          : found.geometry !== null
            ? "Avgränsningen finns i ärendet"
            : "";
  const size = application?.areaKm2 != null ? ` och omfattar ${formatKm2(application.areaKm2)}` : "";
  const touches = areaNames.length ? ` Den berör ${areaNames.length === 1 ? "området" : "områdena"} ${areaNames.join(", ")}.` : "";
  const boundary = how ? `${how}${size}.${touches}` : "Ansökan anger ingen avgränsning av området.";

  const fieldText = (key: string, kind: string): string => {
    if (kind === "goals") return text(answers[key]).split("\n").filter(Boolean).map((g) => goals.get(g)?.sv ?? g).join("\n");
    if (kind === "contributions") return contributionLines(answers[key]).join("\n");
    return text(answers[key]);
  };
  const sections: OfficerReport["sections"] = [];
  for (const f of pt?.definition.applicationFields ?? []) {
    const v = f.kind === "area" || f.key === "title" ? "" : fieldText(f.key, f.kind);
    if (v) sections.push({ heading: f.label.sv, text: v });
  }
  if (assessment?.recommendationText) sections.push({ heading: "Förvaltningens bedömning", text: assessment.recommendationText });
  for (const ref of referrals.filter((x) => x.kind === "yttrande" && x.answer)) sections.push({ heading: `Yttrande från ${ref.toCommitteeCode}`, text: ref.answer ?? "" });

  const criteria = (pt?.definition.criteria ?? []).map((c) => {
    const a = assessment?.ratings[c.key];
    return { criterion: c.text.sv, rating: a?.rating ? (RATING_SV[a.rating] ?? a.rating) : "Ej bedömt", justification: a?.justification ?? "" };
  });

  const planning = meetings.map((m) => ({ label: m.body === "arbetsutskott" ? `${m.committeeName}s ${BODY_SV.arbetsutskott}` : m.committeeName, date: m.meetsOn }));
  const recipients = decision?.recipients.length ? decision.recipients : [found.applicantOrganisationName ?? "Sökande"].filter(Boolean);
  const basis = [`Ansökan om samverkansstöd – ${found.title}`, "Kriteriebedömning", `G-Tjänsteskrivelse ${state.committeeCode} – ${found.title}`];
  // The responsible officers are the case's: its contact person, and whoever wrote the
  // assessment when that is someone else. Never whoever happens to download the document.
  const responsible: OfficerReport["responsible"] = [];
  if (found.contactPersonName) responsible.push({ name: found.contactPersonName, title: "Kontaktperson" });
  if (assessment?.assessedBy && assessment.assessedBy !== found.contactPersonId) {
    const assessor = await r.users.findActor(assessment.assessedBy);
    if (assessor) responsible.push({ name: assessor.name, title: assessor.role === "handlaggare" ? "Handläggare" : "Kontaktperson" });
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
