/**
 * A small plan for the progress chart and briefing tests, with figures chosen so that every expected
 * value can be worked out by hand: a monthly mean with a baseline and a year of history before it, a
 * monthly sum with a fiscal-year target, a percent from numerators and denominators with a target range,
 * and a yearly indicator whose data is late.
 */
import { type Plan, parsePlan } from '../../../src/index.js';

const months = (from: [number, number], count: number) =>
  Array.from({ length: count }, (_, k) => {
    const m = from[1] - 1 + k;
    return `${from[0] + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });

/** Days to inspection: 130 in 2022-01 falling by 1 a month, with a wobble of ±2 (alternating). */
export const dayPeriods = months([2022, 1], 30); // 2022-01 … 2024-06
export const dayValues = dayPeriods.map((_, k) => 130 - k + (k % 2 === 0 ? 2 : -2));
/** Abatements: 280 + 5k a month from 2023-07 (FY2024 starts in July). */
export const abatePeriods = months([2023, 7], 12); // 2023-07 … 2024-06
export const abateValues = abatePeriods.map((_, k) => 280 + 5 * k);
/** Share answered: numerators out of 200, from 2024-01. */
export const sharePeriods = months([2024, 1], 6);
export const shareNumerators = [170, 176, 180, 184, 186, 190];

export function testPlan(name = 'Riverton test plan'): Plan {
  return parsePlan({
    id: 'test',
    name,
    calendar: { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' },
    owners: [
      { id: 'code', name: 'Code Enforcement', kind: 'department' },
      { id: 'inspect', name: 'Inspections', kind: 'team', parentId: 'code' },
      { id: '311', name: '311 Customer Service', kind: 'department' },
    ],
    goals: [
      {
        id: 'blight',
        name: 'Fewer blighted properties',
        ownerId: 'code',
        children: [{ indicatorId: 'days' }, { indicatorId: 'abate' }],
      },
      {
        id: 'service',
        name: 'Responsive service',
        ownerId: '311',
        children: [{ indicatorId: 'share' }, { indicatorId: 'survey' }],
      },
    ],
    indicators: [
      {
        id: 'days',
        name: 'Days from complaint to inspection',
        polarity: 'decrease',
        frequency: 'month',
        aggregation: 'mean',
        unit: { type: 'duration', timeUnit: 'days' },
        decimals: 0,
        baseline: { period: '2022-12', value: 119 },
        targets: [{ period: '2024-12', value: 80, note: 'Council resolution 12' }],
        ownerId: 'inspect',
        reportingLagDays: 10,
      },
      {
        id: 'abate',
        name: 'Properties abated',
        polarity: 'increase',
        frequency: 'month',
        aggregation: 'sum',
        unit: { type: 'count', label: 'properties' },
        targets: [{ period: 'FY2024', value: 3600 }],
        ownerId: 'code',
        reportingLagDays: 10,
      },
      {
        id: 'share',
        name: '311 calls answered in 30 seconds',
        polarity: 'range',
        frequency: 'month',
        aggregation: 'ratio',
        unit: { type: 'percent' },
        decimals: 1,
        targets: [{ period: '2024', value: { min: 90, max: 95 } }],
        ownerId: '311',
        reportingLagDays: 10,
      },
      {
        id: 'survey',
        name: 'Residents satisfied',
        polarity: 'increase',
        frequency: 'year',
        aggregation: 'last',
        unit: { type: 'percent' },
        targets: [{ period: '2023', value: 70 }],
        ownerId: '311',
        reportingLagDays: 30,
      },
    ],
    observations: [
      ...dayPeriods.map((period, k) => ({ indicatorId: 'days', period, value: dayValues[k]! })),
      ...abatePeriods.map((period, k) => ({ indicatorId: 'abate', period, value: abateValues[k]! })),
      ...sharePeriods.map((period, k) => ({
        indicatorId: 'share',
        period,
        numerator: shareNumerators[k]!,
        denominator: 200,
      })),
      { indicatorId: 'survey', period: '2020', value: 61 },
      { indicatorId: 'survey', period: '2021', value: 64 },
    ],
  });
}
