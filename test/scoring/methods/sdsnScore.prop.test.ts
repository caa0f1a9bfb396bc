import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sdsnColour, sdsnGoalColour, sdsnScore } from '../../../src/scoring/methods/index.js';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const bounds = fc
  .tuple(finite, finite)
  .filter(([a, b]) => Math.abs(a - b) > 1e-6)
  .map(([upperBound, lowerBound]) => ({ upperBound, lowerBound }));

describe('sdsnScore properties', () => {
  it('stays in [0, 100] and never decreases as the value improves', () => {
    fc.assert(
      fc.property(bounds, finite, finite, (b, x, y) => {
        const sx = sdsnScore(x, b).score as number;
        const sy = sdsnScore(y, b).score as number;
        expect(sx).toBeGreaterThanOrEqual(0);
        expect(sx).toBeLessThanOrEqual(100);
        const better = b.upperBound > b.lowerBound ? x >= y : x <= y;
        if (better) expect(sx).toBeGreaterThanOrEqual(sy);
      }),
    );
  });

  it('colours never get worse as the value improves, and goal colours are always defined', () => {
    const order = ['red', 'orange', 'yellow', 'green'];
    const thresholds = fc.tuple(
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.double({ min: 0, max: 100, noNaN: true }),
    );
    fc.assert(
      fc.property(
        thresholds,
        fc.double({ min: -50, max: 150, noNaN: true }),
        fc.double({ min: -50, max: 150, noNaN: true }),
        ([g, r], x, y) => {
          const t = {
            upperBound: 100,
            lowerBound: 0,
            greenThreshold: Math.max(g, r),
            redThreshold: Math.min(g, r),
          };
          const cx = order.indexOf(sdsnColour(x, t).colour);
          const cy = order.indexOf(sdsnColour(y, t).colour);
          if (x >= y) expect(cx).toBeGreaterThanOrEqual(cy);
          const goal = sdsnGoalColour([
            { ...t, value: x },
            { ...t, value: y },
          ]);
          expect(['green', 'yellow', 'orange', 'red']).toContain(goal.colour);
          expect(goal.average as number).toBeGreaterThanOrEqual(0);
          expect(goal.average as number).toBeLessThanOrEqual(3);
        },
      ),
    );
  });
});
