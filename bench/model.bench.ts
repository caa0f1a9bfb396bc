/**
 * parsePlan on a large plan: 10,000 indicators and 1,000,000 observations (100 monthly figures each),
 * under 500 goals and 50 owners. Prints the time to parse (shape and every plan rule) and the heap used.
 * Run: `npm run bench -- model`.
 */
import { parsePlan } from '../src/model/index.js';

const INDICATORS = 10_000;
const MONTHS = 100;
const months = Array.from(
  { length: MONTHS },
  (_, i) => `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);

function makePlan() {
  const owners = Array.from({ length: 50 }, (_, i) => ({
    id: `owner-${i}`,
    name: `Owner ${i}`,
    kind: i < 10 ? 'department' : 'team',
    ...(i >= 10 ? { parentId: `owner-${i % 10}` } : {}),
  }));
  const indicators = Array.from({ length: INDICATORS }, (_, i) => ({
    id: `ind-${i}`,
    name: `Indicator ${i}`,
    unit: i % 3 === 0 ? { type: 'percent' } : { type: 'count' },
    polarity: i % 2 === 0 ? 'increase' : 'decrease',
    frequency: 'month',
    aggregation: i % 3 === 0 ? 'mean' : 'sum',
    baseline: { period: '2016-01', value: 50 },
    targets: [{ period: '2024', value: 60 }],
    ownerId: `owner-${i % 50}`,
  }));
  const goals = Array.from({ length: 500 }, (_, g) => ({
    id: `goal-${g}`,
    name: `Goal ${g}`,
    ownerId: `owner-${g % 50}`,
    children: Array.from({ length: 20 }, (_, c) => ({
      indicatorId: `ind-${g * 20 + c}`,
      weight: 1 + (c % 3),
    })),
  }));
  const observations = new Array(INDICATORS * MONTHS);
  let k = 0;
  for (let i = 0; i < INDICATORS; i++) {
    for (let m = 0; m < MONTHS; m++) {
      observations[k++] = { indicatorId: `ind-${i}`, period: months[m], value: 40 + ((i * 7 + m * 13) % 50) };
    }
  }
  return { id: 'big', name: 'Big plan', owners, goals, indicators, observations };
}

const input = makePlan();
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const times: number[] = [];
let plan: ReturnType<typeof parsePlan> | undefined;
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  plan = parsePlan(input);
  times.push(performance.now() - t0);
}
const heapAfter = process.memoryUsage().heapUsed;
times.sort((a, b) => a - b);
console.log(
  `parsePlan: ${INDICATORS.toLocaleString('en')} indicators, ${plan?.observations.length.toLocaleString('en')} observations: ` +
    `median ${(times[1]! / 1000).toFixed(2)} s (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s), ` +
    `heap +${((heapAfter - heapBefore) / 2 ** 20).toFixed(0)} MiB for the parsed plan`,
);
