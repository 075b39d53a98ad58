/** Further benchmarks registered by features (e.g. application submission). */
import type { DatabaseHandle } from "../src/adapters/db/connect.ts";
import type { Actor } from "../src/domain/access/actor.ts";

export type Measure = (name: string, runs: number, fn: (i: number) => Promise<unknown>) => Promise<void>;
export type Benchmark = (handle: DatabaseHandle, ctx: { staff: Actor; applicant: Actor; committeeId: string }, measure: Measure) => Promise<void>;

export const benchmarks: Benchmark[] = [];
