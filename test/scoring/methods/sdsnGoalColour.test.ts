import { describe, expect, it } from 'vitest';
import { type SdsnGoalIndicator, sdsnGoalColour } from '../../../src/scoring/methods/index.js';

/** A higher-is-better indicator on a 0..100 scale with red 40 and green 70 (rescale: 0→0, 40→1, 70→2, 100→3). */
const ind = (value: number | null): SdsnGoalIndicator => ({
  value,
  upperBound: 100,
  lowerBound: 0,
  greenThreshold: 70,
  redThreshold: 40,
});

describe('sdsnGoalColour', () => {
  it('averages the two worst on the 0-3 scale (piecewise linear rescale)', () => {
    // 55 → 1.5 (yellow band of the rescale), 85 → 2.5, 100 → 3: two worst 1.5 and 2.5 → 2, not both green → yellow
    const result = sdsnGoalColour([ind(100), ind(55), ind(85)]);
    expect(result.worst.map((w) => [w.index, w.rescaled])).toEqual([
      [1, 1.5],
      [2, 2.5],
    ]);
    expect(result.average).toBe(2);
    expect(result.colour).toBe('yellow');
    expect(result.explanation.rule?.id).toBe('green_override');
  });

  it('is green only when both worst are green, exactly at average 2', () => {
    expect(sdsnGoalColour([ind(70), ind(70)])).toMatchObject({ colour: 'green', average: 2 });
  });

  it('is yellow at exactly 1.5 and orange at exactly 1', () => {
    // 50 → 1 + 10/30 = 1.3333, 70 → 2: average 1.6667 yellow; 40 → 1 and 40 → 1: average 1 orange
    expect(sdsnGoalColour([ind(55), ind(55)])).toMatchObject({ colour: 'yellow', average: 1.5 });
    expect(sdsnGoalColour([ind(40), ind(40)])).toMatchObject({ colour: 'orange', average: 1 });
  });

  it('is red only when both worst are red (else orange)', () => {
    // 20 → 0.5 (red), 30 → 0.75 (red): red. 0 → 0 (red), 55 → 1.5 (yellow): average 0.75 but not both red → orange.
    expect(sdsnGoalColour([ind(20), ind(30)])).toMatchObject({ colour: 'red', average: 0.625 });
    const mixed = sdsnGoalColour([ind(0), ind(55)]);
    expect(mixed).toMatchObject({ colour: 'orange', average: 0.75 });
    expect(mixed.explanation.rule?.id).toBe('red_override');
  });

  it('censors the rescale to [0, 3] beyond the bounds', () => {
    const beyond = { ...ind(120), upperBound: 100 };
    const below = { ...ind(-10) };
    const result = sdsnGoalColour([beyond, below]);
    expect(result.worst.map((w) => w.rescaled)).toEqual([0, 3]);
  });

  it('uses the single available indicator colour, and greys below 50% coverage', () => {
    expect(sdsnGoalColour([ind(55), ind(null)])).toMatchObject({
      colour: 'yellow',
      coverage: 0.5,
      available: 1,
    });
    const grey = sdsnGoalColour([ind(55), ind(null), ind(null)]);
    expect(grey).toMatchObject({ status: 'insufficient_data', colour: 'grey', average: null, worst: [] });
    expect(sdsnGoalColour([ind(null)]).colour).toBe('grey');
    expect(sdsnGoalColour([ind(55), ind(null), ind(null)], { minCoverage: 0.3 }).colour).toBe('yellow');
  });

  it('keeps input order for ties', () => {
    const result = sdsnGoalColour([ind(55), ind(85), ind(55)]);
    expect(result.worst.map((w) => w.index)).toEqual([0, 2]);
  });

  it('handles a green threshold beyond the optimum without dividing by zero', () => {
    const circular = { value: 19.5, upperBound: 19, lowerBound: 1, greenThreshold: 25, redThreshold: 5 };
    const result = sdsnGoalColour([circular, { ...circular, value: 10 }]);
    expect(result.worst.map((w) => w.rescaled)).toEqual([1.25, 3]);
  });

  it('validates the indicators and options with paths', () => {
    expect(() => sdsnGoalColour([])).toThrow(
      'sdsnGoalColour: expected indicators to be a non-empty array of indicators, received an array of length 0',
    );
    expect(() => sdsnGoalColour([ind(1), { ...ind(1), lowerBound: 100 }])).toThrow(
      /indicators\[1\]\.upperBound/,
    );
    expect(() => sdsnGoalColour([ind(1)], { minCoverage: 2 })).toThrow(
      /options.minCoverage to be a number in \[0, 1\]/,
    );
    expect(() => sdsnGoalColour([{ ...ind(1), value: 'x' as never }])).toThrow(/indicators\[0\]\.value/);
  });

  it('does not mutate its input', () => {
    const input = Object.freeze([Object.freeze(ind(55)), Object.freeze(ind(85))]);
    expect(sdsnGoalColour(input).colour).toBe('yellow');
  });
});
