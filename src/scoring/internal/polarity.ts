import { assertOneOf } from '../../internal/assert.js';
import type { ProgressPolarity } from '../ProgressPolarity.js';

export const polarities: readonly ProgressPolarity[] = ['increase', 'decrease', 'range', 'neutral'];

/** Reads a polarity, throwing `invalid_argument` for anything else. */
export function readPolarity(fn: string, path: string, value: unknown): ProgressPolarity {
  assertOneOf(fn, path, value, polarities);
  return value;
}

/** `higher is better` / `lower is better` / … for summaries. */
export function polarityPhrase(polarity: ProgressPolarity): string {
  switch (polarity) {
    case 'increase':
      return 'higher is better';
    case 'decrease':
      return 'lower is better';
    case 'range':
      return 'inside the range is best';
    default:
      return 'neutral: reported, never scored';
  }
}
