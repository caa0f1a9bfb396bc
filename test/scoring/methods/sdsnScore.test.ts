import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../../src/errors/ArgumentError.js';
import { sdsnScore } from '../../../src/scoring/methods/index.js';

describe('sdsnScore', () => {
  it('normalises higher-is-better values: 100 (x - lower) / (upper - lower)', () => {
    // Romania sdg3_vac, 2019 Europe report: (82 - 41) / (100 - 41) * 100 = 69.4915...
    const result = sdsnScore(82, { upperBound: 100, lowerBound: 41 });
    expect(result.status).toBe('assessed');
    expect(result.score).toBeCloseTo(4100 / 59, 12);
    expect(result.censored).toBeNull();
    expect(result.explanation.rule?.id).toBe('linear');
  });

  it('normalises lower-is-better values with the optimum below the lower bound', () => {
    expect(sdsnScore(14.3, { upperBound: 0, lowerBound: 25.6 }).score).toBeCloseTo(44.140625, 12);
  });

  it('scores exactly 100 at the optimum and 0 at the lower bound', () => {
    expect(sdsnScore(100, { upperBound: 100, lowerBound: 41 }).score).toBe(100);
    expect(sdsnScore(41, { upperBound: 100, lowerBound: 41 }).score).toBe(0);
  });

  it('censors beyond the bounds and keeps the uncensored score', () => {
    const above = sdsnScore(280.4, { upperBound: 280, lowerBound: 200 });
    expect(above.score).toBe(100);
    expect(above.censored).toBe('upper');
    expect(above.uncensoredScore).toBeCloseTo(100.5, 10);
    const below = sdsnScore(97.08711, { upperBound: 1, lowerBound: 90 });
    expect(below.score).toBe(0);
    expect(below.censored).toBe('lower');
    expect(below.explanation.summary).toMatch(/censored to 0/);
  });

  it('returns not_available for a missing value', () => {
    for (const missing of [null, Number.NaN]) {
      const result = sdsnScore(missing, { upperBound: 100, lowerBound: 0 });
      expect(result).toMatchObject({
        status: 'not_available',
        score: null,
        uncensoredScore: null,
        censored: null,
      });
    }
  });

  it('throws typed errors naming the field', () => {
    expect(() => sdsnScore(1, { upperBound: 5, lowerBound: 5 })).toThrow(
      'sdsnScore: expected options.upperBound to differ from options.lowerBound (5), received 5',
    );
    expect(() => sdsnScore(1, { upperBound: Number.POSITIVE_INFINITY, lowerBound: 0 })).toThrow(
      ArgumentError,
    );
    try {
      sdsnScore('1' as unknown as number, { upperBound: 1, lowerBound: 0 });
    } catch (error) {
      expect(error).toBeInstanceOf(ArgumentError);
      expect((error as ArgumentError).path).toBe('value');
      expect((error as ArgumentError).code).toBe('invalid_argument');
    }
    expect(() => sdsnScore(1, null as never)).toThrow(
      'sdsnScore: expected options to be an object, received null',
    );
  });

  it('does not mutate its options', () => {
    const options = Object.freeze({ upperBound: 100, lowerBound: 0 });
    expect(() => sdsnScore(50, options)).not.toThrow();
  });
});
