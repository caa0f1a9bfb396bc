/**
 * How often does each rule set cry wolf? Simulates stable processes (independent N(0, 1) values, no
 * special cause at all) and counts the share of charts with at least one special-cause point anywhere,
 * and with a special cause at the latest point (what the variation icon shows). Figures for docs/spc.md.
 * Run: `npx tsx bench/spc-false-alarms.bench.ts` (a few seconds; deterministic seed).
 */
import { runChart, type SpcRuleset, xmrChart } from '../src/spc/index.js';

const CHARTS = 20_000;
const LENGTHS = [24, 60];

/** Deterministic standard normals (xorshift32 + Box-Muller). */
function normals(seed: number): () => number {
  let state = seed >>> 0 || 1;
  const uniform = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return (state + 0.5) / 2 ** 32;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

const percent = (k: number) => `${((100 * k) / CHARTS).toFixed(1)}%`.padStart(7);

console.log(`share of ${CHARTS.toLocaleString('en-US')} stable N(0,1) charts with a false signal`);
console.log('rule set              n   any point   latest point   runs signal');
for (const n of LENGTHS) {
  const rulesets: (SpcRuleset | 'run chart')[] = ['nhs', 'anhoej', 'western-electric', 'nelson', 'run chart'];
  for (const ruleset of rulesets) {
    const next = normals(20250 + n);
    let any = 0;
    let latest = 0;
    let runs = 0;
    for (let c = 0; c < CHARTS; c++) {
      const values = Array.from({ length: n }, next);
      const chart = ruleset === 'run chart' ? runChart(values) : xmrChart(values, { ruleset });
      if (chart.status !== 'ok') continue;
      if (chart.points.some((p) => p.specialCause !== 'common')) any++;
      if (chart.variationIcon !== 'common_cause') latest++;
      if ('runsSignal' in chart && chart.runsSignal) runs++;
    }
    const runsText = ruleset === 'anhoej' || ruleset === 'run chart' ? percent(runs) : '      -';
    console.log(
      `${ruleset.padEnd(18)} ${String(n).padStart(4)}   ${percent(any)}      ${percent(latest)}       ${runsText}`,
    );
  }
}
