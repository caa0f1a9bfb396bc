import { describe, expect, it } from 'vitest';
import { westernElectricRules } from '../../src/spc/index.js';

describe('westernElectricRules', () => {
  it('flags each rule with strict zone boundaries', () => {
    // sigma 1, centre 0: exactly 3 is not beyond 3 sigma; exactly 2 is not beyond 2 sigma.
    const result = westernElectricRules([3, 0, 2, 2, 0, 3.01], { centre: 0, sigma: 1 });
    expect(result.rules['1']).toEqual({ signals: [5], members: [5] });
    expect(result.rules['2']).toEqual({ signals: [], members: [] });
    expect(result.flagged).toEqual([0, 2, 3, 5].filter((i) => result.flagged.includes(i)));
  });

  it('signals a k-of-m window only on a point beyond the zone, members are the beyond points', () => {
    const result = westernElectricRules([-1.5, -1.2, 0, -1.1, -1.3, 0.5, 0], { centre: 0, sigma: 1 });
    // Windows of 5 ending at 4 (4 beyond -1 sigma) and 5 (points 1, 3, 4 and... only 3): only the first.
    expect(result.rules['3']).toEqual({ signals: [4], members: [0, 1, 3, 4] });
  });

  it('accepts per-point centre and sigma and skips missing values', () => {
    const result = westernElectricRules([0, null, 5, 0], { centre: [0, 0, 0, 0], sigma: [1, 1, 2, 1] });
    expect(result.rules['1']!.signals).toEqual([]);
    const beyond = westernElectricRules([0, null, 7, 0], { centre: [0, 0, 0, 0], sigma: [1, 1, 2, 1] });
    expect(beyond.rules['1']!.signals).toEqual([2]);
  });

  it('validates centre and sigma', () => {
    expect(() => westernElectricRules([1], { centre: 0, sigma: -1 })).toThrow(
      'westernElectricRules: expected options.sigma to be a finite number >= 0, received -1',
    );
    expect(() => westernElectricRules([1], { centre: [0, 0], sigma: 1 })).toThrow(
      'westernElectricRules: expected options.centre to have the length of values (1), received length 2',
    );
    expect(() => westernElectricRules([1], { centre: [Number.NaN], sigma: 1 })).toThrow('options.centre[0]');
    expect(() => westernElectricRules([1], { centre: '0' as never, sigma: 1 })).toThrow(
      'to be a number or an array',
    );
    expect(() => westernElectricRules([1], undefined as never)).toThrow('expected options to be an object');
  });
});
