import type { AggregatedPeriod, AggregateStatus, Coverage } from '../AggregatedPeriod.js';
import type { Aggregation } from '../Aggregation.js';
import { Exact, ExactSum, type ExactValue, plain, Quotient } from './exact.js';
import type { ReadValue } from './observations.js';

/** An aggregated value without its period. */
export type Outcome = Omit<AggregatedPeriod, 'period'>;

function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return new Exact(a).cmp(new Exact(b));
}

/**
 * Reduces the values of a run of periods, added oldest first, to one {@link Outcome}. Missing values
 * (`null`) are skipped; coverage counts the others.
 */
export class Accumulator {
  private present = 0;
  private sum = new ExactSum();
  private den = new ExactSum();
  private best: number | string | null = null;

  constructor(private readonly aggregation: Aggregation) {}

  /** Adds the value of one period (`denominator` for `ratio` only). */
  add(value: ReadValue, denominator: ReadValue = null): void {
    if (value === null) return;
    this.present++;
    switch (this.aggregation) {
      case 'sum':
      case 'mean':
        this.sum.add(value);
        return;
      case 'ratio':
        this.sum.add(value);
        this.den.add(denominator as number | string);
        return;
      case 'last':
        this.best = value;
        return;
      case 'min':
        if (this.best === null || compare(value, this.best) < 0) this.best = value;
        return;
      case 'max':
        if (this.best === null || compare(value, this.best) > 0) this.best = value;
        return;
    }
  }

  /** The outcome for `expected` sub-periods, withheld below `minCoverage`; the accumulator is then reset. */
  outcome(expected: number, minCoverage: number): Outcome {
    const present = this.present;
    const ratio = expected === 0 ? 0 : present / expected;
    const coverage: Coverage = { expected, present, ratio };
    let status: AggregateStatus = present === expected ? 'complete' : 'partial';
    let exact: ExactValue | null = null;
    if (present === 0 || ratio < minCoverage) status = 'insufficient_coverage';
    else {
      switch (this.aggregation) {
        case 'sum':
          exact = this.sum.value();
          break;
        case 'mean':
          exact = Quotient.div(this.sum.value(), present);
          break;
        case 'ratio': {
          const den = this.den.value();
          if (den.isZero()) status = 'zero_denominator';
          else exact = Quotient.div(this.sum.value(), den);
          break;
        }
        default:
          exact = new Exact(this.best as number | string);
      }
    }
    this.present = 0;
    this.sum = new ExactSum();
    this.den = new ExactSum();
    this.best = null;
    if (exact === null) return { value: null, exact: null, coverage, status };
    const text = plain(exact);
    return { value: Number(text), exact: text, coverage, status };
  }
}
