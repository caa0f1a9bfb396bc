/**
 * Writes `examples/data/city-plan.json`: an illustrative plan for the fictional city of Riverton, built
 * around the BlightStat figures New Orleans published (blighted residential addresses 43,755 in 2010, a
 * goal to reduce them by 10,000 in three years; days from complaint to inspection cut from 160 to 80).
 * The other figures are invented but plausible, generated with a fixed seed so the file is reproducible:
 * `npx tsx examples/data/make-city-plan.ts`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small, well-known seeded PRNG, so the example data never changes between runs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20100101);
const noise = (scale: number) => (random() + random() + random() - 1.5) * scale;
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

const months: string[] = [];
for (let y = 2010; y <= 2013; y++)
  for (let m = 1; m <= 12; m++) months.push(`${y}-${String(m).padStart(2, '0')}`);
months.push('2014-01', '2014-02', '2014-03');

const observations: Record<string, unknown>[] = [];

// Blighted residential addresses, annual count (BlightStat: 43,755 in 2010; goal -10,000 by 2013).
[
  ['2010', 43755],
  ['2011', 40110],
  ['2012', 36200],
  ['2013', 33140],
].forEach(([period, value]) => {
  observations.push({ indicatorId: 'blighted-residences', period, value });
});

// Mean days from complaint to first inspection, monthly: 160 in early 2010 falling toward 80.
months.forEach((period, i) => {
  const trend = 160 - Math.min(i, 40) * 2.05;
  observations.push({
    indicatorId: 'inspection-days',
    period,
    value: round(Math.max(55, trend + noise(12)), 1),
  });
});

// Blighted properties brought into compliance or demolished, monthly count.
months.forEach((period, i) => {
  observations.push({ indicatorId: 'blight-abatements', period, value: Math.round(230 + i * 4 + noise(60)) });
});

// Potholes repaired within two business days: numerator and denominator, monthly.
months.forEach((period, i) => {
  const reported = Math.round(900 + 500 * Math.max(0, Math.sin(((i % 12) - 1) / 1.9)) + noise(120));
  const share = Math.min(0.97, 0.72 + i * 0.004 + noise(0.05));
  observations.push({
    indicatorId: 'potholes-on-time',
    period,
    numerator: Math.round(reported * share),
    denominator: reported,
  });
});

// 311 calls answered within 30 seconds, monthly; the last month is provisional and March 2014 is late.
months.slice(0, -1).forEach((period, i) => {
  const calls = Math.round(21000 + noise(2500));
  const share = Math.min(0.95, 0.64 + i * 0.003 + noise(0.06));
  observations.push({
    indicatorId: 'calls-answered',
    period,
    numerator: Math.round(calls * share),
    denominator: calls,
    ...(period === '2014-02' ? { status: 'provisional' } : {}),
  });
});

// Traffic fatalities, annual.
[
  ['2010', 41],
  ['2011', 44],
  ['2012', 37],
  ['2013', 39],
].forEach(([period, value]) => {
  observations.push({ indicatorId: 'traffic-deaths', period, value });
});

// Illegal dumping complaints, weekly, by district.
const districts = ['A', 'B', 'C', 'D', 'E'];
for (let y = 2013; y <= 2014; y++) {
  const weeks = y === 2013 ? 52 : 12;
  for (let w = 1; w <= weeks; w++) {
    const period = `${y}-W${String(w).padStart(2, '0')}`;
    districts.forEach((district, d) => {
      const base = [14, 9, 22, 6, 11][d]! - (y - 2013) * 2 - w * 0.02;
      observations.push({
        indicatorId: 'dumping-complaints',
        period,
        value: Math.max(0, Math.round(base + noise(6))),
        dimensions: { district },
      });
    });
  }
}

// Spending as a share of the adopted budget, by fiscal quarter (FY starts in July): the target is a band.
[
  'FY2012-Q1',
  'FY2012-Q2',
  'FY2012-Q3',
  'FY2012-Q4',
  'FY2013-Q1',
  'FY2013-Q2',
  'FY2013-Q3',
  'FY2013-Q4',
  'FY2014-Q1',
  'FY2014-Q2',
].forEach((period, i) => {
  observations.push({
    indicatorId: 'budget-execution',
    period,
    value: round(99.5 + noise(4) + (i === 6 ? 4 : 0), 1),
  });
});

// Code-enforcement fines collected, monthly, in exact dollars and cents.
months.forEach((period, i) => {
  const dollars = 180000 + i * 2500 + noise(40000);
  observations.push({ indicatorId: 'fines-collected', period, value: dollars.toFixed(2) });
});

// Resident population estimate (context, not scored).
[
  ['2010', 343829],
  ['2011', 360740],
  ['2012', 369250],
  ['2013', 378715],
].forEach(([period, value]) => {
  observations.push({ indicatorId: 'population', period, value });
});

const plan = {
  $schema: '../../schema/plan.schema.json',
  id: 'riverton-2014',
  name: 'Riverton Performance Plan 2011-2014',
  description:
    'An illustrative city plan built around the BlightStat figures: blighted residences 43,755 in 2010, to be reduced by 10,000 in three years; days from complaint to inspection cut from 160 to 80.',
  calendar: { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' },
  owners: [
    { id: 'mayor', name: "Mayor's Office", kind: 'department' },
    { id: 'opa', name: 'Office of Performance and Accountability', kind: 'team', parentId: 'mayor' },
    { id: 'code', name: 'Code Enforcement', kind: 'department' },
    { id: 'code-inspections', name: 'Inspections Division', kind: 'team', parentId: 'code' },
    { id: 'chief-inspector', name: 'Chief Inspector', kind: 'person', parentId: 'code-inspections' },
    { id: 'dpw', name: 'Department of Public Works', kind: 'department' },
    { id: 'dpw-streets', name: 'Streets and Roads', kind: 'team', parentId: 'dpw' },
    { id: 'sanitation', name: 'Sanitation', kind: 'department' },
    { id: '311', name: '311 Customer Service', kind: 'team', parentId: 'mayor' },
    { id: 'finance', name: 'Finance Department', kind: 'department' },
    { id: 'police', name: 'Police Department', kind: 'department' },
  ],
  goals: [
    {
      id: 'city',
      name: 'A safe, clean and responsive Riverton',
      ownerId: 'mayor',
      children: [
        { goalId: 'healthy-neighborhoods', weight: 2 },
        { goalId: 'safe-streets' },
        { goalId: 'responsive-government' },
      ],
    },
    {
      id: 'healthy-neighborhoods',
      name: 'Healthy neighborhoods: fewer blighted properties',
      ownerId: 'code',
      children: [
        { indicatorId: 'blighted-residences', weight: 3 },
        { indicatorId: 'inspection-days', weight: 2 },
        { indicatorId: 'blight-abatements' },
        { indicatorId: 'dumping-complaints' },
      ],
      tags: ['BlightStat'],
    },
    {
      id: 'safe-streets',
      name: 'Safe, well-kept streets',
      ownerId: 'dpw',
      rollup: 'min',
      children: [{ indicatorId: 'potholes-on-time' }, { indicatorId: 'traffic-deaths' }],
    },
    {
      id: 'responsive-government',
      name: 'Responsive, well-run government',
      ownerId: 'opa',
      children: [
        { indicatorId: 'calls-answered' },
        { indicatorId: 'budget-execution' },
        { indicatorId: 'fines-collected' },
      ],
    },
  ],
  indicators: [
    {
      id: 'blighted-residences',
      name: 'Blighted or vacant residential addresses',
      description: 'Residential addresses surveyed as blighted or vacant lots.',
      definition:
        'Count of residential addresses classed blighted or empty lot in the annual address survey.',
      dataSource: 'Annual blight survey (postal vacancy data and field survey)',
      kind: 'outcome',
      rbaCategory: 'better_off',
      unit: { type: 'count', label: 'addresses' },
      polarity: 'decrease',
      frequency: 'year',
      aggregation: 'last',
      decimals: 0,
      baseline: { period: '2010', value: 43755 },
      targets: [
        {
          period: '2013',
          value: 33755,
          tolerance: { relative: 0.05 },
          note: 'Mayor: reduce by 10,000 in three years',
        },
      ],
      ownerId: 'code',
      reportingLagDays: 60,
      tags: ['BlightStat'],
    },
    {
      id: 'inspection-days',
      name: 'Days from complaint to first inspection',
      definition:
        'Mean calendar days from a blight complaint to its first inspection, by month of inspection.',
      dataSource: 'Code enforcement case system',
      kind: 'efficiency',
      rbaCategory: 'how_well',
      unit: { type: 'duration', timeUnit: 'days' },
      polarity: 'decrease',
      frequency: 'month',
      aggregation: 'mean',
      decimals: 1,
      baseline: { period: '2010-01', value: 160 },
      targets: [
        { period: '2012-12', value: 80, tolerance: 10 },
        { period: '2013-12', value: 75, tolerance: 10 },
      ],
      ownerId: 'chief-inspector',
      reportingLagDays: 15,
      tags: ['BlightStat'],
    },
    {
      id: 'blight-abatements',
      name: 'Blighted properties abated',
      definition: 'Properties brought into compliance, sold, or demolished in the month.',
      kind: 'output',
      rbaCategory: 'how_much',
      unit: { type: 'count', label: 'properties' },
      polarity: 'increase',
      frequency: 'month',
      aggregation: 'sum',
      decimals: 0,
      targets: [
        { period: 'FY2013', value: 3600 },
        { period: 'FY2014', value: 4000 },
      ],
      ownerId: 'code-inspections',
      reportingLagDays: 15,
    },
    {
      id: 'dumping-complaints',
      name: 'Illegal dumping complaints',
      kind: 'outcome',
      rbaCategory: 'better_off',
      unit: { type: 'count', label: 'complaints' },
      polarity: 'decrease',
      frequency: 'week',
      aggregation: 'sum',
      decimals: 0,
      targets: [{ period: '2014', value: 2600 }],
      ownerId: 'sanitation',
      reportingLagDays: 3,
      dimensions: [{ id: 'district', name: 'Council district', values: ['A', 'B', 'C', 'D', 'E'] }],
    },
    {
      id: 'potholes-on-time',
      name: 'Potholes repaired within two business days',
      definition: 'Pothole requests closed within two business days / pothole requests closed.',
      kind: 'quality',
      rbaCategory: 'how_well',
      unit: { type: 'percent' },
      polarity: 'increase',
      frequency: 'month',
      aggregation: 'ratio',
      decimals: 1,
      baseline: { period: '2010-01', value: 72 },
      targets: [{ period: 'FY2014', value: 90, tolerance: 5 }],
      ownerId: 'dpw-streets',
      reportingLagDays: 10,
    },
    {
      id: 'traffic-deaths',
      name: 'Traffic fatalities',
      kind: 'outcome',
      rbaCategory: 'better_off',
      unit: { type: 'count', label: 'deaths' },
      polarity: 'decrease',
      frequency: 'year',
      aggregation: 'sum',
      decimals: 0,
      baseline: { period: '2010', value: 41 },
      targets: [{ period: '2013', value: 30 }],
      ownerId: 'police',
      reportingLagDays: 90,
    },
    {
      id: 'calls-answered',
      name: '311 calls answered within 30 seconds',
      kind: 'quality',
      rbaCategory: 'how_well',
      unit: { type: 'percent' },
      polarity: 'increase',
      frequency: 'month',
      aggregation: 'ratio',
      decimals: 1,
      targets: [{ period: 'FY2014', value: 80, tolerance: { relative: 0.1 } }],
      ownerId: '311',
      reportingLagDays: 7,
    },
    {
      id: 'budget-execution',
      name: 'Spending as a share of the adopted budget',
      kind: 'input',
      unit: { type: 'percent', allowOutsideRange: true },
      polarity: 'range',
      frequency: 'fiscal-quarter',
      aggregation: 'last',
      decimals: 1,
      targets: [{ period: 'FY2014', value: { min: 97, max: 102 }, tolerance: 2 }],
      ownerId: 'finance',
      reportingLagDays: 45,
    },
    {
      id: 'fines-collected',
      name: 'Code-enforcement fines collected',
      kind: 'output',
      rbaCategory: 'how_much',
      unit: { type: 'currency', currency: 'USD' },
      polarity: 'increase',
      frequency: 'month',
      aggregation: 'sum',
      decimals: 2,
      targets: [{ period: 'FY2014', value: '2700000.00' }],
      ownerId: 'finance',
      reportingLagDays: 20,
    },
    {
      id: 'population',
      name: 'Resident population (estimate)',
      kind: 'input',
      unit: { type: 'count', label: 'residents' },
      polarity: 'neutral',
      frequency: 'year',
      aggregation: 'last',
      decimals: 0,
      dataSource: 'Census Bureau population estimates',
      ownerId: 'opa',
      reportingLagDays: 180,
    },
  ],
  observations,
};

const out = join(dirname(fileURLToPath(import.meta.url)), 'city-plan.json');
writeFileSync(out, `${JSON.stringify(plan, null, 2)}\n`);
console.log(`wrote ${out}: ${observations.length} observations`);
