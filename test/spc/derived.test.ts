/**
 * Golden cases derived by hand from the spec (test/fixtures/spc/derived-cases.json, produced by
 * test/fixtures/spc/derive.py, an independent naive reading of ../shared/specs/spc.md) and published
 * literature examples (Montgomery's p and u charts; Mohammed et al. 2013 for Laney's p'). Each case names
 * the spec section it pins down; limits to 1e-9, every label, rule list and icon exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AttributeChartOptions,
  pChart,
  runChart,
  uChart,
  type XmrChartOptions,
  xmrChart,
} from '../../src/spc/index.js';
import { expectClose, pick } from './helpers/close.js';

interface DerivedCase {
  name: string;
  provenance: 'derived' | 'published';
  source: string;
  why: string;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
  published?: {
    decimals: number;
    centre: number;
    ucl: number | number[];
    lcl: number | number[];
    above: number[];
  };
}

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'spc', 'derived-cases.json'), 'utf8'),
) as { cases: DerivedCase[] };

const OPTION_KEYS = [
  'ruleset',
  'improvement',
  'target',
  'rebase',
  'fixAfterNPoints',
  'screenOutliers',
  'runLength',
  'trendLength',
  'twoInThreeIncludesBeyondLimits',
  'laney',
];

function optionsOf(input: Record<string, unknown>, omit: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of OPTION_KEYS) if (input[key] !== undefined && !omit.includes(key)) out[key] = input[key];
  return out;
}

function byRuleset(ruleset: string): DerivedCase[] {
  return fixture.cases.filter(
    (c) => c.input.ruleset === ruleset && c.input.chart !== 'p' && c.input.chart !== 'u',
  );
}

describe('derived golden cases: fixture', () => {
  it('cites a spec section or publication for every case', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(70);
    for (const c of fixture.cases) {
      expect(c.source).toMatch(/§|Montgomery|Mohammed/);
      expect(c.why.length).toBeGreaterThan(10);
    }
  });
});

describe('derived golden cases: NHS (spec §1-§2)', () => {
  for (const c of byRuleset('nhs')) {
    it(`${c.name}: ${c.why}`, () => {
      const chart = xmrChart(c.input.values as (number | null)[], optionsOf(c.input) as XmrChartOptions);
      expect(chart.status).toBe('ok');
      if (chart.status !== 'ok') return;
      const e = c.expected;
      expectClose(pick(chart, ['mean', 'lcl', 'ucl']), pick(e, ['mean', 'lcl', 'ucl']));
      expectClose(chart.segments, e.segments);
      expect(chart.points.map((p) => p.specialCause)).toEqual(e.specialCause);
      expect(chart.points.map((p) => p.rule)).toEqual(e.rule);
      expect(chart.points.map((p) => [...p.rules])).toEqual(e.rules);
      expect(chart.variationIcon).toBe(e.variationIcon);
      expect(chart.assuranceIcon).toBe(e.assuranceIcon);
    });
  }
});

describe('derived golden cases: Anhøj (spec §3)', () => {
  for (const c of byRuleset('anhoej')) {
    it(`${c.name}: ${c.why}`, () => {
      const e = c.expected;
      const values = c.input.values as (number | null)[];
      const labels = (points: { specialCause: unknown; rule: unknown; rules: readonly unknown[] }[]) => {
        expect(points.map((p) => p.specialCause)).toEqual(e.specialCause);
        expect(points.map((p) => p.rule)).toEqual(e.rule);
        expect(points.map((p) => [...p.rules])).toEqual(e.rules);
      };
      if (c.input.chart === 'run') {
        const chart = runChart(values, optionsOf(c.input, ['ruleset', 'screenOutliers']));
        expect(chart.status).toBe('ok');
        if (chart.status !== 'ok') return;
        expectClose(chart.median, e.centre);
        expect(chart.runsSignal).toBe(e.runsSignal);
        expectClose(
          chart.segments.map((s) => ({ ...s, centre: s.median, lcl: null, ucl: null })),
          e.segments,
        );
        labels(chart.points);
        expect(chart.variationIcon).toBe(e.variationIcon);
        return;
      }
      const chart = xmrChart(values, optionsOf(c.input) as XmrChartOptions);
      expect(chart.status).toBe('ok');
      if (chart.status !== 'ok') return;
      expectClose({ centre: chart.mean, lcl: chart.lcl, ucl: chart.ucl }, pick(e, ['centre', 'lcl', 'ucl']));
      expect(chart.runsSignal).toBe(e.runsSignal);
      expect(chart.sigmaSignal).toEqual(e.sigmaSignal);
      expectClose(
        chart.segments.map((s) => ({ ...s, centre: s.mean })),
        e.segments,
      );
      labels(chart.points);
      expect(chart.variationIcon).toBe(e.variationIcon);
    });
  }
});

describe('derived golden cases: Western Electric and Nelson (spec §4)', () => {
  for (const c of [...byRuleset('western-electric'), ...byRuleset('nelson')]) {
    it(`${c.name}: ${c.why}`, () => {
      const chart = xmrChart(c.input.values as (number | null)[], optionsOf(c.input) as XmrChartOptions);
      expect(chart.status).toBe('ok');
      if (chart.status !== 'ok') return;
      const e = c.expected;
      expectClose(
        pick(chart, ['mean', 'sigma', 'mrBar', 'lcl', 'ucl']),
        pick(e, ['mean', 'sigma', 'mrBar', 'lcl', 'ucl']),
      );
      expectClose(chart.segments, e.segments);
      expect(chart.rules).toEqual(e.rules);
      expect(chart.flagged).toEqual(e.flagged);
      expect(chart.points.map((p) => p.specialCause)).toEqual(e.specialCause);
      expect(chart.points.map((p) => p.rule)).toEqual(e.rule);
      expect(chart.points.map((p) => [...p.rules])).toEqual(e.ruleMembership);
      expect(chart.variationIcon).toBe(e.variationIcon);
    });
  }
});

describe('derived and published golden cases: p and u charts (spec §8.8)', () => {
  for (const c of fixture.cases.filter((k) => k.input.chart === 'p' || k.input.chart === 'u')) {
    it(`${c.name}: ${c.why}`, () => {
      const {
        numerators,
        denominators,
        chart: kind,
      } = c.input as {
        numerators: (number | null)[];
        denominators: (number | null)[];
        chart: 'p' | 'u';
      };
      const options = optionsOf(c.input) as AttributeChartOptions;
      const chart =
        kind === 'p' ? pChart(numerators, denominators, options) : uChart(numerators, denominators, options);
      expect(chart.status).toBe('ok');
      if (chart.status !== 'ok') return;
      const e = c.expected as {
        segments: { centre: number; sigmaZ: number | null }[];
        points: {
          value: number | null;
          lcl: number | null;
          ucl: number | null;
          above?: boolean;
          below?: boolean;
        }[];
      };
      expectClose(
        chart.segments.map((s) => pick(s, ['start', 'end', 'centre', 'sigmaZ'])),
        e.segments,
      );
      expectClose(
        chart.points.map((p) => pick(p, ['value', 'lcl', 'ucl'])),
        e.points.map((p) => pick(p, ['value', 'lcl', 'ucl'])),
      );
      e.points.forEach((p, i) => {
        const rules = chart.points[i]!.rules;
        expect(rules.includes('above_ucl'), `point ${i} above`).toBe(p.above === true);
        expect(rules.includes('below_lcl'), `point ${i} below`).toBe(p.below === true);
      });
      const published = c.published;
      if (published !== undefined) {
        const tolerance = 0.5 * 10 ** -published.decimals * (1 + 1e-9);
        expectClose(chart.centre, published.centre, tolerance, 'published centre');
        const at = (limit: number | number[], i: number) => (Array.isArray(limit) ? limit[i]! : limit);
        chart.points.forEach((p, i) => {
          expectClose(p.ucl, at(published.ucl, i), tolerance, `published ucl[${i}]`);
          expectClose(p.lcl, at(published.lcl, i), tolerance, `published lcl[${i}]`);
        });
        const above = chart.points.filter((p) => p.rules.includes('above_ucl')).map((p) => p.index);
        expect(above).toEqual(published.above);
      }
    });
  }
});
