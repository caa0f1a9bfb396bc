import { describe, expect, it } from 'vitest';
import { sdsnColour } from '../../../src/scoring/methods/index.js';

const higher = { upperBound: 100, lowerBound: 41, greenThreshold: 90, redThreshold: 80 };
const lower = { upperBound: 0, lowerBound: 25.6, greenThreshold: 15, redThreshold: 22 };

describe('sdsnColour', () => {
  it('gives the better colour exactly on each threshold (green, midpoint yellow, red orange)', () => {
    expect(sdsnColour(90, higher).colour).toBe('green');
    expect(sdsnColour(85, higher).colour).toBe('yellow');
    expect(sdsnColour(80, higher).colour).toBe('orange');
    expect(sdsnColour(15, lower).colour).toBe('green');
    expect(sdsnColour(18.5, lower).colour).toBe('yellow');
    expect(sdsnColour(22, lower).colour).toBe('orange');
  });

  it('colours interior values in each band, both directions', () => {
    expect([95, 87, 82, 70].map((v) => sdsnColour(v, higher).colour)).toEqual([
      'green',
      'yellow',
      'orange',
      'red',
    ]);
    expect([10, 17, 20, 24].map((v) => sdsnColour(v, lower).colour)).toEqual([
      'green',
      'yellow',
      'orange',
      'red',
    ]);
  });

  it('reports the midpoint of the green and red thresholds and the band that fired', () => {
    const result = sdsnColour(82, higher);
    expect(result.midpoint).toBe(85);
    expect(result.explanation.rule).toEqual({
      id: 'orange',
      description: 'value < midpoint and >= red threshold 80',
      thresholds: { green: 90, midpoint: 85, red: 80 },
    });
  });

  it('is grey when the value is missing', () => {
    expect(sdsnColour(null, higher)).toMatchObject({ status: 'not_available', colour: 'grey' });
  });

  it('handles equal green and red thresholds (no yellow or orange band)', () => {
    const t = { upperBound: 10, lowerBound: 0, greenThreshold: 5, redThreshold: 5 };
    expect(sdsnColour(5, t).colour).toBe('green');
    expect(sdsnColour(4.9, t).colour).toBe('red');
  });

  it('rejects a red threshold better than the green one', () => {
    expect(() => sdsnColour(1, { ...higher, redThreshold: 95 })).toThrow(
      'sdsnColour: expected options.redThreshold at most the green threshold 90 (the bounds say higher is better), received 95',
    );
    expect(() => sdsnColour(1, { ...lower, redThreshold: 10 })).toThrow(/at least the green threshold 15/);
    expect(() => sdsnColour(1, { ...higher, greenThreshold: Number.NaN })).toThrow(/options.greenThreshold/);
  });
});
