import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import {
  type ScoreProgressResult,
  type ScoreProgressScored,
  scoreProgress,
} from '../../src/scoring/index.js';

/** Narrows to a scored result (fails the test otherwise). */
function scored(result: ScoreProgressResult): ScoreProgressScored {
  expect(result.status).toBe('ok');
  return result as ScoreProgressScored;
}

/** No number anywhere in a result is NaN or ±Infinity. */
function expectAllFinite(value: unknown): void {
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (Array.isArray(value)) value.forEach(expectAllFinite);
  else if (value && typeof value === 'object') Object.values(value).forEach(expectAllFinite);
}

describe('scoreProgress: increase (higher is better)', () => {
  it('hand-computed: 95 of 100 from a baseline of 80', () => {
    // percentOfTarget = 95/100 = 0.95; gapClosed = (95 − 80)/(100 − 80) = 15/20 = 0.75; remaining = 100 − 95 = 5
    const r = scored(scoreProgress({ current: 95, target: 100, baseline: 80, polarity: 'increase' }));
    expect(r.achieved).toBe(false);
    expect(r.percentOfTarget).toBe(0.95);
    expect(r.percentOfTargetMethod).toBe('actual_over_target');
    expect(r.gapClosed).toBe(0.75);
    expect(r.remaining).toBe(5);
    expect(r.difference).toBe(-5);
    expect(r.display).toEqual({
      current: '95',
      target: '100',
      baseline: '80',
      remaining: '5',
      percentOfTarget: '95.0%',
      gapClosed: '75.0%',
    });
    expect(r.explanation.method).toBe('scoreProgress');
    expect(r.explanation.rule?.id).toBe('target_not_met');
    expect(r.explanation.summary).toContain('misses the target 100 by 5');
  });

  it('target met exactly gives gapClosed 1, beyond it above 1, worse than baseline negative', () => {
    // (100 − 80)/(100 − 80) = 1; (110 − 80)/20 = 1.5; (70 − 80)/20 = −0.5
    expect(
      scored(scoreProgress({ current: 100, target: 100, baseline: 80, polarity: 'increase' })).gapClosed,
    ).toBe(1);
    const beyond = scored(scoreProgress({ current: 110, target: 100, baseline: 80, polarity: 'increase' }));
    expect(beyond.gapClosed).toBe(1.5);
    expect(beyond.achieved).toBe(true);
    expect(beyond.remaining).toBe(0);
    expect(beyond.percentOfTarget).toBe(1.1);
    expect(
      scored(scoreProgress({ current: 70, target: 100, baseline: 80, polarity: 'increase' })).gapClosed,
    ).toBe(-0.5);
  });

  it('exact decimals: 0.3 of the way is 0.3, not a float artefact', () => {
    // (0.3 − 0.1)/(0.5 − 0.1) = 0.2/0.4 = 0.5 exactly (float64 gives 0.49999999999999994)
    const r = scored(scoreProgress({ current: 0.3, target: 0.5, baseline: 0.1, polarity: 'increase' }));
    expect(r.gapClosed).toBe(0.5);
    // 0.1 + 0.2 as a current of '0.3' meets a target of 0.3
    expect(scored(scoreProgress({ current: 0.1 + 0.2, target: 0.3, polarity: 'decrease' })).achieved).toBe(
      false,
    );
    expect(scored(scoreProgress({ current: '0.3', target: 0.3, polarity: 'decrease' })).achieved).toBe(true);
    expect(r.display.current).toBe('0.3');
  });

  it('zero baseline: no special case (gap closed by differences)', () => {
    // (30 − 0)/(40 − 0) = 0.75
    const r = scored(scoreProgress({ current: 30, target: 40, baseline: 0, polarity: 'increase' }));
    expect(r.gapClosed).toBe(0.75);
    expect(r.percentOfTarget).toBe(0.75);
  });

  it('zero target: percent of target undefined, not Infinity', () => {
    const r = scored(scoreProgress({ current: 5, target: 0, baseline: -10, polarity: 'increase' }));
    expect(r.percentOfTarget).toBeNull();
    expect(r.explanation.intermediate.percentOfTargetReason).toBe('target_not_positive');
    // gapClosed = (5 − (−10))/(0 − (−10)) = 15/10 = 1.5
    expect(r.gapClosed).toBe(1.5);
    expect(r.achieved).toBe(true);
    expectAllFinite(r);
  });

  it('negative values: net new jobs −50 against a target of 100 from a baseline of −200', () => {
    // pct = −50/100 = −0.5; gap = (−50 − (−200))/(100 − (−200)) = 150/300 = 0.5
    const r = scored(scoreProgress({ current: -50, target: 100, baseline: -200, polarity: 'increase' }));
    expect(r.percentOfTarget).toBe(-0.5);
    expect(r.gapClosed).toBe(0.5);
    expect(r.remaining).toBe(150);
    // all negative: target −10, current −30 → ratio undefined (target not positive)
    const neg = scored(scoreProgress({ current: -30, target: -10, baseline: -40, polarity: 'increase' }));
    expect(neg.percentOfTarget).toBeNull();
    // gap = (−30 + 40)/(−10 + 40) = 10/30
    expect(neg.gapClosed).toBeCloseTo(1 / 3, 15);
    expect(neg.display.gapClosed).toBe('33.3%');
  });

  it('target equal to baseline: gapClosed null with reason, never NaN', () => {
    const r = scored(scoreProgress({ current: 95, target: 100, baseline: 100, polarity: 'increase' }));
    expect(r.gapClosed).toBeNull();
    expect(r.explanation.intermediate.gapClosedReason).toBe('target_equals_baseline');
    expect(r.percentOfTarget).toBe(0.95);
    expectAllFinite(r);
  });

  it('target already met at baseline: gapClosed null with reason', () => {
    const r = scored(scoreProgress({ current: 120, target: 100, baseline: 110, polarity: 'increase' }));
    expect(r.gapClosed).toBeNull();
    expect(r.explanation.intermediate.gapClosedReason).toBe('target_met_at_baseline');
    expect(r.achieved).toBe(true);
    expect(r.percentOfTarget).toBe(1.2);
  });

  it('forcing gap_closed as percent of target', () => {
    const r = scored(
      scoreProgress({
        current: 95,
        target: 100,
        baseline: 80,
        polarity: 'increase',
        percentOfTarget: 'gap_closed',
      }),
    );
    expect(r.percentOfTarget).toBe(0.75);
    expect(r.percentOfTargetMethod).toBe('gap_closed');
  });
});

describe('scoreProgress: decrease (lower is better)', () => {
  it('BlightStat inspection days: 160 → target 80, now 120 → half the gap closed', () => {
    // gapClosed = (120 − 160)/(80 − 160) = −40/−80 = 0.5; remaining = 120 − 80 = 40
    const r = scored(scoreProgress({ current: 120, target: 80, baseline: 160, polarity: 'decrease' }));
    expect(r.gapClosed).toBe(0.5);
    expect(r.percentOfTarget).toBe(0.5);
    expect(r.percentOfTargetMethod).toBe('gap_closed');
    expect(r.remaining).toBe(40);
    expect(r.difference).toBe(40);
    expect(r.achieved).toBe(false);
  });

  it('BlightStat blighted residences: 43,755 → target 33,755, now 36,255', () => {
    // gapClosed = (36255 − 43755)/(33755 − 43755) = −7500/−10000 = 0.75
    const r = scored(scoreProgress({ current: 36255, target: 33755, baseline: 43755, polarity: 'decrease' }));
    expect(r.gapClosed).toBe(0.75);
    expect(r.remaining).toBe(2500);
    expect(r.display.percentOfTarget).toBe('75.0%');
  });

  it('without a baseline: target/current (12 against 10 is 83.3%)', () => {
    // 10/12 = 0.8333…
    const r = scored(scoreProgress({ current: 12, target: 10, polarity: 'decrease' }));
    expect(r.percentOfTarget).toBeCloseTo(10 / 12, 15);
    expect(r.percentOfTargetMethod).toBe('target_over_actual');
    expect(r.display.percentOfTarget).toBe('83.3%');
    expect(r.gapClosed).toBeNull();
    expect(r.explanation.intermediate.gapClosedReason).toBe('no_baseline');
  });

  it('ratio forced with a baseline', () => {
    const r = scored(
      scoreProgress({
        current: 120,
        target: 80,
        baseline: 160,
        polarity: 'decrease',
        percentOfTarget: 'ratio',
      }),
    );
    // 80/120 = 0.6667
    expect(r.percentOfTarget).toBeCloseTo(2 / 3, 15);
  });

  it('current at zero (Vision Zero achieved) and zero target: no Infinity', () => {
    const atZero = scored(scoreProgress({ current: 0, target: 5, polarity: 'decrease' }));
    expect(atZero.achieved).toBe(true);
    expect(atZero.percentOfTarget).toBeNull();
    expect(atZero.explanation.intermediate.percentOfTargetReason).toBe('current_not_positive');
    const zeroTarget = scored(scoreProgress({ current: 3, target: 0, polarity: 'decrease' }));
    expect(zeroTarget.percentOfTarget).toBeNull();
    expect(zeroTarget.explanation.intermediate.percentOfTargetReason).toBe('target_not_positive');
    // with a baseline the gap is defined: (3 − 12)/(0 − 12) = 0.75
    const withBaseline = scored(scoreProgress({ current: 3, target: 0, baseline: 12, polarity: 'decrease' }));
    expect(withBaseline.percentOfTarget).toBe(0.75);
    expectAllFinite([atZero, zeroTarget, withBaseline]);
  });

  it('target met at baseline falls back to target/current', () => {
    const r = scored(scoreProgress({ current: 50, target: 60, baseline: 55, polarity: 'decrease' }));
    expect(r.gapClosed).toBeNull();
    expect(r.explanation.intermediate.gapClosedReason).toBe('target_met_at_baseline');
    expect(r.percentOfTarget).toBe(1.2);
    expect(r.achieved).toBe(true);
  });

  it('negative values: a deficit of −2 against a target of −5 from −1 (lower is better)', () => {
    // gap = (−2 − (−1))/(−5 − (−1)) = −1/−4 = 0.25
    const r = scored(scoreProgress({ current: -2, target: -5, baseline: -1, polarity: 'decrease' }));
    expect(r.gapClosed).toBe(0.25);
    expect(r.remaining).toBe(3);
  });
});

describe('scoreProgress: range', () => {
  it('inside the band is achieved; outside, the distance to the nearest end', () => {
    const inside = scored(scoreProgress({ current: 5, target: { min: 4, max: 6 }, polarity: 'range' }));
    expect(inside.achieved).toBe(true);
    expect(inside.remaining).toBe(0);
    expect(inside.difference).toBe(0);
    const above = scored(scoreProgress({ current: 7.5, target: { min: 4, max: 6 }, polarity: 'range' }));
    expect(above.achieved).toBe(false);
    expect(above.remaining).toBe(1.5);
    expect(above.difference).toBe(1.5);
    expect(above.display.target).toBe('4.0–6.0');
    const below = scored(scoreProgress({ current: 3, target: { min: 4, max: 6 }, polarity: 'range' }));
    expect(below.remaining).toBe(1);
    expect(below.difference).toBe(-1);
    expect(
      scored(scoreProgress({ current: 4, target: { min: 4, max: 6 }, polarity: 'range' })).achieved,
    ).toBe(true);
    expect(
      scored(scoreProgress({ current: 6, target: { min: 4, max: 6 }, polarity: 'range' })).achieved,
    ).toBe(true);
  });

  it('gap closed measures the distance to the band: baseline 10, now 8, band 4–6', () => {
    // (dist(10) − dist(8))/dist(10) = (4 − 2)/4 = 0.5
    const r = scored(
      scoreProgress({ current: 8, target: { min: 4, max: 6 }, baseline: 10, polarity: 'range' }),
    );
    expect(r.gapClosed).toBe(0.5);
    expect(r.percentOfTarget).toBe(0.5);
    const overshoot = scored(
      scoreProgress({ current: 3, target: { min: 4, max: 6 }, baseline: 10, polarity: 'range' }),
    );
    // (4 − 1)/4 = 0.75
    expect(overshoot.gapClosed).toBe(0.75);
    const metAtBaseline = scored(
      scoreProgress({ current: 8, target: { min: 4, max: 6 }, baseline: 5, polarity: 'range' }),
    );
    expect(metAtBaseline.gapClosed).toBeNull();
    expect(metAtBaseline.explanation.intermediate.gapClosedReason).toBe('target_met_at_baseline');
    const ratio = scored(
      scoreProgress({
        current: 8,
        target: { min: 4, max: 6 },
        baseline: 10,
        polarity: 'range',
        percentOfTarget: 'ratio',
      }),
    );
    expect(ratio.percentOfTarget).toBeNull();
    expect(ratio.explanation.intermediate.percentOfTargetReason).toBe('range_polarity');
  });

  it('tolerance on a range applies to the end that is missed', () => {
    // 10% of |max| = 0.6 above; 10% of |min| = 0.4 below
    const above = scored(
      scoreProgress({
        current: 6.5,
        target: { min: 4, max: 6 },
        polarity: 'range',
        tolerance: { relative: 0.1 },
      }),
    );
    expect(above.withinTolerance).toBe(true);
    const below = scored(
      scoreProgress({
        current: 3.5,
        target: { min: 4, max: 6 },
        polarity: 'range',
        tolerance: { relative: 0.1 },
      }),
    );
    expect(below.withinTolerance).toBe(false);
    expect(below.explanation.summary).toContain('Outside tolerance');
  });
});

describe('scoreProgress: tolerance', () => {
  it('absolute and relative tolerances; achieved is unchanged', () => {
    const abs = scored(scoreProgress({ current: 96, target: 100, polarity: 'increase', tolerance: 5 }));
    expect(abs.achieved).toBe(false);
    expect(abs.withinTolerance).toBe(true);
    expect(abs.explanation.intermediate.toleranceAmount).toBe(5);
    // 10% of |80| = 8 days: 88 is within, 88.5 is not
    expect(
      scored(scoreProgress({ current: 88, target: 80, polarity: 'decrease', tolerance: { relative: 0.1 } }))
        .withinTolerance,
    ).toBe(true);
    expect(
      scored(scoreProgress({ current: 88.5, target: 80, polarity: 'decrease', tolerance: { relative: 0.1 } }))
        .withinTolerance,
    ).toBe(false);
    expect(
      scored(scoreProgress({ current: 100, target: 100, polarity: 'increase', tolerance: 0 }))
        .withinTolerance,
    ).toBe(true);
    expect(
      scored(scoreProgress({ current: 90, target: 100, polarity: 'increase' })).withinTolerance,
    ).toBeNull();
  });
});

describe('scoreProgress: data statuses', () => {
  it('missing current → no_data; missing target → no_target; no_data first', () => {
    expect(scoreProgress({ current: null, target: 100, polarity: 'increase' })).toMatchObject({
      status: 'no_data',
      reason: 'missing_current',
    });
    expect(scoreProgress({ current: Number.NaN, target: 100, polarity: 'increase' }).status).toBe('no_data');
    expect(scoreProgress({ current: 5, target: null, polarity: 'increase' })).toMatchObject({
      status: 'no_target',
      reason: 'missing_target',
    });
    expect(scoreProgress({ current: 5, target: undefined, polarity: 'decrease' }).status).toBe('no_target');
    expect(scoreProgress({ current: null, target: null, polarity: 'increase' }).status).toBe('no_data');
  });

  it('neutral and mismatched targets → not_comparable', () => {
    const neutral = scoreProgress({ current: 5, target: 10, polarity: 'neutral' });
    expect(neutral).toMatchObject({ status: 'not_comparable', reason: 'neutral_polarity' });
    expect(neutral.explanation.summary).toContain('never scored');
    expect(scoreProgress({ current: 5, target: 10, polarity: 'range' })).toMatchObject({
      reason: 'range_target_expected',
    });
    expect(scoreProgress({ current: 5, target: { min: 1, max: 2 }, polarity: 'increase' })).toMatchObject({
      reason: 'point_target_expected',
    });
  });
});

describe('scoreProgress: display and decimals', () => {
  it('default decimals are the most among the inputs; rounding half away from zero', () => {
    const r = scored(scoreProgress({ current: 2.345, target: 3, polarity: 'increase', decimals: 2 }));
    expect(r.display.current).toBe('2.35');
    // 2.345/3 = 0.781666… → 78.2%
    expect(r.display.percentOfTarget).toBe('78.2%');
    const d = scored(scoreProgress({ current: 12.5, target: 10, baseline: 20, polarity: 'decrease' }));
    expect(d.display.target).toBe('10.0');
    expect(d.display.remaining).toBe('2.5');
    const p = scored(scoreProgress({ current: 1, target: 3, polarity: 'increase', percentDecimals: 3 }));
    expect(p.display.percentOfTarget).toBe('33.333%');
  });

  it('accepts decimal strings', () => {
    const r = scored(
      scoreProgress({ current: '36255', target: '33755', baseline: '43755', polarity: 'decrease' }),
    );
    expect(r.gapClosed).toBe(0.75);
  });
});

describe('scoreProgress: errors and purity', () => {
  it('throws ArgumentError with code and path', () => {
    const cases: [unknown, string][] = [
      [{ current: 1, target: 2, polarity: 'up' }, 'options.polarity'],
      [{ current: Number.POSITIVE_INFINITY, target: 2, polarity: 'increase' }, 'options.current'],
      [{ current: 'abc', target: 2, polarity: 'increase' }, 'options.current'],
      [{ current: 1, target: { min: 5, max: 4 }, polarity: 'range' }, 'options.target.min'],
      [{ current: 1, target: 2, polarity: 'increase', tolerance: -1 }, 'options.tolerance'],
      [{ current: 1, target: 2, polarity: 'increase', decimals: 13 }, 'options.decimals'],
      [{ current: 1, target: 2, polarity: 'increase', percentOfTarget: 'x' }, 'options.percentOfTarget'],
      [null, 'options'],
    ];
    for (const [options, path] of cases) {
      let error: unknown;
      try {
        scoreProgress(options as never);
      } catch (e) {
        error = e;
      }
      expect(error, path).toBeInstanceOf(ArgumentError);
      expect((error as ArgumentError).code).toBe('invalid_argument');
      expect((error as ArgumentError).path).toBe(path);
      expect((error as ArgumentError).message).toMatch(/^scoreProgress: expected .*, received /);
    }
  });

  it('pins a message', () => {
    expect(() => scoreProgress({ current: 1, target: 2, polarity: 'up' as never })).toThrow(
      "scoreProgress: expected options.polarity to be one of 'increase', 'decrease', 'range', 'neutral', received 'up'",
    );
  });

  it('does not mutate its input and is deterministic', () => {
    const options = Object.freeze({
      current: 120,
      target: Object.freeze({ min: 1, max: 200 }),
      baseline: 160,
      polarity: 'range' as const,
    });
    const a = scoreProgress(options);
    const b = scoreProgress(options);
    expect(a).toEqual(b);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});
