import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  formatDay,
  isoWeekday,
  MAX_DAY,
  MIN_DAY,
  pad4,
  yearOfDay,
} from '../../../src/periods/internal/civil.js';

describe('civil day arithmetic', () => {
  it('anchors', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(1, 1, 1)).toBe(MIN_DAY);
    expect(daysFromCivil(9999, 12, 31)).toBe(MAX_DAY);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(MIN_DAY)).toBe(1);
    expect(formatDay(MIN_DAY)).toBe('0001-01-01');
    expect(pad4(42)).toBe('0042');
  });

  it('round-trips every day of the supported range (sampled every 97 days) against Date.UTC', () => {
    for (let z = MIN_DAY; z <= MAX_DAY; z += 97) {
      const [y, m, d] = civilFromDays(z);
      expect(daysFromCivil(y, m, d)).toBe(z);
      expect(yearOfDay(z)).toBe(y);
      const utc = new Date(0);
      utc.setUTCFullYear(y, m - 1, d);
      expect(Math.round(utc.getTime() / 86400000)).toBe(z);
    }
  });
});
