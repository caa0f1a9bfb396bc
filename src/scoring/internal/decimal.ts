import Decimal from 'decimal.js';

/**
 * Exact decimal arithmetic for the figures scoring shows to people.
 *
 * A private clone of decimal.js (40 significant digits, `ROUND_HALF_UP`), created on first use, so the
 * application's own `Decimal` configuration is never read or changed and nothing runs at module load.
 * Numbers enter through their shortest round-trip decimal form (`0.1` is the decimal 0.1, not
 * 0.1000000000000000055511151231257827), so `0.1 + 0.2` is exactly `0.3`.
 *
 * Rounding rule for everything shown: round half away from zero (decimal.js `ROUND_HALF_UP`) at the declared
 * number of decimals, applied to the exact decimal value: 2.345 → 2.35, −2.345 → −2.35, 1.005 → 1.01.
 */
let ctor: Decimal.Constructor | undefined;

/** The scoring decimal constructor (lazily created). */
export function decimalContext(): Decimal.Constructor {
  ctor ??= Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });
  return ctor;
}

/** A decimal from a number (its shortest decimal form), a decimal string, or a decimal. */
export function dec(value: number | string | Decimal): Decimal {
  const D = decimalContext();
  return new D(value);
}

/**
 * The nearest float64 to a decimal, with −0 normalised to 0 and magnitudes beyond float64 saturated at
 * ±Number.MAX_VALUE, so no result ever carries ±Infinity (only differences of inputs near ±1.8e308 can get there).
 */
export function num(value: Decimal): number {
  const n = value.toNumber();
  if (n === Number.POSITIVE_INFINITY) return Number.MAX_VALUE;
  if (n === Number.NEGATIVE_INFINITY) return -Number.MAX_VALUE;
  return n === 0 ? 0 : n;
}

/** Whether a decimal is representable as a finite float64. */
export function fitsFloat(value: Decimal): boolean {
  return Number.isFinite(value.toNumber());
}

/** Rounds half away from zero to `decimals` places. */
export function roundDec(value: Decimal, decimals: number): Decimal {
  const rounded = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? rounded.abs() : rounded;
}

/** Fixed-point text at `decimals` places, rounded half away from zero, never `-0`. */
export function fixed(value: Decimal, decimals: number): string {
  return roundDec(value, decimals).toFixed(decimals);
}

/** A fraction shown as a percentage: 0.95 → `95.0%` at one decimal. */
export function percentText(fraction: Decimal, decimals: number): string {
  return `${fixed(fraction.times(100), decimals)}%`;
}

/** Decimal places of a decimal's exact value (0.25 → 2, 43755 → 0). */
export function placesOf(value: Decimal): number {
  return value.decimalPlaces();
}

/** The most decimal places among the given decimals, capped at `cap` (12, the model's maximum). */
export function maxPlaces(values: readonly (Decimal | null | undefined)[], cap = 12): number {
  let places = 0;
  for (const value of values) if (value) places = Math.max(places, placesOf(value));
  return Math.min(places, cap);
}

export type { Decimal };
