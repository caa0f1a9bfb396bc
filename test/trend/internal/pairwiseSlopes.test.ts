import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allSlopes,
  middleSlopes,
  type SlopeGroup,
  slopesAtRanks,
} from '../../../src/trend/internal/pairwiseSlopes.js';
import { median, selectInPlace, selectRanks } from '../../../src/trend/internal/select.js';
import { setWasmSlopePass } from '../../../src/trend/internal/wasmSlopePass.js';

/** Deterministic pseudo-random numbers for the fixtures (a linear congruential generator). */
function lcg(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

function group(n: number, f: (i: number) => number, step = (i: number) => i): SlopeGroup {
  return {
    t: Float64Array.from({ length: n }, (_, i) => step(i)),
    x: Float64Array.from({ length: n }, (_, i) => f(i)),
  };
}

function directRanks(groups: SlopeGroup[], ranks: number[]): number[] {
  const all = allSlopes(groups).sort();
  return ranks.map((k) => all[k]!);
}

describe('randomised slope selection equals the direct method', () => {
  const random = lcg(11);
  const cases: [string, SlopeGroup[]][] = [
    ['noise', [group(1500, () => random())]],
    ['integers with many tied slopes', [group(1500, () => Math.floor(random() * 5))]],
    ['a perfect line (every slope equal)', [group(1500, (i) => 3 * i + 1)]],
    ['a constant', [group(1500, () => 2)]],
    [
      'irregular times with trend',
      [
        group(
          1400,
          (i) => 0.01 * i + random(),
          (i) => i * 1.5 + (i % 3) * 0.2,
        ),
      ],
    ],
    [
      'several seasons',
      [group(600, () => random()), group(700, (i) => i * 0.1 + random()), group(2, (i) => i)],
    ],
    ['heavy tails', [group(1500, () => Math.tan(Math.PI * (random() - 0.5)))]],
  ];
  for (const [name, groups] of cases) {
    it(name, () => {
      const total = groups.reduce((s, g) => s + (g.t.length * (g.t.length - 1)) / 2, 0);
      const ranks = [0, 1, 17, Math.floor((total - 1) / 2), Math.floor(total / 2), total - 40, total - 1];
      // A tiny direct limit and the default enumeration limit force the randomised path.
      expect(slopesAtRanks(groups, ranks, 1000)).toEqual(directRanks(groups, ranks));
    });
  }
});

describe.each([
  ['WebAssembly pass', true],
  ['JavaScript pass', false],
])('middleSlopes (sample bracket, %s) equals the sorted slopes', (_, wasm) => {
  beforeAll(() => setWasmSlopePass(wasm));
  afterAll(() => setWasmSlopePass(true));
  const random = lcg(29);
  const middle = (groups: SlopeGroup[]) => {
    const total = groups.reduce((s, g) => s + (g.t.length * (g.t.length - 1)) / 2, 0);
    return directRanks(groups, [Math.floor((total - 1) / 2), Math.floor(total / 2)]);
  };
  const cases: [string, SlopeGroup[]][] = [
    ['120 months of noise with drift', [group(120, (i) => 50 + 0.05 * i + Math.round(random() * 80) / 10)]],
    ['an odd slope count (n = 91)', [group(91, () => random())]],
    ['integers with many tied slopes', [group(200, () => Math.floor(random() * 3))]],
    ['a perfect line', [group(150, (i) => 3 - 2 * i)]],
    ['a constant', [group(150, () => 7)]],
    ['a step (half the slopes zero)', [group(160, (i) => (i < 80 ? 0 : 1))]],
    ['heavy tails', [group(300, () => Math.tan(Math.PI * (random() - 0.5)))]],
    ['huge values whose slopes overflow', [group(100, (i) => (i % 2 === 0 ? 1.7e308 : -1.7e308))]],
    [
      'irregular times',
      [
        group(
          130,
          () => random(),
          (i) => i * i * 0.01 + i,
        ),
      ],
    ],
    ['seasons of unequal length', [group(80, () => random()), group(70, (i) => 0.2 * i), group(3, (i) => i)]],
    ['below the sampling size (n = 20)', [group(20, () => random())]],
    ['two points', [group(2, (i) => i * 5)]],
  ];
  for (const [name, groups] of cases) {
    it(name, () => {
      expect(middleSlopes(groups)).toEqual(middle(groups));
      // The randomised method for inputs over the direct limit agrees as well.
      expect(middleSlopes(groups, 10)).toEqual(middle(groups));
    });
  }
  it('gives the same answer on every call (the sample is seeded)', () => {
    const groups = [group(400, () => random())];
    expect(middleSlopes(groups)).toEqual(middleSlopes(groups));
  });
  it('is exact when a narrow bracket misses the middle and every slope is formed', () => {
    // A bracket of ±1 sample rank misses the middle ranks on most of these series.
    for (let k = 0; k < 20; k++) {
      const groups = [group(100 + k, (i) => 0.01 * i + random())];
      expect(middleSlopes(groups, undefined, 0)).toEqual(middle(groups));
    }
  });
});

describe('selection helpers', () => {
  it('selectInPlace and selectRanks match a sort', () => {
    const random = lcg(5);
    const values = Float64Array.from({ length: 2001 }, () => Math.floor(random() * 50));
    const sorted = Float64Array.from(values).sort();
    for (const k of [0, 1, 1000, 1999, 2000])
      expect(selectInPlace(Float64Array.from(values), k)).toBe(sorted[k]);
    expect(selectRanks(Float64Array.from(values), [1500, 3, 700])).toEqual([
      sorted[1500],
      sorted[3],
      sorted[700],
    ]);
  });
  it('median of odd, even and empty inputs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });
});
