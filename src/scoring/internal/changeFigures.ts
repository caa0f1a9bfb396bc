import type { ProgressPolarity } from '../ProgressPolarity.js';
import { type Decimal, fixed, percentText } from './decimal.js';

/** The change of a current value from a reference, as computed and as shown. */
export interface ChangeFigures {
  /** current − reference, exact. */
  readonly change: Decimal;
  /** change / |reference|; `null` for a zero reference. */
  readonly percent: Decimal | null;
  readonly direction: 'up' | 'down' | 'flat';
  /** `improved`/`worsened`/`unchanged` for `increase`/`decrease` polarity, else `null`. */
  readonly assessment: 'improved' | 'worsened' | 'unchanged' | null;
  /** Signed change at `decimals`, signed percentage at `percentDecimals`. */
  readonly display: { readonly absoluteChange: string; readonly percentChange: string | null };
}

function signed(value: Decimal, text: string): string {
  return value.gt(0) && !/^0(\.0*)?%?$/.test(text) ? `+${text}` : text;
}

/** Whether a change in `direction` is an improvement for an `increase`/`decrease` polarity (else `null`). */
export function assessChange(
  direction: 'up' | 'down' | 'flat',
  polarity: ProgressPolarity | undefined,
): 'improved' | 'worsened' | 'unchanged' | null {
  if (polarity !== 'increase' && polarity !== 'decrease') return null;
  if (direction === 'flat') return 'unchanged';
  return (direction === 'up') === (polarity === 'increase') ? 'improved' : 'worsened';
}

/**
 * change = current − reference; percent = change / |reference| (`null` when the reference is 0); direction
 * from the sign of the change; with an `increase`/`decrease` polarity, whether that is an improvement.
 */
export function changeFigures(
  current: Decimal,
  reference: Decimal,
  polarity: ProgressPolarity | undefined,
  decimals: number,
  percentDecimals: number,
): ChangeFigures {
  const change = current.minus(reference);
  const percent = reference.isZero() ? null : change.div(reference.abs());
  const direction = change.isZero() ? 'flat' : change.gt(0) ? 'up' : 'down';
  const assessment = assessChange(direction, polarity);
  const display = {
    absoluteChange: signed(change, fixed(change, decimals)),
    percentChange: percent === null ? null : signed(percent, percentText(percent, percentDecimals)),
  };
  return { change, percent, direction, assessment, display };
}
