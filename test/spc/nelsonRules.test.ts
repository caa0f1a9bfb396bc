import { describe, expect, it } from 'vitest';
import { nelsonRules } from '../../src/spc/index.js';

const ALTERNATING = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1];

describe('nelsonRules', () => {
  it('needs 14 alternating points for test 4 (13 non-zero steps)', () => {
    expect(nelsonRules(ALTERNATING, { centre: 0, sigma: 5 }).rules['4']!.signals).toEqual([13]);
    expect(nelsonRules(ALTERNATING.slice(1), { centre: 0, sigma: 5 }).rules['4']!.signals).toEqual([]);
    // A zero step breaks the alternation.
    expect(
      nelsonRules([...ALTERNATING.slice(0, 7), -1, ...ALTERNATING.slice(7)], { centre: 0, sigma: 5 }).rules[
        '4'
      ]!.signals,
    ).toEqual([]);
  });

  it('stratification needs |d| strictly below sigma; a constant series does not stratify', () => {
    const fifteen = new Array(15).fill(0.5);
    expect(nelsonRules(fifteen, { centre: 0, sigma: 1 }).rules['7']!.signals).toEqual([14]);
    expect(nelsonRules(new Array(15).fill(1), { centre: 0, sigma: 1 }).rules['7']!.signals).toEqual([]);
    expect(nelsonRules(new Array(15).fill(3), { centre: 3, sigma: 0 }).rules['7']!.signals).toEqual([]);
  });

  it('mixture: eight in a row beyond 1 sigma on either side', () => {
    const values = [2, -2, 2, -2, 2, -2, 2, -2];
    expect(nelsonRules(values, { centre: 0, sigma: 1 }).rules['8']).toEqual({
      signals: [7],
      members: [0, 1, 2, 3, 4, 5, 6, 7],
    });
  });

  it('runs of nine on one side; a point on the centre breaks them', () => {
    const nine = [1, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(nelsonRules(nine, { centre: 0, sigma: 5 }).rules['2']!.signals).toEqual([8]);
    expect(nelsonRules([1, 1, 1, 1, 0, 1, 1, 1, 1, 1], { centre: 0, sigma: 5 }).rules['2']!.signals).toEqual(
      [],
    );
  });
});
