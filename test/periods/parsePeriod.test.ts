import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { PeriodError } from '../../src/errors/PeriodError.js';
import type { FiscalCalendar } from '../../src/periods/index.js';
import { parsePeriod } from '../../src/periods/index.js';
import { readGolden } from './helpers/golden.js';

const july: FiscalCalendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' };

function errorOf(fn: () => unknown): PeriodError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PeriodError) return error;
    throw error;
  }
  throw new Error('expected a PeriodError');
}

describe('parsePeriod', () => {
  it('parses every frequency', () => {
    expect(parsePeriod('2024-02-29')).toEqual({
      label: '2024-02-29',
      frequency: 'day',
      start: '2024-02-29',
      end: '2024-02-29',
      year: 2024,
      index: 60,
    });
    expect(parsePeriod('2020-W53')).toEqual({
      label: '2020-W53',
      frequency: 'week',
      start: '2020-12-28',
      end: '2021-01-03',
      year: 2020,
      index: 53,
    });
    expect(parsePeriod('2024-07')).toMatchObject({
      frequency: 'month',
      start: '2024-07-01',
      end: '2024-07-31',
    });
    expect(parsePeriod('2024-Q3')).toMatchObject({
      frequency: 'quarter',
      start: '2024-07-01',
      end: '2024-09-30',
    });
    expect(parsePeriod('2024')).toMatchObject({ frequency: 'year', start: '2024-01-01', end: '2024-12-31' });
    expect(parsePeriod('FY2025', july)).toEqual({
      label: 'FY2025',
      frequency: 'fiscal-year',
      start: '2024-07-01',
      end: '2025-06-30',
      year: 2025,
      index: 1,
      calendar: july,
    });
    expect(parsePeriod('FY2025-Q1', july)).toMatchObject({
      start: '2024-07-01',
      end: '2024-09-30',
      index: 1,
    });
    expect(parsePeriod('FY2025-Q4', july)).toMatchObject({ start: '2025-04-01', end: '2025-06-30' });
  });

  it("names fiscal years after their start year with naming 'start'", () => {
    const cal: FiscalCalendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'start' };
    expect(parsePeriod('FY2025', cal)).toMatchObject({ start: '2025-07-01', end: '2026-06-30' });
    expect(parsePeriod('FY2025-Q3', cal)).toMatchObject({ start: '2026-01-01', end: '2026-03-31' });
  });

  it('treats a January fiscal year as the calendar year under both namings', () => {
    for (const naming of ['end', 'start'] as const) {
      expect(parsePeriod('FY2024', { fiscalYearStartMonth: 1, fiscalYearNaming: naming })).toMatchObject({
        start: '2024-01-01',
        end: '2024-12-31',
      });
    }
  });

  it('returns fresh periods with a frozen copy of the calendar', () => {
    const cal = { fiscalYearStartMonth: 10, fiscalYearNaming: 'end' as const };
    const p = parsePeriod('FY2024', cal);
    expect(parsePeriod('FY2024', cal)).not.toBe(p);
    expect(parsePeriod('FY2024', cal).calendar).toBe(p.calendar);
    expect(p.calendar).toEqual(cal);
    expect(Object.isFrozen(p.calendar)).toBe(true);
    expect(cal).toEqual({ fiscalYearStartMonth: 10, fiscalYearNaming: 'end' });
    expect(parsePeriod('2024-07', july)).not.toHaveProperty('calendar');
  });

  it.each([
    ['2024-13', "parsePeriod: expected a month from 01 to 12 in 'YYYY-MM', received '2024-13'"],
    ['2024-00', "parsePeriod: expected a month from 01 to 12 in 'YYYY-MM', received '2024-00'"],
    [
      '2021-W53',
      "parsePeriod: expected an ISO week from 01 to 52 (2021 has 52 ISO weeks), received '2021-W53'",
    ],
    [
      '2020-W00',
      "parsePeriod: expected an ISO week from 01 to 53 (2020 has 53 ISO weeks), received '2020-W00'",
    ],
    ['2023-02-29', "parsePeriod: expected a day from 01 to 28 in 2023-02, received '2023-02-29'"],
    ['2024-04-31', "parsePeriod: expected a day from 01 to 30 in 2024-04, received '2024-04-31'"],
    ['2024-13-01', "parsePeriod: expected a month from 01 to 12 in 'YYYY-MM-DD', received '2024-13-01'"],
    ['2024-Q5', "parsePeriod: expected a quarter from 1 to 4 in 'YYYY-Qn', received '2024-Q5'"],
    ['2024-Q0', "parsePeriod: expected a quarter from 1 to 4 in 'YYYY-Qn', received '2024-Q0'"],
    ['FY24', "parsePeriod: expected a four-digit fiscal year ('FYyyyy' or 'FYyyyy-Qn'), received 'FY24'"],
    [
      'FY24-Q1',
      "parsePeriod: expected a four-digit fiscal year ('FYyyyy' or 'FYyyyy-Qn'), received 'FY24-Q1'",
    ],
    ['FY2025-Q5', "parsePeriod: expected a fiscal quarter from 1 to 4 in 'FYyyyy-Qn', received 'FY2025-Q5'"],
    ['0000', "parsePeriod: expected a year from 0001 to 9999, received '0000'"],
    ['FY0000', "parsePeriod: expected a fiscal year from 0001 to 9999, received 'FY0000'"],
  ])('rejects %s, naming the label and what was expected', (label, message) => {
    const error = errorOf(() => parsePeriod(label, july));
    expect(error.code).toBe('invalid_period');
    expect(error.message).toBe(message);
    expect(error.path).toBe('label');
    expect(error.value).toBe(label);
  });

  it.each([
    '24-07',
    '2024-7',
    '2024-W1',
    '2024-w01',
    '2024-q1',
    ' 2024',
    '2024 ',
    '2024/07',
    '20240701',
    '2024-07-1',
    '2024-7-01',
    'fy2025',
    'FY2025-q1',
    'FY2025Q1',
    'FY 2025',
    'FY-2025',
    'F2025',
    'FY',
    '',
    '2024-M07',
    '2024-W01-1',
    '2024-07-01T00:00',
    '+2024',
    '-001',
    '２０２４',
    '2024-0x',
    '2024-Wxx',
    '2024-Qx',
    '2024-xx-01',
    '2024-H1',
  ])('rejects the non-canonical label %j', (label) => {
    const error = errorOf(() => parsePeriod(label, july));
    expect(error.code).toBe('invalid_period');
    expect(error.message).toContain('parsePeriod: expected ');
    expect(error.message).toContain(`received '${label}'`);
  });

  it('rejects non-strings', () => {
    for (const value of [null, undefined, 2024, {}, new Date(0)]) {
      const error = errorOf(() => parsePeriod(value as unknown as string));
      expect(error.code).toBe('invalid_period');
    }
  });

  it('requires a calendar for fiscal labels', () => {
    for (const label of ['FY2025', 'FY2025-Q1']) {
      const error = errorOf(() => parsePeriod(label));
      expect(error.code).toBe('missing_calendar');
      expect(error.message).toBe(
        `parsePeriod: expected a fiscal calendar { fiscalYearStartMonth, fiscalYearNaming } to read the fiscal label '${label}', received none`,
      );
      expect(error.path).toBe('label');
    }
  });

  it('checks the calendar', () => {
    expect(() => parsePeriod('FY2025', { fiscalYearStartMonth: 13, fiscalYearNaming: 'end' })).toThrow(
      'parsePeriod: expected calendar.fiscalYearStartMonth to be an integer from 1 to 12, received 13',
    );
    expect(() =>
      parsePeriod('FY2025', { fiscalYearStartMonth: 7, fiscalYearNaming: 'middle' as 'end' }),
    ).toThrow(
      "parsePeriod: expected calendar.fiscalYearNaming to be one of 'end', 'start', received 'middle'",
    );
    expect(() => parsePeriod('2024', 'july' as unknown as FiscalCalendar)).toThrow(ArgumentError);
    expect(() => parsePeriod('2024', null as unknown as FiscalCalendar)).toThrow(ArgumentError);
  });

  it('supports years 0001 to 9999 and rejects periods reaching outside them', () => {
    expect(parsePeriod('0001-01-01')).toMatchObject({ year: 1, index: 1 });
    expect(parsePeriod('0001-W01')).toMatchObject({ start: '0001-01-01', end: '0001-01-07' });
    expect(parsePeriod('9999-12-31')).toMatchObject({ index: 365 });
    expect(parsePeriod('9999-Q4').end).toBe('9999-12-31');
    expect(parsePeriod('FY0001', { fiscalYearStartMonth: 7, fiscalYearNaming: 'start' }).start).toBe(
      '0001-07-01',
    );
    expect(errorOf(() => parsePeriod('FY0001', july)).message).toBe(
      "parsePeriod: expected a period lying within 0001-01-01..9999-12-31, received 'FY0001'",
    );
    expect(
      errorOf(() => parsePeriod('FY9999', { fiscalYearStartMonth: 2, fiscalYearNaming: 'start' })).code,
    ).toBe('invalid_period');
    expect(errorOf(() => parsePeriod('9999-W52')).code).toBe('invalid_period');
  });

  describe('golden spans (Python datetime)', () => {
    const golden = readGolden();
    it.each(golden.spans)('%s is a %s from %s to %s', (label, frequency, start, end) => {
      expect(parsePeriod(label)).toMatchObject({ label, frequency, start, end });
    });
    it('fiscal years and quarters for every start month and both namings', () => {
      for (const [month, naming, label, frequency, start, end] of golden.fiscalSpans) {
        const calendar: FiscalCalendar = { fiscalYearStartMonth: month, fiscalYearNaming: naming };
        expect(parsePeriod(label, calendar)).toMatchObject({ label, frequency, start, end, calendar });
      }
    });
    it('53-week years', () => {
      const long = new Set(golden.isoWeek53Years);
      for (let year = 1; year < 9999; year++) {
        const label = `${String(year).padStart(4, '0')}-W53`;
        if (long.has(year)) expect(parsePeriod(label).index).toBe(53);
        else expect(() => parsePeriod(label)).toThrow(PeriodError);
      }
    });
    it('every golden date as a day label', () => {
      for (const row of golden.dates) {
        expect(parsePeriod(row.date)).toMatchObject({ start: row.date, end: row.date, index: row.dayOfYear });
        expect(parsePeriod(row.week).start).toBe(row.weekStart);
      }
    });
  });
});
