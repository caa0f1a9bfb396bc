import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { withHysteresis } from '../../src/scoring/index.js';

describe('withHysteresis', () => {
  it('holds a status until a new one lasts N periods', () => {
    const raw = [
      'off_track',
      'at_risk',
      'off_track',
      'at_risk',
      'at_risk',
      'on_track',
      'at_risk',
      'on_track',
      'on_track',
    ];
    const r = withHysteresis(raw, { periods: 2 });
    expect(r.statuses).toEqual([
      'off_track',
      'off_track',
      'off_track',
      'off_track',
      'at_risk',
      'at_risk',
      'at_risk',
      'at_risk',
      'on_track',
    ]);
    expect(r.current).toBe('on_track');
    expect(r.explanation.intermediate).toEqual({ flips: 2, suppressed: 4 });
  });

  it('a different new status restarts the run', () => {
    expect(withHysteresis(['a', 'b', 'c', 'b', 'b'], { periods: 2 }).statuses).toEqual([
      'a',
      'a',
      'a',
      'a',
      'b',
    ]);
    expect(withHysteresis(['a', 'b', 'b', 'b'], { periods: 3 }).statuses).toEqual(['a', 'a', 'a', 'b']);
  });

  it('periods 1 is the identity', () => {
    const raw = ['a', 'b', 'a', 'c'];
    expect(withHysteresis(raw, { periods: 1 }).statuses).toEqual(raw);
  });

  it('data statuses show at once and neither count towards nor break a run', () => {
    const r = withHysteresis(['on_track', 'off_track', 'no_data', 'off_track', 'not_due'], { periods: 2 });
    expect(r.statuses).toEqual(['on_track', 'on_track', 'no_data', 'off_track', 'not_due']);
    // a leading data status does not become the held status
    expect(withHysteresis(['no_data', 'red', 'amber'], { periods: 2 }).statuses).toEqual([
      'no_data',
      'red',
      'red',
    ]);
    // custom immediate list
    expect(withHysteresis(['red', 'no_data'], { periods: 3, immediate: [] }).statuses).toEqual([
      'red',
      'red',
    ]);
  });

  it('keeps periods from { period, status } input', () => {
    const r = withHysteresis(
      [
        { period: '2024-01', status: 'red' },
        { period: '2024-02', status: 'amber' },
      ],
      { periods: 2 },
    );
    expect(r.steps).toEqual([
      { period: '2024-01', raw: 'red', status: 'red', pending: null, count: 0 },
      { period: '2024-02', raw: 'amber', status: 'red', pending: 'amber', count: 1 },
    ]);
  });

  it('empty input', () => {
    const r = withHysteresis([], { periods: 3 });
    expect(r.statuses).toEqual([]);
    expect(r.current).toBeNull();
  });

  it('throws on bad arguments and does not mutate', () => {
    expect(() => withHysteresis(['a'], { periods: 0 })).toThrow(ArgumentError);
    expect(() => withHysteresis(['a'], { periods: 1.5 })).toThrow(
      'withHysteresis: expected options.periods to be an integer >= 1, received 1.5',
    );
    expect(() => withHysteresis('abc' as never, { periods: 1 })).toThrow(ArgumentError);
    expect(() => withHysteresis(['a'], null as never)).toThrow(ArgumentError);
    expect(() => withHysteresis([3 as never], { periods: 1 })).toThrow(
      'withHysteresis: expected statuses[0] to be a status string, received 3',
    );
    const input = Object.freeze(['a', 'b', 'b']);
    expect(withHysteresis(input, { periods: 2 }).statuses).toEqual(['a', 'a', 'b']);
  });
});
