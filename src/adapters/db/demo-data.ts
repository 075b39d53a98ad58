/**
 * The demo data set loaded at first start (DEMO_DATA=true, the default). Everything here is
 * INVENTED: people, organisations, e-mail addresses, figures and the area boundaries (a grid
 * laid over Malmö; the real GeSo boundaries must come from the city's own source). Rows carry
 * is_demo = true and their names say "(demo)" so nobody mistakes them for real records.
 */
import { sql, type Kysely } from "kysely";
import type { PasswordHasher } from "#src/application/shared/ports.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import type { CaseStatus } from "#src/domain/case/lifecycle.ts";
import type { Role } from "#src/domain/roles.ts";
import type { Database } from "./schema.ts";
import { loadIndexDemoData } from "./demo-index.ts";
import { loadViewpointDemoDataIfActivity } from "./demo/viewpoints.ts";
import { loadActorDemoData } from "./demo/actors.ts";
import { addDays } from "#src/domain/case/appeal.ts";
import { PHASE_PATH } from "#src/domain/collaboration/process-phase.ts";
import { seedProposalDemo, type DemoProcess } from "./demo/proposals.ts";
import { seedResultsDemo } from "./demo/results.ts";
import { loadExecutionDemo } from "./demo/execution.ts";
import { loadThemesDemo } from "./demo/themes.ts";
import { loadActivitiesDemoData } from "./demo/activities.ts";
import { loadLearningDemoData } from "./demo/learning.ts";
import { loadCheckinDemoData } from "./demo/checkins.ts";

export const DEMO_PASSWORD = "Samverka-demo-2026";

export interface DemoAccount {
  role: Role;
  email: string;
  name: string;
  password: string;
}

const COMMITTEES = [
  { code: "TN", sv: "Tekniska nämnden", en: "Technical Committee" },
  { code: "KS", sv: "Kommunstyrelsen", en: "City Executive Board" },
  { code: "ASN", sv: "Arbetsmarknads- och socialnämnden", en: "Labour Market and Social Services Committee" },
  { code: "MN", sv: "Miljönämnden", en: "Environment Committee" },
  { code: "FSN", sv: "Funktionsstödsnämnden", en: "Disability Support Committee" },
  { code: "FRN", sv: "Fritidsnämnden", en: "Leisure Committee" },
  { code: "SBN", sv: "Stadsbyggnadsnämnden", en: "City Planning Committee" },
] as const;

// Malmö's district names, with invented rectangular boundaries in a 7 × 2 grid.
const AREA_NAMES = [
  "Limhamn-Bunkeflo",
  "Västra Hamnen",
  "Centrum",
  "Södra innerstaden",
  "Kirseberg",
  "Husie",
  "Rosengård",
  "Hyllie",
  "Fosie",
  "Oxie",
  "Västra innerstaden",
  "Hällaryd",
  "Holma-Kroksbäck",
  "Södra Sofielund",
];

function gridPolygon(index: number): string {
  const col = index % 7;
  const row = Math.floor(index / 7);
  const west = 12.9 + col * 0.032;
  const south = 55.63 - (row + 1) * 0.045;
  const east = west + 0.032;
  const north = south + 0.045;
  const ring = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return JSON.stringify({ type: "MultiPolygon", coordinates: [[ring.map(([x, y]) => [Number(x!.toFixed(5)), Number(y!.toFixed(5))])]] });
}

export async function hasAnyUser(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("app_user").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Loads the demo set in one transaction. Returns the sign-ins to print. */
export async function loadDemoData(db: Kysely<Database>, hasher: PasswordHasher): Promise<DemoAccount[]> {
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    const committeeIds: Record<string, string> = {};
    for (const c of COMMITTEES) {
      const row = await trx.insertInto("committee").values({ code: c.code, name_sv: c.sv, name_en: c.en }).returning("id").executeTakeFirstOrThrow();
      committeeIds[c.code] = row.id;
    }
    // Areas of responsibility: what routing to another committee is based on (demo themes).
    const RESPONSIBILITIES: Record<string, Array<[string, string]>> = {
      TN: [["gator och torg", "Gator, torg, parker och stadens offentliga rum; samverkansstöd"]],
      KS: [["stadsövergripande samordning", "Frågor som berör flera nämnder eller hela staden"]],
      ASN: [["arbetsmarknad och socialt stöd", "Arbetsmarknadsinsatser, försörjningsstöd och socialt förebyggande arbete"]],
      MN: [["miljö", "Miljö- och hälsoskydd, klimat och natur"]],
      FSN: [["funktionsstöd", "Stöd till personer med funktionsnedsättning, tillgänglighet"]],
      FRN: [["fritid", "Idrott, föreningsliv och fritidsverksamhet"]],
      SBN: [["stadsplanering", "Detaljplaner, bygglov och stadsutveckling"]],
    };
    for (const [code, themes] of Object.entries(RESPONSIBILITIES))
      for (const [theme, description] of themes) await trx.insertInto("committee_responsibility").values({ committee_id: committeeIds[code]!, theme, description }).execute();

    const org = async (name: string, kind: "aktor" | "stad", extra: { actor_type?: string; org_number?: string; committee?: string } = {}) =>
      (
        await trx
          .insertInto("organisation")
          .values({ name, kind, actor_type: extra.actor_type ?? null, org_number: extra.org_number ?? null, committee_id: extra.committee ? committeeIds[extra.committee]! : null, is_demo: true })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;

    const fgk = await org("Fastighets- och gatukontoret (demo)", "stad", { committee: "TN" });
    const stadskontoret = await org("Stadskontoret (demo)", "stad", { committee: "KS" });
    const ask = await org("Arbetsmarknads- och socialförvaltningen (demo)", "stad", { committee: "ASN" });
    const fastighetsagare = await org("Fastighetsägare i Sofielund ek. för. (demo)", "aktor", { actor_type: "fastighetsagare", org_number: "769600-0012" });
    const forening = await org("Föreningen Limhamns torg (demo)", "aktor", { actor_type: "forening", org_number: "802500-0020" });
    const natverk = await org("Boendenätverket Rosengård (demo)", "aktor", { actor_type: "informellt_natverk" });

    const accounts: Array<DemoAccount & { organisationId: string }> = [
      { role: "aktor", email: "aktor@demo.samverka.invalid", name: "Anna Aktörsson (demo)", organisationId: fastighetsagare, password: DEMO_PASSWORD },
      { role: "aktor", email: "forening@demo.samverka.invalid", name: "Bo Föreningsson (demo)", organisationId: forening, password: DEMO_PASSWORD },
      { role: "kontaktperson", email: "kontaktperson@demo.samverka.invalid", name: "Karin Kontaktperson (demo)", organisationId: fgk, password: DEMO_PASSWORD },
      { role: "handlaggare", email: "handlaggare@demo.samverka.invalid", name: "Hassan Handläggare (demo)", organisationId: fgk, password: DEMO_PASSWORD },
      { role: "analytiker", email: "analytiker@demo.samverka.invalid", name: "Alva Analytiker (demo)", organisationId: stadskontoret, password: DEMO_PASSWORD },
      { role: "administrator", email: "admin@demo.samverka.invalid", name: "Adam Administratör (demo)", organisationId: stadskontoret, password: DEMO_PASSWORD },
    ];
    const userIds: Record<string, string> = {};
    for (const a of accounts) {
      const row = await trx
        .insertInto("app_user")
        .values({ email: a.email, name: a.name, role: a.role, organisation_id: a.organisationId, password_hash: passwordHash, is_demo: true })
        .returning("id")
        .executeTakeFirstOrThrow();
      userIds[a.email] = row.id;
    }
    // A case officer at the social services administration, to show committees other than TN.
    const asnOfficer = await trx
      .insertInto("app_user")
      .values({ email: "handlaggare.asn@demo.samverka.invalid", name: "Sara Sekreterare (demo)", role: "handlaggare", organisation_id: ask, password_hash: passwordHash, is_demo: true })
      .returning("id")
      .executeTakeFirstOrThrow();
    // The committees each member of staff works for: they change only those committees' cases.
    await trx
      .insertInto("staff_committee")
      .values([
        { user_id: userIds["kontaktperson@demo.samverka.invalid"]!, committee_id: committeeIds.TN! },
        { user_id: userIds["handlaggare@demo.samverka.invalid"]!, committee_id: committeeIds.TN! },
        { user_id: asnOfficer.id, committee_id: committeeIds.ASN! },
      ])
      .execute();
    // Tekniska nämnden takes the applications for samverkansstöd.
    await trx.insertInto("committee_process_type").values({ committee_id: committeeIds.TN!, process_type_code: "samverkansstod" }).execute();

    const areaIds: string[] = [];
    for (const [i, name] of AREA_NAMES.entries()) {
      const row = await trx
        .insertInto("area")
        .values({
          code: `GESO-${String(i + 1).padStart(2, "0")}`,
          name,
          geom: sql`st_setsrid(st_geomfromgeojson(${gridPolygon(i)}), 4326)`,
          valid_from: "2021-01-01",
          source: "Påhittad avgränsning för demo (rutnät över Malmö), inte stadens GeSo-gränser",
          is_invented: true,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      areaIds.push(row.id);
    }

    const contact = userIds["kontaktperson@demo.samverka.invalid"]!;
    const processType = await trx.selectFrom("process_type").select("id").where("code", "=", "samverkansstod").orderBy("version", "desc").executeTakeFirstOrThrow();
    const cases: Array<{ title: string; summary: string; org: string | null; committee: string; phase: Phase; status: CaseStatus; area: number; number: string | null; granted: number | null; started: string | null; ended?: string }> = [
      { title: "Trygg och levande Sofielundsgata (demo)", summary: "Fastighetsägarna vill tillsammans med staden göra gatan tryggare och mer levande.", org: fastighetsagare, committee: "TN", phase: "forsta_kontakt", status: "utkast", area: 13, number: null, granted: null, started: null },
      { title: "Limhamns torg som mötesplats (demo)", summary: "Föreningen ansöker om samverkansstöd för att utveckla torget med handlare och boende.", org: forening, committee: "TN", phase: "initiering", status: "inskickat", area: 0, number: "TN-2026-00001", granted: null, started: null },
      { title: "Dialog om parkstråket i Rosengård (demo)", summary: "Dialogaktiviteter med boende om parkstråket; förslag på insatser tas fram.", org: natverk, committee: "TN", phase: "samarbete", status: "beslutat", area: 6, number: "TN-2026-00002", granted: 150000, started: "2026-03-01" },
      { title: "Sommargata i Södra innerstaden (demo)", summary: "Beslutade aktiviteter genomförs enligt tidplan med avstämningar.", org: fastighetsagare, committee: "TN", phase: "utforande", status: "beslutat", area: 3, number: "TN-2025-00014", granted: 240000, started: "2025-05-15" },
      { title: "Belysning och trygghet i Hyllie (demo)", summary: "Resultat- och effektmätning pågår efter avslutade insatser.", org: forening, committee: "TN", phase: "resultat", status: "beslutat", area: 7, number: "TN-2024-00031", granted: 320000, started: "2024-04-01" },
      { title: "Citysamverkan Centrum 2022–2024 (demo)", summary: "Avslutad process med verksamhetsberättelse och ekonomisk berättelse inlämnade.", org: fastighetsagare, committee: "TN", phase: "avslutad", status: "avslutat", area: 2, number: "TN-2022-00007", granted: 500000, started: "2022-02-01", ended: "2024-12-31" },
      { title: "Mötesplats för unga i Fosie (demo)", summary: "Ärendet rör även arbetsmarknads- och socialnämndens ansvarsområde och har överlämnats för yttrande.", org: natverk, committee: "ASN", phase: "initiering", status: "under_bedomning", area: 8, number: "ASN-2026-00003", granted: null, started: null },
    ];
    const running: DemoProcess[] = [];
    for (const c of cases) {
      const row = await trx
        .insertInto("collaboration_case")
        .values({
          case_number: c.number,
          title: c.title,
          summary: c.summary,
          applicant_organisation_id: c.org,
          committee_id: committeeIds[c.committee]!,
          contact_person_id: contact,
          phase: c.phase,
          status: c.status,
          geom: sql`(select geom from area where id = ${areaIds[c.area]!})`,
          granted_amount_sek: c.granted,
          started_on: c.started,
          ended_on: c.ended ?? null,
          is_demo: true,
          process_type_id: processType.id,
          submitted_at: c.status === "utkast" ? null : new Date(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx.insertInto("case_area").values({ case_id: row.id, area_id: areaIds[c.area]! }).execute();
      // The phase history that led to the demo case's phase: a step every four months from its start, closing on its end date.
      const steps = PHASE_PATH.slice(0, PHASE_PATH.findIndex((step) => step.to === c.phase) + 1);
      for (const [i, step] of steps.entries()) {
        const at = step.event === "avslutas" && c.ended ? c.ended : addDays(c.started ?? "2026-01-01", 120 * i);
        await trx.insertInto("process_phase_event").values({ case_id: row.id, event: step.event, from_phase: step.from, to_phase: step.to, occurred_at: `${at}T09:00:00+01:00` }).execute();
      }
      if (c.org) await trx.insertInto("application_party").values({ case_id: row.id, organisation_id: c.org, role: "huvudsokande" }).execute();
      running.push({ caseId: row.id, phase: c.phase, started: c.started, granted: c.granted, recordedBy: userIds["handlaggare@demo.samverka.invalid"] ?? contact });
      await trx
        .insertInto("audit_event")
        .values({ actor_label: "demodata", action: "case.created", entity_type: "case", entity_id: row.id, organisation_id: c.org, after: JSON.stringify({ title: c.title, phase: c.phase, status: c.status }) })
        .execute();
    }
    // The running processes' decisions and proposals of efforts, so their phases hold by the rules.
    await seedProposalDemo(trx, running);
    // The resultatfas and the yearly follow-up on them (issue 12).
    await seedResultsDemo(trx, running);
    // The utförandefas's plan, payments, changes and commitments on the processes past it (issue 12).
    await loadExecutionDemo(trx, running);
    // Local processes in the register (invented, after the kinds named in the seeds), some overlapping the demo cases.
    const processes: Array<{ name: string; owner_kind: string; owner_name: string; themes: string[]; areas: number[]; starts_on: string; ends_on: string | null; status: "planerad" | "pagaende" | "avslutad" }> = [
      { name: "Communities That Care, Rosengård (demo)", owner_kind: "forvaltning", owner_name: "Stadskontoret (demo)", themes: ["barn_och_unga", "trygghet"], areas: [6], starts_on: "2024-01-01", ends_on: null, status: "pagaende" },
      { name: "Trygghetsvandringar i Södra Sofielund (demo)", owner_kind: "civilsamhalle", owner_name: "Boendeföreningen Sofielund (demo)", themes: ["trygghet", "delaktighet"], areas: [13], starts_on: "2025-09-01", ends_on: "2027-06-30", status: "pagaende" },
      { name: "Renovering och grönytor Holma (demo)", owner_kind: "bolag", owner_name: "Bostadsbolaget (demo)", themes: ["boende", "fysisk_miljo"], areas: [12], starts_on: "2026-03-01", ends_on: "2028-12-31", status: "pagaende" },
      { name: "Handelsplats Centrum (demo)", owner_kind: "naringsliv", owner_name: "Centrumhandlarna (demo)", themes: ["naringsliv", "trygghet"], areas: [2, 3], starts_on: "2025-01-01", ends_on: null, status: "pagaende" },
      { name: "Sommarlov i Fosie (demo)", owner_kind: "namnd", owner_name: "Fritidsnämnden (demo)", themes: ["barn_och_unga", "kultur_och_fritid"], areas: [8], starts_on: "2027-06-15", ends_on: "2027-08-15", status: "planerad" },
    ];
    for (const p of processes) {
      const row = await trx
        .insertInto("local_process")
        .values({ name: p.name, owner_kind: p.owner_kind, owner_name: p.owner_name, themes: p.themes, starts_on: p.starts_on, ends_on: p.ends_on, status: p.status, is_demo: true, geom: sql`(select st_multi(st_union(geom)) from area where id = any(${p.areas.map((i) => areaIds[i]!)}::uuid[]))` })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx.insertInto("local_process_area").values(p.areas.map((i) => ({ process_id: row.id, area_id: areaIds[i]! }))).execute();
    }
    // Two contact requests in the contact person's queue: one new, one with a meeting booked.
    await trx
      .insertInto("contact_request")
      .values([
        { submission_key: "demo-contact-1", name: "Lina Lindqvist (demo)", email: "lina@demo.samverka.invalid", phone: "040-000 00 01", organisation_name: "Handlarna på Möllan (demo)", actor_type: "foretag", area_text: "Möllevångstorget", message: "Vi är några handlare som vill göra torget tryggare och mer välkomnande på kvällarna." },
        { submission_key: "demo-contact-2", name: "Omar Osman (demo)", email: "omar@demo.samverka.invalid", phone: null, organisation_name: null, actor_type: "informellt_natverk", area_text: "Gröningen i Holma", message: "Vi boende vill ordna aktiviteter för barn på gröningen under sommaren.", status: "mote_bokat", handled_by: contact, handled_at: new Date(), meeting_on: "2026-12-03" },
      ])
      .execute();
    await loadIndexDemoData(trx, userIds["analytiker@demo.samverka.invalid"]!);
    await loadActorDemoData(trx, contact);
    await loadActivitiesDemoData(trx);
    // Residents' viewpoints on the demo dialogue activity, once it is there (issue 11).
    await loadViewpointDemoDataIfActivity(trx);
    await loadThemesDemo(trx, contact);
    await loadLearningDemoData(trx, contact);
    // Check-ins held and coming, with notes and agreed actions, on the processes past their samarbetsfas (issue 12).
    await loadCheckinDemoData(trx, contact);
    return accounts.map(({ role, email, name, password }) => ({ role, email, name, password }));
  });
}

/** The demo sign-ins, read back on later starts (the password is the documented demo password). */
export async function demoAccounts(db: Kysely<Database>): Promise<DemoAccount[]> {
  const rows = await db.selectFrom("app_user").select(["role", "email", "name"]).where("is_demo", "=", true).where("email", "not like", "handlaggare.asn%").orderBy("created_at").execute();
  return rows.map((r) => ({ role: r.role, email: r.email, name: r.name, password: DEMO_PASSWORD }));
}
