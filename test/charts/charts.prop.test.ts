import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressChartSvg, spcChartSvg, toVegaLite } from '../../src/charts/index.js';
import { exactDecimals, fixedText } from '../../src/charts/internal/format.js';
import { xmrChart } from '../../src/spc/index.js';
import { byClass, parseXml } from './helpers/xml.js';

const D = Decimal.clone({ precision: 80, toExpNeg: -400, toExpPos: 400 });

describe('value formatting (property)', () => {
  it('rounds half away from zero on the shortest decimal form, as decimal.js does', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }),
        fc.integer({ min: 0, max: 12 }),
        fc.boolean(),
        (v, d, percent) => {
          let e = new D(v);
          if (percent) e = e.times(100);
          const r = e.abs().toDecimalPlaces(d, Decimal.ROUND_HALF_UP);
          const expected = `${v < 0 && !r.isZero() ? '-' : ''}${r.toFixed(d)}`;
          expect(fixedText(v, d, false, percent)).toBe(expected);
          expect(exactDecimals(v, percent)).toBe(Math.max(0, e.decimalPlaces()));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('charts of any series (property)', () => {
  const value = fc.oneof(
    fc.constant(null),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  );
  it('an SPC chart is well-formed XML with one dot per value, whatever the values and labels', () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 60 }),
        fc.string({ unit: 'binary', maxLength: 12 }),
        (values, label) => {
          const chart = xmrChart(values, { improvement: 'increase', target: 0 });
          const labels = values.map((_, i) => `${label}${i}`);
          const svg = spcChartSvg(chart, { labels, title: label });
          const doc = parseXml(svg);
          const present = values.filter((v) => v !== null).length;
          expect(byClass(doc, 'cm-point')).toHaveLength(chart.status === 'ok' ? present : 0);
          expect(svg).not.toMatch(/NaN|Infinity|undefined/);
          expect(JSON.stringify(toVegaLite(chart, { labels }))).not.toMatch(/NaN|Infinity/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a progress chart is well-formed XML with one dot per reported value', () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 0, maxLength: 40 }),
        fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })),
        (values, target) => {
          const actuals = values.map((v, i) => ({ period: `${2000 + i}`, value: v }));
          const input = {
            actuals,
            ...(target === null ? {} : { targets: [{ period: '2045', value: target }] }),
          };
          const svg = progressChartSvg(input);
          const doc = parseXml(svg);
          expect(byClass(doc, 'cm-actual-point')).toHaveLength(values.filter((v) => v !== null).length);
          expect(svg).not.toMatch(/NaN|Infinity|undefined/);
        },
      ),
      { numRuns: 150 },
    );
  });
});
