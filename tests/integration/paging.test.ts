/**
 * The lists that grow are paged on the server: contact requests, cases (also ordered by need),
 * the register and the audit log. Each test puts more rows than a page in the database and
 * reads every page: the pages do not overlap and together hold every row, in a stable order
 * (many rows share a timestamp, so the order relies on the id tie-break), a page beyond the
 * end shows the last page, and each page costs two queries (count + page) however many rows.
 */
import { sql, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { AdminService } from "#src/application/admin/overviews.ts";
import { CaseService } from "#src/application/cases/case-service.ts";
import type { AreaNeedsSource } from "#src/application/area-index/index.ts";
import { ContactRequestService } from "#src/application/outreach/contact-request-service.ts";
import { CoordinationService } from "#src/application/coordination/coordination-service.ts";
import type { Page } from "#src/application/shared/paging.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import { byNeed, needOf, type AreaNeed } from "#src/domain/coordination/equity.ts";
import { csvTableReader } from "#src/adapters/files/csv-table.ts";
import { FakeClock, Fixtures } from "../support/fixtures.ts";
import { createTestDatabase } from "../support/test-db.ts";

/** Counts the statements the database answered (a subquery is part of its statement). */
class QueryCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.count++;
    return args.result;
  }
}

/** Reads every page of a list, checking the page facts on the way. */
async function allPages<T>(read: (page: number) => Promise<Page<T>>, expected: { total: number; pageSize: number }): Promise<T[][]> {
  const pages: T[][] = [];
  const pageCount = Math.ceil(expected.total / expected.pageSize);
  for (let n = 1; n <= pageCount; n++) {
    const page = await read(n);
    expect(page).toMatchObject({ page: n, total: expected.total, pageCount, pageSize: expected.pageSize });
    pages.push(page.items);
  }
  return pages;
}

describe("paged lists", () => {
  let handle: DatabaseHandle;
  let fx: Fixtures;
  let counter: QueryCounter;
  let uow: KyselyUnitOfWork;

  beforeAll(async () => {
    handle = await createTestDatabase();
    fx = new Fixtures(handle.db);
    counter = new QueryCounter();
    uow = new KyselyUnitOfWork(handle.db.withPlugin(counter));
  });
  afterAll(async () => handle.close());

  /** How many statements `work` sends. */
  async function queries(work: () => Promise<unknown>): Promise<number> {
    const before = counter.count;
    await work();
    return counter.count - before;
  }

  describe("contact requests", () => {
    let contact: Actor;
    beforeAll(async () => {
      contact = await fx.user("kontaktperson");
      // 120 requests; 60 of them received in the same instant, so only the id tells them apart.
      const same = new Date("2026-11-20T10:00:00Z");
      await handle.db
        .insertInto("contact_request")
        .values(
          Array.from({ length: 120 }, (_, i) => ({
            submission_key: `paging-${i}`,
            created_at: i < 60 ? same : new Date(same.getTime() + (i - 59) * 60_000),
            name: `Avsändare ${i}`,
            email: `a${i}@paging.test`,
            area_text: "Torget",
            message: "Hej",
            status: i % 3 === 0 ? ("mote_bokat" as const) : ("ny" as const),
          })),
        )
        .execute();
    });

    it("shows 50 per page, newest first, every request on exactly one page", async () => {
      const sut = new ContactRequestService({ uow, clock: new FakeClock() });
      const pages = await allPages((n) => sut.list(contact, {}, n).then((p) => p!), { total: 120, pageSize: 50 });
      expect(pages.map((p) => p.length)).toEqual([50, 50, 20]);
      const all = pages.flat();
      expect(new Set(all.map((r) => r.id)).size).toBe(120);
      expect(all[0]!.name).toBe("Avsändare 119");
      const times = all.map((r) => new Date(r.createdAt).getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it("pages the filtered list and counts only what matches", async () => {
      const sut = new ContactRequestService({ uow, clock: new FakeClock() });
      const first = await sut.list(contact, { status: "mote_bokat" }, 1);
      expect(first).toMatchObject({ total: 40, pageCount: 1 });
      expect(first!.items.every((r) => r.status === "mote_bokat")).toBe(true);
      expect(await sut.list(contact, { status: "ny" }, 2)).toMatchObject({ total: 80, page: 2, pageCount: 2 });
    });

    it("shows the last page for a page beyond the end, and page 1 for a bad one", async () => {
      const sut = new ContactRequestService({ uow, clock: new FakeClock() });
      expect(await sut.list(contact, {}, 99)).toMatchObject({ page: 3 });
      expect((await sut.list(contact, {}, 99))!.items).toHaveLength(20);
      expect(await sut.list(contact, {}, -1)).toMatchObject({ page: 1 });
    });

    it("costs two queries per page, whatever the number of rows", async () => {
      const sut = new ContactRequestService({ uow, clock: new FakeClock() });
      expect(await queries(() => sut.list(contact, {}, 1))).toBe(2);
      expect(await queries(() => sut.list(contact, {}, 3))).toBe(2);
    });
  });

  describe("cases", () => {
    let staff: Actor;
    let applicant: Actor;
    const needs = new Map<string, AreaNeed>([
      ["PG-1", { rank: 3, score: 0.5 }],
      ["PG-2", { rank: 1, score: 0.1 }],
      ["PG-3", { rank: 2, score: 0.3 }],
      ["PG-4", { rank: null, score: null }],
    ]);

    beforeAll(async () => {
      staff = await fx.user("handlaggare");
      applicant = await fx.user("aktor");
      const areaIds: Record<string, string> = {};
      for (const [i, code] of ["PG-1", "PG-2", "PG-3", "PG-4", "PG-5"].entries()) {
        const row = await handle.db
          .insertInto("area")
          .values({ code, name: `Område ${code}`, geom: sql`st_multi(st_makeenvelope(${13 + i * 0.01}, 55.5, ${13.005 + i * 0.01}, 55.505, 4326))`, valid_from: "2020-01-01", source: "test" })
          .returning("id")
          .executeTakeFirstOrThrow();
        areaIds[code] = row.id;
      }
      const committee = await fx.committee("PGN");
      const same = new Date("2026-11-01T08:00:00Z");
      // 130 cases: 40 of the applicant's organisation; half of all changed in the same instant.
      // Areas rotate so that needs differ and tie: none, one area, or two areas (the lower rank counts).
      const combos: string[][] = [[], ["PG-1"], ["PG-2"], ["PG-3"], ["PG-4"], ["PG-5"], ["PG-1", "PG-3"], ["PG-4", "PG-2"]];
      const rows = await handle.db
        .insertInto("collaboration_case")
        .values(
          Array.from({ length: 130 }, (_, i) => ({
            title: `Ärende ${i}`,
            applicant_organisation_id: i < 40 ? applicant.organisationId : null,
            committee_id: committee,
            phase: i % 4 === 0 ? ("forsta_kontakt" as const) : ("initiering" as const),
            status: i % 5 === 0 ? ("under_bedomning" as const) : ("inskickat" as const),
            updated_at: i % 2 === 0 ? same : new Date(same.getTime() + i * 60_000),
          })),
        )
        .returning(["id", "title"])
        .execute();
      const links = rows.flatMap((r, i) => combos[i % combos.length]!.map((code) => ({ case_id: r.id, area_id: areaIds[code]! })));
      await handle.db.insertInto("case_area").values(links).execute();
    });

    it("pages every case for staff, the latest change first, each on exactly one page", async () => {
      const sut = new CaseService({ uow });
      const pages = await allPages((n) => sut.page(staff, {}, { page: n }), { total: 130, pageSize: 50 });
      expect(pages.map((p) => p.length)).toEqual([50, 50, 30]);
      const all = pages.flat();
      expect(new Set(all.map((c) => c.id)).size).toBe(130);
      const times = all.map((c) => new Date(c.updatedAt).getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it("orders by need before paging, exactly as the domain's byNeed orders the whole list", async () => {
      const sut = new CaseService({ uow });
      const latestFirst = (await allPages((n) => sut.page(staff, {}, { page: n }), { total: 130, pageSize: 50 })).flat();
      const expected = byNeed(latestFirst, (c) => needOf(c.areaCodes, needs)).map((c) => c.id);
      const paged = (await allPages((n) => sut.page(staff, {}, { page: n, byNeed: needs }), { total: 130, pageSize: 50 })).flat();
      expect(paged.map((c) => c.id)).toEqual(expected);
      // The greatest need (rank 1, area PG-2) comes first, also on its own and beside an unranked area.
      expect(paged.slice(0, 10).every((c) => c.areaCodes.includes("PG-2"))).toBe(true);
    });

    it("pages the filtered list and counts only what matches", async () => {
      const sut = new CaseService({ uow });
      const page = await sut.page(staff, { status: "under_bedomning", phase: "forsta_kontakt" }, { page: 1 });
      expect(page.total).toBe(7);
      expect(page.items.every((c) => c.status === "under_bedomning" && c.phase === "forsta_kontakt")).toBe(true);
      expect((await sut.page(staff, { phases: ["forsta_kontakt"] }, { page: 1 })).total).toBe(33);
    });

    it("pages an applicant's own cases only", async () => {
      const sut = new CaseService({ uow });
      const pages = await allPages((n) => sut.page(applicant, { status: "under_bedomning" }, { page: n }), { total: 40, pageSize: 50 });
      expect(pages.flat().every((c) => c.applicantOrganisationId === applicant.organisationId)).toBe(true);
    });

    it("gives the case list page each case's need, asked of the area index, and orders by it when asked", async () => {
      // The area index as the list page asks it: ranks per area (its own tests compute them).
      let askedBy: Actor | null = null;
      const index: AreaNeedsSource = {
        areaNeeds: async (actor: Actor) => {
          askedBy = actor;
          if (actor.role === "aktor") return null;
          const byArea = Object.fromEntries([...needs].map(([area, n]) => [area, { rank: n.rank, score: n.score, name: `Område ${area}` }]));
          return { byArea, ranked: [...needs.values()].filter((n) => n.rank !== null).length, year: 2024, years: [2024] };
        },
      };
      const sut = new CaseService({ uow, index });
      const byNeedPage = await sut.listPage(staff, { byNeed: true, page: 1 });
      expect(askedBy).toBe(staff);
      expect(byNeedPage).toMatchObject({ filters: true, hasNeeds: true, ranked: 3, byNeed: true, paging: { total: 130, page: 1, pageCount: 3 } });
      expect(byNeedPage.committees).toContain("PGN");
      const latestFirst = (await allPages((n) => sut.page(staff, {}, { page: n }), { total: 130, pageSize: 50 })).flat();
      expect(byNeedPage.cases.map((c) => c.id)).toEqual(byNeed(latestFirst, (c) => needOf(c.areaCodes, needs)).slice(0, 50).map((c) => c.id));
      const rankOf = (n: { areaCode: string; rank: number | null } | null) => (n ? { areaCode: n.areaCode, rank: n.rank } : null);
      for (const c of byNeedPage.cases) expect(rankOf(c.need)).toEqual(rankOf(needOf(c.areaCodes, needs)));
      expect(byNeedPage.cases[0]!.need).toMatchObject({ areaCode: "PG-2", rank: 1 });

      // The latest change first unless asked; a filter that names no committee is ignored, one that does applies.
      const latest = await sut.listPage(staff, { committeeCode: "FINNS-EJ", status: "under_bedomning", page: 1 });
      expect(latest.filter).toEqual({ status: "under_bedomning" });
      expect(latest.byNeed).toBe(false);
      expect(latest.paging.total).toBe(26);
      expect((await sut.listPage(staff, { committeeCode: "PGN", page: 1 })).filter).toEqual({ committeeCode: "PGN" });

      // An applicant: its own cases, no filters, no need.
      const own = await sut.listPage(applicant, { byNeed: true, status: "under_bedomning", page: 1 });
      expect(own).toMatchObject({ filters: false, hasNeeds: false, byNeed: false, paging: { total: 40 } });
      expect(own.cases.every((c) => c.need === null && c.applicantOrganisationId === applicant.organisationId)).toBe(true);

      // Without the area index, the list shows no need and cannot order by it.
      expect(await new CaseService({ uow }).listPage(staff, { byNeed: true, page: 1 })).toMatchObject({ hasNeeds: false, byNeed: false });
    });

    it("costs two queries per page, ordered by need or not", async () => {
      const sut = new CaseService({ uow });
      expect(await queries(() => sut.page(staff, {}, { page: 1 }))).toBe(2);
      expect(await queries(() => sut.page(staff, {}, { page: 3, byNeed: needs }))).toBe(2);
      expect(await queries(() => sut.page(applicant, {}, { page: 1 }))).toBe(2);
    });
  });

  describe("the register", () => {
    let analyst: Actor;
    beforeAll(async () => {
      analyst = await fx.user("analytiker");
      await handle.db
        .insertInto("local_process")
        .values(
          Array.from({ length: 110 }, (_, i) => ({
            name: "Samma namn", // and 50 share a start date too: only the id orders them
            owner_kind: i % 2 === 0 ? "bolag" : "forvaltning",
            owner_name: "Ägare",
            starts_on: i < 50 ? "2026-01-01" : `2025-${String((i % 12) + 1).padStart(2, "0")}-01`,
            status: "pagaende" as const,
          })),
        )
        .execute();
    });

    it("pages the register, each process on exactly one page", async () => {
      const sut = new CoordinationService({ uow, clock: new FakeClock(), tables: csvTableReader, needs: { areaNeeds: async () => null } });
      const pages = await allPages((n) => sut.list(analyst, { kind: "process" }, n).then((p) => p!), { total: 110, pageSize: 50 });
      expect(pages.map((p) => p.length)).toEqual([50, 50, 10]);
      expect(new Set(pages.flat().map((p) => p.id)).size).toBe(110);
      expect((await sut.list(analyst, { ownerKind: "bolag" }, 1))?.total).toBe(55);
      expect(await queries(() => sut.list(analyst, {}, 2))).toBe(2);
    });
  });

  describe("the audit log", () => {
    it("pages the whole log, newest first", async () => {
      const admin = await fx.user("administrator");
      await handle.db
        .insertInto("audit_event")
        .values(Array.from({ length: 75 }, (_, i) => ({ actor_label: "test", action: "paging.test", entity_type: "test", entity_id: String(i) })))
        .execute();
      const total = Number((await handle.db.selectFrom("audit_event").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
      const sut = new AdminService({ uow, clock: new FakeClock() });
      const read = async (n: number) => {
        const r = await sut.auditLog(admin, n);
        if (!r.ok) throw new Error("forbidden");
        return r.value;
      };
      const pages = await allPages(read, { total, pageSize: 50 });
      const ids = pages.flat().map((e) => e.id);
      expect(ids).toHaveLength(total);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(await queries(() => read(2))).toBe(2);
    });
  });
});
