/**
 * The actor mapping of a running process (issue 11, the rules in
 * src/domain/collaboration/actor-mapping.ts) through its use case against a real database: the
 * applicant group and the case staff of its committee read and change it; an applicant of another
 * organisation, staff of another committee and staff who only read the case see nothing; a
 * closed process is read-only; a double submit adds one actor; the CSV import adds every row or
 * none, and links an organisation by its number; the export is formula-safe.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { csvTableReader } from "#src/adapters/files/csv-table.ts";
import { csvWriter } from "#src/adapters/files/csv-writer.ts";
import { ActorMapping, ACTOR_CSV_COLUMNS, normaliseLabel, type CsvVocabulary } from "#src/application/collaboration/index.ts";
import { translator } from "#src/text/index.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const sv = translator("sv");
const vocabulary: CsvVocabulary = {
  headers: Object.fromEntries(ACTOR_CSV_COLUMNS.map((c) => [c, [sv(`actors.csv.${c}`)]])) as never,
  types: { fastighetsagare: ["Fastighetsägare"], foretag: ["Företag"], forening: ["Förening"], skola: ["Skola"], boendegrupp: ["Boendegrupp"], annat: ["Annat"] },
  roles: { involverad: ["Involverad"], intresserad: ["Intresserad"], att_na: ["Att nå"] },
};
const key = () => crypto.randomUUID();
const association = { name: "Sofielunds boulesällskap", type: "forening", role: "involverad", contactName: "Lena Lind", email: "Lena@Boule.test", phone: "040-12 34 56", reachedHow: "Möte", reachedOn: "2026-11-20", notes: "" } as const;

describe("the actor mapping of a running process", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let sut: ActorMapping;
  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    sut = new ActorMapping({ uow: new KyselyUnitOfWork(handle.db), clock: new FakeClock(new Date("2026-12-01T09:00:00Z")), tables: csvTableReader, csvWriter });
  });
  afterAll(async () => handle?.close());

  async function runningProcess(phase: "samarbete" | "avslutad" = "samarbete") {
    const org = await fx.organisation();
    const caseId = await fx.caseFor(org, { phase });
    await handle.db.updateTable("collaboration_case").set({ status: "beslutat" }).where("id", "=", caseId).execute();
    return {
      caseId,
      contact: await fx.staffFor("kontaktperson", caseId),
      applicant: await fx.user("aktor", org),
      otherCommittee: await fx.user("kontaktperson", undefined, undefined, { committees: [await fx.committee()] }),
      analyst: await fx.user("analytiker"),
      outsider: await fx.user("aktor"),
    };
  }

  it("lets the group and the contact person add, change and read the mapping together, grouped by role", async () => {
    const p = await runningProcess();
    const added = await sut.change(p.applicant, p.caseId, { intent: "add", submissionKey: key(), ...association });
    expect(added.ok).toBe(true);
    const school = await sut.change(p.contact, p.caseId, { intent: "add", submissionKey: key(), name: "Västra skolan", type: "skola", role: "att_na" });
    expect(school.ok).toBe(true);
    const view = (await sut.view(p.contact, p.caseId))!;
    expect(view.total).toBe(2);
    expect(view.open).toBe(true);
    expect(view.groups.map((g) => [g.role, g.actors.map((a) => a.name)])).toEqual([
      ["involverad", ["Sofielunds boulesällskap"]],
      ["intresserad", []],
      ["att_na", ["Västra skolan"]],
    ]);
    expect(view.groups[0]!.actors[0]).toMatchObject({ email: "lena@boule.test", phone: "040-12 34 56", reachedOn: "2026-11-20", reachedHow: "Möte" });
    const id = view.groups[2]!.actors[0]!.id;
    expect(await sut.change(p.applicant, p.caseId, { intent: "update", actorId: id, name: "Västra skolan", type: "skola", role: "intresserad", contactName: "Rektor" })).toEqual({ ok: true, value: { actorId: id } });
    expect((await sut.view(p.applicant, p.caseId))!.groups[1]!.actors.map((a) => a.contactName)).toEqual(["Rektor"]);
    const audit = await handle.db.selectFrom("audit_event").select(["action", "after"]).where("entity_id", "=", p.caseId).orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["process.actor.added", "process.actor.added", "process.actor.changed"]);
    // The audit log keeps who the actor is, not its contact details.
    expect(JSON.stringify(audit)).not.toContain("boule.test");
  });

  it("adds one actor for a form sent twice", async () => {
    const p = await runningProcess();
    const submissionKey = key();
    const first = await sut.change(p.contact, p.caseId, { intent: "add", submissionKey, ...association });
    const second = await sut.change(p.contact, p.caseId, { intent: "add", submissionKey, ...association });
    expect(second).toEqual(first);
    expect((await sut.view(p.contact, p.caseId))!.total).toBe(1);
  });

  it("answers a problem by field, keeps nothing, and refuses a date to come and an unknown organisation", async () => {
    const p = await runningProcess();
    expect(await sut.change(p.contact, p.caseId, { intent: "add", submissionKey: key(), name: "", type: "kiosk" as never, role: "involverad", email: "inte-en-adress", phone: "ring" })).toMatchObject({
      ok: false,
      error: "invalid",
      detail: { name: "actors.error.name", type: "actors.error.type", email: "actors.error.email", phone: "actors.error.phone" },
    });
    expect(await sut.change(p.contact, p.caseId, { intent: "add", submissionKey: key(), ...association, reachedOn: "2026-12-02" })).toMatchObject({ ok: false, error: "invalid", detail: { reachedOn: "actors.error.reachedOnFuture" } });
    expect(await sut.change(p.contact, p.caseId, { intent: "add", submissionKey: key(), ...association, organisationId: crypto.randomUUID() })).toMatchObject({ ok: false, error: "invalid", detail: { organisationId: "actors.error.organisation" } });
    expect((await sut.view(p.contact, p.caseId))!.total).toBe(0);
  });

  it("removes an actor only when confirmed", async () => {
    const p = await runningProcess();
    const added = await sut.change(p.contact, p.caseId, { intent: "add", submissionKey: key(), ...association });
    const actorId = added.ok ? added.value.actorId! : "";
    expect(await sut.change(p.contact, p.caseId, { intent: "remove", actorId } as never)).toMatchObject({ ok: false, error: "invalid", detail: { confirm: "actors.error.confirm" } });
    expect(await sut.change(p.applicant, p.caseId, { intent: "remove", actorId, confirm: "ja" })).toEqual({ ok: true, value: { actorId: null } });
    expect((await sut.view(p.contact, p.caseId))!.total).toBe(0);
    expect(await sut.change(p.applicant, p.caseId, { intent: "remove", actorId, confirm: "ja" })).toEqual({ ok: false, error: "not_found" });
  });

  it("shows nothing to, and takes nothing from, another organisation's applicant, staff of another committee, staff who only read the case, or a guessed id", async () => {
    const p = await runningProcess();
    await sut.change(p.contact, p.caseId, { intent: "add", submissionKey: key(), ...association });
    for (const who of [p.outsider, p.otherCommittee, p.analyst]) {
      expect(await sut.view(who, p.caseId)).toBeUndefined();
      expect(await sut.change(who, p.caseId, { intent: "add", submissionKey: key(), ...association })).toEqual({ ok: false, error: "not_found" });
      expect(await sut.exportCsv(who, p.caseId, vocabulary)).toBeUndefined();
      expect(await sut.importCsv(who, p.caseId, { text: "Namn;Typ;Roll\nA;Skola;Involverad\n", batch: key() }, vocabulary)).toEqual({ ok: false, error: "not_found" });
    }
    expect(await sut.view(p.contact, "not-a-case")).toBeUndefined();
    expect(await sut.view(p.contact, crypto.randomUUID())).toBeUndefined();
    expect((await sut.view(p.contact, p.caseId))!.total).toBe(1);
  });

  it("is read-only once the process is closed", async () => {
    const p = await runningProcess("avslutad");
    const view = await sut.view(p.applicant, p.caseId);
    expect(view).toMatchObject({ open: false, total: 0, organisations: [] });
    expect(await sut.change(p.contact, p.caseId, { intent: "add", submissionKey: key(), ...association })).toEqual({ ok: false, error: "closed" });
    expect(await sut.importCsv(p.contact, p.caseId, { text: "Namn;Typ;Roll\nA;Skola;Involverad\n", batch: key() }, vocabulary)).toEqual({ ok: false, error: "closed" });
  });

  it("imports every row or none, reports by row and column, links a registered organisation by its number, and imports a batch once", async () => {
    const p = await runningProcess();
    const registered = await fx.organisation("aktor", "Fastighets AB Sofielund");
    await handle.db.updateTable("organisation").set({ org_number: "556677-8899" }).where("id", "=", registered).execute();
    const bad = ["Namn;Typ;Roll;E-post;Nådd datum;Organisationsnummer", "Bageriet;Företag;Involverad;bageriet@exempel.se;2026-11-01;", ";Kiosk;Intresserad;;;", "Torgets vänner;Förening;Kanske;nej;2026-13-01;556677-8890"].join("\n");
    const refused = await sut.importCsv(p.contact, p.caseId, { text: bad, batch: key() }, vocabulary);
    expect(refused).toEqual({
      ok: false,
      error: "invalid",
      errors: [
        { line: 3, column: "Namn", error: "actors.error.name" },
        { line: 3, column: "Typ", error: "actors.error.type" },
        { line: 4, column: "Roll", error: "actors.error.role" },
        { line: 4, column: "Organisationsnummer", error: "actors.error.orgNumber" },
        { line: 4, column: "E-post", error: "actors.error.email" },
        { line: 4, column: "Nådd datum", error: "actors.error.reachedOn" },
      ],
    });
    expect((await sut.view(p.contact, p.caseId))!.total).toBe(0);
    expect(await sut.importCsv(p.contact, p.caseId, { text: "Namn;Telefon\nA;040\n", batch: key() }, vocabulary)).toMatchObject({ ok: false, errors: [{ column: "Typ", error: "actors.import.error.missingColumn" }, { column: "Roll" }] });

    const good = ["Namn;Typ;Roll;Organisationsnummer;Kontaktperson;E-post;Telefon;Hur nådd;Nådd datum;Anteckningar", "Fastighets AB Sofielund;Fastighetsägare;Involverad;5566778899;Per;per@fast.test;040-11 22 33;Möte;2026-11-02;", "Bageriet;foretag;att_na;;;;;;;=1+1"].join("\r\n");
    const batch = key();
    expect(await sut.importCsv(p.contact, p.caseId, { text: good, batch }, vocabulary)).toEqual({ ok: true, value: { imported: 2 } });
    expect(await sut.importCsv(p.contact, p.caseId, { text: good, batch }, vocabulary)).toEqual({ ok: true, value: { imported: 2 } });
    const view = (await sut.view(p.contact, p.caseId))!;
    expect(view.total).toBe(2);
    expect(view.groups[0]!.actors[0]).toMatchObject({ name: "Fastighets AB Sofielund", organisationId: registered, organisationName: "Fastighets AB Sofielund", orgNumber: "556677-8899" });
    expect(view.groups[2]!.actors[0]).toMatchObject({ name: "Bageriet", type: "foretag", organisationId: null });

    // The export reads back in the import's columns, with formula-looking text defused.
    const exported = (await sut.exportCsv(p.applicant, p.caseId, vocabulary))!;
    const lines = exported.csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]!.split(",").map(normaliseLabel)).toEqual([...ACTOR_CSV_COLUMNS]);
    expect(lines[2]).toContain("'=1+1");
    const actions = (await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", p.caseId).execute()).map((a) => a.action);
    expect(actions.filter((a) => a === "process.actors.imported")).toHaveLength(1);
    expect(actions).toContain("process.actors.exported");
  });

  it("names its CSV columns in the catalogue, so that a template read back matches them", () => {
    for (const locale of ["sv", "en"] as const) {
      const t = translator(locale);
      for (const c of ACTOR_CSV_COLUMNS) expect(normaliseLabel(t(`actors.csv.${c}`)).length).toBeGreaterThan(0);
    }
    expect(ACTOR_CSV_COLUMNS.map((c) => normaliseLabel(sv(`actors.csv.${c}`)))).toEqual([...ACTOR_CSV_COLUMNS]);
  });
});
