import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { parsePlan } from '../../src/model/index.js';
import { diffReports, evaluatePlan } from '../../src/rollup/index.js';

const root = join(import.meta.dirname, '..', '..');
const riverton = parsePlan(
  JSON.parse(readFileSync(join(root, 'examples', 'data', 'city-plan.json'), 'utf8')),
);
const january = evaluatePlan(riverton, { asOf: '2014-01-31' });
const april = evaluatePlan(riverton, { asOf: '2014-04-30' });

describe('diffReports', () => {
  it('lists what changed in Riverton between the January and April meetings', () => {
    const diff = diffReports(january, april);
    expect(diff.asOf).toEqual({ previous: '2014-01-31', current: '2014-04-30' });
    expect(diff.statusChanges.map((c) => [c.kind, c.id, c.from, c.to])).toEqual([
      ['indicator', 'inspection-days', 'achieved', 'at_risk'],
      ['indicator', 'dumping-complaints', 'at_risk', 'achieved'],
    ]);
    expect(diff.newlyOffTrack).toEqual([]);
    expect(diff.backOnTrack.map((c) => c.id)).toEqual(['dumping-complaints']);
    expect(diff.newlyLate.map((c) => [c.id, c.ownerId, c.expectedPeriod, c.dueDate])).toEqual([
      ['dumping-complaints', 'sanitation', '2014-W16', '2014-04-23'],
      ['calls-answered', '311', '2014-03', '2014-04-07'],
    ]);
    expect(diff.caughtUp).toEqual([]);
    expect(diff.goalScoreChanges.map((g) => g.id)).toEqual([
      'healthy-neighborhoods',
      'city',
      'responsive-government',
    ]);
    expect(diff.goalScoreChanges[0]?.change).toBeCloseTo(0.9805042016806722 - 0.9951690821256038, 15);
    expect(diff.added).toEqual({ indicatorIds: [], goalIds: [] });
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
  it('the reverse direction: caught up, and goal status changes', () => {
    const diff = diffReports(april, january);
    expect(diff.caughtUp.map((c) => c.id)).toEqual(['dumping-complaints', 'calls-answered']);
    expect(diff.backOnTrack.map((c) => c.id)).toEqual(['inspection-days']);
  });
  it('newly off track, added and removed, goal status changes; data statuses are not "back on track"', () => {
    const worse = {
      ...april,
      indicators: april.indicators
        .filter((r) => r.id !== 'population')
        .map((r) =>
          r.id === 'inspection-days'
            ? { ...r, status: 'off_track' }
            : r.id === 'budget-execution'
              ? { ...r, status: 'achieved' }
              : r,
        ),
      goals: [
        ...april.goals.map((g) => (g.id === 'city' ? { ...g, status: 'at_risk' } : g)),
        { ...april.goals[0]!, id: 'extra' },
      ],
    };
    // budget-execution as a data status before (a range target without a tolerance outside its band)
    const before = {
      ...april,
      indicators: april.indicators.map((r) =>
        r.id === 'budget-execution' ? { ...r, status: 'not_comparable' } : r,
      ),
    };
    const diff = diffReports(before, worse);
    expect(diff.newlyOffTrack.map((c) => c.id)).toEqual(['inspection-days']);
    expect(diff.backOnTrack).toEqual([]);
    expect(diff.statusChanges.map((c) => [c.kind, c.id])).toEqual([
      ['indicator', 'inspection-days'],
      ['indicator', 'budget-execution'],
      ['goal', 'city'],
    ]);
    expect(diff.added).toEqual({ indicatorIds: [], goalIds: ['extra'] });
    expect(diff.removed).toEqual({ indicatorIds: ['population'], goalIds: [] });
    const custom = diffReports(before, worse, { offTrack: ['off_track', 'at_risk'], onTrack: ['achieved'] });
    // at_risk was already "off track" under these lists; budget-execution went from a data status to achieved
    expect(custom.newlyOffTrack).toEqual([]);
    expect(custom.backOnTrack).toEqual([]);
  });
  it('rejects what is not a report', () => {
    expect(() => diffReports(null as never, april)).toThrow(
      'diffReports: expected previous to be a plan report (the result of evaluatePlan), received null',
    );
    expect(() => diffReports(april, { indicators: [] } as never)).toThrow(ArgumentError);
    expect(() => diffReports(april, april, 3 as never)).toThrow(
      'diffReports: expected options to be an object, received 3',
    );
    expect(() => diffReports(april, april, { onTrack: 'x' as never })).toThrow(
      "diffReports: expected options.onTrack to be an array of statuses, received 'x'",
    );
  });
  it('does not mutate its inputs', () => {
    const copies = [structuredClone(january), structuredClone(april)];
    diffReports(january, april);
    expect([january, april]).toEqual(copies);
  });
});
