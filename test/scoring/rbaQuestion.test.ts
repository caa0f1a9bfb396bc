import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { type RbaQuadrant, rbaQuestion } from '../../src/scoring/index.js';
import { hasShared, readSharedJson, sharedSkipReason } from '../helpers/shared.js';

interface Vector {
  method: string;
  inputs: { measure: string };
  expected: { question: string };
}

/**
 * The analyst's placement of each example measure in the quadrant (the vectors give only the measure text):
 * a count of clients served is the quantity of effort; a percent of calls answered in time is the quality of
 * effort; graduates employed six months later (# and %) is effect.
 */
const placement: Record<string, RbaQuadrant> = {
  'Number of clients served': { measures: 'quantity', of: 'effort' },
  'Percent of clients whose calls were answered within 2 minutes': { measures: 'quality', of: 'effort' },
  'Number and percent of job-training graduates employed 6 months later': {
    measures: 'quantity',
    of: 'effect',
  },
};

describe.skipIf(!hasShared)(
  `spec vectors rba_performance_measure_quadrant ${hasShared ? '' : sharedSkipReason}`,
  () => {
    const vectors = hasShared ? readSharedJson<Vector[]>('specs', 'progress-vectors.json') : [];
    const rows = vectors
      .map((v, i) => ({ ...v, row: i + 1 }))
      .filter((v) => v.method === 'rba_performance_measure_quadrant');
    it('has the three rows', () => expect(rows.length).toBe(3));
    for (const v of rows) {
      it(`rba_performance_measure_quadrant row ${v.row}: ${v.inputs.measure}`, () => {
        const quadrant = placement[v.inputs.measure];
        expect(quadrant).toBeDefined();
        expect(rbaQuestion(quadrant as RbaQuadrant).question).toBe(v.expected.question);
      });
    }
  },
);

describe('rbaQuestion', () => {
  it('maps every quadrant', () => {
    expect(rbaQuestion({ measures: 'quantity', of: 'effort' })).toMatchObject({
      category: 'how_much',
      question: 'How much did we do?',
    });
    expect(rbaQuestion({ measures: 'quality', of: 'effort' })).toMatchObject({
      category: 'how_well',
      question: 'How well did we do it?',
    });
    expect(rbaQuestion({ measures: 'quantity', of: 'effect' }).category).toBe('better_off');
    expect(rbaQuestion({ measures: 'quality', of: 'effect' }).category).toBe('better_off');
    expect(rbaQuestion({ measures: 'quality', of: 'effect' }).explanation.summary).toBe(
      'A measure of the quality of effect answers "Is anyone better off?"',
    );
  });

  it('throws on anything outside the quadrant', () => {
    expect(() => rbaQuestion({ measures: 'count', of: 'effort' } as never)).toThrow(ArgumentError);
    expect(() => rbaQuestion({ measures: 'quality', of: 'outcome' } as never)).toThrow(
      "rbaQuestion: expected quadrant.of to be one of 'effort', 'effect', received 'outcome'",
    );
    expect(() => rbaQuestion(null as never)).toThrow(
      'rbaQuestion: expected quadrant to be { measures, of }, received null',
    );
  });
});
