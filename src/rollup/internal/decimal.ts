import Decimal from 'decimal.js';

/**
 * Exact decimal arithmetic for rollups: sums of reported values and the contribution decomposition.
 *
 * A private clone of decimal.js (80 significant digits, round half to even), created on first use, so the
 * application's own `Decimal` configuration is never read or changed and nothing runs at module load.
 * Numbers enter through their shortest round-trip decimal form (`0.1` is the decimal 0.1).
 */
let ctor: Decimal.Constructor | undefined;

/** The rollup decimal constructor (lazily created). */
function context(): Decimal.Constructor {
  ctor ??= Decimal.clone({ precision: 80, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -100, toExpPos: 100 });
  return ctor;
}

/** A decimal from a number (its shortest decimal form), a decimal string, or a decimal. */
export function dec(value: number | string | Decimal): Decimal {
  const D = context();
  return new D(value);
}

/** The decimal zero. */
export function zero(): Decimal {
  return dec(0);
}

/** The nearest float64 to a decimal, with −0 normalised to 0. */
export function num(value: Decimal): number {
  const n = value.toNumber();
  return n === 0 ? 0 : n;
}

/** A plain (never exponential) decimal string, `-0` normalised to `0`. */
export function plain(value: Decimal): string {
  return value.isZero() ? '0' : value.toFixed();
}

export type { Decimal };

/** Decimal places of the decomposition grid: contributions and changes are exact multiples of 1e-30. */
export const GRID_PLACES = 30;

/** Rounds half to even onto the decomposition grid. */
export function onGrid(value: Decimal): Decimal {
  return value.toDecimalPlaces(GRID_PLACES, 6);
}
