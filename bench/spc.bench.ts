/**
 * xmrChart throughput: 10,000 series of 60 points through the NHS rules (the default), as series per
 * second. Run: `npx tsx bench/spc.bench.ts` (or `npm run bench -- spc`).
 *
 * The series are deterministic (a linear congruential generator), with a level shift in a third of them
 * and an outlier in a tenth, so the rule engine has signals to label. One warm-up pass, then the best of
 * five timed passes.
 */
import { xmrChart } from '../src/spc/index.js';

const SERIES = 10_000;
const POINTS = 60;
const PASSES = 5;

function makeSeries(): number[][] {
  let state = 20250101;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const out: number[][] = [];
  for (let s = 0; s < SERIES; s++) {
    const series: number[] = [];
    for (let i = 0; i < POINTS; i++) {
      let v = 100 + (next() + next() + next() - 1.5) * 10;
      if (s % 3 === 0 && i >= 40) v += 12;
      if (s % 10 === 0 && i === 50) v += 60;
      series.push(v);
    }
    out.push(series);
  }
  return out;
}

function pass(data: number[][]): { ms: number; special: number } {
  const start = performance.now();
  let special = 0;
  for (const series of data) {
    const chart = xmrChart(series, { improvement: 'increase' });
    if (chart.status === 'ok' && chart.variationIcon !== 'common_cause') special++;
  }
  return { ms: performance.now() - start, special };
}

const data = makeSeries();
pass(data);
const times: number[] = [];
let special = 0;
for (let p = 0; p < PASSES; p++) {
  const result = pass(data);
  times.push(result.ms);
  special = result.special;
}
const best = Math.min(...times);
const median = [...times].sort((a, b) => a - b)[Math.floor(PASSES / 2)]!;
console.log(`xmrChart, NHS rules: ${SERIES.toLocaleString('en-US')} series x ${POINTS} points`);
console.log(
  `  best of ${PASSES}:  ${best.toFixed(1)} ms  = ${Math.round(SERIES / (best / 1000)).toLocaleString('en-US')} series/s`,
);
console.log(
  `  median:     ${median.toFixed(1)} ms  = ${Math.round(SERIES / (median / 1000)).toLocaleString('en-US')} series/s`,
);
console.log(`  per point:  ${((best * 1e6) / (SERIES * POINTS)).toFixed(0)} ns`);
console.log(`  (${special.toLocaleString('en-US')} series end in a special cause; node ${process.version})`);
