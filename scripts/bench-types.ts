/** What every benchmark in scripts/ is: a function of a seeded database, its actors and the timer. */
import type { DatabaseHandle } from "#src/adapters/db/connect.ts";
import type { Actor } from "#src/domain/access/actor.ts";

export type Measure = (name: string, runs: number, fn: (i: number) => Promise<unknown>) => Promise<void>;
export type Benchmark = (handle: DatabaseHandle, ctx: { staff: Actor; applicant: Actor; committeeId: string }, measure: Measure) => Promise<void>;
