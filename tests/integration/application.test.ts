/**
 * The application form's use cases against a real database (PGlite, or PostgreSQL with
 * DATABASE_URL): drafts, steps, the area through PostGIS, attachments by content, submission
 * with the gap-free case number (also under concurrency), diarium numbers, and who may do what.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { fileTypeInspector } from "#src/adapters/files/file-inspector.ts";
import { ApplicationService, type AreaInput, type SubmissionMailText } from "#src/application/intake/application-service.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import { submittedFormOf as form } from "#src/domain/intake/answers.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

const mail: SubmissionMailText = {
  receiptSubject: (label) => `Mottagen ${label}`,
  receiptBody: ({ label, link }) => `Ärende ${label} ${link}`,
  staffSubject: (label) => `Ny ansökan ${label}`,
  staffBody: ({ label, organisation }) => `${label} från ${organisation}`,
};


const noArea: AreaInput = { areaIds: [], drawn: "", drawnChanged: false, upload: null, clear: false };
const ring = (x: number, y: number, d = 0.004) => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];
const drawn = (x = 13.001, y = 55.601): AreaInput => ({ ...noArea, drawn: JSON.stringify({ type: "MultiPolygon", coordinates: [[ring(x, y)]] }), drawnChanged: true });

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);

describe("the application (ansökan)", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let clock: FakeClock;
  let sut: ApplicationService;
  let tn: string;
  let areaWest: string;
  let areaEast: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    clock = new FakeClock(new Date("2026-11-23T09:00:00Z"));
    tn = await fx.committee("TN");
    const insertArea = async (code: string, name: string, x: number) =>
      (
        await handle.db
          .insertInto("area")
          .values({ code, name, geom: sql`st_multi(st_makeenvelope(${x}, 55.59, ${x + 0.01}, 55.61, 4326))`, valid_from: "2020-01-01", source: "test" })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    areaWest = await insertArea("T-01", "Västerområdet", 13.0);
    areaEast = await insertArea("T-02", "Österområdet", 13.01);
    sut = service("samverka");
    await offerOnly("TN");
  });

  /** Makes the committee with this code the only one that takes applications for samverkansstöd. */
  async function offerOnly(code: string) {
    const committee = await handle.db.selectFrom("committee").select("id").where("code", "=", code).executeTakeFirstOrThrow();
    await handle.db.deleteFrom("committee_process_type").where("process_type_code", "=", "samverkansstod").execute();
    await handle.db.insertInto("committee_process_type").values({ committee_id: committee.id, process_type_code: "samverkansstod" }).execute();
  }
  afterAll(async () => handle.close());

  function service(caseNumberSource: "samverka" | "diarium") {
    return new ApplicationService({ uow: new KyselyUnitOfWork(handle.db), clock, files: fileTypeInspector, config: { caseNumberSource, publicUrl: "https://samverka.test", processTypeCode: "samverkansstod" } });
  }

  async function applicant(): Promise<Actor> {
    return fx.user("aktor", await fx.organisation("aktor"));
  }

  async function draft(actor: Actor, svc = sut): Promise<string> {
    const started = await svc.start(actor, { submissionKey: randomUUID(), title: "Levande torg" });
    if (!started.ok) throw new Error(started.error);
    return started.value.caseId;
  }

  /** Fills every step with valid answers and a drawn area. */
  async function complete(actor: Actor, caseId: string, svc = sut) {
    const steps: Array<[string, Record<string, string | string[]>, AreaInput | null]> = [
      ["omrade", { title: "Levande torg", area_description: "Torget och gatorna runt det." }, drawn()],
      ["aktorer", { actors_in_area: "Handlare", interested_actors: "Föreningen", contributions_rows: "1", contributions_0_actor: "Föreningen", contributions_0_money: "20000" }, null],
      ["forslaget", { challenges: "Otrygghet", added_value: "Tryggare torg", purpose: "Ett tryggare torg", city_goals: ["trygghet"] }, null],
      ["underlag", { evidence_basis: "Enkät till boende", children_impact: "Tryggare skolväg" }, null],
    ];
    for (const [step, values, area] of steps) {
      const saved = await svc.saveStep(actor, caseId, step, form(values), area);
      if (!saved.ok) throw new Error(`${step}: ${saved.error} ${JSON.stringify(saved.detail)}`);
    }
  }

  const caseRow = (id: string) => handle.db.selectFrom("collaboration_case").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const auditActions = async (id: string) => (await handle.db.selectFrom("audit_event").select("action").where("entity_id", "=", id).orderBy("id").execute()).map((a) => a.action);

  describe("drafts and steps", () => {
    it("starts one draft per submission key, for the actor's organisation, with its lead party", async () => {
      const actor = await applicant();
      const key = randomUUID();
      const first = await sut.start(actor, { submissionKey: key, title: "Sommargata" });
      const again = await sut.start(actor, { submissionKey: key, title: "Sommargata" });
      expect(first.ok && again.ok && first.value.caseId === again.value.caseId).toBe(true);
      const caseId = first.ok ? first.value.caseId : "";
      const row = await caseRow(caseId);
      expect(row).toMatchObject({ status: "utkast", phase: "initiering", applicant_organisation_id: actor.organisationId, committee_id: tn, case_number: null, title: "Sommargata" });
      const parties = await handle.db.selectFrom("application_party").select(["organisation_id", "role"]).where("case_id", "=", caseId).execute();
      expect(parties).toEqual([{ organisation_id: actor.organisationId, role: "huvudsokande" }]);
      expect(await auditActions(caseId)).toEqual(["application.started"]);
      const view = await sut.view(actor, caseId);
      expect(view?.application.answers).toEqual({ title: "Sommargata" });
      expect(view?.canEdit && view.canSubmit).toBe(true);
    });

    it("lets only applicants start an application", async () => {
      const contact = await fx.user("kontaktperson");
      expect(await sut.start(contact, { submissionKey: randomUUID(), title: "x" })).toMatchObject({ ok: false, error: "not_allowed" });
    });

    it("saves a step's answers and moves the title to the case", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      const saved = await sut.saveStep(actor, caseId, "omrade", form({ title: "Nytt namn", area_description: "Kvarteret" }), noArea);
      expect(saved).toEqual({ ok: true, value: { next: "aktorer" } });
      expect((await caseRow(caseId)).title).toBe("Nytt namn");
      expect((await sut.view(actor, caseId))?.application.answers).toMatchObject({ title: "Nytt namn", area_description: "Kvarteret" });
      expect(await auditActions(caseId)).toEqual(["application.started", "application.saved"]);
    });

    it("changes nothing when a value is wrong, and says which", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      const before = await sut.view(actor, caseId);
      const saved = await sut.saveStep(actor, caseId, "aktorer", form({ actors_in_area: "Handlare", contributions_rows: "1", contributions_0_actor: "Föreningen", contributions_0_money: "femtio" }), null);
      expect(saved).toMatchObject({ ok: false, error: "invalid", detail: { contributions_0_money: "money_invalid" } });
      const after = await sut.view(actor, caseId);
      expect(after?.application.answers).toEqual(before?.application.answers);
      expect(await auditActions(caseId)).toEqual(["application.started"]);
    });

    it("answers not found to another organisation's applicant, and lets staff read but not edit", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      const stranger = await applicant();
      expect(await sut.view(stranger, caseId)).toBeUndefined();
      expect(await sut.saveStep(stranger, caseId, "omrade", form({ title: "Kapat" }), noArea)).toMatchObject({ ok: false, error: "not_found" });
      expect(await sut.submit(stranger, caseId, mail)).toMatchObject({ ok: false, error: "not_found" });
      expect(await sut.addAttachment(stranger, caseId, { name: "a.pdf", bytes: PDF, submissionKey: randomUUID() })).toMatchObject({ ok: false, error: "not_found" });
      const contact = await fx.user("kontaktperson");
      expect((await sut.view(contact, caseId))?.canEdit).toBe(false);
      expect(await sut.saveStep(contact, caseId, "omrade", form({ title: "Ändrat av staden" }), noArea)).toMatchObject({ ok: false, error: "not_editable" });
      expect((await caseRow(caseId)).title).toBe("Levande torg");
    });
  });

  describe("the area", () => {
    it("stores a drawn polygon and links the city areas it touches", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      // Straddles the border between the two test areas at longitude 13.01.
      const saved = await sut.saveStep(actor, caseId, "omrade", form({}), drawn(13.008, 55.6));
      expect(saved.ok).toBe(true);
      const view = await sut.view(actor, caseId);
      expect(view?.application.areaSource).toBe("drawn");
      expect(view?.application.areas.map((a) => a.name).sort()).toEqual(["Västerområdet", "Österområdet"]);
      expect(view?.application.areaKm2).toBeGreaterThan(0.05);
      expect(view?.application.geometry).toMatchObject({ type: "MultiPolygon" });
    });

    it("uses the union of chosen areas as the boundary, and clears it when all are unticked", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      expect((await sut.saveStep(actor, caseId, "omrade", form({}), { ...noArea, areaIds: [areaWest, areaEast] })).ok).toBe(true);
      let view = await sut.view(actor, caseId);
      expect(view?.application.areaSource).toBe("areas");
      expect(view?.application.areas).toHaveLength(2);
      const [{ km2 }] = (await sql<{ km2: number }>`select (st_area(geom::geography) / 1e6)::float8 as km2 from collaboration_case where id = ${caseId}`.execute(handle.db)).rows as [{ km2: number }];
      expect(km2).toBeGreaterThan(2.5);
      expect((await sut.saveStep(actor, caseId, "omrade", form({}), noArea)).ok).toBe(true);
      view = await sut.view(actor, caseId);
      expect(view?.application.areaSource).toBeNull();
      expect(view?.application.geometry).toBeNull();
      expect(view?.missing.map((f) => f.key)).toContain("area");
    });

    it("refuses a self-intersecting polygon with PostGIS's reason and stores nothing", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      const bowtie = { type: "Polygon", coordinates: [[[13.0, 55.6], [13.01, 55.61], [13.01, 55.6], [13.0, 55.61], [13.0, 55.6]]] };
      const saved = await sut.saveStep(actor, caseId, "omrade", form({ title: "Ska inte sparas" }), { ...noArea, upload: { name: "fel.geojson", text: JSON.stringify(bowtie) } });
      expect(saved).toMatchObject({ ok: false, error: "invalid", detail: { area: "invalid_geometry" } });
      expect(!saved.ok && saved.detail?.area_reason).toMatch(/self-intersection/i);
      const view = await sut.view(actor, caseId);
      expect(view?.application.geometry).toBeNull();
      expect(view?.application.answers.title).toBe("Levande torg");
    });

    it("transforms an uploaded SWEREF 99 TM boundary to WGS 84", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      // Around Möllevångstorget in SWEREF 99 TM (EPSG:3006).
      const sweref = { type: "FeatureCollection", crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::3006" } }, features: [{ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [[[374600, 6163300], [374900, 6163300], [374900, 6163600], [374600, 6163600], [374600, 6163300]]] } }] };
      const saved = await sut.saveStep(actor, caseId, "omrade", form({}), { ...noArea, upload: { name: "omrade.geojson", text: JSON.stringify(sweref) } });
      expect(saved.ok).toBe(true);
      const view = await sut.view(actor, caseId);
      expect(view?.application).toMatchObject({ areaSource: "geojson", areaFileName: "omrade.geojson" });
      const [lon, lat] = (view?.application.geometry as { coordinates: number[][][][] }).coordinates[0]![0]![0]!;
      expect(lon).toBeGreaterThan(12.9);
      expect(lon).toBeLessThan(13.1);
      expect(lat).toBeGreaterThan(55.55);
      expect(lat).toBeLessThan(55.65);
      expect(view?.application.areaKm2).toBeCloseTo(0.09, 2);
    });

    it("stores typed SWEREF 99 TM corners (N E) in WGS 84, and typed WGS 84 corners (lat, lon)", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      // The same square around Möllevångstorget as the upload above, typed northing first.
      const typed = { text: "6163300 374600\n6163300 374900\n6163600 374900\n6163600 374600\n", system: "sweref99tm" as const };
      expect((await sut.saveStep(actor, caseId, "omrade", form({}), { ...noArea, typed })).ok).toBe(true);
      let view = await sut.view(actor, caseId);
      expect(view?.application).toMatchObject({ areaSource: "drawn", areaFileName: null });
      const [lon, lat] = (view?.application.geometry as { coordinates: number[][][][] }).coordinates[0]![0]![0]!;
      expect(lon).toBeGreaterThan(12.9);
      expect(lon).toBeLessThan(13.1);
      expect(lat).toBeGreaterThan(55.55);
      expect(lat).toBeLessThan(55.65);
      expect(view?.application.areaKm2).toBeCloseTo(0.09, 2);

      // Latitude first, with decimal commas; the typed corners win over an unchanged drawing field.
      const wgs = { text: "55,6010 13,0080\n55,6010 13,0120\n55,6040 13,0120\n55,6040 13,0080", system: "wgs84" as const };
      expect((await sut.saveStep(actor, caseId, "omrade", form({}), { ...noArea, typed: wgs })).ok).toBe(true);
      view = await sut.view(actor, caseId);
      expect(view?.application.areas.map((a) => a.name).sort()).toEqual(["Västerområdet", "Österområdet"]);
      const [lon2, lat2] = (view?.application.geometry as { coordinates: number[][][][] }).coordinates[0]![0]![0]!;
      expect(lon2).toBeCloseTo(13.008, 6);
      expect(lat2).toBeCloseTo(55.601, 6);
    });

    it("refuses typed corners with the first bad line, or PostGIS's reason, and stores nothing", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      const badLine = await sut.saveStep(actor, caseId, "omrade", form({ title: "Ska inte sparas" }), { ...noArea, typed: { text: "6163300 374600\n374900 6163300\n6163600 374900\nx y", system: "sweref99tm" } });
      expect(badLine).toMatchObject({ ok: false, error: "invalid", detail: { area_corners: "swapped", area_corners_line: "2", area_corners_more: "4" } });
      const bowtie = await sut.saveStep(actor, caseId, "omrade", form({}), { ...noArea, typed: { text: "55.60 13.00\n55.61 13.01\n55.60 13.01\n55.61 13.00", system: "wgs84" } });
      expect(bowtie).toMatchObject({ ok: false, detail: { area_corners: "invalid_geometry" } });
      expect(!bowtie.ok && bowtie.detail?.area_corners_reason).toMatch(/self-intersection/i);
      const view = await sut.view(actor, caseId);
      expect(view?.application.geometry).toBeNull();
      expect(view?.application.answers.title).toBe("Levande torg");
    });

    it("refuses an area id that is not one of the city's current areas", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      expect(await sut.saveStep(actor, caseId, "omrade", form({}), { ...noArea, areaIds: [randomUUID()] })).toMatchObject({ ok: false, detail: { area: "unknown_area" } });
    });
  });

  describe("attachments", () => {
    it("keeps files whose content is an allowed type, once per submission key, and serves them to the case's readers", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      const key = randomUUID();
      const first = await sut.addAttachment(actor, caseId, { name: "budget.pdf", bytes: PDF, submissionKey: key });
      const again = await sut.addAttachment(actor, caseId, { name: "budget.pdf", bytes: PDF, submissionKey: key });
      expect(first.ok && again.ok && first.value.attachmentId === again.value.attachmentId).toBe(true);
      clock.advanceMinutes(1);
      // The name says .txt, the content is a PNG: the content decides, the extension too.
      const png = await sut.addAttachment(actor, caseId, { name: "bild.txt", bytes: PNG, submissionKey: randomUUID() });
      expect(png.ok).toBe(true);
      const view = await sut.view(actor, caseId);
      expect(view?.attachments.map((a) => [a.filename, a.mediaType])).toEqual([
        ["budget.pdf", "application/pdf"],
        ["bild.png", "image/png"],
      ]);
      const id = first.ok ? first.value.attachmentId : "";
      const file = await sut.attachment(await fx.user("handlaggare"), caseId, id);
      expect(file && Buffer.from(file.bytes).equals(Buffer.from(PDF))).toBe(true);
      expect(await sut.attachment(await applicant(), caseId, id)).toBeUndefined();
      expect(await auditActions(caseId)).toEqual(["application.started", "attachment.added", "attachment.added"]);
    });

    it("refuses content that is not an allowed type, whatever the name says", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      const text = new TextEncoder().encode("Det här är ingen PDF, bara text.");
      expect(await sut.addAttachment(actor, caseId, { name: "intyg.pdf", bytes: text, submissionKey: randomUUID() })).toMatchObject({ ok: false, error: "type_not_allowed" });
      const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0, 0, 0, 0x04, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(100).fill(0)]);
      expect(await sut.addAttachment(actor, caseId, { name: "bild.png", bytes: exe, submissionKey: randomUUID() })).toMatchObject({ ok: false, error: "type_not_allowed" });
      expect(await sut.addAttachment(actor, caseId, { name: "tom.pdf", bytes: new Uint8Array(0), submissionKey: randomUUID() })).toMatchObject({ ok: false, error: "empty" });
      expect((await sut.view(actor, caseId))?.attachments).toEqual([]);
    });

    it("removes an attachment and its content when no other attachment shares it", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      const bytes = new TextEncoder().encode(`%PDF-1.4\n% unik ${randomUUID()}\n%%EOF\n`);
      const added = await sut.addAttachment(actor, caseId, { name: "a.pdf", bytes, submissionKey: randomUUID() });
      const id = added.ok ? added.value.attachmentId : "";
      expect((await sut.removeAttachment(actor, caseId, id)).ok).toBe(true);
      expect((await sut.removeAttachment(actor, caseId, id)).ok).toBe(true);
      expect((await sut.view(actor, caseId))?.attachments).toEqual([]);
      const stored = await handle.db.selectFrom("stored_file").select("sha256").where("size_bytes", "=", bytes.byteLength).execute();
      expect(stored).toEqual([]);
    });

    it("answers not found for an attachment id of another case, or of none, and removes nothing", async () => {
      const actor = await applicant();
      const caseA = await draft(actor);
      const caseB = await draft(actor); // the same organisation may edit both
      const added = await sut.addAttachment(actor, caseA, { name: "a.pdf", bytes: PDF, submissionKey: randomUUID() });
      if (!added.ok) throw new Error(added.error);
      const stranger = await applicant();
      const strangersCase = await draft(stranger);

      expect(await sut.removeAttachment(actor, caseB, added.value.attachmentId)).toEqual({ ok: false, error: "not_found" });
      expect(await sut.removeAttachment(stranger, strangersCase, added.value.attachmentId)).toEqual({ ok: false, error: "not_found" });
      expect(await sut.removeAttachment(actor, caseB, randomUUID())).toEqual({ ok: false, error: "not_found" });
      expect((await sut.view(actor, caseA))?.attachments.map((a) => a.id)).toEqual([added.value.attachmentId]);
      expect(await auditActions(caseB)).toEqual(["application.started"]);
      expect(await auditActions(strangersCase)).toEqual(["application.started"]);
      // On its own case it goes, and a second click on the same button is still fine.
      expect(await sut.removeAttachment(actor, caseA, added.value.attachmentId)).toEqual({ ok: true, value: undefined });
      expect(await sut.removeAttachment(actor, caseA, added.value.attachmentId)).toEqual({ ok: true, value: undefined });
      expect(await auditActions(caseA)).toEqual(["application.started", "attachment.added", "attachment.removed"]);
    });

    it("keeps no bidi or invisible characters in a name and gives it the extension of its content", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      // Shown as "fakturaexe.png" when the override is kept; the content is a PNG.
      const added = await sut.addAttachment(actor, caseId, { name: "faktura\u202Egnp.exe", bytes: PNG, submissionKey: randomUUID() });
      if (!added.ok) throw new Error(added.error);
      const stored = await handle.db.selectFrom("attachment").select("filename").where("id", "=", added.value.attachmentId).executeTakeFirstOrThrow();
      expect(stored.filename).toBe("fakturagnp.png");
      expect((await sut.view(actor, caseId))?.attachments.map((a) => a.filename)).toEqual(["fakturagnp.png"]);
      expect((await sut.attachment(actor, caseId, added.value.attachmentId))?.filename).toBe("fakturagnp.png");
      const audit = await handle.db.selectFrom("audit_event").select("after").where("entity_id", "=", caseId).where("action", "=", "attachment.added").executeTakeFirstOrThrow();
      expect(audit.after).toMatchObject({ filename: "fakturagnp.png" });

      // A name stored under the older rules is shown and offered under today's.
      await handle.db.updateTable("attachment").set({ filename: "gammal\u202Efdp.exe\u200B" }).where("id", "=", added.value.attachmentId).execute();
      expect((await sut.view(actor, caseId))?.attachments.map((a) => a.filename)).toEqual(["gammalfdp.png"]);
      expect((await sut.attachment(actor, caseId, added.value.attachmentId))?.filename).toBe("gammalfdp.png");
    });
  });

  describe("submission", () => {
    const year = 2026;
    const numberOf = async (id: string) => (await caseRow(id)).case_number;

    it("refuses an incomplete application and names what is missing", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      const result = await sut.submit(actor, caseId, mail);
      expect(result).toMatchObject({ ok: false, error: "incomplete", detail: { area: "missing", purpose: "missing" } });
      expect((await caseRow(caseId)).status).toBe("utkast");
    });

    it("registers a complete application: status, case number, receipt and news to the contact persons, audit", async () => {
      const actor = await applicant();
      const contactOrg = await handle.db.insertInto("organisation").values({ name: "FGK", kind: "stad", actor_type: null, org_number: null, committee_id: tn }).returning("id").executeTakeFirstOrThrow();
      const contact = await fx.user("kontaktperson", contactOrg.id);
      const caseId = await draft(actor);
      await complete(actor, caseId);
      const result = await sut.submit(actor, caseId, mail);
      expect(result.ok).toBe(true);
      const number = result.ok ? result.value.caseNumber : null;
      expect(number).toMatch(new RegExp(`^TN-${year}-\\d{5}$`));
      const row = await caseRow(caseId);
      // The register reads the case's themes from the city goals it serves.
      expect(row).toMatchObject({ status: "inskickat", case_number: number, summary: "Ett tryggare torg", themes: ["trygghet"] });
      expect(row.submitted_at).not.toBeNull();
      const receipts = await handle.db.selectFrom("mail_outbox").select(["to_address", "subject"]).where("related_entity", "=", `case:${caseId}`).orderBy("to_address").execute();
      expect(receipts).toEqual(expect.arrayContaining([{ to_address: actor.email, subject: `Mottagen ${number}` }, { to_address: contact.email, subject: `Ny ansökan ${number}` }]));
      expect(await auditActions(caseId)).toContain("case.submit");

      // A retry after a lost response answers the same number and changes nothing.
      expect(await sut.submit(actor, caseId, mail)).toEqual({ ok: true, value: { caseNumber: number, alreadySubmitted: true } });
      expect((await auditActions(caseId)).filter((a) => a === "case.submit")).toHaveLength(1);
      // A submitted application is no longer a draft anyone can change.
      expect(await sut.saveStep(actor, caseId, "omrade", form({ title: "Ändrat" }), noArea)).toMatchObject({ ok: false, error: "not_editable" });
      expect(await sut.addAttachment(actor, caseId, { name: "sen.pdf", bytes: PDF, submissionKey: randomUUID() })).toMatchObject({ ok: false, error: "not_editable" });
    });

    it("lets only the lead applicant submit", async () => {
      const actor = await applicant();
      const caseId = await draft(actor);
      await complete(actor, caseId);
      const coOrg = await fx.organisation("aktor");
      await handle.db.insertInto("application_party").values({ case_id: caseId, organisation_id: coOrg, role: "medsokande" }).execute();
      const co = await fx.user("aktor", coOrg);
      expect((await sut.view(co, caseId))?.canEdit).toBe(true);
      expect(await sut.submit(co, caseId, mail)).toMatchObject({ ok: false, error: "not_allowed" });
    });

    it("gives a rolled-back submission's number to the next one: no gap", async () => {
      const committee = await fx.committee("GAP");
      await offerOnly("GAP");
      try {
        const actor = await applicant();
        const a = await draft(actor);
        const b = await draft(actor);
        await complete(actor, a);
        await complete(actor, b);
        const failing: SubmissionMailText = { ...mail, receiptBody: () => { throw new Error("mail template broke"); } };
        await expect(sut.submit(actor, a, failing)).rejects.toThrow("mail template broke");
        expect(await numberOf(a)).toBeNull();
        expect((await caseRow(a)).status).toBe("utkast");
        const ok = await sut.submit(actor, b, mail);
        expect(ok.ok && ok.value.caseNumber).toBe(`GAP-${year}-00001`);
        const seq = await handle.db.selectFrom("case_number_sequence").select("last_value").where("committee_id", "=", committee).executeTakeFirstOrThrow();
        expect(seq.last_value).toBe(1);
      } finally {
        await offerOnly("TN");
      }
    });

    it("continues after the highest number already in use when the year's sequence is new", async () => {
      await fx.committee("SEQ");
      await offerOnly("SEQ");
      try {
        const org = await fx.organisation("aktor");
        const existing = await fx.caseFor(org, { committeeId: (await handle.db.selectFrom("committee").select("id").where("code", "=", "SEQ").executeTakeFirstOrThrow()).id });
        await handle.db.updateTable("collaboration_case").set({ case_number: `SEQ-${year}-00041` }).where("id", "=", existing).execute();
        const actor = await applicant();
        const caseId = await draft(actor);
        await complete(actor, caseId);
        const result = await sut.submit(actor, caseId, mail);
        expect(result.ok && result.value.caseNumber).toBe(`SEQ-${year}-00042`);
      } finally {
        await offerOnly("TN");
      }
    });

    it("numbers many parallel submissions without duplicates or gaps", async () => {
      const committee = await fx.committee("PAR");
      await offerOnly("PAR");
      try {
        const n = 24;
        const actors = await Promise.all(Array.from({ length: n }, () => applicant()));
        const drafts: Array<[Actor, string]> = [];
        for (const actor of actors) {
          const caseId = await draft(actor);
          await complete(actor, caseId);
          drafts.push([actor, caseId]);
        }
        // Each draft submitted twice at once as well (a double click): still one number each.
        const results = await Promise.all(drafts.flatMap(([actor, caseId]) => [sut.submit(actor, caseId, mail), sut.submit(actor, caseId, mail)]));
        expect(results.every((r) => r.ok)).toBe(true);
        const numbers = (await Promise.all(drafts.map(([, caseId]) => numberOf(caseId)))).map((v) => Number(v!.split("-")[2]));
        expect(new Set(numbers).size).toBe(n);
        expect([...numbers].sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        const seq = await handle.db.selectFrom("case_number_sequence").select("last_value").where("committee_id", "=", committee).executeTakeFirstOrThrow();
        expect(seq.last_value).toBe(n);
      } finally {
        await offerOnly("TN");
      }
    });
  });

  describe("diarium numbers", () => {
    it("links a diarium number to a submitted case, refusing drafts, duplicates, bad formats and non-registrars", async () => {
      const actor = await applicant();
      const registrar = await fx.user("handlaggare", undefined, undefined, { committees: [tn] });
      const draftId = await draft(actor);
      expect(await sut.registerDiariumNumber(registrar, draftId, "TN-2026-000123")).toMatchObject({ ok: false, error: "not_submitted" });
      const caseId = await draft(actor);
      await complete(actor, caseId);
      const submitted = await sut.submit(actor, caseId, mail);
      const number = submitted.ok ? submitted.value.caseNumber : null;
      expect(await sut.registerDiariumNumber(actor, caseId, "TN-2026-000123")).toMatchObject({ ok: false, error: "not_found" });
      expect(await sut.registerDiariumNumber(await fx.user("kontaktperson", undefined, undefined, { committees: [tn] }), caseId, "TN-2026-000123")).toMatchObject({ ok: false, error: "not_found" });
      // A registrar of another committee may not register this committee's case.
      expect(await sut.registerDiariumNumber(await fx.user("handlaggare", undefined, undefined, { committees: [await fx.committee()] }), caseId, "TN-2026-000123")).toMatchObject({ ok: false, error: "not_found" });
      expect(await sut.registerDiariumNumber(registrar, caseId, "diarienummer 12")).toMatchObject({ ok: false, error: "invalid" });
      expect(await sut.registerDiariumNumber(registrar, caseId, " tn-2026-000123 ")).toEqual({ ok: true, value: { diariumNumber: "TN-2026-000123" } });
      // Samverka numbers cases here: the diarium's number is the link, the case number stays.
      expect(await caseRow(caseId)).toMatchObject({ diarium_number: "TN-2026-000123", case_number: number });
      const other = await draft(actor);
      await complete(actor, other);
      await sut.submit(actor, other, mail);
      expect(await sut.registerDiariumNumber(registrar, other, "TN-2026-000123")).toMatchObject({ ok: false, error: "taken", detail: { caseId } });
      expect(await auditActions(caseId)).toContain("case.diarium_registered");
    });

    it("leaves the number to the diarium when it numbers cases, and takes the registrar's number as the case number", async () => {
      const diarium = service("diarium");
      const actor = await applicant();
      const caseId = await draft(actor, diarium);
      await complete(actor, caseId, diarium);
      const submitted = await diarium.submit(actor, caseId, mail);
      expect(submitted).toEqual({ ok: true, value: { caseNumber: null, alreadySubmitted: false } });
      expect(await caseRow(caseId)).toMatchObject({ status: "inskickat", case_number: null });
      const registrar = await fx.user("handlaggare", undefined, undefined, { committees: [tn] });
      expect((await diarium.registerDiariumNumber(registrar, caseId, "TN-2026-004711")).ok).toBe(true);
      expect(await caseRow(caseId)).toMatchObject({ diarium_number: "TN-2026-004711", case_number: "TN-2026-004711" });
    });
  });
});
