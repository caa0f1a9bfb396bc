import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { linearScore } from '../../src/scoring/index.js';

function score(value: number | string | null, options: Parameters<typeof linearScore>[1]): number {
  const r = linearScore(value, options);
  if (r.status !== 'ok') throw new Error('expected ok');
  return r.score;
}

describe('linearScore', () => {
  it('hand-computed anchors on the default 0–10 scale (red flag 10/3, goal 20/3)', () => {
    // goal 100 → 6.667, red flag 80 → 3.333; 90 is halfway → 5
    expect(score(100, { goal: 100, redFlag: 80 })).toBeCloseTo(20 / 3, 14);
    expect(score(80, { goal: 100, redFlag: 80 })).toBeCloseTo(10 / 3, 14);
    expect(score(90, { goal: 100, redFlag: 80 })).toBe(5);
    // 120 → 10/3 + (40/20)·(10/3) = 10 exactly; 130 → 11.667 capped to 10; 60 → 0; 50 → −1.667 capped to 0
    expect(score(120, { goal: 100, redFlag: 80 })).toBe(10);
    const over = linearScore(130, { goal: 100, redFlag: 80 });
    expect(over).toMatchObject({ status: 'ok', score: 10, capped: true });
    expect(over.status === 'ok' && over.uncapped).toBeCloseTo(35 / 3, 13);
    expect(score(60, { goal: 100, redFlag: 80 })).toBe(0);
    expect(score(50, { goal: 100, redFlag: 80 })).toBe(0);
    expect(score(50, { goal: 100, redFlag: 80, cap: false })).toBeCloseTo(-5 / 3, 14);
  });

  it('lower is better when the goal is below the red flag (inspection days 80 goal, 160 red flag)', () => {
    // 120 days → 10/3 + (120 − 160)·(10/3)/(80 − 160) = 10/3 + 5/3 = 5
    const r = linearScore(120, { goal: 80, redFlag: 160 });
    expect(r).toMatchObject({ status: 'ok', score: 5, direction: 'lower_is_better', capped: false });
    // 40 days → 10/3 + (40 − 160)·(10/3)/(−80) = 10/3 + 5 = 25/3; 0 days → 10/3 + 20/3 = 10
    expect(score(40, { goal: 80, redFlag: 160 })).toBeCloseTo(25 / 3, 14);
    expect(score(0, { goal: 80, redFlag: 160 })).toBe(10);
    expect(score(200, { goal: 80, redFlag: 160 })).toBeCloseTo(5 / 3, 14);
  });

  it('plain 0–scale normalisation with explicit anchors', () => {
    // SDSN-style 0–100: (82 − 41)/(100 − 41)·100 = 69.491525…
    expect(score(82, { goal: 100, redFlag: 41, scale: 100, goalScore: 100, redFlagScore: 0 })).toBeCloseTo(
      69.491525,
      6,
    );
  });

  it('missing value → no_data with explanation', () => {
    const r = linearScore(null, { goal: 1, redFlag: 0 });
    expect(r).toMatchObject({ status: 'no_data', reason: 'missing_value' });
    expect(r.explanation.method).toBe('linearScore');
    expect(linearScore(Number.NaN, { goal: 1, redFlag: 0 }).status).toBe('no_data');
  });

  it('explanation names the anchors', () => {
    const r = linearScore(90, { goal: 100, redFlag: 80 });
    expect(r.explanation.summary).toBe(
      'Value 90 scores 5.00 of 10 on the line through the red flag 80 (3.33) and the goal 100 (6.67).',
    );
    expect(r.explanation.rule?.thresholds).toEqual({ goal: 100, redFlag: 80 });
  });

  it('throws on bad options', () => {
    const bad: [Parameters<typeof linearScore>[1], string][] = [
      [{ goal: 1, redFlag: 1 }, 'options.goal'],
      [{ goal: 1, redFlag: 0, scale: 0 }, 'options.scale'],
      [{ goal: 1, redFlag: 0, goalScore: 2, redFlagScore: 5 }, 'options.goalScore'],
      [{ goal: 1, redFlag: 0, goalScore: 20 }, 'options.goalScore'],
      [{ goal: 1, redFlag: 0, scale: Number.NaN }, 'options.scale'],
      [{ goal: Number.POSITIVE_INFINITY, redFlag: 0 }, 'options.goal'],
    ];
    for (const [options, path] of bad) {
      try {
        linearScore(1, options);
        expect.fail(path);
      } catch (error) {
        expect(error).toBeInstanceOf(ArgumentError);
        expect((error as ArgumentError).path).toBe(path);
      }
    }
    expect(() => linearScore(1, null as never)).toThrow(
      'linearScore: expected options to be an object, received null',
    );
  });
});
