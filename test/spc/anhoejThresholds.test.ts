import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/index.js';
import { anhoejThresholds } from '../../src/spc/index.js';
import { hasShared, readSharedText } from '../helpers/shared.js';

const golden = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'spc', 'anhoej-limits.json'), 'utf8'),
) as {
  rows: { n: number; longestRunMax: number; crossingsMin: number }[];
};

describe('anhoejThresholds', () => {
  it('matches SciPy qbinom and R-style rounding for n = 1..300 and large n (anhoej_limits.py)', () => {
    for (const row of golden.rows) {
      expect(anhoejThresholds(row.n), `n = ${row.n}`).toEqual({
        longestRunMax: row.longestRunMax,
        crossingsMin: row.crossingsMin,
      });
    }
  });

  it('matches the qicharts2 vignette Appendix 2 values quoted in the spec', () => {
    // qicharts2 vignette Appendix 2: n = 10: 6/2, 20: 7/6, 30: 8/10, 46: 9/17, 60: 9/23, 100: 10/41.
    expect(anhoejThresholds(10)).toEqual({ longestRunMax: 6, crossingsMin: 2 });
    expect(anhoejThresholds(20)).toEqual({ longestRunMax: 7, crossingsMin: 6 });
    expect(anhoejThresholds(30)).toEqual({ longestRunMax: 8, crossingsMin: 10 });
    expect(anhoejThresholds(46)).toEqual({ longestRunMax: 9, crossingsMin: 17 });
    expect(anhoejThresholds(60)).toEqual({ longestRunMax: 9, crossingsMin: 23 });
  });

  describe.skipIf(!hasShared)('the spec §3 table (n = 5..60)', () => {
    it('agrees entry by entry', () => {
      const text = hasShared ? readSharedText('specs', 'spc.md') : '';
      const table = text.slice(text.indexOf(' 5:5/0'), text.indexOf('60:9/23') + 7);
      const entries = [...table.matchAll(/(\d+):(\d+)\/(\d+)/g)];
      expect(entries).toHaveLength(56);
      for (const [, n, run, crossings] of entries) {
        expect(anhoejThresholds(Number(n))).toEqual({
          longestRunMax: Number(run),
          crossingsMin: Number(crossings),
        });
      }
    });
  });

  it('rejects n that is not an integer >= 1', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, '10']) {
      expect(() => anhoejThresholds(bad as number)).toThrow(ArgumentError);
    }
    expect(() => anhoejThresholds(0)).toThrow(
      'anhoejThresholds: expected nUseful to be an integer >= 1, received 0',
    );
  });
});
