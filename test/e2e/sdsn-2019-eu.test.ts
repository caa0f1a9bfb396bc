/**
 * SDSN & IEEP 2019 Europe Sustainable Development Report, end to end through the plan API (a thin check:
 * every published figure is also tested method by method in test/scoring/methods/sdsn2019eu.test.ts).
 * Read in place from `shared/data/sdsn-2019-eu/sdsn2019eu.json` (see its SOURCE.md).
 *
 * The plan is ours: the 113 indicators with their direction, grouped into 17 goals rolled up by a plain
 * mean; countries as a dimension. Observations come through `observationsFromRows`; `sdsnScore` normalises
 * each value, `rollup` (method `mean`, missing `ignore`) gives each country's goal score, and
 * `sdsnGoalColour` the goal's dashboard colour (the two worst indicators).
 *
 * Match rates (asserted): 3,163 / 3,163 normalised scores; 493 / 493 goal scores and goal colours.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../src/model/index.js';
import { observationsFromRows, parsePlan } from '../../src/model/index.js';
import { rollup } from '../../src/rollup/index.js';
import { sdsnGoalColour, sdsnScore } from '../../src/scoring/index.js';
import { hasShared, readSharedJson, sharedSkipReason } from '../helpers/shared.js';
import { near } from './helpers/data.js';

interface Indicator {
  id: string;
  name: string;
  sdg: number;
  direction: 'increase' | 'decrease';
  upperBound: number;
  lowerBound: number;
  greenThreshold: number;
  redThreshold: number;
  referenceYear: number;
}
interface Data {
  indicators: Indicator[];
  rows: Array<{
    indicator: string;
    countryCode: string;
    value: number;
    year?: number | null;
    expected: { score: number };
  }>;
  goals: Array<{ countryCode: string; sdg: number; expected: { score: number; colour: string } }>;
}

describe.skipIf(!hasShared)(
  `SDSN 2019 Europe report through the plan API ${hasShared ? '' : sharedSkipReason}`,
  () => {
    const data = hasShared ? readSharedJson<Data>('data', 'sdsn-2019-eu', 'sdsn2019eu.json') : null;
    let observations: Observation[] = [];
    const byId = new Map((data?.indicators ?? []).map((i) => [i.id, i]));

    beforeAll(() => {
      if (data === null) return;
      const plan = parsePlan({
        id: 'sdsn-2019-eu',
        name: '2019 Europe Sustainable Development Report',
        indicators: data.indicators.map((i) => ({
          id: i.id,
          name: i.name,
          polarity: i.direction,
          frequency: 'year' as const,
          aggregation: 'last' as const,
          unit: { type: 'custom' as const, label: 'as in the codebook' },
          dimensions: [{ id: 'country' }],
        })),
        goals: [...new Set(data.indicators.map((i) => i.sdg))].map((sdg) => ({
          id: `sdg${sdg}`,
          name: `SDG ${sdg}`,
          rollup: 'mean' as const,
          missing: 'ignore' as const,
          children: data.indicators.filter((i) => i.sdg === sdg).map((i) => ({ indicatorId: i.id })),
        })),
      });
      const imported = observationsFromRows(
        data.rows.map((r) => ({
          indicator: r.indicator,
          // The value's year where the workbook proves it, else the codebook's reference year of the indicator.
          year: String(r.year ?? byId.get(r.indicator)?.referenceYear),
          value: r.value,
          country: r.countryCode,
        })),
        { indicator: 'indicator', period: 'year', value: 'value', dimensions: { country: 'country' } },
        { plan },
      );
      expect(imported.issues).toEqual([]);
      observations = imported.observations;
      parsePlan({ ...plan, observations });
    });

    it('reproduces every normalised score (3,163 / 3,163) and every goal score and colour (493 / 493)', () => {
      if (data === null) return;
      expect(observations).toHaveLength(3163);
      const values = new Map(
        observations.map((o) => [`${o.dimensions?.country}|${o.indicatorId}`, Number(o.value)]),
      );
      let scores = 0;
      data.rows.forEach((r, i) => {
        const o = observations[i] as Observation;
        if (
          near(sdsnScore(Number(o.value), byId.get(r.indicator) as Indicator).score, r.expected.score, 1e-9)
        )
          scores++;
      });
      expect(scores).toBe(3163);
      let goalScores = 0;
      let goalColours = 0;
      for (const goal of data.goals) {
        const indicators = data.indicators.filter((i) => i.sdg === goal.sdg);
        const result = rollup(
          {
            id: `sdg${goal.sdg}`,
            method: 'mean',
            missing: 'ignore',
            children: indicators.map((i) => {
              const value = values.get(`${goal.countryCode}|${i.id}`);
              return { id: i.id, score: value === undefined ? null : sdsnScore(value, i).score };
            }),
          },
          {},
        );
        if (near(result.score, goal.expected.score, 1e-9)) goalScores++;
        const colour = sdsnGoalColour(
          indicators.map((i) => ({ ...i, value: values.get(`${goal.countryCode}|${i.id}`) ?? null })),
        );
        if (colour.colour === goal.expected.colour) goalColours++;
      }
      expect([goalScores, goalColours]).toEqual([493, 493]);
    });
  },
);
