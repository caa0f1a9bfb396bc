import { describe, expect, it } from 'vitest';
import { mdcPalette, spcChartSvg } from '../../src/charts/index.js';
import { ArgumentError } from '../../src/errors/index.js';
import {
  type AttributeChart,
  pChart,
  runChart,
  uChart,
  type XmrChart,
  xmrChart,
} from '../../src/spc/index.js';
import { spcSample } from './helpers/spcSample.js';
import { byClass, child, findAll, parseXml, pathPoints, textOf, valueAxis } from './helpers/xml.js';

const series = spcSample;
const labels = series.map((_, i) => `2022-${String((i % 12) + 1).padStart(2, '0')}-${Math.floor(i / 12)}`);

function ok<T extends { status: string }>(result: T | { status: 'insufficient_data' }): T {
  if (result.status !== 'ok') throw new Error('expected a chart');
  return result as T;
}

const colorOf: Record<string, string> = {
  common: mdcPalette.common,
  improvement: mdcPalette.improvement,
  concern: mdcPalette.concern,
  neutral_high: mdcPalette.neutral,
  neutral_low: mdcPalette.neutral,
};

describe('spcChartSvg on an XmR chart', () => {
  const chart = ok<XmrChart>(xmrChart(series, { improvement: 'increase', target: 60, rebase: [16] }));
  const svg = spcChartSvg(chart, { labels, title: 'Cases closed per week' });
  const doc = parseXml(svg);

  it('is a well-formed SVG document with an accessible name and description', () => {
    expect(doc.name).toBe('svg');
    expect(doc.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(doc.attrs.role).toBe('img');
    expect(doc.attrs['aria-labelledby']).toBe('cm-spc-title cm-spc-desc');
    expect(doc.attrs.viewBox).toBe('0 0 720 360');
    expect(textOf(child(doc, 'title')!)).toBe('Cases closed per week');
    const desc = textOf(child(doc, 'desc')!);
    expect(desc).toContain('XmR chart of 28 points from 2022-01-0 to 2022-04-2, 1 missing.');
    expect(desc).toContain('Latest point 2022-04-2: 66');
    expect(desc).toContain('recalculated from 2022-05-1; 2 segments');
    expect(desc).toContain('Target 60.');
  });

  it('draws one dot per non-missing value, in order, coloured by its label', () => {
    const dots = byClass(doc, 'cm-point', 'circle');
    const present = chart.points.filter((p) => p.value !== null);
    expect(dots).toHaveLength(present.length);
    dots.forEach((dot, k) => {
      const point = present[k]!;
      expect(Number(dot.attrs['data-index'])).toBe(point.index);
      expect(dot.attrs['data-special-cause']).toBe(point.specialCause);
      expect(dot.attrs.fill).toBe(colorOf[point.specialCause!]);
      expect(textOf(child(dot, 'title')!)).toMatch(new RegExp(`^${labels[point.index]}: `));
    });
    expect(new Set(dots.map((d) => d.attrs['data-special-cause']))).toEqual(
      new Set(['common', 'improvement', 'concern']),
    );
  });

  it('places dots, centre lines and limits at their values', () => {
    const y = valueAxis(doc, Number);
    const dots = byClass(doc, 'cm-point', 'circle');
    for (const dot of dots) {
      const value = chart.points[Number(dot.attrs['data-index'])]!.value!;
      expect(Number(dot.attrs.cy)).toBeCloseTo(y(value), 1);
    }
    for (const [cls, key] of [
      ['cm-centre', 'mean'],
      ['cm-ucl', 'ucl'],
      ['cm-lcl', 'lcl'],
    ] as const) {
      const paths = byClass(doc, cls, 'path');
      expect(paths).toHaveLength(2);
      paths.forEach((path, k) => {
        expect(path.attrs['data-segment']).toBe(String(k));
        const pts = pathPoints(path.attrs.d!);
        for (const p of pts) expect(p.y).toBeCloseTo(y(chart.segments[k]![key]), 1);
        const xs = pts.map((p) => p.x);
        const [d0, d1] = [dots[0]!, dots[dots.length - 1]!];
        const [i0, i1] = [Number(d0.attrs['data-index']), Number(d1.attrs['data-index'])];
        const dotX = (i: number) =>
          Number(d0.attrs.cx) + ((i - i0) / (i1 - i0)) * (Number(d1.attrs.cx) - Number(d0.attrs.cx));
        expect(Math.min(...xs)).toBeCloseTo(dotX(chart.segments[k]!.start), 1);
        expect(Math.max(...xs)).toBeCloseTo(dotX(chart.segments[k]!.end), 1);
      });
    }
    for (const path of byClass(doc, 'cm-limit', 'path')) {
      expect(path.attrs.stroke).toBe(mdcPalette.limits);
      expect(path.attrs['stroke-dasharray']).toBe('6 4');
    }
    for (const path of byClass(doc, 'cm-centre', 'path')) expect(path.attrs.stroke).toBe(mdcPalette.mean);
    const target = byClass(doc, 'cm-target', 'path')[0]!;
    expect(target.attrs.stroke).toBe(mdcPalette.target);
    expect(pathPoints(target.attrs.d!)[0]!.y).toBeCloseTo(y(60), 1);
    expect(textOf(byClass(doc, 'cm-target-label')[0]!)).toBe('Target 60');
  });

  it('marks the rebase and breaks the value line at the missing value', () => {
    const rebases = byClass(doc, 'cm-rebase', 'path');
    expect(rebases).toHaveLength(1);
    expect(textOf(rebases[0]!)).toBe('Limits recalculated from 2022-05-1');
    const line = byClass(doc, 'cm-values', 'path')[0]!;
    const pts = pathPoints(line.attrs.d!);
    expect(pts).toHaveLength(27);
    expect(pts.filter((p) => p.move)).toHaveLength(2);
  });

  it('draws the variation and assurance icons of the chart', () => {
    const variation = byClass(doc, 'cm-variation-icon', 'g');
    const assurance = byClass(doc, 'cm-assurance-icon', 'g');
    expect(variation.map((g) => g.attrs['data-icon'])).toEqual([chart.variationIcon]);
    expect(assurance.map((g) => g.attrs['data-icon'])).toEqual([chart.assuranceIcon]);
    expect(variation[0]!.attrs.role).toBe('img');
    expect(variation[0]!.attrs['aria-label']).toMatch(/^Special cause variation: improvement/);
    expect(chart.variationIcon).toBe('improvement_high');
  });

  it('labels the latest period on the axis and lists only what is present in the legend', () => {
    const axis = byClass(doc, 'cm-axis-x')[0]!;
    const texts = findAll(axis, (n) => n.name === 'text').map(textOf);
    expect(texts[0]).toBe(labels[labels.length - 1]);
    const legend = byClass(doc, 'cm-legend-item', 'g').map(textOf);
    expect(legend).toEqual(['Improvement', 'Concern', 'Common cause', 'Mean', 'Process limits', 'Target']);
  });

  it('is deterministic and does not mutate its input', () => {
    const copy = structuredClone(chart);
    expect(spcChartSvg(chart, { labels, title: 'Cases closed per week' })).toBe(svg);
    expect(chart).toEqual(copy);
  });
});

describe('spcChartSvg options', () => {
  const chart = ok<XmrChart>(
    xmrChart([0.91, 0.93, 0.9, 0.92, 0.94, 0.89, 0.93, 0.95], { improvement: 'increase', target: 0.95 }),
  );

  it('formats values as percentages with fixed decimals', () => {
    const doc = parseXml(spcChartSvg(chart, { format: { percent: true, decimals: 1 } }));
    const ticks = findAll(byClass(doc, 'cm-axis-y')[0]!, (n) => n.name === 'text').map(textOf);
    for (const t of ticks) expect(t).toMatch(/^\d+%$/);
    expect(textOf(byClass(doc, 'cm-target-label')[0]!)).toBe('Target 95.0%');
    expect(textOf(child(byClass(doc, 'cm-point')[0]!, 'title')!)).toBe('1: 91.0%, common cause');
  });

  it('takes a target override, or none, and hides icons, legend and heading on request', () => {
    const none = parseXml(spcChartSvg(chart, { target: null, icons: false, legend: false, heading: false }));
    expect(byClass(none, 'cm-target')).toHaveLength(0);
    expect(byClass(none, 'cm-icon')).toHaveLength(0);
    expect(byClass(none, 'cm-legend')).toHaveLength(0);
    expect(byClass(none, 'cm-heading')).toHaveLength(0);
    const other = parseXml(spcChartSvg(chart, { target: 0.9 }));
    expect(textOf(byClass(other, 'cm-target-label')[0]!)).toBe('Target 0.90');
  });

  it('uses the given size, colours, font, id and description', () => {
    const svg = spcChartSvg(chart, {
      width: 400,
      height: 240,
      colors: { common: '#767676', mean: 'rgb(0, 0, 0)', target: 'hsl(0 80% 40%)' },
      fontFamily: 'Georgia, serif',
      id: 'chart-7',
      description: 'Made up.',
    });
    const doc = parseXml(svg);
    expect(doc.attrs.width).toBe('400');
    expect(doc.attrs.height).toBe('240');
    expect(doc.attrs['font-family']).toBe('Georgia, serif');
    expect(doc.attrs['aria-labelledby']).toBe('chart-7-title chart-7-desc');
    expect(child(doc, 'desc')!.attrs.id).toBe('chart-7-desc');
    expect(textOf(child(doc, 'desc')!)).toBe('Made up.');
    expect(byClass(doc, 'cm-point').every((d) => d.attrs.fill === '#767676')).toBe(true);
    expect(byClass(doc, 'cm-centre')[0]!.attrs.stroke).toBe('rgb(0, 0, 0)');
    expect(svg).toContain('clip-path="url(#chart-7-clip)"');
  });

  it('fixes the value axis to yDomain and clips what falls outside', () => {
    const doc = parseXml(spcChartSvg(chart, { yDomain: [0.9, 1] }));
    const ticks = findAll(byClass(doc, 'cm-axis-y')[0]!, (n) => n.name === 'text').map((t) =>
      Number(textOf(t)),
    );
    expect(ticks[0]).toBeCloseTo(0.9, 10);
    expect(ticks[ticks.length - 1]).toBeCloseTo(1, 10);
    expect(byClass(doc, 'cm-data')[0]!.attrs['clip-path']).toBe('url(#cm-spc-clip)');
  });

  it('escapes every label, title and description, and replaces characters XML forbids', () => {
    const nasty = [
      '<script>alert(1)</script>',
      'a & b',
      '"quoted"',
      "it's",
      'tab\there',
      'bell\u0007',
      'x',
      '\ud800',
    ];
    const svg = spcChartSvg(chart, {
      labels: nasty,
      title: '</title><script>x</script>',
      description: 'A & B < C',
      format: { prefix: '<$>', suffix: ' "u"' },
    });
    expect(svg).not.toContain('<script');
    const doc = parseXml(svg);
    expect(textOf(child(doc, 'title')!)).toBe('</title><script>x</script>');
    expect(textOf(child(doc, 'desc')!)).toBe('A & B < C');
    const titles = byClass(doc, 'cm-point').map((d) => textOf(child(d, 'title')!));
    expect(titles[0]).toMatch(/^<script>alert\(1\)<\/script>: <\$>0\.91 "u", common cause$/);
    expect(titles[5]).toMatch(/^bell\uFFFD: /);
    expect(titles[7]).toMatch(/^\uFFFD: /);
  });

  it('wraps a long title onto two lines, ending in an ellipsis when it does not fit', () => {
    const doc = parseXml(spcChartSvg(chart, { width: 320, title: 'word '.repeat(60).trim() }));
    const spans = findAll(byClass(doc, 'cm-heading')[0]!, (n) => n.name === 'tspan').map(textOf);
    expect(spans).toHaveLength(2);
    expect(spans[1]!.endsWith('…')).toBe(true);
  });
});

describe('spcChartSvg on p, u and run charts', () => {
  const numerators = [
    12,
    15,
    8,
    10,
    4,
    7,
    16,
    9,
    14,
    10,
    5,
    null,
    17,
    12,
    22,
    8,
    10,
    5,
    13,
    11,
    20,
    18,
    24,
    15,
    9,
  ];
  const denominators = [
    50, 50, 50, 50, 50, 40, 60, 50, 50, 55, 50, 0, 50, 50, 50, 50, 50, 45, 50, 50, 50, 50, 50, 50, 50,
  ];

  it('draws per-period limits of a p chart as steps, skipping periods without a denominator', () => {
    const chart = ok<AttributeChart>(pChart(numerators, denominators, { improvement: 'decrease' }));
    const doc = parseXml(spcChartSvg(chart, { format: { percent: true } }));
    expect(doc.attrs['data-chart']).toBe('p');
    const y = valueAxis(doc, (t) => Number(t.replace('%', '')) / 100);
    const ucl = pathPoints(byClass(doc, 'cm-ucl', 'path')[0]!.attrs.d!);
    expect(ucl.filter((p) => p.move)).toHaveLength(2);
    const expected = chart.points.filter((p) => p.ucl !== null).map((p) => y(p.ucl!));
    for (const level of ucl.map((p) => p.y)) {
      expect(Math.min(...expected.map((e) => Math.abs(e - level)))).toBeLessThan(0.05);
    }
    for (const e of expected) expect(Math.min(...ucl.map((p) => Math.abs(e - p.y)))).toBeLessThan(0.05);
    expect(byClass(doc, 'cm-point')).toHaveLength(24);
    expect(textOf(child(doc, 'title')!)).toBe('P chart');
  });

  it('draws a u chart', () => {
    const chart = ok(
      uChart(
        numerators,
        denominators.map((d) => d / 10),
      ),
    );
    const doc = parseXml(spcChartSvg(chart));
    expect(doc.attrs['data-chart']).toBe('u');
    expect(byClass(doc, 'cm-lcl')).toHaveLength(1);
    expect(byClass(doc, 'cm-point')).toHaveLength(24);
  });

  it('draws a run chart with its median and no limits', () => {
    const chart = ok(
      runChart([5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 9, 8, 9, 8, 9, 8, 9, 8, 9, 8], { improvement: 'increase' }),
    );
    const doc = parseXml(spcChartSvg(chart));
    expect(doc.attrs['data-chart']).toBe('run');
    expect(byClass(doc, 'cm-limit')).toHaveLength(0);
    expect(byClass(doc, 'cm-centre')).toHaveLength(1);
    expect(byClass(doc, 'cm-assurance-icon')).toHaveLength(0);
    expect(byClass(doc, 'cm-legend-item').map(textOf)).toContain('Median');
    expect(textOf(child(doc, 'desc')!)).toContain('Median 7');
  });
});

describe('spcChartSvg data states and errors', () => {
  it('draws an insufficient_data result as a message', () => {
    const svg = spcChartSvg(xmrChart([3]), { title: 'Permits' });
    const doc = parseXml(svg);
    expect(doc.attrs['data-status']).toBe('insufficient_data');
    expect(textOf(child(doc, 'desc')!)).toBe(
      'Not enough data for a control chart: segment 1 has 1 value, and 2 are needed.',
    );
    expect(textOf(byClass(doc, 'cm-heading')[0]!)).toBe('Permits');
    const gap = parseXml(spcChartSvg(xmrChart([3, null, 4])));
    expect(textOf(byClass(gap, 'cm-message')[0]!)).toContain('no two consecutive values');
  });

  it('rejects what is not a chart, damaged charts and bad options with typed errors', () => {
    const chart = ok<XmrChart>(xmrChart([1, 2, 3, 2, 1]));
    const cases: Array<[() => unknown, string, string]> = [
      [() => spcChartSvg(null as never), 'chart', 'invalid_argument'],
      [() => spcChartSvg({ status: 'ok' } as never), 'chart', 'invalid_argument'],
      [
        () =>
          spcChartSvg({
            ...chart,
            points: chart.points.map((p, i) => (i === 2 ? { ...p, value: Number.NaN } : p)),
          }),
        'chart.points[2].value',
        'invalid_argument',
      ],
      [() => spcChartSvg({ ...chart, segments: [] }), 'chart.segments', 'invalid_argument'],
      [() => spcChartSvg(chart, { labels: ['a'] }), 'options.labels', 'mismatched_lengths'],
      [() => spcChartSvg(chart, { width: 10 }), 'options.width', 'invalid_argument'],
      [
        () => spcChartSvg(chart, { colors: { concern: 'red;" onload="x' } }),
        'options.colors.concern',
        'invalid_argument',
      ],
      [
        () => spcChartSvg(chart, { colors: { orange: 'red' } as never }),
        'options.colors.orange',
        'invalid_argument',
      ],
      [() => spcChartSvg(chart, { id: '1abc' }), 'options.id', 'invalid_argument'],
      [() => spcChartSvg(chart, { fontFamily: 'x;}<' }), 'options.fontFamily', 'invalid_argument'],
      [() => spcChartSvg(chart, { colour: 'red' } as never), 'options.colour', 'invalid_argument'],
      [() => spcChartSvg(chart, { target: Number.POSITIVE_INFINITY }), 'options.target', 'invalid_argument'],
      [() => spcChartSvg(chart, { yDomain: [2, 1] }), 'options.yDomain', 'invalid_argument'],
      [() => spcChartSvg(chart, { format: { decimals: 13 } }), 'options.format.decimals', 'invalid_argument'],
      [
        () => spcChartSvg(chart, { format: { percent: 'yes' } as never }),
        'options.format.percent',
        'invalid_argument',
      ],
      [
        () => spcChartSvg(chart, { format: { unit: '%' } as never }),
        'options.format.unit',
        'invalid_argument',
      ],
    ];
    for (const [call, path, code] of cases) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error, path).toBeInstanceOf(ArgumentError);
      expect((error as ArgumentError).path, path).toBe(path);
      expect((error as ArgumentError).code, path).toBe(code);
      expect((error as ArgumentError).message, path).toMatch(/^spcChartSvg: expected /);
    }
  });

  it('draws a long series quickly', () => {
    const values = Array.from({ length: 5000 }, (_, i) => 100 + 10 * Math.sin(i / 7) + (i % 13));
    const chart = ok<XmrChart>(xmrChart(values));
    const started = performance.now();
    const svg = spcChartSvg(chart);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(byClass(parseXml(svg), 'cm-point')).toHaveLength(5000);
  });
});
