/** Further benchmarks registered by features: the application form's save and submission. */
import { randomUUID } from "node:crypto";
import type { DatabaseHandle } from "../src/adapters/db/connect.ts";
import { KyselyUnitOfWork } from "../src/adapters/db/repositories.ts";
import { fileTypeInspector } from "../src/adapters/files/file-inspector.ts";
import { ApplicationService, type AreaInput } from "../src/application/application-service.ts";
import type { Actor } from "../src/domain/access/actor.ts";
import type { SubmittedForm } from "../src/domain/application/answers.ts";

export type Measure = (name: string, runs: number, fn: (i: number) => Promise<unknown>) => Promise<void>;
export type Benchmark = (handle: DatabaseHandle, ctx: { staff: Actor; applicant: Actor; committeeId: string }, measure: Measure) => Promise<void>;

const form = (values: Record<string, string | string[]>): SubmittedForm => ({
  get: (name) => {
    const v = values[name];
    return Array.isArray(v) ? v[0] : v;
  },
  getAll: (name) => {
    const v = values[name];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  },
});
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

export const benchmarks: Benchmark[] = [applicationBenchmark];
