/** No published method mutates its arguments: every input is deep-frozen (a write would throw in strict mode). */
import { describe, expect, it } from 'vitest';
import * as methods from '../../../src/scoring/methods/index.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const series = () =>
  deepFreeze([
    { year: 2022, value: 14 },
    { year: 2015, value: 10 },
    { year: 2018, value: 12 },
    { year: 2020, value: null },
    { year: 2021, value: 13 },
    { year: 2019, value: 12.5 },
    { year: 2017, value: 11 },
  ]);

describe('published methods leave their inputs untouched', () => {
  it('series-based methods', () => {
    const s = series();
    const before = JSON.stringify(s);
    const polarity = 'increase' as const;
    methods.openSdgProgress(s, deepFreeze({ polarity, target: 20, naturalLimit: null }));
    methods.unsdProgress(s, deepFreeze({ polarity, target: 20, thresholds: { onTrack: 0.9 } }));
    methods.eurostatProgress(s, deepFreeze({ polarity, target: 20, thresholds: { targetModerate: 0.5 } }));
    methods.escapCurrentStatus(s, deepFreeze({ polarity, target: 20 }));
    methods.escapAnticipatedProgress(s, deepFreeze({ polarity, target: 20, thresholds: { accelerate: 1 } }));
    methods.destatisWeather(
      s,
      deepFreeze({ polarity, target: 20, targetYear: 2030, thresholds: { sun: 0.05 } }),
    );
    expect(JSON.stringify(s)).toBe(before);
    expect(s[0]?.year).toBe(2022);
  });

  it('value-based methods and aggregators', () => {
    const t = deepFreeze({ upperBound: 100, lowerBound: 0, greenThreshold: 70, redThreshold: 40 });
    methods.sdsnScore(50, t);
    methods.sdsnColour(50, t);
    methods.sdsnGoalColour(
      deepFreeze([
        { ...t, value: 50 },
        { ...t, value: 80 },
      ]),
      deepFreeze({ minCoverage: 0.5 }),
    );
    methods.sdsnTrend(deepFreeze({ startYear: 2015, startValue: 10, endYear: 2018, endValue: 20 }), t);
    methods.sdsnGoalScore(deepFreeze([10, null, 30]));
    methods.sdsnIndex(deepFreeze([10, 30]));
    methods.openSdgAggregate(deepFreeze([1, [2, 3], { status: 'limited_progress' as const, score: -1 }]));
    methods.okrGrade(
      deepFreeze([{ planned: 6, achieved: 3 }, { achieved: true }, 0.6]),
      deepFreeze({ sweetSpot: [0.6, 0.7] as const }),
    );
    methods.okrColour(0.5, deepFreeze({ bands: [{ colour: 'green', min: 0.5 }] }));
    methods.oecdDistance(1, deepFreeze({ target: 2, standardDeviation: 1, polarity: 'increase' as const }));
    const values = deepFreeze([1, 2, 3]);
    methods.nycMmrTrend(values, deepFreeze({ desiredDirection: 'up' as const }));
    expect(values).toEqual([1, 2, 3]);
  });
});
