import { describe, expect, it } from 'vitest';
import { destatisWeather } from '../../../src/scoring/methods/index.js';

const years = [2017, 2018, 2019, 2020, 2021, 2022];
const series = (values: (number | null)[]) => years.map((year, i) => ({ year, value: values[i] ?? null }));
const toTwenty = { polarity: 'increase' as const, target: 20, targetYear: 2030 };

describe('destatisWeather', () => {
  it('puts a miss of exactly 5% in sun behind cloud (sun is < 5%) and exactly 20% too', () => {
    // average change 1.1875/yr from 10 → 19.5 in 2030: miss 0.5 / 10 = 0.05
    const five = destatisWeather(series([4.0625, 5.25, 6.4375, 7.625, 8.8125, 10]), toTwenty);
    expect(five).toMatchObject({
      averageChange: 1.1875,
      projected: 19.5,
      miss: 0.05,
      symbol: 'sun_behind_cloud',
    });
    // 1/yr from 10 → 18: miss 2 / 10 = 0.2
    const twenty = destatisWeather(series([5, 6, 7, 8, 9, 10]), toTwenty);
    expect(twenty).toMatchObject({ projected: 18, miss: 0.2, symbol: 'sun_behind_cloud' });
    expect(destatisWeather(series([3.75, 5, 6.25, 7.5, 8.75, 10]), toTwenty)).toMatchObject({
      miss: 0,
      symbol: 'sun',
    });
  });

  it('is sun exactly on the target, thunderstorm for no change, for lower-is-better too', () => {
    expect(
      destatisWeather(series([30, 28, 26, 24, 22, 20]), { ...toTwenty, polarity: 'decrease' }),
    ).toMatchObject({
      symbol: 'sun',
      targetMet: true,
      miss: 0,
    });
    expect(destatisWeather(series([10, 10, 10, 10, 10, 10]), toTwenty)).toMatchObject({
      symbol: 'thunderstorm',
      miss: null,
    });
    expect(
      destatisWeather(series([32.5, 32, 31.5, 31, 30.5, 30]), { ...toTwenty, polarity: 'decrease' }),
    ).toMatchObject({
      projected: 26,
      miss: 0.6,
      symbol: 'cloud',
    });
  });

  it('needs four values in the five-year window', () => {
    expect(destatisWeather(series([null, null, null, 8, 9, 10]), toTwenty)).toMatchObject({
      status: 'insufficient_data',
      symbol: null,
      fromYear: 2020,
    });
    expect(destatisWeather(series([null, null, 7, 8, 9, 10]), toTwenty)).toMatchObject({
      status: 'assessed',
      fromYear: 2019,
    });
    expect(destatisWeather([], toTwenty).status).toBe('insufficient_data');
  });

  it('direction-only rule: both right sun, average right last wrong or zero sun behind cloud, ...', () => {
    const only = (values: number[]) => destatisWeather(series(values), { polarity: 'increase' }).symbol;
    expect(only([1, 2, 3, 4, 5, 6])).toBe('sun');
    expect(only([1, 2, 3, 4, 7, 6])).toBe('sun_behind_cloud');
    expect(only([1, 2, 3, 4, 6, 6])).toBe('sun_behind_cloud');
    expect(only([6, 5, 4, 3, 1, 2])).toBe('cloud');
    expect(only([6, 6, 6, 6, 5, 6])).toBe('cloud');
    expect(only([6, 5, 4, 3, 2, 1])).toBe('thunderstorm');
    expect(only([6, 6, 6, 6, 6, 6])).toBe('thunderstorm');
  });

  it('uses the compound rate with change: relative', () => {
    const result = destatisWeather(series([10, 11, 12.1, 13.31, 14.641, 16.1051]), {
      ...toTwenty,
      change: 'relative',
    });
    expect(result.averageChange).toBeCloseTo(0.1, 12);
    expect(result.projected).toBeCloseTo(16.1051 * 1.1 ** 8, 9);
    expect(destatisWeather(series([0, 1, 2, 3, 4, 5]), { ...toTwenty, change: 'relative' }).status).toBe(
      'not_assessed',
    );
  });

  it('validates its options', () => {
    expect(() => destatisWeather(series([1, 2, 3, 4, 5, 6]), { polarity: 'increase', target: 5 })).toThrow(
      'destatisWeather: expected options.targetYear to be an integer year, received undefined',
    );
    expect(() => destatisWeather([], { polarity: 'increase', minPoints: 1 })).toThrow(
      /options.minPoints to be an integer >= 2/,
    );
    expect(() => destatisWeather([], { polarity: 'increase', window: 0 })).toThrow(
      /options.window to be an integer >= 1/,
    );
    expect(() => destatisWeather([], { polarity: 'increase', change: 'log' as never })).toThrow(
      /options.change/,
    );
    expect(() => destatisWeather([], { polarity: 'increase', thresholds: { sun: 0.3 } })).toThrow(
      /options.thresholds.sun/,
    );
  });

  it('reports an overflowing relative change as not assessed (never Infinity)', () => {
    const result = destatisWeather(series([1e-300, 1e-200, 1e-100, 1, 1e100, 1e300]), {
      ...toTwenty,
      change: 'relative',
    });
    expect(result).toMatchObject({ status: 'not_assessed', symbol: null, projected: null });
    expect(result.explanation.rule?.id).toBe('not_finite');
  });
});
