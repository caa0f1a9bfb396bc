import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BandScheme, bandStatus, defaultRagScheme, type StatusBand } from '../../src/scoring/index.js';

/** A random valid scheme: sorted distinct cut points, each junction closed on a random side. */
const schemeArb = fc
  .tuple(
    fc.uniqueArray(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 0, maxLength: 6 }),
    fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  )
  .map(([cuts, sides]): BandScheme => {
    const sorted = [...cuts].sort((a, b) => a - b).map((x) => (Object.is(x, -0) ? 0 : x));
    const unique = sorted.filter((x, i) => i === 0 || x !== sorted[i - 1]);
    const bands: StatusBand[] = [];
    for (let i = 0; i <= unique.length; i++) {
      const lowerClosed = i > 0 ? !(sides[i - 1] ?? false) : false;
      const upperClosed = i < unique.length ? (sides[i] ?? false) : false;
      bands.push({
        status: `b${i}`,
        lower: i === 0 ? null : (unique[i - 1] as number),
        lowerClosed,
        upper: i === unique.length ? null : (unique[i] as number),
        upperClosed,
      });
    }
    return { id: 'random', bands };
  });

function inBand(b: StatusBand, x: number): boolean {
  if (b.lower !== null && ((b.lowerClosed ?? true) ? x < b.lower : x <= b.lower)) return false;
  if (b.upper !== null && ((b.upperClosed ?? false) ? x > b.upper : x >= b.upper)) return false;
  return true;
}

describe('bandStatus properties', () => {
  it('every number falls in exactly one band of a valid scheme, and bandStatus names it', () => {
    fc.assert(
      fc.property(schemeArb, fc.double({ min: -2e3, max: 2e3, noNaN: true }), (scheme, x) => {
        const containing = scheme.bands.filter((b) => inBand(b, x));
        expect(containing.length).toBe(1);
        expect(bandStatus(x, scheme).status).toBe(containing[0]?.status);
      }),
      { numRuns: 1000 },
    );
  });

  it('cut points themselves fall in exactly one band', () => {
    fc.assert(
      fc.property(schemeArb, (scheme) => {
        for (const b of scheme.bands) {
          for (const x of [b.lower, b.upper]) {
            if (x === null) continue;
            expect(scheme.bands.filter((c) => inBand(c, x)).length).toBe(1);
            expect(bandStatus(x, scheme).status).toBe(scheme.bands.find((c) => inBand(c, x))?.status);
          }
        }
      }),
    );
  });

  it('the default RAG scheme is monotone: a higher score is never a worse status', () => {
    const rank = { off_track: 0, at_risk: 1, on_track: 2 } as const;
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const sLo = bandStatus(lo, defaultRagScheme).status as keyof typeof rank;
          const sHi = bandStatus(hi, defaultRagScheme).status as keyof typeof rank;
          expect(rank[sHi]).toBeGreaterThanOrEqual(rank[sLo]);
        },
      ),
    );
  });
});
