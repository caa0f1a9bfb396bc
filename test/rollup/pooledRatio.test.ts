/**
 * pooledRatio: exact golden values from Python's fractions (test/fixtures/rollup/pooled_ratio_golden.py), the
 * NHS England worked month 2020-01 (shared/data/nhs-ae-4hour/SOURCE.md), policies, statuses and errors.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { type PooledRatioPart, pooledRatio } from '../../src/rollup/index.js';

interface Case {
  parts: Array<[number | null, number | null]>;
  missing: 'exclude' | 'zero' | 'strict';
  scale: number;
  expected: {
    status: 'ok' | 'no_data';
    reason?: string;
    value?: number;
    numerator?: number;
    denominator?: number;
    used?: number;
    incomplete?: string[];
    leftOutDenominator?: number;
  };
}
const golden = JSON.parse(
  readFileSync(new URL('../fixtures/rollup/pooled-ratio-golden.json', import.meta.url), 'utf8'),
) as { generator: string; cases: Case[] };

describe('pooledRatio', () => {
  it(`matches exact rational arithmetic on ${golden.cases.length} cases (${golden.generator})`, () => {
    expect(golden.cases.length).toBe(45);
    for (const c of golden.cases) {
      const parts = c.parts.map(([numerator, denominator]) => ({ numerator, denominator }));
      const r = pooledRatio(parts, { missing: c.missing, scale: c.scale });
      expect(r.status).toBe(c.expected.status);
      if (r.status === 'ok') {
        expect(r.value).toBe(c.expected.value);
        expect(r.numerator).toBe(c.expected.numerator);
        expect(r.denominator).toBe(c.expected.denominator);
        expect(r.coverage.used).toBe(c.expected.used);
        expect(r.coverage.incomplete).toEqual(c.expected.incomplete);
        expect(r.coverage.leftOutDenominator).toBe(c.expected.leftOutDenominator);
      } else {
        expect(r.reason).toBe(c.expected.reason);
      }
    }
  });

  it('NHS England 2020-01: breaches over the attendances of reporting providers only', () => {
    // England: 348,776 breaches; 2,114,709 attendances, of which 1,904,091 at providers that reported breaches.
    const parts: PooledRatioPart[] = [
      { id: 'reporting', numerator: 348776, denominator: 1904091 },
      { id: 'field-test sites', numerator: null, denominator: 2114709 - 1904091 },
    ];
    const published = pooledRatio(parts);
    expect(1 - (published.status === 'ok' ? published.value : 0)).toBeCloseTo(0.816828, 6);
    expect(published).toMatchObject({
      coverage: { used: 1, incomplete: ['field-test sites'], leftOutDenominator: 210618 },
    });
    const naive = pooledRatio(parts, { missing: 'zero' });
    expect(1 - (naive.status === 'ok' ? naive.value : 0)).toBeCloseTo(0.835071, 6);
    expect(naive).toMatchObject({
      coverage: { used: 2, incomplete: ['field-test sites'], leftOutDenominator: 0 },
    });
    expect(pooledRatio(parts, { missing: 'strict' })).toMatchObject({
      status: 'no_data',
      reason: 'missing_parts',
    });
  });

  it('sums exactly and accepts decimal strings', () => {
    const r = pooledRatio(
      [
        { numerator: '0.1', denominator: 1 },
        { numerator: 0.2, denominator: '2' },
      ],
      { scale: 100 },
    );
    expect(r).toMatchObject({
      status: 'ok',
      value: 10,
      numerator: 0.3,
      denominator: 3,
      exact: { numerator: '0.3', denominator: '3' },
    });
    expect(r.status === 'ok' && r.explanation.summary).toBe('100 × 0.3 / 3 = 10 over 2 of 2 units.');
    const left = pooledRatio([
      { id: 'a', numerator: 1, denominator: 4 },
      { id: 'b', numerator: Number.NaN, denominator: 6 },
      { id: 'c', numerator: 2, denominator: undefined },
    ]);
    expect(left.status === 'ok' && left.explanation.summary).toBe(
      '1 / 4 = 0.25 over 1 of 3 units; 2 units left out (6 of denominator not covered).',
    );
    const zeroed = pooledRatio(
      [
        { numerator: 1, denominator: 4 },
        { numerator: null, denominator: 4 },
      ],
      { missing: 'zero' },
    );
    expect(zeroed.status === 'ok' && zeroed.explanation.summary).toBe(
      '1 / 8 = 0.125 over 2 of 2 units; 1 incomplete unit counted with 0 for the missing figure.',
    );
  });

  it('returns no_data with a reason', () => {
    expect(pooledRatio([])).toMatchObject({ status: 'no_data', reason: 'no_parts' });
    expect(pooledRatio([{ numerator: null, denominator: 5 }])).toMatchObject({
      status: 'no_data',
      reason: 'no_complete_parts',
      coverage: { parts: 1, used: 0, incomplete: ['0'], leftOutDenominator: 5 },
    });
    expect(pooledRatio([{ numerator: 0, denominator: 0 }])).toMatchObject({
      status: 'no_data',
      reason: 'zero_denominator',
    });
    expect(pooledRatio([{ numerator: null, denominator: null }], { missing: 'zero' })).toMatchObject({
      status: 'no_data',
      reason: 'zero_denominator',
    });
  });

  it('does not mutate its inputs', () => {
    const parts = Object.freeze([
      Object.freeze({ numerator: 1, denominator: 2 }),
      Object.freeze({ numerator: null, denominator: 2 }),
    ]);
    expect(() => pooledRatio(parts, Object.freeze({ missing: 'zero' as const }))).not.toThrow();
    expect(parts).toEqual([
      { numerator: 1, denominator: 2 },
      { numerator: null, denominator: 2 },
    ]);
  });

  it('throws for wrong arguments, naming the path', () => {
    const cases: Array<[() => unknown, string]> = [
      [() => pooledRatio('x' as never), 'parts'],
      [() => pooledRatio([], null as never), 'options'],
      [() => pooledRatio([], { missing: 'drop' as never }), 'options.missing'],
      [() => pooledRatio([], { scale: Number.POSITIVE_INFINITY }), 'options.scale'],
      [() => pooledRatio([null as never]), 'parts[0]'],
      [() => pooledRatio([{ id: 3 as never, numerator: 1, denominator: 1 }]), 'parts[0].id'],
      [() => pooledRatio([{ numerator: '1,2', denominator: 1 }]), 'parts[0].numerator'],
      [() => pooledRatio([{ numerator: 1, denominator: Number.POSITIVE_INFINITY }]), 'parts[0].denominator'],
    ];
    for (const [call, path] of cases) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error, path).toBeInstanceOf(ArgumentError);
      expect((error as ArgumentError).path).toBe(path);
      expect((error as ArgumentError).message).toMatch(/^pooledRatio: expected .+, received .+$/);
    }
  });
});
