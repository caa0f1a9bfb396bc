import { describe, expect, it } from 'vitest';
import { controlCharts, pChart, runChart, uChart, xmrChart } from '../../src/spc/index.js';

const A = [10, 9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10, 17];
const B = [20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 19, 21, 20, 21, 20, 27];

describe('controlCharts', () => {
  it('charts each facet independently, exactly as the single-chart function', () => {
    const charts = controlCharts(
      [
        { name: 'North', values: A, target: 12 },
        { name: 'South', values: B, rebase: [8], improvement: 'decrease' },
      ],
      { improvement: 'increase', ruleset: 'nhs' },
    );
    expect(charts.chart).toBe('xmr');
    expect(charts.facets.map((f) => f.name)).toEqual(['North', 'South']);
    expect(charts.facets[0]!.result).toEqual(xmrChart(A, { improvement: 'increase', target: 12 }));
    expect(charts.facets[1]!.result).toEqual(xmrChart(B, { improvement: 'decrease', rebase: [8] }));
  });

  it('takes a record of series and isolates insufficient facets', () => {
    const charts = controlCharts({ a: A, tiny: [1] });
    expect(charts.facets[0]!.result.status).toBe('ok');
    expect(charts.facets[1]!.result).toMatchObject({ status: 'insufficient_data', received: 1 });
  });

  it('draws run, p and u charts per facet', () => {
    const run = controlCharts({ a: A }, { chart: 'run', improvement: 'increase' });
    expect(run.facets[0]!.result).toEqual(runChart(A, { improvement: 'increase' }));
    const p = controlCharts(
      [
        { name: 'x', numerators: [1, 2, 3], denominators: [10, 10, 10], target: 0.1, fixAfterNPoints: 2 },
        { name: 'y', numerators: [4, 5, 6], denominators: [20, 20, 20] },
      ],
      { chart: 'p', laney: true, ruleset: 'anhoej', improvement: 'decrease' },
    );
    expect(p.chart).toBe('p');
    expect(p.facets[0]!.result).toEqual(
      pChart([1, 2, 3], [10, 10, 10], {
        laney: true,
        ruleset: 'anhoej',
        improvement: 'decrease',
        target: 0.1,
        fixAfterNPoints: 2,
      }),
    );
    const u = controlCharts([{ name: 'z', numerators: [1, 2, 3], denominators: [1, 1, 1] }], { chart: 'u' });
    expect(u.facets[0]!.result).toEqual(uChart([1, 2, 3], [1, 1, 1]));
  });

  it('validates facets with paths that name them', () => {
    expect(() =>
      controlCharts([
        { name: 'a', values: A },
        { name: 'a', values: A },
      ]),
    ).toThrow("controlCharts: expected facets[1].name to be a unique non-empty string, received 'a'");
    expect(() => controlCharts([{ name: '', values: A }])).toThrow('facets[0].name');
    expect(() => controlCharts([{ name: 'a' }])).toThrow(
      "controlCharts: expected facets[0].values to be given for 'xmr' charts, received undefined",
    );
    expect(() => controlCharts([{ name: 'a', values: A, rebase: [99] }])).toThrow(
      'controlCharts: expected facets[0].rebase[0] to be an integer index from 0 to 13, received 99',
    );
    expect(() => controlCharts([{ name: 'a', values: A, fixAfterNPoints: 5 }])).toThrow(
      'facets[0].fixAfterNPoints',
    );
    expect(() => controlCharts([{ name: 'a', values: A, improvement: 'up' as never }])).toThrow(
      'facets[0].improvement',
    );
    expect(() => controlCharts([{ name: 'a', values: A, target: Number.NaN }])).toThrow('facets[0].target');
    expect(() => controlCharts([{ name: 'a', values: A, colour: 'red' } as never])).toThrow(
      "received 'colour'",
    );
    expect(() => controlCharts([{ name: 'a', values: A, numerators: A }])).toThrow('facets[0].numerators');
    expect(() => controlCharts([{ name: 'a', values: A, target: 3 }], { chart: 'run' })).toThrow(
      'controlCharts: expected facets[0].target to be undefined for run charts, received 3',
    );
    expect(() => controlCharts([{ name: 'a', values: A }], { chart: 'p' })).toThrow('facets[0].values');
    expect(() => controlCharts([{ name: 'a', numerators: A }], { chart: 'p' })).toThrow(
      "controlCharts: expected facets[0].denominators to be given for 'p' charts, received undefined",
    );
    expect(() => controlCharts([{ name: 'a', values: [1, 'x' as never] }])).toThrow('facets[0].values[1]');
    expect(() => controlCharts([null as never])).toThrow(
      'controlCharts: expected facets[0] to be an object, received null',
    );
    expect(() => controlCharts(5 as never)).toThrow(
      'controlCharts: expected facets to be an array of facets or a record of series, received 5',
    );
    expect(() => controlCharts([], { chart: 'x' as never })).toThrow('options.chart');
  });

  it('returns no facets for no input', () => {
    expect(controlCharts([])).toEqual({ chart: 'xmr', facets: [] });
  });
});
