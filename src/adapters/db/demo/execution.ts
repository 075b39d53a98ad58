/**
 * Demo data for the utförandefas (issue 12): the demo processes in utförande, resultat and
 * avslutad get their plan's statuses and progress, milestones done, actual costs with a receipt,
 * the city's payments against the efforts decision, a change request (one waiting for the
 * contact person in utförande, approved ones later), and another department's commitment. All
 * invented, labelled "(demo)" where a person reads it.
 */
import { createHash } from "node:crypto";
import type { Transaction } from "kysely";
import { addDays } from "#src/domain/case/appeal.ts";
import type { Database } from "../schema.ts";
import type { DemoProcess } from "./proposals.ts";

/** A minimal PDF, the demo's receipt. */
const RECEIPT = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

export async function loadExecutionDemo(trx: Transaction<Database>, processes: DemoProcess[]): Promise<void> {
  const sha256 = createHash("sha256").update(RECEIPT).digest("hex");
  await trx.insertInto("stored_file").values({ sha256, bytes: RECEIPT, size_bytes: RECEIPT.byteLength }).onConflict((oc) => oc.column("sha256").doNothing()).execute();
  for (const p of processes) {
    if (!["utforande", "resultat", "avslutad"].includes(p.phase)) continue;
    const closed = p.phase !== "utforande";
    const c = await trx.selectFrom("collaboration_case").select(["applicant_organisation_id"]).where("id", "=", p.caseId).executeTakeFirstOrThrow();
    const member = c.applicant_organisation_id ? await trx.selectFrom("app_user").select("id").where("organisation_id", "=", c.applicant_organisation_id).orderBy("created_at").executeTakeFirst() : undefined;
    const groupUser = member?.id ?? null;
    const decision = await trx.selectFrom("decision").select(["id", "decided_on"]).where("case_id", "=", p.caseId).where("decision_point", "=", "insatser").executeTakeFirst();
    const efforts = await trx.selectFrom("effort").select(["id", "title", "starts_on", "ends_on", "approved_city_sek"]).where("case_id", "=", p.caseId).where("approved", "=", true).orderBy("seq").execute();
    if (!decision || efforts.length === 0) continue;
    const [first, second] = efforts;
    const at = (date: string) => new Date(`${date}T10:00:00+01:00`);

    // Status and progress.
    const progress = closed
      ? efforts.map((e) => ({ e, status: "klar" as const, percent: 100, note: "Genomfört enligt plan. (demo)" }))
      : [
          { e: first!, status: "pagaende" as const, percent: 60, note: "Armaturerna är på plats längs halva stråket; resten monteras efter tjälen. (demo)" },
          ...(second ? [{ e: second, status: "forsenad" as const, percent: 20, note: "Första lekplatsdagen flyttades på grund av regn. (demo)" }] : []),
        ];
    for (const x of progress) {
      await trx.insertInto("effort_execution").values({ effort_id: x.e.id, status: x.status, percent: x.percent, note: x.note, updated_by: groupUser, updated_at: at(addDays(x.e.starts_on, 45)), city_sek_in_force: null }).execute();
    }
    const milestones = await trx.selectFrom("effort_milestone").select(["id", "due_on"]).where("effort_id", "in", efforts.map((e) => e.id)).orderBy("due_on").execute();
    for (const [i, m] of milestones.entries()) {
      if (closed || i === 0) await trx.insertInto("effort_milestone_done").values({ milestone_id: m.id, done_on: m.due_on, marked_by: groupUser, marked_at: at(m.due_on) }).execute();
    }

    // Actual costs against the budget lines, and a receipt.
    const lines = await trx.selectFrom("effort_budget_line").select(["id", "effort_id", "funder", "amount_sek"]).where("effort_id", "in", efforts.map((e) => e.id)).orderBy("seq").execute();
    const cityLine = lines.find((l) => l.effort_id === first!.id && l.funder === "stad");
    const actorLine = lines.find((l) => l.effort_id === first!.id && l.funder === "aktor");
    if (cityLine) {
      const share = closed ? 1 : 0.55;
      await trx.insertInto("execution_actual").values({ case_id: p.caseId, budget_line_id: cityLine.id, amount_sek: Math.round(Number(cityLine.amount_sek ?? 0) * share), spent_on: addDays(first!.starts_on, 30), description: "Armaturer och montering, faktura 1 (demo)", recorded_by: groupUser, recorded_at: at(addDays(first!.starts_on, 31)) }).execute();
      await trx
        .insertInto("execution_receipt")
        .values({ case_id: p.caseId, budget_line_id: cityLine.id, description: "Faktura armaturer (demo)", filename: "faktura-armaturer-demo.pdf", media_type: "application/pdf", size_bytes: RECEIPT.byteLength, sha256, uploaded_by: groupUser, uploaded_at: at(addDays(first!.starts_on, 31)) })
        .execute();
    }
    if (actorLine) await trx.insertInto("execution_actual").values({ case_id: p.caseId, budget_line_id: actorLine.id, amount_sek: closed ? 30_000 : 12_000, spent_on: addDays(first!.starts_on, 40), description: "El och skötsel, värderad tid (demo)", recorded_by: groupUser, recorded_at: at(addDays(first!.starts_on, 41)) }).execute();

    // The city's payments against the efforts decision: half at the start, the rest when done.
    for (const e of efforts) {
      const granted = Number(e.approved_city_sek ?? 0);
      if (granted === 0) continue;
      const half = Math.floor(granted / 2);
      await trx.insertInto("execution_payment").values({ case_id: p.caseId, effort_id: e.id, decision_id: decision.id, amount_sek: half, paid_on: addDays(e.starts_on, 10), note: "Förskott, halva bidraget (demo)", recorded_by: p.recordedBy, recorded_at: at(addDays(e.starts_on, 10)) }).execute();
      if (closed) await trx.insertInto("execution_payment").values({ case_id: p.caseId, effort_id: e.id, decision_id: decision.id, amount_sek: granted - half, paid_on: addDays(e.ends_on, 20), note: "Slutbetalning efter redovisning (demo)", recorded_by: p.recordedBy, recorded_at: at(addDays(e.ends_on, 20)) }).execute();
    }

    // A change request: waiting for the contact person while executing; approved in later phases.
    const target = second ?? first!;
    const toEnds = addDays(target.ends_on, 30);
    await trx
      .insertInto("execution_change")
      .values({
        case_id: p.caseId,
        effort_id: target.id,
        kind: "datum",
        from_starts_on: target.starts_on,
        to_starts_on: target.starts_on,
        from_ends_on: target.ends_on,
        to_ends_on: closed ? target.ends_on : toEnds,
        reason: "Regnet sköt upp den första lekplatsdagen; vi behöver en månad till. (demo)",
        status: closed ? "godkand" : "begard",
        requested_by: groupUser,
        requested_at: at(addDays(target.starts_on, 40)),
        settled_by: closed ? p.recordedBy : null,
        settled_at: closed ? at(addDays(target.starts_on, 44)) : null,
        settled_note: closed ? "Godkänt, ryms inom tidsplanen. (demo)" : "",
      })
      .execute();
    if (closed) {
      // The approved change moved the end already (the effort's dates are the ones in force).
      await trx.updateTable("execution_change").set({ from_ends_on: addDays(target.ends_on, -30) }).where("case_id", "=", p.caseId).execute();
    }

    // Another department's commitment.
    await trx
      .insertInto("execution_commitment")
      .values({
        case_id: p.caseId,
        department: "Fastighets- och gatukontoret (demo)",
        contribution: "Lagar gångvägen och byter trasiga papperskorgar längs stråket innan belysningen tänds. (demo)",
        contact_name: "Gatuingenjören (demo)",
        contact_email: "gata@demo.samverka.invalid",
        starts_on: first!.starts_on,
        ends_on: addDays(first!.starts_on, 90),
        status: closed ? "fullgjort" : "pagaende",
        created_by: p.recordedBy,
        created_at: at(first!.starts_on),
        updated_at: at(first!.starts_on),
      })
      .execute();
    await trx
      .insertInto("execution_commitment")
      .values({
        case_id: p.caseId,
        department: "Fritidsförvaltningen (demo)",
        contribution: "Fritidsledare är med på lekplatsdagarna. (demo)",
        contact_name: "",
        contact_email: "",
        starts_on: (second ?? first!).starts_on,
        ends_on: (second ?? first!).ends_on,
        status: closed ? "fullgjort" : "planerat",
        created_by: p.recordedBy,
        created_at: at(first!.starts_on),
        updated_at: at(first!.starts_on),
      })
      .execute();
  }
}
