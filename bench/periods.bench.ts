/**
 * Periods benchmark: resampling 1,000,000 daily observations to months, and periodOf on 1,000,000 dates.
 * Run with `npx tsx bench/periods.bench.ts` (or `npm run bench -- periods`).
 *
 * Each case builds its input before timing (and drops it after), runs once to warm up, then `RUNS` times;
 * printed are the median and fastest wall times and the median CPU time of the process (user + system,
 * including garbage-collection threads; less sensitive than wall time to other load on a shared machine).
 */
import { performance } from 'node:perf_hooks';
import { periodOf, resample } from '../src/periods/index.js';

const N = 1_000_000;
const RUNS = 5;
const calendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;

function days(): string[] {
  return Array.from({ length: N }, (_, i) =>
    new Date(Date.UTC(2000, 0, 1) + i * 86400000).toISOString().slice(0, 10),
  );
}

function time(name: string, fn: () => unknown): void {
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
  console.log(
    `${name.padEnd(56)} wall median ${ms(median(wall))}, fastest ${ms(Math.min(...wall))} | cpu median ${ms(median(cpu))}`,
  );
}

/** Runs one resample case on observations built by `make` from the day labels. */
function resampleCase(
  name: string,
  make: (period: string, i: number) => object,
  options: Parameters<typeof resample>[1],
  reverse = false,
): void {
  let observations = days().map(make) as Parameters<typeof resample>[0];
  if (reverse) observations = [...observations].reverse();
  time(name, () => resample(observations, options));
}

console.log(
  `periods benchmark: ${N.toLocaleString('en-US')} items (daily from 2000-01-01), Node ${process.version}, ${RUNS} runs after a warm-up`,
);
resampleCase(
  'resample daily -> month, sum of integer counts',
  (period, i) => ({ period, value: (i * 7919) % 1000 }),
  {
    to: 'month',
    aggregation: 'sum',
  },
);
resampleCase(
  'resample daily -> month, sum of 2-decimal amounts',
  (period, i) => ({ period, value: ((i * 7919) % 100000) / 100 }),
  {
    to: 'month',
    aggregation: 'sum',
  },
);
resampleCase(
  'resample daily -> month, sum of decimal strings',
  (period, i) => ({ period, value: `${(i * 7919) % 100000}.${i % 10}5` }),
  {
    to: 'month',
    aggregation: 'sum',
  },
);
resampleCase(
  'resample daily -> month, mean',
  (period, i) => ({ period, value: ((i * 7919) % 100000) / 100 }),
  {
    to: 'month',
    aggregation: 'mean',
  },
);
resampleCase(
  'resample daily -> month, ratio',
  (period, i) => ({ period, numerator: i % 37, denominator: 40 + (i % 11) }),
  {
    to: 'month',
    aggregation: 'ratio',
  },
);
resampleCase(
  'resample daily -> fiscal-year, sum, input in reverse order',
  (period, i) => ({ period, value: (i * 7919) % 1000 }),
  { to: 'fiscal-year', aggregation: 'sum', calendar },
  true,
);
{
  const labels = days();
  time('periodOf(date, month)', () => {
    for (let i = 0; i < N; i++) periodOf(labels[i] as string, 'month');
  });
  time('periodOf(date, week)', () => {
    for (let i = 0; i < N; i++) periodOf(labels[i] as string, 'week');
  });
  time('periodOf(date, fiscal-quarter)', () => {
    for (let i = 0; i < N; i++) periodOf(labels[i] as string, 'fiscal-quarter', calendar);
  });
}
