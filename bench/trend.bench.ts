/**
 * Trend benchmark: Mann-Kendall (original) + Sen's slope on 10,000 monthly series of 120 points, and on one
 * series of 1,000,000 points; SciPy (kendalltau + theilslopes) on the same data in the same run through
 * bench/trend_scipy.py (skipped with a notice when python3 or SciPy is missing).
 *
 *   npx tsx bench/trend.bench.ts        (or: npm run bench -- trend)
 *
 * Set TREND_BENCH_QUICK=1 for a smoke run (1,000 series, n = 100,000).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mannKendall, sensSlope } from '../src/trend/index.js';

const quick = process.env.TREND_BENCH_QUICK === '1';
const SERIES = quick ? 1_000 : 10_000;
const POINTS = 120;
const LONG = quick ? 100_000 : 1_000_000;
const MID = 5_000;

/** mulberry32: deterministic uniform numbers. */
function uniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(u: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
}

/** Realistic monthly KPIs: level, seasonality, a small trend, AR(1) noise, rounded to one decimal (ties). */
function monthlySeries(count: number): Float64Array {
  const u = uniform(42);
  const z = normal(u);
  const out = new Float64Array(count * POINTS);
  for (let k = 0; k < count; k++) {
    const level = 50 + 100 * u();
    const season = 10 * u();
    const trend = (u() - 0.5) * 0.2;
    let noise = 0;
    for (let i = 0; i < POINTS; i++) {
      noise = 0.5 * noise + 2 * z();
      const v = level + season * Math.sin((2 * Math.PI * i) / 12) + trend * i + noise;
      out[k * POINTS + i] = Math.round(v * 10) / 10;
    }
  }
  return out;
}

function longSeries(n: number, seed: number): Float64Array {
  const z = normal(uniform(seed));
  return Float64Array.from({ length: n }, (_, i) => 1e-5 * i + z());
}

function seconds(start: number): number {
  return (performance.now() - start) / 1000;
}

const fmt = (v: number, digits = 2): string => v.toLocaleString('en-US', { maximumFractionDigits: digits });

const batch = monthlySeries(SERIES);
const long = longSeries(LONG, 7);
const mid = longSeries(MID, 9);

console.log(
  `trend benchmark (${quick ? 'quick' : 'full'}): node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`,
);

// Warm-up so the JIT has compiled the hot paths.
for (let k = 0; k < 200; k++) {
  const x = batch.subarray(k * POINTS, (k + 1) * POINTS);
  mannKendall(x);
  sensSlope(x);
}

const cpuStart = process.cpuUsage();
let start = performance.now();
const ourSlopes = new Float64Array(SERIES);
for (let k = 0; k < SERIES; k++) {
  const x = batch.subarray(k * POINTS, (k + 1) * POINTS);
  const mk = mannKendall(x);
  const sen = sensSlope(x);
  if (mk.status !== 'ok' || sen.status !== 'ok') throw new Error('unexpected insufficient data');
  ourSlopes[k] = sen.slope;
}
const batchSeconds = seconds(start);
const batchCpu =
  (process.cpuUsage().user - cpuStart.user + process.cpuUsage().system - cpuStart.system) / 1e6;
console.log(
  `civic-metrics  ${fmt(SERIES, 0)} series x ${POINTS}: mannKendall + sensSlope (with CI) in ${fmt(batchSeconds, 3)} s = ${fmt(SERIES / batchSeconds, 0)} series/s (CPU ${fmt(batchCpu, 3)} s = ${fmt(SERIES / batchCpu, 0)} series/s)`,
);

/** Median wall time of `runs` calls (the first call also compiles the code path). */
function timed(f: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const at = performance.now();
    f();
    times.push(seconds(at));
  }
  return times.sort((p, q) => p - q)[Math.floor(runs / 2)]!;
}
const midSen = timed(() => sensSlope(mid));
const midMk = timed(() => mannKendall(mid));
console.log(
  `civic-metrics  n = ${fmt(MID, 0)} (median of 5 runs): mannKendall ${fmt(midMk, 3)} s, sensSlope ${fmt(midSen, 3)} s`,
);

const cpu = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};
let cpuAt = cpu();
start = performance.now();
const longMk = mannKendall(long);
const longMkSeconds = seconds(start);
const longMkCpu = cpu() - cpuAt;
cpuAt = cpu();
start = performance.now();
const longSen = sensSlope(long);
const longSenSeconds = seconds(start);
const longSenCpu = cpu() - cpuAt;
if (longMk.status !== 'ok' || longSen.status !== 'ok') throw new Error('unexpected insufficient data');
console.log(
  `civic-metrics  n = ${fmt(LONG, 0)}: mannKendall (S, var(S), exact Sen slope) ${fmt(longMkSeconds)} s (CPU ${fmt(longMkCpu)} s); sensSlope (exact slope + 95% CI, three selections) ${fmt(longSenSeconds)} s (CPU ${fmt(longSenCpu)} s); slope ${longSen.slope.toExponential(6)}`,
);

const dir = mkdtempSync(join(tmpdir(), 'trend-bench-'));
try {
  const write = (name: string, data: Float64Array): void => {
    writeFileSync(join(dir, name), Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  };
  write('batch.f64', batch);
  write('long.f64', long);
  write('mid.f64', mid);
  const script = join(dirname(fileURLToPath(import.meta.url)), 'trend_scipy.py');
  const run = spawnSync('python3', [script, dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.error || run.status !== 0) {
    const reason = run.error ? run.error.message : (run.stdout || run.stderr).trim().split('\n').pop();
    console.log(`SciPy comparison skipped: ${reason}`);
  } else {
    const py = JSON.parse(run.stdout) as {
      scipy: string;
      numpy: string;
      python: string;
      batch: { seconds: number; cpuSeconds: number; seriesPerSecond: number };
      midKendalltauSeconds: number;
      midTheilslopesSeconds: number;
      midSlope: number;
      longKendalltauSeconds: number;
      longTheilslopes: string;
    };
    const scipySlopes = new Float64Array(readFileSync(join(dir, 'scipy_slopes.f64')).buffer.slice(0));
    let maxDiff = 0;
    for (let k = 0; k < SERIES; k++) maxDiff = Math.max(maxDiff, Math.abs(scipySlopes[k]! - ourSlopes[k]!));
    console.log(
      `SciPy ${py.scipy} (numpy ${py.numpy}, Python ${py.python})  ${fmt(SERIES, 0)} series x ${POINTS}: kendalltau + theilslopes in ${fmt(py.batch.seconds, 3)} s = ${fmt(py.batch.seriesPerSecond, 0)} series/s (CPU ${fmt(py.batch.cpuSeconds, 3)} s = ${fmt(SERIES / py.batch.cpuSeconds, 0)} series/s)`,
    );
    console.log(
      `  speed-up ${fmt(py.batch.seconds / batchSeconds, 1)}x wall, ${fmt(py.batch.cpuSeconds / batchCpu, 1)}x CPU; largest |Sen slope difference| over the ${fmt(SERIES, 0)} series: ${maxDiff.toExponential(2)}`,
    );
    console.log(
      `SciPy n = ${fmt(MID, 0)}: kendalltau ${fmt(py.midKendalltauSeconds, 3)} s, theilslopes ${fmt(py.midTheilslopesSeconds, 3)} s (ours ${fmt(midMk, 3)} s / ${fmt(midSen, 3)} s)`,
    );
    console.log(
      `SciPy n = ${fmt(LONG, 0)}: kendalltau ${fmt(py.longKendalltauSeconds)} s; theilslopes ${py.longTheilslopes}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
