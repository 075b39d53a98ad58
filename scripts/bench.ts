/**
 * Benchmarks, printing figures (not asserting them): first the area index engine (no database,
 * scripts/bench-index.ts), then latency of the use cases with 10,000 cases in the database, on
 * PGlite and, when DATABASE_URL is set, on that PostgreSQL server (in a throwaway database).
 * Run: npm run bench
 */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { openDatabase, type DatabaseHandle } from "#src/adapters/db/connect.ts";
import { migrateToLatest } from "#src/adapters/db/migrate.ts";
import { ensureProcessTypes } from "#src/adapters/db/process-types.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { CaseService } from "#src/application/cases/index.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import { benchmarks } from "./bench-cases.ts";
import { benchIndex } from "./bench-index.ts";

const CASES = Number(process.env.BENCH_CASES ?? 10_000);

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export async function measure(name: string, runs: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) await fn(-1 - i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${name.padEnd(44)} n=${String(runs).padStart(4)}  p50 ${percentile(times, 50).toFixed(2).padStart(8)} ms  p95 ${percentile(times, 95).toFixed(2).padStart(8)} ms`);
}

/** Fills the database with organisations, users and CASES cases spread over committees and statuses. */
export async function seed(handle: DatabaseHandle): Promise<{ staff: Actor; applicant: Actor; committeeId: string }> {
  const db = handle.db;
  await migrateToLatest(db);
  await ensureProcessTypes(db);
  const committee = await db.insertInto("committee").values({ code: "TN", name_sv: "Tekniska nämnden", name_en: "Technical Committee" }).returning("id").executeTakeFirstOrThrow();
  const city = await db.insertInto("organisation").values({ name: "FGK (bench)", kind: "stad", actor_type: null, org_number: null, committee_id: committee.id }).returning("id").executeTakeFirstOrThrow();
  await sql`
    insert into organisation (name, kind, actor_type)
    select 'Aktör ' || g, 'aktor', 'forening' from generate_series(1, 500) g`.execute(db);
  const orgs = (await db.selectFrom("organisation").select("id").where("kind", "=", "aktor").execute()).map((o) => o.id);
  const staffRow = await db
    .insertInto("app_user")
    .values({ email: "staff@bench.invalid", name: "Bench handläggare", role: "handlaggare", organisation_id: city.id, password_hash: "x" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const applicantRow = await db
    .insertInto("app_user")
    .values({ email: "aktor@bench.invalid", name: "Bench aktör", role: "aktor", organisation_id: orgs[0]!, password_hash: "x" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await sql`
    insert into collaboration_case (title, applicant_organisation_id, committee_id, phase, status, geom, case_number, updated_at)
    select 'Benchärende ' || g,
           (array[${sql.join(orgs.map((o) => sql`${o}::uuid`))}])[1 + (g % ${orgs.length})],
           ${committee.id}::uuid,
           (array['initiering','samarbete','utforande','resultat'])[1 + (g % 4)],
           (array['inskickat','under_bedomning','vantar_komplettering','klar_for_namnd','beslutat'])[1 + (g % 5)],
           st_multi(st_makeenvelope(12.9 + (g % 100) * 0.002, 55.53 + (g / 100) * 0.001, 12.901 + (g % 100) * 0.002, 55.531 + (g / 100) * 0.001, 4326)),
           'TN-2025-' || lpad(g::text, 5, '0'),
           now() - (g || ' minutes')::interval
    from generate_series(1, ${CASES}) g`.execute(db);
  await sql`insert into application_party (case_id, organisation_id, role) select id, applicant_organisation_id, 'huvudsokande' from collaboration_case`.execute(db);
  await sql`analyze`.execute(db);
  const base = { organisationName: "", committeeIds: [] as string[] };
  return {
    staff: { ...base, userId: staffRow.id, name: "Bench", email: "staff@bench.invalid", role: "handlaggare", organisationId: city.id, committeeIds: [committee.id] },
    applicant: { ...base, userId: applicantRow.id, name: "Bench", email: "aktor@bench.invalid", role: "aktor", organisationId: orgs[0]! },
    committeeId: committee.id,
  };
}

async function run(label: string, handle: DatabaseHandle) {
  const t0 = performance.now();
  const ctx = await seed(handle);
  console.log(`\n${label}: ${CASES} cases seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const cases = new CaseService({ uow: new KyselyUnitOfWork(handle.db) });
  await measure("case list, staff, newest 500", 50, () => cases.list(ctx.staff));
  await measure("case list, staff, filtered by status", 50, () => cases.list(ctx.staff, { status: "klar_for_namnd" }));
  await measure("case list, applicant's own cases", 50, () => cases.list(ctx.applicant));
  for (const b of benchmarks) await b(handle, ctx, measure);
}

async function main() {
  console.log(`Samverka benchmarks (Node ${process.version}, ${CASES} cases)`);
  benchIndex();
  const pglite = await openDatabase({});
  await run("PGlite (in memory)", pglite);
  await pglite.close();

  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `samverka_bench_${randomBytes(4).toString("hex")}`;
    const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
    await sql.raw(`create database ${name}`).execute(admin.db);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const server = await openDatabase({ databaseUrl: u.toString() });
    try {
      await run("PostgreSQL server", server);
    } finally {
      await server.close();
      await sql.raw(`drop database if exists ${name} with (force)`).execute(admin.db);
      await admin.close();
    }
  } else {
    console.log("\n(PostgreSQL: set DATABASE_URL to also measure on a server)");
  }
}

await main();
