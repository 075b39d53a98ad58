import { sql, type Kysely, type Transaction } from "kysely";
import type { CoordinationRepository, OverlapCandidate, ProcessFilter, ProcessRecord, RegisterKind } from "#src/application/coordination/index.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

const day = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
const parseJson = <T>(v: unknown): T => (typeof v === "string" ? (JSON.parse(v) as T) : (v as T));

interface RegisterRow {
  id: string;
  kind: RegisterKind;
  name: string;
  owner_kind: string;
  owner_name: string;
  contact_name: string | null;
  contact_email: string | null;
  themes: string[];
  starts_on: unknown;
  ends_on: unknown;
  status: string;
  link: string | null;
  case_id: string | null;
  case_number: string | null;
  is_demo: boolean;
  has_geometry: boolean;
  areas: unknown;
}

const toRecord = (r: RegisterRow): ProcessRecord => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  ownerKind: r.owner_kind,
  ownerName: r.owner_name,
  contactName: r.contact_name,
  contactEmail: r.contact_email,
  themes: r.themes ?? [],
  startsOn: day(r.starts_on)!,
  endsOn: day(r.ends_on),
  status: r.status,
  link: r.link,
  caseId: r.case_id,
  caseNumber: r.case_number,
  areas: parseJson<Array<{ code: string; name: string }>>(r.areas) ?? [],
  hasGeometry: r.has_geometry,
  isDemo: r.is_demo,
});

/** The current areas of a register entry (`register_area`: from its boundary, or chosen by name). */
const AREAS_OF = sql`coalesce((
  select json_agg(json_build_object('code', a.code, 'name', a.name) order by a.name)
    from register_area ra join area a on a.id = ra.area_id
   where ra.entry_id = r.id and (a.valid_to is null or a.valid_to > current_date)
), '[]'::json)`;

/** The register's filters, over `process_register r`. */
function registerWhere(filter: ProcessFilter) {
  const where = [sql`true`];
  if (filter.kind) where.push(sql`r.kind = ${filter.kind}`);
  if (filter.status) where.push(sql`r.status = ${filter.status}`);
  if (filter.ownerKind) where.push(sql`r.owner_kind = ${filter.ownerKind}`);
  if (filter.theme) where.push(sql`${filter.theme} = any(r.themes)`);
  if (filter.areaCode)
    where.push(sql`r.id in (select ra.entry_id from area a join register_area ra on ra.area_id = a.id
                             where a.code = ${filter.areaCode} and (a.valid_to is null or a.valid_to > current_date))`);
  return sql.join(where, sql` and `);
}

export function coordinationRepository(db: Executor): CoordinationRepository {
  const registerSelect = sql`r.id, r.kind, r.name, r.owner_kind, r.owner_name, r.contact_name, r.contact_email, r.themes, r.starts_on, r.ends_on, r.status, r.link, r.case_id, r.case_number, r.is_demo, (r.geom is not null) as has_geometry, ${AREAS_OF} as areas`;
  return {
    async listProcesses(filter, window) {
      // The page is cut first; each entry's areas (a spatial subquery) are read for its rows only.
      const rows = await sql<RegisterRow>`
        select ${registerSelect}
          from (select * from process_register r
                 where ${registerWhere(filter)}
                 order by r.status = 'avslutad', r.starts_on desc, r.name, r.id
                offset ${window.offset} limit ${window.limit}) r
         order by r.status = 'avslutad', r.starts_on desc, r.name, r.id`.execute(db);
      return rows.rows.map(toRecord);
    },

    async countProcesses(filter) {
      const rows = await sql<{ n: number | string }>`select count(*) as n from process_register r where ${registerWhere(filter)}`.execute(db);
      return Number(rows.rows[0]?.n ?? 0);
    },

    async findInRegister(id) {
      const rows = await sql<RegisterRow>`select ${registerSelect} from process_register r where r.id = ${id}`.execute(db);
      return rows.rows[0] && toRecord(rows.rows[0]);
    },

    async subject(id) {
      const rows = await sql<{ themes: string[]; starts_on: unknown; ends_on: unknown; has_geometry: boolean }>`
        select themes, starts_on, ends_on, geom is not null as has_geometry from process_register where id = ${id}`.execute(db);
      const r = rows.rows[0];
      return r && { themes: r.themes ?? [], startsOn: day(r.starts_on)!, endsOn: day(r.ends_on), hasGeometry: r.has_geometry };
    },

    async overlaps(id) {
      // Shares are planar ratios in WGS 84: at a city's scale the distortion cancels out in a ratio,
      // and planar areas keep the query fast on tens of thousands of processes. The two kinds
      // are queried from their tables (not through the view), so each uses its own spatial index.
      const rows = await sql<{ id: string; kind: RegisterKind; name: string; owner_kind: string; owner_name: string; themes: string[]; starts_on: unknown; ends_on: unknown; status: string; case_number: string | null; inter: number; subject_area: number; other_area: number }>`
        with s as (select geom, starts_on, coalesce(ends_on, 'infinity'::date) as ends_on from process_register where id = ${id} and geom is not null)
        select p.id, 'process' as kind, p.name, p.owner_kind, p.owner_name, p.themes, p.starts_on, p.ends_on,
               register_process_status(p.status, p.ends_on, (now() at time zone 'Europe/Stockholm')::date) as status, null::text as case_number,
               st_area(st_intersection(p.geom, s.geom)) as inter, st_area(s.geom) as subject_area, st_area(p.geom) as other_area
          from s, local_process p
         where p.id <> ${id} and p.geom && s.geom and st_intersects(p.geom, s.geom)
           and p.starts_on <= s.ends_on and coalesce(p.ends_on, 'infinity'::date) >= s.starts_on
        union all
        select c.id, 'case', c.title, 'namnd', k.name_sv, c.themes, x.starts_on, x.ends_on,
               register_case_status(c.status, c.phase, d.outcome), c.case_number,
               st_area(st_intersection(c.geom, s.geom)), st_area(s.geom), st_area(c.geom)
          from s, collaboration_case c
          join committee k on k.id = c.committee_id
          left join lateral (select d.outcome, d.decided_on from decision d where d.case_id = c.id order by d.decided_on desc, d.created_at desc limit 1) d on true
          cross join lateral (select register_case_starts_on(c.started_on, c.submitted_at, c.created_at) as starts_on,
                                     register_case_ends_on(c.ended_on, c.status, c.phase, d.outcome, d.decided_on) as ends_on) x
         where c.id <> ${id} and c.status <> 'utkast' and c.geom && s.geom and st_intersects(c.geom, s.geom)
           and x.starts_on <= s.ends_on and coalesce(x.ends_on, 'infinity'::date) >= s.starts_on`.execute(db);
      return rows.rows.map(
        (r): OverlapCandidate => ({
          id: r.id,
          kind: r.kind,
          name: r.name,
          ownerKind: r.owner_kind,
          ownerName: r.owner_name,
          themes: r.themes ?? [],
          startsOn: day(r.starts_on)!,
          endsOn: day(r.ends_on),
          status: r.status,
          caseNumber: r.case_number,
          shareOfSubject: Number(r.subject_area) > 0 ? Number(r.inter) / Number(r.subject_area) : 0,
          shareOfOther: Number(r.other_area) > 0 ? Number(r.inter) / Number(r.other_area) : 0,
        }),
      );
    },

    async insertProcess(p) {
      const geom = p.geojson
        ? sql`st_multi(st_transform(st_setsrid(st_geomfromgeojson(${p.geojson}), ${p.srid}::int), 4326))`
        : p.areaIds.length
          ? sql`(select st_multi(st_union(geom)) from area where id = any(${p.areaIds}::uuid[]))`
          : sql`null`;
      const inserted = await sql<{ id: string }>`
        insert into local_process (name, owner_kind, owner_name, contact_name, contact_email, themes, geom, starts_on, ends_on, status, link, source, import_batch, submission_key, created_by, created_at, updated_at)
        values (${p.name}, ${p.ownerKind}, ${p.ownerName}, ${p.contactName}, ${p.contactEmail}, ${p.themes}::text[], ${geom}, ${p.startsOn}, ${p.endsOn}, ${p.status}, ${p.link}, ${p.source}, ${p.importBatch}, ${p.submissionKey}, ${p.createdBy}, ${p.at}, ${p.at})
        on conflict (submission_key) do nothing
        returning id`.execute(db);
      const row = inserted.rows[0];
      if (!row) {
        const first = await db.selectFrom("local_process").select("id").where("submission_key", "=", p.submissionKey!).executeTakeFirstOrThrow();
        return { id: first.id, created: false };
      }
      if (p.areaIds.length) await db.insertInto("local_process_area").values(p.areaIds.map((areaId) => ({ process_id: row.id, area_id: areaId }))).execute();
      return { id: row.id, created: true };
    },

    async areaIdsByCode(onDate) {
      const rows = await db
        .selectFrom("area")
        .select(["id", "code"])
        .where("valid_from", "<=", onDate)
        .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">", onDate)]))
        .execute();
      return new Map(rows.map((r) => [r.code, r.id]));
    },

    async coordinations(caseId) {
      const rows = await sql<{ id: string; register_id: string; register_kind: RegisterKind; name: string | null; how: string; recorded_by_name: string; created_at: Date }>`
        select c.id, c.register_id, c.register_kind, r.name, c.how, u.name as recorded_by_name, c.created_at
          from coordination c
          join app_user u on u.id = c.recorded_by
          left join process_register r on r.id = c.register_id
         where c.case_id = ${caseId}
         order by c.created_at, c.id`.execute(db);
      return rows.rows.map((r) => ({ id: r.id, registerId: r.register_id, registerKind: r.register_kind, name: r.name ?? "–", how: r.how, recordedByName: r.recorded_by_name, createdAt: r.created_at }));
    },

    async addCoordination(c) {
      const inserted = await db
        .insertInto("coordination")
        .values({ case_id: c.caseId, register_id: c.registerId, register_kind: c.registerKind, how: c.how, recorded_by: c.recordedBy, submission_key: c.submissionKey, created_at: c.at })
        .onConflict((oc) => oc.column("submission_key").doNothing())
        .returning("id")
        .executeTakeFirst();
      if (inserted) return { id: inserted.id, created: true };
      const first = await db.selectFrom("coordination").select("id").where("submission_key", "=", c.submissionKey).executeTakeFirstOrThrow();
      return { id: first.id, created: false };
    },

    async parallelByArea(onDate) {
      const rows = await sql<{ area_code: string; area_name: string; id: string | null; kind: RegisterKind | null; name: string | null; owner_name: string | null; owner_kind: string | null; status: string | null; case_number: string | null }>`
        select a.code as area_code, a.name as area_name, r.id, r.kind, r.name, r.owner_name, r.owner_kind, r.status, r.case_number
          from area a
          left join register_area ra on ra.area_id = a.id
          left join process_register r
            on r.id = ra.entry_id
           and r.status <> 'avslutad'
           and (r.ends_on is null or r.ends_on >= ${onDate}::date)
         where a.valid_from <= ${onDate}::date and (a.valid_to is null or a.valid_to > ${onDate}::date)
         order by a.code, r.owner_name, r.name`.execute(db);
      const byArea = new Map<string, { areaCode: string; areaName: string; processes: Array<{ id: string; kind: RegisterKind; name: string; ownerName: string; ownerKind: string; status: string; caseNumber: string | null }> }>();
      for (const r of rows.rows) {
        const entry = byArea.get(r.area_code) ?? { areaCode: r.area_code, areaName: r.area_name, processes: [] };
        byArea.set(r.area_code, entry);
        if (r.id && !entry.processes.some((p) => p.id === r.id)) entry.processes.push({ id: r.id, kind: r.kind!, name: r.name!, ownerName: r.owner_name!, ownerKind: r.owner_kind!, status: r.status!, caseNumber: r.case_number });
      }
      return [...byArea.values()];
    },

    async equityFacts(onDate) {
      const areas = await db
        .selectFrom("area")
        .select(["code", "name"])
        .where("valid_from", "<=", onDate)
        .where((eb) => eb.or([eb("valid_to", "is", null), eb("valid_to", ">", onDate)]))
        .orderBy("code")
        .execute();
      // Entries with the same area and years come as one row with their count.
      const spans = await sql<{ area_code: string; start_year: number; end_year: number | null; entries: number }>`
        select a.code as area_code, extract(year from r.starts_on)::int as start_year, extract(year from r.ends_on)::int as end_year, count(*)::int as entries
          from area a
          join register_area ra on ra.area_id = a.id
          join process_register r on r.id = ra.entry_id
         where a.valid_from <= ${onDate}::date and (a.valid_to is null or a.valid_to > ${onDate}::date)
         group by 1, 2, 3`.execute(db);
      // A decision's amount is split equally among the areas of its case. A case with a granted
      // amount but no recorded decision (registered before Samverka) counts in its start year.
      const grants = await sql<{ area_code: string; year: number; amount: number }>`
        with g as (
          select d.case_id, extract(year from d.decided_on)::int as year, d.granted_amount_sek::float8 as amount
            from decision d
           where d.granted_amount_sek > 0 and d.outcome <> 'avslag'
          union all
          select c.id, extract(year from register_case_starts_on(c.started_on, c.submitted_at, c.created_at))::int, c.granted_amount_sek::float8
            from collaboration_case c
           where c.granted_amount_sek > 0 and not exists (select 1 from decision d where d.case_id = c.id))
        select a.code as area_code, g.year, sum(g.amount / (select count(*) from case_area x where x.case_id = g.case_id))::float8 as amount
          from g
          join case_area ca on ca.case_id = g.case_id
          join area a on a.id = ca.area_id
         group by a.code, g.year`.execute(db);
      return {
        areas,
        spans: spans.rows.map((r) => ({ areaCode: r.area_code, startYear: Number(r.start_year), endYear: r.end_year === null ? null : Number(r.end_year), entries: Number(r.entries) })),
        grants: grants.rows.map((r) => ({ areaCode: r.area_code, year: Number(r.year), amountSek: Number(r.amount) })),
      };
    },

    async processShapes(year) {
      const rows = await sql<{ id: string; kind: RegisterKind; name: string; geojson: string }>`
        select r.id, r.kind, r.name, st_asgeojson(st_simplifypreservetopology(r.geom, 0.0001), 5) as geojson
          from process_register r
         where r.geom is not null and extract(year from r.starts_on) <= ${year} and (r.ends_on is null or extract(year from r.ends_on) >= ${year})
         order by r.name
         limit 2000`.execute(db);
      return rows.rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, geometry: JSON.parse(r.geojson) }));
    },

    async checkGeometries(rows) {
      if (rows.length === 0) return [];
      const result = await sql<{ i: number; valid: boolean; reason: string | null }>`
        select i::int, st_isvalid(g) as valid, case when st_isvalid(g) then null else st_isvalidreason(g) end as reason
          from (select ordinality as i, st_setsrid(st_geomfromgeojson(x ->> 'geojson'), (x ->> 'srid')::int) as g
                  from jsonb_array_elements(${JSON.stringify(rows.map((r) => ({ geojson: r.geojson, srid: r.srid })))}::jsonb) with ordinality as t(x, ordinality)) q
         order by i`.execute(db);
      return result.rows.map((r) => ({ valid: r.valid, reason: r.reason }));
    },

    async importAreas(rows, args) {
      const conflicts = (
        await db
          .selectFrom("area")
          .select("code")
          .where("code", "in", rows.map((r) => r.code))
          .where("valid_from", ">=", args.validFrom)
          .execute()
      ).map((r) => r.code);
      if (conflicts.length) return { inserted: 0, closed: 0, conflicts };
      const closed = await db
        .updateTable("area")
        .set({ valid_to: args.validFrom })
        .where("code", "in", rows.map((r) => r.code))
        .where("valid_to", "is", null)
        .executeTakeFirst();
      for (const r of rows) {
        await sql`
          insert into area (code, name, geom, valid_from, source, parent_code, import_batch)
          values (${r.code}, ${r.name}, st_multi(st_transform(st_setsrid(st_geomfromgeojson(${r.geojson}), ${r.srid}::int), 4326)), ${args.validFrom}, ${args.source}, ${r.parentCode}, ${args.batch})`.execute(db);
      }
      return { inserted: rows.length, closed: Number(closed.numUpdatedRows), conflicts: [] };
    },
  };
}
