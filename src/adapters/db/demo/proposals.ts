/**
 * Demo data for the running processes' decisions (issue 11): each demo process past its first
 * decision gets that decision (bifall, adjusted and posted), and each one past its samarbetsfas
 * its proposal of efforts with budget lines and milestones and the committee's decision on them,
 * so the phase rules hold for the demo as for real processes. The process in its samarbetsfas
 * has a proposal being written. All invented, labelled "(demo)" where a person reads it.
 */
import type { Transaction } from "kysely";
import { addDays } from "#src/domain/case/appeal.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import type { Database } from "../schema.ts";

export interface DemoProcess {
  caseId: string;
  phase: Phase;
  started: string | null;
  granted: number | null;
  /** The person who records the decisions. */
  recordedBy: string;
}

interface DemoEffort {
  title: string;
  description: string;
  responsible: string;
  months: [number, number];
  lines: Array<{ funder: "stad" | "aktor"; form: "pengar" | "resurs"; contributor: string; description: string; amountSek: number | null }>;
  milestones: Array<{ title: string; month: number }>;
  approved: boolean;
}

const EFFORTS: DemoEffort[] = [
  {
    title: "Bättre belysning längs gångstråket (demo)",
    description: "Nya armaturer och belysta entréer där boende sa att det känns otryggt på kvällen.",
    responsible: "Fastighetsägarföreningen (demo)",
    months: [1, 8],
    lines: [
      { funder: "stad", form: "pengar", contributor: "Tekniska nämnden", description: "", amountSek: 120_000 },
      { funder: "aktor", form: "resurs", contributor: "Fastighetsägarföreningen (demo)", description: "El och skötsel av entrébelysning", amountSek: 30_000 },
    ],
    milestones: [
      { title: "Armaturerna beställda", month: 2 },
      { title: "Belysningen tänd", month: 6 },
    ],
    approved: true,
  },
  {
    title: "Lekplatsdagar med barnen i området (demo)",
    description: "Tre dagar där barn och unga är med och bestämmer hur lekplatsen ska rustas upp.",
    responsible: "Föreningen Gården (demo)",
    months: [2, 6],
    lines: [
      { funder: "stad", form: "pengar", contributor: "Tekniska nämnden", description: "", amountSek: 40_000 },
      { funder: "aktor", form: "resurs", contributor: "Föreningen Gården (demo)", description: "Ideellt arbete, cirka 60 timmar", amountSek: null },
    ],
    milestones: [{ title: "Första lekplatsdagen", month: 3 }],
    approved: true,
  },
  {
    title: "Konstnärlig gestaltning av tunneln (demo)",
    description: "En konstnär gestaltar gångtunneln tillsammans med unga.",
    responsible: "Kulturföreningen (demo)",
    months: [4, 10],
    lines: [{ funder: "stad", form: "pengar", contributor: "Tekniska nämnden", description: "", amountSek: 90_000 }],
    milestones: [],
    approved: false,
  },
];

const month = (start: string, m: number) => addDays(start, 30 * m);

export async function seedProposalDemo(trx: Transaction<Database>, processes: DemoProcess[]): Promise<void> {
  for (const p of processes) {
    if (!p.started || !["samarbete", "utforande", "resultat", "avslutad"].includes(p.phase)) continue;
    const firstOn = addDays(p.started, -14);
    await trx
      .insertInto("decision")
      .values({ case_id: p.caseId, decision_point: "ansokan", paragraph: "§ 101 (demo)", decided_on: firstOn, outcome: "bifall", granted_amount_sek: p.granted, minutes_approved_on: addDays(firstOn, 3), posted_on: addDays(firstOn, 4), recorded_by: p.recordedBy })
      .execute();

    const decided = p.phase !== "samarbete";
    // The efforts decision opened the utförandefas (four months after the start: the phase history's step).
    const effortsOn = addDays(p.started, 110);
    const planStart = addDays(p.started, 120);
    await trx
      .insertInto("effort_proposal")
      .values({
        case_id: p.caseId,
        status: decided ? "beslutat" : "utkast",
        sent_at: decided ? new Date(`${addDays(effortsOn, -40)}T09:00:00+01:00`) : null,
        sent_by: decided ? p.recordedBy : null,
        assessment: decided ? "Insatserna svarar på det som kom fram i dialogen, främst trygghet och barns lek. (demo)" : "",
        child_impact: decided ? "Barn och unga har deltagit i två workshoppar; lekplatsdagarna ger dem inflytande över utformningen. (demo)" : "",
        assessed_by: decided ? p.recordedBy : null,
        assessed_at: decided ? new Date(`${addDays(effortsOn, -20)}T09:00:00+01:00`) : null,
      })
      .execute();
    const efforts = decided ? EFFORTS : EFFORTS.slice(0, 1);
    for (const e of efforts) {
      const effort = await trx
        .insertInto("effort")
        .values({
          case_id: p.caseId,
          title: e.title,
          description: e.description,
          responsible: e.responsible,
          starts_on: month(planStart, e.months[0]),
          ends_on: month(planStart, e.months[1]),
          recommended: decided ? e.approved : null,
          recommended_city_sek: decided && e.approved ? (e.lines.find((l) => l.funder === "stad")?.amountSek ?? 0) : null,
          approved: decided ? e.approved : null,
          approved_city_sek: decided && e.approved ? (e.lines.find((l) => l.funder === "stad")?.amountSek ?? 0) : null,
          created_by: p.recordedBy,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      for (const l of e.lines) await trx.insertInto("effort_budget_line").values({ effort_id: effort.id, funder: l.funder, form: l.form, contributor: l.contributor, description: l.description, amount_sek: l.amountSek }).execute();
      for (const m of e.milestones) await trx.insertInto("effort_milestone").values({ effort_id: effort.id, title: m.title, due_on: month(planStart, m.month) }).execute();
    }
    if (decided) {
      const granted = EFFORTS.filter((e) => e.approved).reduce((sum, e) => sum + (e.lines.find((l) => l.funder === "stad")?.amountSek ?? 0), 0);
      await trx
        .insertInto("decision")
        .values({ case_id: p.caseId, decision_point: "insatser", paragraph: "§ 214 (demo)", decided_on: effortsOn, outcome: "delvis_bifall", granted_amount_sek: granted, minutes_approved_on: addDays(effortsOn, 3), posted_on: addDays(effortsOn, 4), recorded_by: p.recordedBy })
        .execute();
    }
  }
}
