/**
 * evaluatePlan on a large plan: 10,000 monthly indicators with 120 observations each (1,200,000
 * observations) under a 4-level goal tree (1 + 10 + 100 + 1,000 goals) and 50 owners, with a trend test and
 * an XmR chart on every indicator. Times parsePlan, evaluatePlan and JSON serialisation of the report, and
 * prints the peak resident memory of the process. Target: evaluation under 2 s, peak under 1 GB.
 * Run: `npm run bench -- rollup` (bundled as the package is built, then run with node; `npx tsx
 * bench/rollup.bench.ts` also works but measures tsx's transpiled code, a few percent slower).
 */
import { availableParallelism, loadavg } from 'node:os';
import { parsePlan } from '../src/model/index.js';
import { evaluatePlan } from '../src/rollup/index.js';

const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 10_000);
/** Timed evaluations; the median is the figure (the machine is shared), the fastest is shown beside it. */
const RUNS = 5;
const MONTHS = 120;
const KEY_RESULTS = INDICATORS / 10;
const OBJECTIVES = KEY_RESULTS / 10;
const PRIORITIES = OBJECTIVES / 10;
const months = Array.from(
  { length: MONTHS },
  (_, i) => `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);

/** mulberry32, so every run measures the same plan. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makePlan() {
  const random = prng(42);
  const owners = Array.from({ length: 50 }, (_, i) => ({
    id: `owner-${i}`,
    name: `Owner ${i}`,
    kind: i < 10 ? 'department' : 'team',
    ...(i >= 10 ? { parentId: `owner-${i % 10}` } : {}),
  }));
  const kinds = ['sum', 'mean', 'ratio', 'last'] as const;
  const indicators = Array.from({ length: INDICATORS }, (_, i) => {
    const aggregation = kinds[i % 4] as (typeof kinds)[number];
    const increase = i % 3 !== 0;
    return {
      id: `ind-${i}`,
      name: `Indicator ${i}`,
      unit:
        aggregation === 'ratio'
          ? { type: 'percent' }
          : aggregation === 'mean'
            ? { type: 'duration', timeUnit: 'days' }
            : { type: 'count' },
      polarity: increase ? 'increase' : 'decrease',
      frequency: 'month',
      aggregation,
      baseline: { period: '2015-01', value: aggregation === 'sum' ? 100 : 50 },
      targets:
        aggregation === 'sum'
          ? [{ period: '2024', value: increase ? 1300 : 1000 }]
          : [{ period: '2024-12', value: increase ? 60 : 40, tolerance: 2 }],
      ownerId: `owner-${i % 50}`,
      reportingLagDays: 15,
    };
  });
  const goals: Array<Record<string, unknown>> = [
    {
      id: 'city',
      name: 'City',
      ownerId: 'owner-0',
      children: Array.from({ length: PRIORITIES }, (_, p) => ({ goalId: `p${p}` })),
    },
  ];
  for (let p = 0; p < PRIORITIES; p++) {
    goals.push({
      id: `p${p}`,
      name: `Priority ${p}`,
      ownerId: `owner-${p}`,
      rollup: p % 3 === 0 ? 'min' : 'weighted_mean',
      children: Array.from({ length: 10 }, (_, o) => ({ goalId: `o${p * 10 + o}`, weight: 1 + (o % 3) })),
    });
  }
  for (let o = 0; o < OBJECTIVES; o++) {
    goals.push({
      id: `o${o}`,
      name: `Objective ${o}`,
      ownerId: `owner-${o % 50}`,
      rollup: o % 4 === 0 ? 'share_on_track' : 'weighted_mean',
      children: Array.from({ length: 10 }, (_, k) => ({ goalId: `k${o * 10 + k}` })),
    });
  }
  for (let k = 0; k < KEY_RESULTS; k++) {
    goals.push({
      id: `k${k}`,
      name: `Key result ${k}`,
      ownerId: `owner-${k % 50}`,
      ...(k % 5 === 0 ? { rollup: 'two_worst' } : {}),
      children: Array.from({ length: 10 }, (_, c) => ({
        indicatorId: `ind-${k * 10 + c}`,
        weight: 1 + (c % 2),
      })),
    });
  }
  const observations = new Array(INDICATORS * MONTHS);
  let n = 0;
  for (let i = 0; i < INDICATORS; i++) {
    const aggregation = kinds[i % 4];
    const drift = (random() - 0.4) * 0.2;
    for (let m = 0; m < MONTHS; m++) {
      const level = 50 + drift * m + (random() - 0.5) * 8;
      const period = months[m];
      observations[n++] =
        aggregation === 'ratio'
          ? { indicatorId: `ind-${i}`, period, numerator: Math.round(level * 10), denominator: 1000 }
          : {
              indicatorId: `ind-${i}`,
              period,
              value: aggregation === 'sum' ? Math.round(level * 2) : Math.round(level * 10) / 10,
            };
    }
  }
  return { id: 'big', name: 'Big plan', owners, goals, indicators, observations };
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const input = makePlan();
globalThis.gc?.();

/** CPU time of this process in ms (user + system): steadier than wall time on a shared machine. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t0 = performance.now();
let c0 = cpu();
const plan = parsePlan(input);
const parseMs = performance.now() - t0;
const parseCpu = cpu() - c0;

// The first evaluation in a fresh process (code not yet optimised by the JIT, heap still growing) is
// timed on its own; the timed runs that follow are the steady state of a long-running service.
globalThis.gc?.();
t0 = performance.now();
evaluatePlan(plan, { asOf: '2025-01-20' });
const coldMs = performance.now() - t0;
const runs: number[] = [];
const cpus: number[] = [];
let report: ReturnType<typeof evaluatePlan> | undefined;
for (let run = 0; run < RUNS; run++) {
  globalThis.gc?.();
  t0 = performance.now();
  c0 = cpu();
  report = evaluatePlan(plan, { asOf: '2025-01-20' });
  runs.push(performance.now() - t0);
  cpus.push(cpu() - c0);
}
t0 = performance.now();
c0 = cpu();
const json = JSON.stringify(report);
const serialiseMs = performance.now() - t0;
const serialiseCpu = cpu() - c0;
const peak = process.resourceUsage().maxRSS * 1024;
const sorted = [...runs].sort((a, b) => a - b);
const sortedCpu = [...cpus].sort((a, b) => a - b);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(
  `plan: ${INDICATORS.toLocaleString('en')} indicators × ${MONTHS} months = ${plan.observations.length.toLocaleString('en')} observations, ` +
    `${plan.goals.length.toLocaleString('en')} goals (4 levels), ${plan.owners.length} owners`,
);
console.log(`parsePlan:    ${s(parseMs)} wall, ${s(parseCpu)} CPU`);
console.log(
  `evaluatePlan: median ${s(sorted[RUNS >> 1] as number)} wall, ${s(sortedCpu[RUNS >> 1] as number)} CPU, ` +
    `fastest ${s(sorted[0] as number)} (runs: ${runs.map((t) => (t / 1000).toFixed(2)).join(', ')} s) — trend and SPC on every indicator`,
);
console.log(`first evaluation in the process: ${s(coldMs)} wall (JIT warm-up included)`);
console.log(
  `serialise:    ${s(serialiseMs)} wall, ${s(serialiseCpu)} CPU (JSON.stringify, ${mib(json.length)} of JSON)`,
);
console.log(
  `load average: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} on ${availableParallelism()} cores`,
);
console.log(`peak memory:  ${mib(peak)} resident (maxRSS), heap now ${mib(process.memoryUsage().heapUsed)}`);
console.log(
  `report: ${JSON.stringify(report?.summary.indicatorsByStatus)}; goals ${JSON.stringify(report?.summary.goalsByStatus)}`,
);
