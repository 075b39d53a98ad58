/**
 * Paged lists: the staff's case list, page 1 and the last page, by latest change and by need;
 * the register, page 1 and the last.
 * Each case is linked to one or two of 14 areas; the need order ranks the areas and lets
 * PostgreSQL order every case before the page is cut (two queries a page).
 */
import { sql } from "kysely";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { CaseService } from "#src/application/cases/index.ts";
import { CoordinationService } from "#src/application/coordination/index.ts";
import { csvTableReader } from "#src/adapters/files/csv-table.ts";
import type { AreaNeed } from "#src/domain/coordination/equity.ts";
import type { Benchmark } from "./bench-types.ts";

export const listsBenchmark: Benchmark = async (handle, ctx, measure) => {
  const db = handle.db;
  await sql`
    insert into area (code, name, geom, valid_from, source)
    select 'BL' || lpad(g::text, 2, '0'), 'Område ' || g, st_multi(st_makeenvelope(12.9 + g * 0.01, 55.5, 12.905 + g * 0.01, 55.505, 4326)), '2020-01-01', 'bench'
      from generate_series(1, 14) g`.execute(db);
  await sql`
    insert into case_area (case_id, area_id)
    select c.id, a.id from (select id, row_number() over (order by id) as n from collaboration_case) c
      join area a on a.code in ('BL' || lpad((1 + c.n % 14)::text, 2, '0'), 'BL' || lpad((1 + (c.n * 7) % 14)::text, 2, '0'))
     where a.source = 'bench'
    on conflict do nothing`.execute(db);
  await sql`analyze`.execute(db);
  const needs = new Map<string, AreaNeed>(Array.from({ length: 14 }, (_, i) => [`BL${String(i + 1).padStart(2, "0")}`, { rank: ((i * 5) % 14) + 1, score: i / 14 }]));
  const cases = new CaseService({ uow: new KyselyUnitOfWork(db) });
  const total = (await cases.page(ctx.staff, {}, { page: 1 })).total;
  const last = Math.ceil(total / 50);
  await measure("case list page 1 (50 of all), latest first", 50, () => cases.page(ctx.staff, {}, { page: 1 }));
  await measure(`case list page ${last} (the last), latest first`, 50, () => cases.page(ctx.staff, {}, { page: last }));
  await measure("case list page 1, by need", 50, () => cases.page(ctx.staff, {}, { page: 1, byNeed: needs }));
  await measure(`case list page ${last}, by need`, 50, () => cases.page(ctx.staff, {}, { page: last, byNeed: needs }));

  // The register over every process seeded before (the overlap benchmark's 50,000) and the cases.
  const register = new CoordinationService({ uow: new KyselyUnitOfWork(db), clock: { now: () => new Date() }, tables: csvTableReader, needs: { areaNeeds: async () => null } });
  const entries = (await register.list(ctx.staff, {}, 1))!.total;
  const lastEntry = Math.ceil(entries / 50);
  await measure(`register page 1 (50 of ${entries})`, 20, () => register.list(ctx.staff, {}, 1));
  await measure(`register page ${lastEntry} (the last)`, 20, () => register.list(ctx.staff, {}, lastEntry));
};
