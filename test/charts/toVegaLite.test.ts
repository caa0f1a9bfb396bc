import { describe, expect, it } from 'vitest';
import { indicatorProgress, mdcPalette, toVegaLite } from '../../src/charts/index.js';
import { ArgumentError } from '../../src/errors/index.js';
import { evaluatePlan } from '../../src/index.js';
import { pChart, runChart, uChart, xmrChart } from '../../src/spc/index.js';
import { testPlan } from './helpers/plan.js';
import { spcSample } from './helpers/spcSample.js';
import { compileAndRender, schemaErrors } from './helpers/vega.js';

const series = spcSample.slice(0, 24);
const labels = series.map((_, i) => `2023-${String((i % 12) + 1).padStart(2, '0')}${i >= 12 ? 'b' : ''}`);

type Row = Record<string, unknown>;
const rowsOf = (spec: Record<string, unknown>) => (spec.data as { values: Row[] }).values;
const layersOf = (spec: Record<string, unknown>) => spec.layer as Array<Record<string, unknown>>;

describe('toVegaLite on SPC charts', () => {
  const chart = xmrChart(series, { improvement: 'increase', target: 60, rebase: [16] });
  const spec = toVegaLite(chart, { labels, title: 'Cases closed', format: { suffix: ' cases' } });

  it('is valid against the Vega-Lite JSON schema', () => {
    expect(schemaErrors(spec)).toEqual([]);
  });

  it('compiles with vega-lite without warnings, parses with vega and renders', async () => {
    const { warnings, svg } = await compileAndRender(spec);
    expect(warnings).toEqual([]);
    expect(svg).toContain('<svg');
    expect(svg).toContain('Cases closed');
  });

  it('carries one row per period with the chart values, labels and colours', () => {
    if (chart.status !== 'ok') throw new Error('chart');
    const rows = rowsOf(spec);
    expect(rows).toHaveLength(series.length);
    rows.forEach((row, i) => {
      const point = chart.points[i]!;
      expect(row.period).toBe(labels[i]);
      expect(row.value).toBe(point.value);
      expect(row.ucl).toBe(point.ucl);
      expect(row.lcl).toBe(point.lcl);
      expect(row.centre).toBe(point.mean);
      expect(row.segment).toBe(point.segment);
    });
    expect(rows[15]).toMatchObject({ value: null, display: null, cause: null });
    expect(rows[12]).toMatchObject({
      display: '70 cases',
      cause: 'Improvement',
      rule: 'above the upper process limit',
    });
    const points = layersOf(spec).find((l) => l.name === 'points')!;
    const color = (points.encoding as Record<string, { scale: { domain: string[]; range: string[] } }>)
      .color!;
    expect(color.scale.domain).toEqual(['Improvement', 'Concern', 'Common cause']);
    expect(color.scale.range).toEqual([mdcPalette.improvement, mdcPalette.concern, mdcPalette.common]);
  });

  it('draws limits and centre per segment, the target, and the icons as inline images', () => {
    const names = layersOf(spec).map((l) => l.name ?? (l.mark as { type: string }).type);
    expect(names).toEqual([
      'ucl',
      'lcl',
      'centre',
      'target',
      'target_label',
      'values',
      'points',
      'image',
      'image',
    ]);
    const ucl = layersOf(spec)[0]!;
    expect((ucl.encoding as Row).detail).toEqual({ field: 'segment', type: 'nominal' });
    const images = layersOf(spec).filter((l) => (l.mark as { type: string }).type === 'image');
    for (const image of images) {
      const url = ((image.encoding as Row).url as { value: string }).value;
      expect(url.startsWith('data:image/svg+xml;charset=utf-8,%3Csvg')).toBe(true);
    }
    expect(JSON.stringify(spec)).not.toMatch(
      /https?:\/\/(?!vega\.github\.io\/schema|www\.w3\.org\/2000\/svg)/,
    );
    expect(spec.usermeta).toEqual({
      civicMetrics: {
        chart: 'xmr',
        variationIcon: 'improvement_high',
        assuranceIcon: 'hit_or_miss',
        target: 60,
      },
    });
  });

  it('is deterministic and JSON-serialisable', () => {
    const again = toVegaLite(chart, { labels, title: 'Cases closed', format: { suffix: ' cases' } });
    expect(JSON.stringify(again)).toBe(JSON.stringify(spec));
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it.each([
    ['p', pChart([3, 5, 4, 8, 0, 6, 5, 9, 4, 3], [50, 60, 55, 70, 0, 62, 58, 66, 50, 51])],
    ['u', uChart([3, 5, 4, 8, 2, 6, 5, 9, 4, 3], [5, 6, 5.5, 7, 4, 6.2, 5.8, 6.6, 5, 5.1])],
    ['run', runChart([5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 9, 8, 9, 8, 9, 8, 9, 8, 9, 8])],
    ['short', xmrChart([1])],
  ])('a %s chart gives a valid spec that compiles and renders', async (_name, result) => {
    const s = toVegaLite(result, { format: { percent: true }, icons: true, yDomain: [0, 20] });
    expect(schemaErrors(s)).toEqual([]);
    const { warnings } = await compileAndRender(s);
    expect(warnings).toEqual([]);
  });

  it('rejects bad input with typed errors', () => {
    const ok = xmrChart([1, 2, 3]);
    expect(() => toVegaLite({} as never)).toThrow(ArgumentError);
    expect(() => toVegaLite(ok, { labels: ['a', 'b', 'a'] })).toThrow(
      "toVegaLite: expected options.labels to be unique (the x axis is ordinal), received 'a' twice",
    );
    expect(() => toVegaLite(ok, { labels: ['a'] })).toThrow(/one label per point \(3\)/);
    expect(() => toVegaLite(ok, { height: 10 })).toThrow(/options\.height/);
    expect(() => toVegaLite(ok, { heading: false } as never)).toThrow(/received 'heading'/);
  });
});

describe('toVegaLite on progress chart inputs', () => {
  const plan = testPlan();
  const report = evaluatePlan(plan, { asOf: '2024-07-20' });

  it.each(['days', 'abate', 'share', 'survey'])(
    '%s gives a valid spec that compiles and renders',
    async (id) => {
      const spec = toVegaLite(indicatorProgress(plan, report, id));
      expect(schemaErrors(spec)).toEqual([]);
      const { warnings, svg } = await compileAndRender(spec);
      expect(warnings).toEqual([]);
      expect(svg).toContain('<svg');
    },
  );

  it('has the layers of the SVG chart, with the actuals and targets as data', () => {
    const spec = toVegaLite(indicatorProgress(plan, report, 'days'));
    const names = layersOf(spec).map((l) => l.name);
    expect(names).toEqual([
      'forecast_interval',
      'forecast',
      'projection_interval',
      'projection',
      'path',
      'targets',
      'actuals',
    ]);
    const actuals = layersOf(spec).find((l) => l.name === 'actuals')!;
    expect(((actuals.data as { values: Row[] }).values[0] as Row).display).toBe('132 days');
    const targets = layersOf(spec).find((l) => l.name === 'targets')!;
    expect((targets.data as { values: Row[] }).values).toEqual([
      {
        period: '2024-12',
        period2: '2024-12',
        target: '2024-12',
        value: 80,
        min: null,
        max: null,
        display: '80 days',
        note: 'Council resolution 12',
      },
    ]);
    expect(spec.title).toEqual({
      text: 'Days from complaint to inspection',
      anchor: 'start',
      subtitle: 'Status: Off track',
    });
    const x = (actuals.encoding as Record<string, { scale: { domain: string[] } }>).x!;
    expect(x.scale.domain[0]).toBe('2022-01');
    expect(x.scale.domain.at(-1)).toBe('2024-12');
  });
});
