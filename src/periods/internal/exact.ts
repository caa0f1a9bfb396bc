import Decimal from 'decimal.js';

/**
 * Exact decimal arithmetic for sums of reported figures. `Exact` never rounds an addition (its precision is
 * decimal.js's maximum, and additions only take the digits they need); `Quotient` rounds divisions to 34
 * significant digits, half to even (the precision of IEEE 754 decimal128).
 */
export const Exact = Decimal.clone({
  precision: 1e9,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
/** Division at 34 significant digits, half to even. */
export const Quotient = Decimal.clone({
  precision: 34,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** An exact decimal value as decimal.js holds it. */
export type ExactValue = InstanceType<typeof Exact>;

/** A decimal numeral as accepted in string values: optional sign, digits with an optional point, optional exponent. */
export const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const POW10: number[] = [];
function pow10(k: number): number {
  if (POW10.length === 0) for (let i = 0; i <= 22; i++) POW10.push(10 ** i);
  return POW10[k] as number;
}

/** Magnitude bound below which a scaled value identifies its decimal uniquely (see {@link ExactSum.add}). */
const SCALED_LIMIT = 1e15;

/** The exact decimal a reported number stands for: its shortest round-trip decimal (`String(x)`). */
export function exactOf(value: number | string): ExactValue {
  return new Exact(value);
}

/** The plain (non-exponential) decimal string of an exact value, `-0` written as `0`. */
export function plain(value: ExactValue): string {
  return value.isZero() ? '0' : value.toFixed();
}

/**
 * An exact running sum of reported figures. A number stands for the decimal it is written as
 * (`String(x)`: 0.1 is one tenth, not 0.1000000000000000055…), a string for the decimal it spells.
 *
 * Fast path: while every addend is a number `x` that is the nearest double to `n / 10^d` for an integer
 * `|n| < 10^15` and `d <= 15`, the sum is kept as a safe integer count of `10^-scale`. Under that bound
 * `n / 10^d` is the only decimal with at most `d` places rounding to `x`, hence the decimal `String(x)`
 * denotes, so the fast path and decimal.js agree exactly. Anything else (strings, larger magnitudes, more
 * places, a sum beyond 2^53) switches to decimal.js additions.
 */
export class ExactSum {
  private int = 0;
  private scale = 0;
  private big: ExactValue | undefined;

  add(value: number | string): void {
    if (this.big === undefined && typeof value === 'number' && this.addScaled(value)) return;
    this.toBig();
    this.big = (this.big as ExactValue).plus(typeof value === 'number' ? new Exact(value) : new Exact(value));
  }

  private addScaled(x: number): boolean {
    let s = this.scale;
    let n = Math.round(x * pow10(s));
    if (!(n / pow10(s) === x && Math.abs(n) < SCALED_LIMIT)) {
      let found = false;
      for (s = this.scale + 1; s <= 15; s++) {
        n = Math.round(x * pow10(s));
        if (Math.abs(n) >= SCALED_LIMIT) return false;
        if (n / pow10(s) === x) {
          found = true;
          break;
        }
      }
      if (!found) return false;
      const rescaled = this.int * pow10(s - this.scale);
      if (Math.abs(rescaled) > Number.MAX_SAFE_INTEGER) return false;
      this.int = rescaled;
      this.scale = s;
    }
    const sum = this.int + n;
    if (Math.abs(sum) > Number.MAX_SAFE_INTEGER) return false;
    this.int = sum;
    return true;
  }

  private toBig(): void {
    if (this.big === undefined) this.big = new Exact(`${this.int}e-${this.scale}`);
  }

  /** The exact sum. */
  value(): ExactValue {
    return this.big ?? new Exact(`${this.int}e-${this.scale}`);
  }
}
