import { describe, expect, it } from 'vitest';
import {
  defaultStatusColors,
  mdcPalette,
  type ProgressChartInput,
  progressChartSvg,
} from '../../src/charts/index.js';
import { ArgumentError } from '../../src/errors/index.js';
import { baselineForecast, projectAttainment } from '../../src/scoring/index.js';
import { byClass, child, findAll, parseXml, pathPoints, textOf, valueAxis } from './helpers/xml.js';

const blight: ProgressChartInput = {
  name: 'Blighted residential addresses',
  polarity: 'decrease',
  status: 'on_track',
  unit: { type: 'count', label: 'addresses' },
  decimals: 0,
  actuals: [
    { period: '2010', value: 43755 },
    { period: '2011', value: 40100 },
    { period: '2012', value: '36900' },
    { period: '2013', value: null },
  ],
  targets: [{ period: '2014', value: 33755, label: 'Mayor: 10,000 fewer' }],
  path: [
    { period: '2010', value: 43755 },
    { period: '2011', value: 40422 },
    { period: '2012', value: 37088 },
    { period: '2013', value: 33755 },
  ],
};

const parseCount = (label: string) => Number(label.replace(/[^0-9.-]/g, ''));

describe('progressChartSvg', () => {
  const svg = progressChartSvg(blight);
  const doc = parseXml(svg);
  const y = valueAxis(doc, parseCount);

  it('is a well-formed, accessible SVG whose description states the figures', () => {
    expect(doc.attrs.role).toBe('img');
    expect(doc.attrs['data-chart']).toBe('progress');
    expect(doc.attrs['data-status']).toBe('on_track');
    expect(textOf(child(doc, 'title')!)).toBe('Blighted residential addresses');
    expect(textOf(child(doc, 'desc')!)).toBe(
      'Blighted residential addresses: 3 values from 2010 to 2013 (1 missing). Latest 2012: 36,900 addresses. ' +
        'Lower is better. Target 33,755 addresses for 2014. Target path from 43,755 addresses in 2010 to 33,755 addresses in 2013. Status: On track.',
    );
  });

  it('puts every actual, path point and the target at its value, periods in order', () => {
    const dots = byClass(doc, 'cm-actual-point', 'circle');
    expect(dots.map((d) => d.attrs['data-period'])).toEqual(['2010', '2011', '2012']);
    const expected = [43755, 40100, 36900];
    dots.forEach((d, k) => {
      expect(Number(d.attrs.cy)).toBeCloseTo(y(expected[k]!), 1);
    });
    const xs = dots.map((d) => Number(d.attrs.cx));
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[2]! - xs[1]!, 1);
    const path = byClass(doc, 'cm-path-point', 'circle');
    expect(path.map((p) => Number(p.attrs.cy))).toEqual(
      [43755, 40422, 37088, 33755].map((v) => expect.closeTo(y(v), 1)),
    );
    const target = byClass(doc, 'cm-target', 'path')[0]!;
    expect(target.attrs.fill).toBe(mdcPalette.target);
    const corners = pathPoints(target.attrs.d!);
    const cy = (Math.min(...corners.map((c) => c.y)) + Math.max(...corners.map((c) => c.y))) / 2;
    expect(cy).toBeCloseTo(y(33755), 1);
    const cx = (Math.min(...corners.map((c) => c.x)) + Math.max(...corners.map((c) => c.x))) / 2;
    expect(cx).toBeCloseTo(xs[2]! + 2 * (xs[2]! - xs[1]!), 1);
    expect(textOf(child(target, 'title')!)).toBe('Target 2014: 33,755 addresses (Mayor: 10,000 fewer)');
  });

  it('breaks the actual line at the missing value and shows the badge in the status colour', () => {
    const line = pathPoints(byClass(doc, 'cm-actual', 'path')[0]!.attrs.d!);
    expect(line).toHaveLength(3);
    const badge = byClass(doc, 'cm-badge', 'g')[0]!;
    expect(child(badge, 'rect')!.attrs.fill).toBe(defaultStatusColors.on_track);
    expect(child(badge, 'text')!.attrs.fill).toBe('#ffffff');
    expect(textOf(badge)).toBe('On track');
    expect(byClass(doc, 'cm-legend-item').map(textOf)).toEqual(['Actual', 'Target path', 'Target']);
  });

  it('draws a coarser target as a level across its sub-periods, and a range as a band', () => {
    const input: ProgressChartInput = {
      actuals: ['2024-01', '2024-02', '2024-03', '2024-04'].map((period, k) => ({ period, value: 10 + k })),
      targets: [
        { period: '2024-Q2', value: 14 },
        { period: '2024-Q1', min: 9, max: 11 },
      ],
      status: 'at_risk',
    };
    const d = parseXml(progressChartSvg(input));
    const yy = valueAxis(d, Number);
    const dots = byClass(d, 'cm-actual-point');
    const x = (i: number) =>
      Number(dots[0]!.attrs.cx) + i * (Number(dots[1]!.attrs.cx) - Number(dots[0]!.attrs.cx));
    const step = x(1) - x(0);
    const level = pathPoints(byClass(d, 'cm-target', 'path')[0]!.attrs.d!);
    expect(level[0]!.x).toBeCloseTo(x(3) - step / 2, 1);
    expect(level[1]!.x).toBeCloseTo(x(5) + step / 2, 1);
    expect(level[0]!.y).toBeCloseTo(yy(14), 1);
    const band = byClass(d, 'cm-target-range', 'rect')[0]!;
    expect(Number(band.attrs.y)).toBeCloseTo(yy(11), 1);
    expect(Number(band.attrs.y) + Number(band.attrs.height)).toBeCloseTo(yy(9), 1);
    // The axis runs to the end of the quarter: June is labelled, April is the last actual.
    expect(findAll(byClass(d, 'cm-axis-x')[0]!, (n) => n.name === 'text').map(textOf)).toContain('2024-04');
    const badge = byClass(d, 'cm-badge')[0]!;
    expect(child(badge, 'text')!.attrs.fill).toBe('#000000');
  });

  it('draws the projection fan and the baseline forecast band from scoring results', () => {
    const history = [50, 52, 54, 55, 58, 60].map((value, k) => ({ period: `${2014 + k}`, value }));
    const projection = projectAttainment(history, { period: '2024', value: 75 }, { polarity: 'increase' });
    const forecast = baselineForecast(history.slice(0, 4), { until: '2024' });
    if (projection.status !== 'ok' || forecast.status !== 'ok') throw new Error('scoring');
    const d = parseXml(
      progressChartSvg({ actuals: history, projection, forecast, targets: [{ period: '2024', value: 75 }] }),
    );
    const yy = valueAxis(d, Number);
    const fan = pathPoints(byClass(d, 'cm-projection-interval', 'path')[0]!.attrs.d!);
    expect(fan[0]!.y).toBeCloseTo(yy(60), 1);
    expect(fan[1]!.y).toBeCloseTo(yy(projection.projected.upper!), 1);
    expect(fan[2]!.y).toBeCloseTo(yy(projection.projected.lower!), 1);
    const point = byClass(d, 'cm-projection-point')[0]!;
    expect(Number(point.attrs.cy)).toBeCloseTo(yy(projection.projected.value), 1);
    const forecastPoints = byClass(d, 'cm-forecast-point');
    expect(forecastPoints).toHaveLength(forecast.forecast.length);
    forecastPoints.forEach((p, k) => {
      expect(Number(p.attrs.cy)).toBeCloseTo(yy(forecast.forecast[k]!.value), 1);
    });
    expect(byClass(d, 'cm-forecast-interval')).toHaveLength(1);
    expect(textOf(child(d, 'desc')!)).toMatch(
      /Projected for 2024: \d+(\.\d+)? \(interval .* to .*\), outlook (likely|uncertain|unlikely)\./,
    );
    expect(byClass(d, 'cm-legend-item').map(textOf)).toEqual([
      'Actual',
      'Target',
      'Projection',
      'Baseline forecast',
    ]);
  });

  it('says so when nothing is reported yet, and is deterministic without mutating its input', () => {
    const empty = parseXml(progressChartSvg({ actuals: [], targets: [{ period: '2025', value: 3 }] }));
    expect(textOf(byClass(empty, 'cm-message')[0]!)).toBe('No values reported yet');
    const copy = structuredClone(blight);
    expect(progressChartSvg(blight)).toBe(svg);
    expect(blight).toEqual(copy);
  });

  it('takes its options', () => {
    const d = parseXml(
      progressChartSvg(blight, {
        width: 500,
        height: 260,
        title: 'Blight <&>',
        badge: false,
        legend: false,
        heading: false,
        zero: true,
        format: { decimals: 1, suffix: ' homes' },
        statusColors: { on_track: '#00ff00' },
        id: 'p1',
      }),
    );
    expect(doc.attrs.width).toBe('720');
    expect(d.attrs.width).toBe('500');
    expect(textOf(child(d, 'title')!)).toBe('Blight <&>');
    expect(byClass(d, 'cm-badge')).toHaveLength(0);
    expect(byClass(d, 'cm-legend')).toHaveLength(0);
    const ticks = findAll(byClass(d, 'cm-axis-y')[0]!, (n) => n.name === 'text').map(textOf);
    expect(ticks[0]).toBe('0 homes');
    expect(textOf(child(byClass(d, 'cm-actual-point')[0]!, 'title')!)).toBe('2010: 43,755.0 homes');
    const green = parseXml(progressChartSvg(blight, { statusColors: { on_track: '#00ff00' } }));
    expect(child(byClass(green, 'cm-badge')[0]!, 'rect')!.attrs.fill).toBe('#00ff00');
  });

  it('rejects bad input with typed errors naming the path', () => {
    const cases: Array<[unknown, unknown, string]> = [
      [null, undefined, 'input'],
      [{ targets: [] }, undefined, 'input'],
      [{ actuals: [{ period: '2024-13', value: 1 }] }, undefined, 'input.actuals[0].period'],
      [
        {
          actuals: [
            { period: '2024', value: 1 },
            { period: '2025-01', value: 2 },
          ],
        },
        undefined,
        'input.actuals[1].period',
      ],
      [
        {
          actuals: [
            { period: '2024', value: 1 },
            { period: '2024', value: 2 },
          ],
        },
        undefined,
        'input.actuals[1].period',
      ],
      [
        { actuals: [{ period: '2024', value: Number.POSITIVE_INFINITY }] },
        undefined,
        'input.actuals[0].value',
      ],
      [{ actuals: [{ period: '2024', value: 'many' }] }, undefined, 'input.actuals[0].value'],
      [{ actuals: [], targets: [{ period: '2024' }] }, undefined, 'input.targets[0]'],
      [{ actuals: [], targets: [{ period: '2024', min: 3, max: 1 }] }, undefined, 'input.targets[0]'],
      [
        { actuals: [{ period: '2024-01-01', value: 1 }], targets: [{ period: '2100', value: 1 }] },
        undefined,
        'input',
      ],
      [{ actuals: [], polarity: 'up' }, undefined, 'input.polarity'],
      [{ actuals: [] }, { width: 1 }, 'options.width'],
      [{ actuals: [] }, { statusColors: { on_track: 'url(#x)' } }, 'options.statusColors.on_track'],
      [{ actuals: [] }, { labels: [] }, 'options.labels'],
    ];
    for (const [input, options, path] of cases) {
      let error: unknown;
      try {
        progressChartSvg(input as never, options as never);
      } catch (e) {
        error = e;
      }
      expect(error, path).toBeInstanceOf(ArgumentError);
      expect((error as ArgumentError).path, path).toBe(path);
      expect((error as ArgumentError).message, path).toMatch(/^progressChartSvg: expected /);
    }
  });
});
