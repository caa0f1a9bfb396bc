import { describe, expect, it } from 'vitest';
import { nycMmrTrend, oecdDistance } from '../../../src/scoring/methods/index.js';

describe('oecdDistance (reconstructed)', () => {
  it('is 0 exactly on the target and (target - value) / SD short of it', () => {
    expect(oecdDistance(80, { target: 80, standardDeviation: 10, polarity: 'increase' })).toMatchObject({
      distance: 0,
      achieved: true,
    });
    expect(oecdDistance(65, { target: 80, standardDeviation: 10, polarity: 'increase' }).distance).toBe(1.5);
  });

  it('returns not_available for a missing value and validates the SD', () => {
    expect(oecdDistance(null, { target: 1, standardDeviation: 1, polarity: 'increase' }).status).toBe(
      'not_available',
    );
    expect(() => oecdDistance(1, { target: 1, standardDeviation: 0, polarity: 'increase' })).toThrow(
      'oecdDistance: expected options.standardDeviation to be a positive number, received 0',
    );
  });
});

describe('nycMmrTrend (assumed rule)', () => {
  it('needs more than 10% for Up or Down: exactly 10% is neutral', () => {
    expect(nycMmrTrend([100, 110], { desiredDirection: 'up' })).toMatchObject({
      trend: 'neutral',
      matchesDesiredDirection: false,
    });
    expect(nycMmrTrend([100, 111], { desiredDirection: 'up' })).toMatchObject({
      trend: 'up',
      matchesDesiredDirection: true,
    });
    expect(nycMmrTrend([100, 89], { desiredDirection: 'none' })).toMatchObject({
      trend: 'down',
      matchesDesiredDirection: null,
    });
  });

  it('uses |first| for negative first values and takes a threshold', () => {
    expect(nycMmrTrend([-10, -5], { desiredDirection: 'up' }).change).toBe(0.5);
    expect(nycMmrTrend([100, 104], { desiredDirection: 'up', threshold: 0.03 }).trend).toBe('up');
  });

  it('does not assess a zero or missing first or last value', () => {
    expect(nycMmrTrend([0, 5], { desiredDirection: 'up' }).status).toBe('not_assessed');
    expect(nycMmrTrend([1, 2, null], { desiredDirection: 'up' }).status).toBe('not_assessed');
  });

  it('validates its arguments', () => {
    expect(() => nycMmrTrend([1], { desiredDirection: 'up' })).toThrow(
      /values to be an array of at least two values/,
    );
    expect(() => nycMmrTrend([1, 'x' as never], { desiredDirection: 'up' })).toThrow(/values\[1\]/);
    expect(() => nycMmrTrend([1, 2], { desiredDirection: 'Up' as never })).toThrow(
      /options.desiredDirection/,
    );
    expect(() => nycMmrTrend([1, 2], { desiredDirection: 'up', threshold: -1 })).toThrow(/options.threshold/);
  });
});
