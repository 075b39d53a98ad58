/** Further benchmarks registered by features: the application form's save and submission. */
import { randomUUID } from "node:crypto";
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { fileTypeInspector } from "#src/adapters/files/file-inspector.ts";
import { ApplicationService, type AreaInput } from "#src/application/intake/index.ts";
import { CoordinationService } from "#src/application/coordination/index.ts";
import { csvTableReader } from "#src/adapters/files/csv-table.ts";
import { sql } from "kysely";
import type { Actor } from "#src/domain/access/actor.ts";
import { submittedFormOf as form } from "#src/domain/intake/answers.ts";
import { listsBenchmark } from "./bench-lists.ts";

export type { Benchmark, Measure } from "./bench-types.ts";
import type { Benchmark } from "./bench-types.ts";

const noArea: AreaInput = { areaIds: [], drawn: "", drawnChanged: false, upload: null, clear: false };
const square = (i: number) => {
  const x = 12.95 + (i % 50) * 0.004;
  const y = 55.56 + Math.floor(i / 50) * 0.004;
  return JSON.stringify({ type: "MultiPolygon", coordinates: [[[[x, y], [x + 0.003, y], [x + 0.003, y + 0.003], [x, y + 0.003], [x, y]]]] });
};

const STEPS: Array<[string, Record<string, string | string[]>]> = [
  ["aktorer", { actors_in_area: "Handlare", interested_actors: "Föreningen", contributions_rows: "1", contributions_0_actor: "Föreningen", contributions_0_money: "20000" }],
  ["forslaget", { challenges: "Otrygghet", added_value: "Tryggare", purpose: "Ett tryggare torg", city_goals: ["trygghet"] }],
  ["underlag", { evidence_basis: "Enkät", children_impact: "Tryggare skolväg" }],
];

/** Saving the area step (PostGIS validity check and area linking) and submitting (lock, number, mail, audit). */
const applicationBenchmark: Benchmark = async (handle, ctx, measure) => {
  const svc = new ApplicationService({
    uow: new KyselyUnitOfWork(handle.db),
    clock: { now: () => new Date() },
    files: fileTypeInspector,
    config: { caseNumberSource: "samverka", publicUrl: "http://bench.invalid", processTypeCode: "samverkansstod" },
  });
  const runs = 100;
  const drafts: string[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const started = await svc.start(ctx.applicant, { submissionKey: randomUUID(), title: `Benchansökan ${i}` });
    if (!started.ok) throw new Error(`start: ${started.error}`);
    drafts.push(started.value.caseId);
  }
  const at = (i: number) => drafts[i < 0 ? runs - 1 - i : i]!;
  await measure("application: save area step (drawn polygon)", runs, async (i) => {
    const saved = await svc.saveStep(ctx.applicant, at(i), "omrade", form({ title: `Benchansökan ${i}`, area_description: "Kvarteret" }), { ...noArea, drawn: square(Math.abs(i)), drawnChanged: true });
    if (!saved.ok) throw new Error(`save: ${saved.error}`);
  });
  for (const caseId of drafts) {
    for (const [step, values] of STEPS) await svc.saveStep(ctx.applicant, caseId, step, form(values), null);
  }
  const text = { receiptSubject: (l: string) => l, receiptBody: () => "kvitto", staffSubject: (l: string) => l, staffBody: () => "ny" };
  await measure("application: submit (case number, mail, audit)", runs, async (i) => {
    const result = await svc.submit(ctx.applicant, at(i), text);
    if (!result.ok || result.value.alreadySubmitted) throw new Error(`submit: ${JSON.stringify(result)}`);
  });
};

const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 50_000);

/**
 * Overlap detection for a new application against PROCESSES registered processes (small
 * polygons spread over the city, with periods and themes) plus the seeded cases.
 */
const overlapBenchmark: Benchmark = async (handle, ctx, measure) => {
  const t0 = performance.now();
  await sql`
    insert into local_process (name, owner_kind, owner_name, themes, geom, starts_on, ends_on, status)
    select 'Benchprocess ' || g, (array['namnd','forvaltning','bolag','civilsamhalle','naringsliv'])[1 + g % 5], 'Ägare ' || (g % 200),
           array[(array['trygghet','barn_och_unga','arbete','fysisk_miljo','naringsliv','delaktighet'])[1 + g % 6]],
           st_multi(st_makeenvelope(x, y, x + 0.001 + (g % 7) * 0.0007, y + 0.0006 + (g % 5) * 0.0005, 4326)),
           date '2022-01-01' + (g % 1500), case when g % 3 = 0 then null else date '2022-01-01' + (g % 1500) + 200 + (g % 900) end,
           (array['planerad','pagaende','avslutad'])[1 + g % 3]
      from (select g, 12.90 + random() * 0.20 as x, 55.53 + random() * 0.12 as y from generate_series(1, ${PROCESSES}) g) s`.execute(handle.db);
  await sql`analyze local_process`.execute(handle.db);
  console.log(`  (${PROCESSES} processes seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const coordination = new CoordinationService({ uow: new KyselyUnitOfWork(handle.db), clock: { now: () => new Date() }, tables: csvTableReader, needs: { areaNeeds: async () => null } });
  // New applications of about 0.5–1 km² each, submitted, spread over the city.
  const ids = (
    await sql<{ id: string }>`
      insert into collaboration_case (title, applicant_organisation_id, committee_id, phase, status, geom, started_on, updated_at)
      select 'Ny ansökan ' || g, ${ctx.applicant.organisationId}::uuid, ${ctx.committeeId}::uuid, 'initiering', 'inskickat',
             st_multi(st_makeenvelope(12.95 + (g % 10) * 0.01, 55.55 + (g / 10) * 0.008, 12.96 + (g % 10) * 0.01, 55.556 + (g / 10) * 0.008, 4326)),
             current_date, now()
        from generate_series(1, 103) g
      returning id`.execute(handle.db)
  ).rows.map((r) => r.id);
  let found = 0;
  await measure(`overlaps: one application vs ${PROCESSES} processes`, 100, async (i) => {
    const result = await coordination.forCase(ctx.staff, ids[i < 0 ? 100 - i - 1 : i]!);
    if (!result) throw new Error("no access");
    if (i >= 0) found += result.overlaps.length;
  });
  console.log(`  (on average ${(found / 100).toFixed(1)} overlapping processes per application)`);
};

export const benchmarks: Benchmark[] = [applicationBenchmark, overlapBenchmark, listsBenchmark];
