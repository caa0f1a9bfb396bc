import { type Decimal, dec, num, plain } from './decimal.js';

/**
 * An exact decimal figure of a report: its plain decimal text (never exponential, `-0` as `0`) and the
 * nearest double. Most figures are plain numbers whose shortest form is already that text, so they are
 * carried without decimal.js; decimal.js does the arithmetic (pro-rating, pooled ratios) and reads strings.
 */
export interface Exact {
  readonly text: string;
  readonly value: number;
}

/** A number's exact figure: its shortest round-trip decimal form. */
export function exactNumber(x: number): Exact {
  const text = String(x);
  if (text.indexOf('e') === -1) return { text, value: x === 0 ? 0 : x };
  return exactDecimal(dec(x));
}

/** The exact figure of a number or decimal string as given. */
export function exactInput(x: number | string): Exact {
  return typeof x === 'number' ? exactNumber(x) : exactDecimal(dec(x));
}

/** A decimal's exact figure. */
export function exactDecimal(d: Decimal): Exact {
  return { text: plain(d), value: num(d) };
}

/** The figure as a decimal, for arithmetic. */
export function toDecimal(e: Exact): Decimal {
  return dec(e.text);
}

/**
 * The figure as an input of the scoring functions: the number when it is exactly the figure (its shortest
 * form is the text), which lets them take their fast exact path, else the decimal string.
 */
export function scoringInput(e: Exact): number | string {
  return String(e.value) === e.text ? e.value : e.text;
}
