import { describe, expect, it } from 'vitest';
import { openSdgAggregate } from '../../../src/scoring/methods/index.js';

describe('openSdgAggregate', () => {
  it('takes the mean and bands it at 2.5 / 0 / -2.5 (>=)', () => {
    expect(openSdgAggregate([2.5])).toMatchObject({ status: 'substantial_progress', score: 2.5 });
    expect(openSdgAggregate([0])).toMatchObject({ status: 'moderate_progress' });
    expect(openSdgAggregate([-2.5])).toMatchObject({ status: 'limited_progress' });
    expect(openSdgAggregate([-2.6])).toMatchObject({ status: 'deterioration' });
    expect(openSdgAggregate([1, 2, 6 - 3]).score).toBe(2);
  });

  it('averages sub-indicator groups first, to any depth', () => {
    // group [5, 1] → 3, group [[-5, -3], 0] → [-4, 0] → -2; indicator: mean(3, -2, 4) = 5/3
    const result = openSdgAggregate([[5, 1], [[-5, -3], 0], 4]);
    expect(result.score).toBeCloseTo(5 / 3, 12);
    expect(result.items).toBe(3);
  });

  it('is target_achieved only when every item achieved its target', () => {
    const achieved = { status: 'target_achieved' as const, score: 5 };
    expect(openSdgAggregate([achieved, achieved]).status).toBe('target_achieved');
    expect(openSdgAggregate([achieved, { status: 'limited_progress', score: -1 }])).toMatchObject({
      status: 'moderate_progress',
      score: 2,
    });
    expect(openSdgAggregate([achieved, { status: 'not_available', score: null }])).toMatchObject({
      status: 'substantial_progress',
      score: 5,
      assessed: 1,
    });
  });

  it('leaves out missing scores and is not_available without any', () => {
    expect(openSdgAggregate([null, Number.NaN, 2])).toMatchObject({ score: 2, assessed: 1 });
    expect(openSdgAggregate([null, []])).toMatchObject({
      status: 'not_available',
      score: null,
      label: 'Unable to assess',
    });
    expect(openSdgAggregate([]).status).toBe('not_available');
  });

  it("uses the minimum with method 'min' (older Open SDG code)", () => {
    expect(openSdgAggregate([3, -1, 4], { method: 'min' })).toMatchObject({
      score: -1,
      status: 'limited_progress',
    });
  });

  it('validates items and options', () => {
    expect(() => openSdgAggregate([6])).toThrow(
      'openSdgAggregate: expected items[0] to be a score in [-5, 5], received 6',
    );
    expect(() => openSdgAggregate([[1, 'x' as never]])).toThrow(/items\[0\]\[1\]/);
    expect(() => openSdgAggregate([{ status: 'great', score: 1 } as never])).toThrow(/items\[0\]\.status/);
    expect(() => openSdgAggregate([1], { method: 'max' as never })).toThrow(/options.method/);
    expect(() => openSdgAggregate('x' as never)).toThrow(/items to be an array/);
  });
});
