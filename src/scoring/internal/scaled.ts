/**
 * A fast exact path for plain numbers: values whose shortest decimal form has at most 9 decimals are scaled
 * to integers at a common scale k (x = n / 10^k) that stay below 2^51 in magnitude. On those integers,
 * sums, differences and comparisons are exact in float64, and a quotient of two of them is the correctly
 * rounded float64 of the exact decimal quotient, which is what the decimal.js path yields after `toNumber`.
 * Display rounding (half away from zero) is done on the integers (BigInt for percentages). Callers fall back to
 * decimal.js whenever a value does not qualify, so results are identical either way (tested).
 */

const POW10 = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
];
const LIMIT = 2 ** 51;

/** Decimal places of a finite number's shortest form; −1 when it is written with an exponent. */
export function placesOfNumber(x: number): number {
  const s = String(x);
  if (s.indexOf('e') !== -1) return -1;
  const dot = s.indexOf('.');
  return dot === -1 ? 0 : s.length - dot - 1;
}

/** 10^k for 0 ≤ k ≤ 18. */
export function pow10(k: number): number {
  return POW10[k] as number;
}

/** The common scale of some numbers (max decimals), or −1 when one does not qualify (exponent, > 9 decimals). */
export function commonScale(values: readonly number[]): number {
  let k = 0;
  for (const v of values) {
    const p = placesOfNumber(v);
    if (p < 0 || p > 9) return -1;
    if (p > k) k = p;
  }
  return k;
}

/** x · 10^k as an exact integer, or NaN when it is not one below 2^51. */
export function scaleTo(x: number, k: number): number {
  const f = POW10[k] as number;
  const n = Math.round(x * f);
  if (!(Math.abs(n) < LIMIT) || n / f !== x) return Number.NaN;
  return n === 0 ? 0 : n;
}

/** n / 10^k as the nearest float64, −0 as 0. */
export function unscale(n: number, k: number): number {
  const x = n / (POW10[k] as number);
  return x === 0 ? 0 : x;
}

function digitsWithPoint(abs: string, decimals: number): string {
  if (decimals === 0) return abs;
  const padded = abs.padStart(decimals + 1, '0');
  return `${padded.slice(0, padded.length - decimals)}.${padded.slice(padded.length - decimals)}`;
}

/** Fixed-point text of n / 10^k at `decimals` places, rounded half away from zero, never `-0`. */
export function scaledFixed(n: number, k: number, decimals: number): string {
  let abs = Math.abs(n);
  let places = k;
  if (decimals < k) {
    const m = POW10[k - decimals] as number;
    let q = Math.trunc(abs / m);
    let r = abs - q * m;
    if (r < 0) {
      q -= 1;
      r += m;
    } else if (r >= m) {
      q += 1;
      r -= m;
    }
    abs = 2 * r >= m ? q + 1 : q;
    places = decimals;
  }
  let text = digitsWithPoint(String(abs), places);
  if (decimals > places) text += (places === 0 ? '.' : '') + '0'.repeat(decimals - places);
  return n < 0 && abs !== 0 ? `-${text}` : text;
}

/** The ratio p/q (integers, q ≠ 0) as a percentage at `decimals` places, half away from zero: 19/20 → `95.0%`. */
export function ratioPercentText(p: number, q: number, decimals: number): string {
  const negative = p !== 0 && p < 0 !== q < 0;
  const aq = Math.abs(q);
  const scaledNumerator = Math.abs(p) * (POW10[decimals + 2] as number);
  let rounded: string;
  if (scaledNumerator < 2 ** 53) {
    // exact integer division with remainder in float64
    let quotient = Math.trunc(scaledNumerator / aq);
    let remainder = scaledNumerator - quotient * aq;
    if (remainder < 0) {
      quotient -= 1;
      remainder += aq;
    } else if (remainder >= aq) {
      quotient += 1;
      remainder -= aq;
    }
    rounded = String(2 * remainder >= aq ? quotient + 1 : quotient);
  } else {
    const P = BigInt(Math.abs(p));
    const Q = BigInt(aq);
    rounded = ((P * 10n ** BigInt(decimals + 2) * 2n + Q) / (2n * Q)).toString();
  }
  return `${negative && rounded !== '0' ? '-' : ''}${digitsWithPoint(rounded, decimals)}%`;
}
