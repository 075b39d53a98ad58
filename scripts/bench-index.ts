/**
 * Benchmark of the area index engine (no database): computeIndex and the Monte Carlo
 * sensitivity with 10,000 draws, for 14 invented areas × 20 indicators. Prints min and median
 * over several runs. Run alone with `node scripts/bench-index.ts`; `npm run bench` runs it first.
 */
import { computeIndex } from "#src/domain/area-index/compute.ts";
import { sensitivity } from "#src/domain/area-index/sensitivity.ts";
import { synthetic } from "#src/domain/area-index/test-support.ts";

const AREAS = 14;
const INDICATORS = 20;
const DRAWS = 10_000;

function time(name: string, runs: number, fn: () => unknown): void {
  for (let i = 0; i < Math.min(3, runs); i++) fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = fn() as { ok?: boolean };
    times.push(performance.now() - t0);
    if (r && r.ok === false) throw new Error(`${name} failed: ${JSON.stringify(r)}`);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor((times.length - 1) / 2)]!;
  console.log(`  ${name.padEnd(60)} n=${String(runs).padStart(4)}  min ${times[0]!.toFixed(2).padStart(8)} ms  median ${median.toFixed(2).padStart(8)} ms`);
}

export function benchIndex(): void {
  console.log(`\nArea index (${AREAS} areas × ${INDICATORS} indicators, no database)`);
  const { config, values } = synthetic(AREAS, INDICATORS);
  time("computeIndex (min-max, arithmetic)", 200, () => computeIndex(config, values));
  const geometric = { ...config, normalisation: { method: "zscore" as const }, aggregation: { withinDimensions: "geometric" as const, acrossDimensions: "geometric" as const, floor: 0.01 } };
  time("computeIndex (z-score, geometric with a floor)", 200, () => computeIndex(geometric, values));
  time(`sensitivity, ${DRAWS} draws, weights only`, 15, () => sensitivity(config, values, { draws: DRAWS, seed: 1, weightJitter: 0.25 }));
  time(`sensitivity, ${DRAWS} draws, weights + 5 methods`, 15, () =>
    sensitivity(config, values, { draws: DRAWS, seed: 1, weightJitter: 0.25, methods: ["minmax", "zscore", "rank", "goalposts", "distance_to_reference"] }),
  );
  time(`sensitivity, ${DRAWS} draws, weights + 4 methods + arith./geom./shifted`, 15, () =>
    sensitivity(config, values, {
      draws: DRAWS,
      seed: 1,
      weightJitter: 0.25,
      methods: ["minmax", "zscore", "rank", "goalposts"],
      aggregations: [
        { withinDimensions: "arithmetic", acrossDimensions: "arithmetic" },
        { withinDimensions: "geometric", acrossDimensions: "geometric", floor: 0.01 },
        { withinDimensions: "geometric_shifted", acrossDimensions: "geometric_shifted" },
      ],
    }),
  );
}

if (import.meta.main) benchIndex();
