/**
 * Golden cases computed independently in Python (test/fixtures/periods/generate_golden.py, with
 * datetime.date.isocalendar and calendar.monthrange), checked against periodOf for every frequency and the
 * fiscal calendars starting in January, April, July and October under both namings; and a cross-check of
 * ISO weeks against date-fns.
 */
import { getISOWeek, getISOWeekYear, getQuarter } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { FiscalCalendar } from '../../src/periods/index.js';
import { parsePeriod, periodOf } from '../../src/periods/index.js';
import { readGolden } from './helpers/golden.js';

const golden = readGolden();

function localDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d);
  return date;
}

describe('golden periods (Python datetime)', () => {
  it('the fixture is substantial', () => {
    expect(golden.dates.length).toBeGreaterThan(800);
    expect(golden.isoWeek53Years).toContain(2020);
    expect(golden.isoWeek53Years).toContain(2026);
  });

  it('periodOf matches for every calendar frequency', () => {
    for (const row of golden.dates) {
      expect(periodOf(row.date, 'day').label).toBe(row.date);
      expect(periodOf(row.date, 'day').index).toBe(row.dayOfYear);
      const week = periodOf(row.date, 'week');
      expect(week.label, row.date).toBe(row.week);
      expect(week.start, row.date).toBe(row.weekStart);
      expect(periodOf(row.date, 'month').label).toBe(row.month);
      expect(periodOf(row.date, 'quarter').label).toBe(row.quarter);
      expect(periodOf(row.date, 'year').label).toBe(row.year);
    }
  });

  it('periodOf matches for fiscal calendars starting in months 1, 4, 7, 10 with both namings', () => {
    for (const row of golden.dates) {
      for (const [key, [fy, fq]] of Object.entries(row.fiscal)) {
        const [month, naming] = key.split('-') as [string, 'end' | 'start'];
        const calendar: FiscalCalendar = { fiscalYearStartMonth: Number(month), fiscalYearNaming: naming };
        let year: string;
        let quarter: string;
        try {
          year = periodOf(row.date, 'fiscal-year', calendar).label;
          quarter = periodOf(row.date, 'fiscal-quarter', calendar).label;
        } catch (error) {
          // FY labels of dates next to 0001-01-01 may fall outside the supported range.
          expect(error).toMatchObject({ code: 'invalid_period' });
          expect(row.date < '0002').toBe(true);
          continue;
        }
        expect(year, `${row.date} ${key}`).toBe(fy);
        expect(quarter, `${row.date} ${key}`).toBe(fq);
        expect(parsePeriod(fq, calendar).start <= row.date).toBe(true);
        expect(parsePeriod(fy, calendar).end >= row.date).toBe(true);
      }
    }
  });

  it('a Date is read by its local calendar date, in any time zone', () => {
    for (const row of golden.dates) {
      const date = localDate(row.date);
      expect(periodOf(date, 'day').label).toBe(row.date);
      expect(periodOf(date, 'week').label).toBe(row.week);
    }
  });

  it('agrees with date-fns on ISO weeks and quarters (years 1900-2100)', () => {
    for (const row of golden.dates) {
      if (row.date < '1900' || row.date > '2100') continue;
      const date = localDate(row.date);
      const week = periodOf(row.date, 'week');
      expect(week.year).toBe(getISOWeekYear(date));
      expect(week.index).toBe(getISOWeek(date));
      expect(periodOf(row.date, 'quarter').index).toBe(getQuarter(date));
    }
  });
});
