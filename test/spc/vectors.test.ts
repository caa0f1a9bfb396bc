/**
 * The 63 reference cases of ../shared/specs/spc-vectors.json (61 from the NHSRplotthedots 0.2.2 and
 * qicharts2 0.8.1 test suites, 2 from running NHSRplotthedots on its vignette data), one named test each:
 * limits to 1e-9 absolute, every label and icon exactly.
 */
import { describe, expect, it } from 'vitest';
import {
  assuranceIcon,
  patternMembers,
  runChart,
  shiftEnds,
  trendEnds,
  twoInThreeFlags,
  twoInThreeWindows,
  type XmrChartOptions,
  xmrChart,
} from '../../src/spc/index.js';
import { hasShared, readSharedJson, sharedSkipReason } from '../helpers/shared.js';
import { expectClose, pick } from './helpers/close.js';

interface VectorCase {
  name: string;
  provenance: string;
  input: Record<string, unknown> & { ruleset: string; unit?: string };
  expected: Record<string, unknown>;
}

const cases: VectorCase[] = hasShared ? readSharedJson<VectorCase[]>('specs', 'spc-vectors.json') : [];

function chartOptions(input: VectorCase['input']): XmrChartOptions {
  const options: Record<string, unknown> = { ruleset: input.ruleset };
  for (const key of ['improvement', 'target', 'rebase', 'fixAfterNPoints', 'screenOutliers']) {
    if (input[key] !== undefined) options[key] = input[key];
  }
  // The upstream vectors are NHSRplotthedots 0.2.2 (pre-2023 two-in-three) unless they say otherwise.
  if (input.ruleset === 'nhs')
    options.twoInThreeIncludesBeyondLimits = input.twoInThreeIncludesBeyondLimits ?? false;
  return options as XmrChartOptions;
}

function runUnit(input: VectorCase['input']): unknown {
  switch (input.unit) {
    case 'shiftEnd':
      return shiftEnds(input.side as number[]);
    case 'partOfSeven':
      return patternMembers(input.ends as number[]);
    case 'trendEnd':
      return trendEnds(input.values as number[]);
    case 'twoInThreeWindow':
      return twoInThreeWindows(input.close as number[], input.side as number[]);
    case 'twoInThreeFlag':
      return twoInThreeFlags(input.close as number[], input.side as number[]);
    default:
      throw new Error(`unknown unit ${input.unit}`);
  }
}

describe.skipIf(!hasShared)(
  `spc-vectors.json reference cases${hasShared ? '' : ` (${sharedSkipReason})`}`,
  () => {
    it('holds 63 cases with unique names', () => {
      expect(cases).toHaveLength(63);
      expect(new Set(cases.map((c) => c.name)).size).toBe(63);
    });

    for (const c of cases) {
      it(c.name, () => {
        const { input, expected } = c;
        if (input.unit === 'assurance') {
          const icon = assuranceIcon({
            lcl: input.lcl as number,
            ucl: input.ucl as number,
            target: input.target as number,
            improvement: input.improvement as 'increase',
          });
          expect(icon).toBe(expected.assuranceIcon);
          return;
        }
        if (input.unit !== undefined) {
          expect(runUnit(input)).toEqual(expected.flags);
          return;
        }
        const values = input.values as (number | null)[];
        if (input.ruleset === 'anhoej' && input.chart === 'run') {
          const chart = runChart(values, {
            ...(input.rebase === undefined ? {} : { rebase: input.rebase as number[] }),
            ...(input.fixAfterNPoints === undefined
              ? {}
              : { fixAfterNPoints: input.fixAfterNPoints as number }),
          });
          expect(chart.status).toBe('ok');
          if (chart.status !== 'ok') return;
          expect(chart.runsSignal).toBe(expected.runsSignal);
          expectClose(chart.median, expected.centre);
          const segments = chart.segments.map((s) => ({ ...s, centre: s.median, lcl: null, ucl: null }));
          expectClose(segments, expected.segments);
          return;
        }
        const chart = xmrChart(values, chartOptions(input));
        expect(chart.status).toBe('ok');
        if (chart.status !== 'ok') return;
        if (input.ruleset === 'nhs') {
          expectClose(pick(chart, ['mean', 'lcl', 'ucl']), pick(expected, ['mean', 'lcl', 'ucl']));
          const keys = ['start', 'end', 'mean', 'lcl', 'ucl', 'n', 'shortGroup'];
          expectClose(
            chart.segments.map((s) => pick(s, keys)),
            expected.segments,
          );
          expect(chart.points.map((p) => p.specialCause)).toEqual(expected.specialCause);
          expect(chart.points.map((p) => p.rule)).toEqual(expected.rule);
          expect(chart.variationIcon).toBe(expected.variationIcon);
          expect(chart.assuranceIcon).toBe(expected.assuranceIcon);
        } else if (input.ruleset === 'anhoej') {
          expectClose(
            { centre: chart.mean, lcl: chart.lcl, ucl: chart.ucl },
            pick(expected, ['centre', 'lcl', 'ucl']),
          );
          expect(chart.runsSignal).toBe(expected.runsSignal);
          expect(chart.sigmaSignal).toEqual(expected.sigmaSignal);
          expectClose(
            chart.segments.map((s) => ({ ...s, centre: s.mean })),
            expected.segments,
          );
        } else {
          expectClose(
            pick(chart, ['mean', 'sigma', 'mrBar', 'lcl', 'ucl']),
            pick(expected, ['mean', 'sigma', 'mrBar', 'lcl', 'ucl']),
          );
          expect(chart.rules).toEqual(expected.rules);
          expect(chart.flagged).toEqual(expected.flagged);
        }
      });
    }
  },
);
