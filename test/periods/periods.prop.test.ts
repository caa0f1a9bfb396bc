/**
 * Invariants of the period functions (fast-check): label round trips, shift inverses, every date in exactly
 * one period of each frequency, tiling, order, and exact sums under resampling.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FiscalCalendar, Frequency, Period } from '../../src/periods/index.js';
import {
  coarsenPeriod,
  comparePeriods,
  formatPeriod,
  frequencies,
  parsePeriod,
  periodContains,
  periodLength,
  periodOf,
  periodsBetween,
  resample,
  shiftPeriod,
} from '../../src/periods/index.js';

const DAY = 86400000;
const isoOf = (ms: number) => {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
};
const msOf = (iso: string) => {
  const d = new Date(0);
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  d.setUTCFullYear(y, m - 1, day);
  return d.getTime();
};
const nextDay = (iso: string) => isoOf(msOf(iso) + DAY);

/** Dates from 0003-01-01 to 9997-12-31 (so every period and its neighbours are in range). */
const dateArb = fc
  .integer({ min: msOf('0003-01-01') / DAY, max: msOf('9997-12-31') / DAY })
  .map((days) => isoOf(days * DAY));
/** Mostly recent dates, where bugs would matter most. */
const recentArb = fc
  .integer({ min: msOf('1990-01-01') / DAY, max: msOf('2040-12-31') / DAY })
  .map((d) => isoOf(d * DAY));
const calendarArb: fc.Arbitrary<FiscalCalendar> = fc.record({
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
  fiscalYearNaming: fc.constantFrom('end' as const, 'start' as const),
});
const frequencyArb = fc.constantFrom(...frequencies);
const periodArb: fc.Arbitrary<Period> = fc
  .tuple(fc.oneof(dateArb, recentArb), frequencyArb, calendarArb)
  .map(([date, frequency, calendar]) => periodOf(date, frequency, calendar));
/** Periods at least 800 years from the ends of the supported range, so shifting by ±400 periods stays inside. */
const middleArb: fc.Arbitrary<Period> = fc
  .tuple(
    fc.integer({ min: msOf('0900-01-01') / DAY, max: msOf('9000-12-31') / DAY }).map((d) => isoOf(d * DAY)),
    frequencyArb,
    calendarArb,
  )
  .map(([date, frequency, calendar]) => periodOf(date, frequency, calendar));

describe('period properties', () => {
  it('parsePeriod(formatPeriod(p)) is p', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        expect(parsePeriod(formatPeriod(p), p.calendar)).toEqual(p);
        expect(formatPeriod(p)).toBe(p.label);
      }),
      { numRuns: 2000 },
    );
  });

  it('shiftPeriod(shiftPeriod(p, n), -n) is p, and shifts compose', () => {
    fc.assert(
      fc.property(
        middleArb,
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: -400, max: 400 }),
        (p, n, m) => {
          expect(shiftPeriod(shiftPeriod(p, n), -n)).toEqual(p);
          expect(shiftPeriod(shiftPeriod(p, n), m)).toEqual(shiftPeriod(p, n + m));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('every date lies in exactly one period of each frequency', () => {
    fc.assert(
      fc.property(fc.oneof(dateArb, recentArb), frequencyArb, calendarArb, (date, frequency, calendar) => {
        const p = periodOf(date, frequency, calendar);
        expect(p.start <= date && date <= p.end).toBe(true);
        expect(periodContains(p, date)).toBe(true);
        // the neighbours do not hold it, and the periods tile the line without gaps or overlaps
        const before = shiftPeriod(p, -1);
        const after = shiftPeriod(p, 1);
        expect(periodContains(before, date) || periodContains(after, date)).toBe(false);
        expect(nextDay(before.end)).toBe(p.start);
        expect(nextDay(p.end)).toBe(after.start);
        // every day of the period maps back to it
        expect(periodOf(p.start, frequency, calendar)).toEqual(p);
        expect(periodOf(p.end, frequency, calendar)).toEqual(p);
        expect(periodLength(p)).toBe((msOf(p.end) - msOf(p.start)) / DAY + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('periodOf is monotone in the date, and periodsBetween is consecutive', () => {
    fc.assert(
      fc.property(recentArb, recentArb, frequencyArb, calendarArb, (a, b, frequency, calendar) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        const px = periodOf(x, frequency, calendar);
        const py = periodOf(y, frequency, calendar);
        expect(comparePeriods(px, py)).toBeLessThanOrEqual(0);
        if (frequency === 'day' && msOf(y) - msOf(x) > 400 * DAY) return;
        const list = periodsBetween(px, py);
        expect(list[0]).toEqual(px);
        expect(list[list.length - 1]).toEqual(py);
        for (let i = 1; i < list.length; i++) expect(list[i]).toEqual(shiftPeriod(list[i - 1] as Period, 1));
      }),
      { numRuns: 300 },
    );
  });

  it('coarsening agrees with containment', () => {
    fc.assert(
      fc.property(periodArb, frequencyArb, (p, coarse) => {
        let c: Period;
        try {
          c = coarsenPeriod(p, coarse, p.calendar);
        } catch (error) {
          expect((error as { code: string }).code).toMatch(/frequency_mismatch|missing_calendar/);
          return;
        }
        expect(periodContains(c, p)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('any string either parses to itself or throws a PeriodError', () => {
    const labelish = fc.stringMatching(/^(FY)?[0-9]{1,5}(-([QW]?[0-9]{1,3})(-[0-9]{1,3})?)?$/);
    fc.assert(
      fc.property(labelish, calendarArb, (label, calendar) => {
        try {
          expect(parsePeriod(label, calendar).label).toBe(label);
        } catch (error) {
          expect((error as Error).name).toBe('PeriodError');
          expect((error as Error).message).toContain(`received '${label}'`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('resampling with sum preserves the total exactly', () => {
    const targets: Frequency[] = ['week', 'month', 'quarter', 'year', 'fiscal-quarter', 'fiscal-year'];
    fc.assert(
      fc.property(
        recentArb,
        fc.array(
          fc.oneof(
            fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
            fc.integer({ min: -1e12, max: 1e12 }).map((n) => new Decimal(n).div(1e6).toFixed()),
            fc.constant(null),
          ),
          { minLength: 1, maxLength: 120 },
        ),
        fc.constantFrom(...targets),
        calendarArb,
        fc.integer({ min: 1, max: 5 }),
        (start, values, to, calendar, stride) => {
          const observations = values.map((value, i) => ({
            period: isoOf(msOf(start) + i * stride * DAY),
            value,
          }));
          const total = values.reduce<Decimal>((s, v) => (v === null ? s : s.plus(v)), new Decimal(0));
          const result = resample([...observations].reverse(), { to, aggregation: 'sum', calendar });
          const sum = result.reduce((s, p) => (p.exact === null ? s : s.plus(p.exact)), new Decimal(0));
          expect(sum.eq(total)).toBe(true);
          expect(result.reduce((s, p) => s + p.coverage.present, 0)).toBe(
            values.filter((v) => v !== null).length,
          );
          for (let i = 1; i < result.length; i++) {
            expect(result[i]?.period).toEqual(shiftPeriod(result[i - 1]?.period as Period, 1));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('results do not depend on the time zone of Date arguments at any hour', () => {
    fc.assert(
      fc.property(
        recentArb,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (date, h, m) => {
          const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
          const local = new Date(y, mo - 1, d, h, m);
          // JavaScript skips non-existent local times (DST at midnight) forward within the same day or to the next;
          // periodOf reads whatever local date the Date shows.
          const shown = `${String(local.getFullYear()).padStart(4, '0')}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
          expect(periodOf(local, 'day').label).toBe(shown);
        },
      ),
      { numRuns: 500 },
    );
  });
});
