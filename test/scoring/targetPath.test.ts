import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { PeriodError } from '../../src/errors/PeriodError.js';
import { targetPath } from '../../src/scoring/index.js';

const sum = (values: readonly number[]) => values.reduce((a, v) => a.plus(v), new Decimal(0));

describe('targetPath: level indicators', () => {
  it('BlightStat yearly linear path: 43,755 (2010) to 33,755 (2013)', () => {
    // step = −10000/3 = −3333.33…; 2011: 40421.67 → 40422; 2012: 37088.33 → 37088 (0 decimals, half away from zero)
    const r = targetPath({
      baseline: { period: '2010', value: 43755 },
      target: { period: '2013', value: 33755 },
      frequency: 'year',
      shape: 'linear',
    });
    expect(r.kind).toBe('level');
    expect(r.totals).toBeNull();
    expect(r.path).toEqual([
      { period: '2010', value: 43755, display: '43755' },
      { period: '2011', value: 40422, display: '40422' },
      { period: '2012', value: 37088, display: '37088' },
      { period: '2013', value: 33755, display: '33755' },
    ]);
    expect(r.explanation.intermediate.stepPerPeriod).toBeCloseTo(-10000 / 3, 10);
    expect(r.explanation.rule?.id).toBe('linear');
  });

  it('monthly level path ends exactly at the target (inspection days 160 → 80, 2 decimals)', () => {
    // from 2010-12 to 2013-12: 36 steps of −80/36 = −2.2222…
    const r = targetPath({
      baseline: { period: '2010', value: 160 },
      target: { period: '2013', value: 80 },
      frequency: 'month',
      shape: 'linear',
      decimals: 2,
    });
    expect(r.path.length).toBe(37);
    expect(r.path[0]).toEqual({ period: '2010-12', value: 160, display: '160.00' });
    expect(r.path[1]).toEqual({ period: '2011-01', value: 157.78, display: '157.78' });
    expect(r.path[18]).toEqual({ period: '2012-06', value: 120, display: '120.00' });
    expect(r.path[36]).toEqual({ period: '2013-12', value: 80, display: '80.00' });
  });

  it('compound path: constant growth rate, exact ends', () => {
    // 100 → 121 over two years: rate 10% a year; 2025 = 110
    const r = targetPath({
      baseline: { period: '2024', value: 100 },
      target: { period: '2026', value: 121 },
      frequency: 'year',
      shape: 'compound',
    });
    expect(r.path.map((p) => p.value)).toEqual([100, 110, 121]);
    expect(r.explanation.intermediate.growthRatePerPeriod).toBeCloseTo(0.1, 15);
    // quarterly, 1 decimal: 100·1.21^(k/8); k = 1 → 102.4 (102.41)
    const q = targetPath({
      baseline: { period: '2024', value: 100 },
      target: { period: '2026', value: 121 },
      frequency: 'quarter',
      shape: 'compound',
      decimals: 1,
    });
    expect(q.path[0]?.period).toBe('2024-Q4');
    expect(q.path[1]?.value).toBe(102.4);
    expect(q.path[4]?.value).toBe(110);
    expect(q.path.at(-1)).toEqual({ period: '2026-Q4', value: 121, display: '121.0' });
  });

  it('step path: baseline until the target period, the target within it', () => {
    const r = targetPath({
      baseline: { period: '2024', value: 10 },
      target: { period: '2025', value: 6 },
      frequency: 'quarter',
      shape: 'step',
    });
    expect(r.path.map((p) => `${p.period}=${p.value}`)).toEqual([
      '2024-Q4=10',
      '2025-Q1=6',
      '2025-Q2=6',
      '2025-Q3=6',
      '2025-Q4=6',
    ]);
  });

  it('fiscal years with the fiscal calendar (FY2025 starts July 2024)', () => {
    const r = targetPath({
      baseline: { period: 'FY2024', value: 100 },
      target: { period: 'FY2025', value: 88 },
      frequency: 'fiscal-quarter',
      shape: 'linear',
      calendar: { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' },
    });
    expect(r.path.map((p) => `${p.period}=${p.value}`)).toEqual([
      'FY2024-Q4=100',
      'FY2025-Q1=97',
      'FY2025-Q2=94',
      'FY2025-Q3=91',
      'FY2025-Q4=88',
    ]);
  });
});

describe('targetPath: additive indicators', () => {
  it('monthly targets of each year sum exactly to the annual target (1000 → 1300 over 3 years)', () => {
    const r = targetPath({
      baseline: { period: '2024', value: 1000 },
      target: { period: '2027', value: 1300 },
      frequency: 'month',
      shape: 'linear',
      aggregation: 'sum',
    });
    expect(r.kind).toBe('additive');
    expect(r.totals?.map((t) => t.value)).toEqual([1000, 1100, 1200, 1300]);
    expect(r.path.length).toBe(48);
    for (const year of ['2024', '2025', '2026', '2027']) {
      const months = r.path.filter((p) => p.period.startsWith(year)).map((p) => p.value);
      expect(months.length).toBe(12);
      const total = r.totals?.find((t) => t.period === year)?.value as number;
      expect(sum(months).eq(total)).toBe(true);
    }
    // 1000/12 = 83.33: 4 months get 84 (largest remainders tie → earliest), 8 get 83
    expect(r.path.slice(0, 12).map((p) => p.value)).toEqual([84, 84, 84, 84, 83, 83, 83, 83, 83, 83, 83, 83]);
  });

  it('decimal amounts: ten monthly shares of 0.1-cent precision sum exactly (money)', () => {
    const r = targetPath({
      baseline: { period: '2024', value: '1000.00' },
      target: { period: '2025', value: '1234.57' },
      frequency: 'month',
      shape: 'linear',
      aggregation: 'sum',
    });
    const months2025 = r.path.filter((p) => p.period.startsWith('2025'));
    expect(sum(months2025.map((p) => p.value)).toFixed(2)).toBe('1234.57');
    expect(months2025.every((p) => /^\d+\.\d\d$/.test(p.display))).toBe(true);
    // 1234.57 / 12 = 102.880833…: one month gets 102.89, eleven 102.88
    expect(months2025.filter((p) => p.value === 102.89).length).toBe(1);
  });

  it("seasonal: split by last year's monthly shares", () => {
    const lastYear = [80, 75, 90, 100, 110, 120, 130, 125, 105, 95, 85, 85]; // 1200
    const r = targetPath({
      baseline: { period: '2024', value: 1200 },
      target: { period: '2025', value: 1320 },
      frequency: 'month',
      shape: 'seasonal',
      aggregation: 'sum',
      profile: lastYear,
    });
    const y2025 = r.path.filter((p) => p.period.startsWith('2025')).map((p) => p.value);
    expect(sum(y2025).toNumber()).toBe(1320);
    // 1320·80/1200 = 88 exactly; 1320·75/1200 = 82.5 → 82 or 83 by largest remainder
    expect(y2025[0]).toBe(88);
    expect(y2025[6]).toBe(143); // 1320·130/1200 = 143
    // baseline year reproduces the profile exactly
    expect(r.path.slice(0, 12).map((p) => p.value)).toEqual(lastYear);
  });

  it('seasonal quarterly example: 1300 split 1:2:2:1 → 217, 433, 433, 217', () => {
    const r = targetPath({
      baseline: { period: '2024', value: 1000 },
      target: { period: '2025', value: 1300 },
      frequency: 'quarter',
      shape: 'seasonal',
      aggregation: 'sum',
      profile: [1, 2, 2, 1],
    });
    expect(r.path.slice(4).map((p) => p.value)).toEqual([217, 433, 433, 217]);
  });

  it('additive compound and step totals', () => {
    const c = targetPath({
      baseline: { period: '2024', value: 100 },
      target: { period: '2026', value: 144 },
      frequency: 'year',
      shape: 'compound',
      aggregation: 'sum',
    });
    expect(c.path.map((p) => p.value)).toEqual([100, 120, 144]);
    const s = targetPath({
      baseline: { period: '2024', value: 100 },
      target: { period: '2026', value: 160 },
      frequency: 'year',
      shape: 'step',
      aggregation: 'sum',
    });
    expect(s.totals?.map((p) => p.value)).toEqual([100, 100, 160]);
  });

  it('negative totals split exactly (net change targets)', () => {
    const r = targetPath({
      baseline: { period: '2024', value: -10 },
      target: { period: '2025', value: -7 },
      frequency: 'quarter',
      shape: 'linear',
      aggregation: 'sum',
    });
    const q2025 = r.path.slice(4).map((p) => p.value);
    expect(sum(q2025).toNumber()).toBe(-7);
    expect(q2025).toEqual([-1, -2, -2, -2]);
  });
});

describe('targetPath: errors', () => {
  const base = {
    baseline: { period: '2024', value: 1 },
    target: { period: '2026', value: 2 },
    frequency: 'year' as const,
    shape: 'linear' as const,
  };
  it('rejects invalid combinations with typed errors', () => {
    const cases: [Record<string, unknown>, string, typeof ArgumentError | typeof PeriodError][] = [
      [{ target: { period: '2023', value: 2 } }, 'options.target.period', ArgumentError],
      [{ target: { period: '2026-Q1', value: 2 } }, 'options.target.period', PeriodError],
      [{ frequency: 'week' }, 'options.frequency', PeriodError],
      [{ frequency: 'fortnight' }, 'options.frequency', ArgumentError],
      [{ shape: 'curve' }, 'options.shape', ArgumentError],
      [{ shape: 'compound', baseline: { period: '2024', value: 0 } }, 'options.shape', ArgumentError],
      [{ shape: 'compound', baseline: { period: '2024', value: -1 } }, 'options.shape', ArgumentError],
      [{ shape: 'seasonal', profile: [1] }, 'options.shape', ArgumentError],
      [{ shape: 'seasonal', aggregation: 'sum' }, 'options.profile', ArgumentError],
      [{ shape: 'seasonal', aggregation: 'sum', profile: [0, 0] }, 'options.profile', ArgumentError],
      [{ shape: 'seasonal', aggregation: 'sum', profile: [1, -1] }, 'options.profile[1]', ArgumentError],
      [
        { shape: 'seasonal', aggregation: 'sum', frequency: 'quarter', profile: [1, 2, 3] },
        'options.profile',
        ArgumentError,
      ],
      [{ profile: [1, 2] }, 'options.profile', ArgumentError],
      [{ baseline: { period: '2024', value: 1.25 }, decimals: 1 }, 'options.decimals', ArgumentError],
      [{ aggregation: 'median' }, 'options.aggregation', ArgumentError],
      [{ baseline: { period: '2024-13', value: 1 } }, 'options.baseline.period', PeriodError],
      [{ baseline: { period: 'FY2024', value: 1 } }, 'options.baseline.period', PeriodError],
      [{ baseline: null }, 'options.baseline', ArgumentError],
      [{ baseline: { period: '2024', value: 'x' } }, 'options.baseline.value', ArgumentError],
    ];
    for (const [patch, path, kind] of cases) {
      try {
        targetPath({ ...base, ...patch } as never);
        expect.fail(`${path} should throw`);
      } catch (error) {
        expect(error, JSON.stringify(patch)).toBeInstanceOf(kind);
        expect((error as ArgumentError).path, JSON.stringify(patch)).toBe(path);
        expect((error as Error).message).toMatch(/^targetPath: expected /);
      }
    }
  });

  it('does not mutate its input', () => {
    const options = structuredClone({
      ...base,
      shape: 'seasonal' as const,
      aggregation: 'sum' as const,
      profile: [3, 1],
      frequency: 'year' as const,
    });
    options.frequency = 'year';
    const copy = structuredClone(options);
    try {
      targetPath(options);
    } catch {
      // the profile length does not match a yearly split; only purity matters here
    }
    expect(options).toEqual(copy);
  });
});
