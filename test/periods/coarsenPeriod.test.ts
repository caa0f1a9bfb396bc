import { describe, expect, it } from 'vitest';
import type { FiscalCalendar, Frequency } from '../../src/periods/index.js';
import { coarsenPeriod, frequencies, parsePeriod, periodOf } from '../../src/periods/index.js';

const july: FiscalCalendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' };
const feb: FiscalCalendar = { fiscalYearStartMonth: 2, fiscalYearNaming: 'start' };
const jan: FiscalCalendar = { fiscalYearStartMonth: 1, fiscalYearNaming: 'end' };

describe('coarsenPeriod', () => {
  it('finds the containing period', () => {
    expect(coarsenPeriod('2024-08', 'fiscal-year', july).label).toBe('FY2025');
    expect(coarsenPeriod('2024-08', 'fiscal-quarter', july).label).toBe('FY2025-Q1');
    expect(coarsenPeriod('2024-02-29', 'quarter').label).toBe('2024-Q1');
    expect(coarsenPeriod('2024-02-29', 'week').label).toBe('2024-W09');
    expect(coarsenPeriod('2024-Q3', 'year').label).toBe('2024');
    expect(coarsenPeriod('2024-Q3', 'fiscal-year', july).label).toBe('FY2025');
    expect(coarsenPeriod('FY2025-Q3', 'quarter', july).label).toBe('2025-Q1');
    expect(coarsenPeriod(parsePeriod('FY2025-Q3', july), 'fiscal-year').label).toBe('FY2025');
    expect(coarsenPeriod('FY2025-Q3', 'year', jan).label).toBe('2025');
    expect(coarsenPeriod('2025', 'fiscal-year', jan).label).toBe('FY2025');
    expect(coarsenPeriod('2024-W10', 'week').label).toBe('2024-W10');
  });

  it('agrees with periodOf for every nesting pair', () => {
    for (const calendar of [july, feb, jan]) {
      for (const fine of frequencies) {
        for (const coarse of frequencies) {
          const period = periodOf('2023-11-15', fine, calendar);
          let result: string | undefined;
          try {
            result = coarsenPeriod(period, coarse, calendar).label;
          } catch (error) {
            expect(error).toMatchObject({ code: 'frequency_mismatch' });
            continue;
          }
          const expected = periodOf(period.start, coarse, calendar);
          expect(result).toBe(expected.label);
          expect(expected.start <= period.start && period.end <= expected.end).toBe(true);
        }
      }
    }
  });

  it.each<[string, Frequency, FiscalCalendar | undefined]>([
    ['2024-W05', 'month', undefined],
    ['2024-W05', 'year', undefined],
    ['2024-07', 'day', undefined],
    ['2024-07', 'week', undefined],
    ['2024-Q1', 'month', undefined],
    ['2024-Q1', 'fiscal-year', feb],
    ['2024', 'fiscal-year', july],
    ['2024', 'quarter', undefined],
  ])('rejects %s into %s', (label, frequency, calendar) => {
    expect(() => coarsenPeriod(label, frequency, calendar)).toThrow(
      expect.objectContaining({ code: 'frequency_mismatch', path: 'frequency' }),
    );
  });

  it('explains why weeks do not nest', () => {
    expect(() => coarsenPeriod('2024-W05', 'month')).toThrow(
      "coarsenPeriod: expected frequency to be a frequency that week periods nest in (ISO weeks straddle months and years; aggregate daily data instead), received 'month'",
    );
  });

  it('requires a calendar for fiscal targets and rejects a conflicting one', () => {
    expect(() => coarsenPeriod('2024-07', 'fiscal-year')).toThrow(
      expect.objectContaining({ code: 'missing_calendar' }),
    );
    expect(() => coarsenPeriod(parsePeriod('FY2025-Q1', july), 'fiscal-year', feb)).toThrow(
      expect.objectContaining({ code: 'frequency_mismatch', path: 'period.calendar' }),
    );
  });
});
