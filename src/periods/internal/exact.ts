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
 * denotes, so the fast path and decimal.js agree exactly. Decimal strings of at most 15 significant digits
 * and 15 places (no exponent) join the same integer sum. Anything else (exponents, longer numerals, larger
 * magnitudes, more places, a sum beyond 2^53) switches to decimal.js additions.
 */
export class ExactSum {
  private int = 0;
  private scale = 0;
  private big: ExactValue | undefined;

  add(value: number | string): void {
    if (this.big === undefined) {
      if (typeof value === 'number' ? this.addScaled(value) : this.addNumeral(value)) return;
      this.toBig();
    }
    this.big = (this.big as ExactValue).plus(new Exact(value));
  }

  /**
   * Adds a decimal numeral without exponent of at most 15 significant digits and 15 places exactly, as the
   * integer its digits spell scaled by its places; returns `false` (nothing added) for anything else.
   */
  private addNumeral(text: string): boolean {
    let i = 0;
    const length = text.length;
    let negative = false;
    const sign = text.charCodeAt(0);
    if (sign === 45 /* - */ || sign === 43 /* + */) {
      negative = sign === 45;
      i = 1;
    }
    let n = 0;
    let places = -1;
    let digits = 0;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 46 /* . */) {
        places = 0;
        continue;
      }
      if (c < 48 || c > 57) return false;
      n = n * 10 + (c - 48);
      if (n > 0) digits++;
      if (places >= 0) places++;
    }
    if (digits > 15 || places > 15) return false;
    return this.addInteger(negative ? -n : n, Math.max(places, 0));
  }

  /** Adds `n · 10^-places` (`|n| < 10^15`, `places <= 15`) to the scaled sum; `false` if it would not stay exact. */
  private addInteger(n: number, places: number): boolean {
    let m = n;
    if (places > this.scale) {
      const rescaled = this.int * pow10(places - this.scale);
      if (Math.abs(rescaled) > Number.MAX_SAFE_INTEGER) return false;
      this.int = rescaled;
      this.scale = places;
    } else if (places < this.scale) {
      m = n * pow10(this.scale - places);
      if (Math.abs(m) > Number.MAX_SAFE_INTEGER) return false;
    }
    const sum = this.int + m;
    if (Math.abs(sum) > Number.MAX_SAFE_INTEGER) return false;
    this.int = sum;
    return true;
  }

  /** Adds a number as the integer `n` with `x ≈ n · 10^-s` for the least usable `s >= scale` (see the class doc). */
  private addScaled(x: number): boolean {
    for (let s = this.scale; s <= 15; s++) {
      const n = Math.round(x * pow10(s));
      if (Math.abs(n) >= SCALED_LIMIT) return false;
      if (n / pow10(s) === x) return this.addInteger(n, s);
    }
    return false;
  }

  private toBig(): void {
    if (this.big === undefined) this.big = new Exact(`${this.int}e-${this.scale}`);
  }

  /** The exact sum. */
  value(): ExactValue {
    return this.big ?? new Exact(`${this.int}e-${this.scale}`);
  }
}
