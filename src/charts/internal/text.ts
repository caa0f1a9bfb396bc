import type { SpcRule, SpecialCause } from '../../spc/types.js';

/** A point's label in words. */
export const CAUSE_TEXT: Record<SpecialCause, string> = {
  common: 'common cause',
  improvement: 'special cause, improvement',
  concern: 'special cause, concern',
  neutral_high: 'special cause, neither improvement nor concern (high)',
  neutral_low: 'special cause, neither improvement nor concern (low)',
};

/** Legend names of the point colours. */
export const CAUSE_LEGEND = {
  improvement: 'Improvement',
  concern: 'Concern',
  neutral: 'Neither',
  common: 'Common cause',
} as const;

/** Each rule in words. */
export const RULE_TEXT: Record<SpcRule, string> = {
  above_ucl: 'above the upper process limit',
  below_lcl: 'below the lower process limit',
  trend_up: 'part of a rising trend',
  trend_down: 'part of a falling trend',
  two_in_three_above: 'two of three points near the upper limit',
  two_in_three_below: 'two of three points near the lower limit',
  shift_above: 'part of a run above the mean',
  shift_below: 'part of a run below the mean',
  long_run_above: 'part of an unusually long run above the centre line',
  long_run_below: 'part of an unusually long run below the centre line',
  we_1: 'Western Electric rule 1: beyond 3 sigma',
  we_2: 'Western Electric rule 2: two of three beyond 2 sigma',
  we_3: 'Western Electric rule 3: four of five beyond 1 sigma',
  we_4: 'Western Electric rule 4: eight in a row on one side',
  nelson_1: 'Nelson test 1: beyond 3 sigma',
  nelson_2: 'Nelson test 2: nine in a row on one side',
  nelson_3: 'Nelson test 3: six in a row rising or falling',
  nelson_4: 'Nelson test 4: fourteen in a row alternating',
  nelson_5: 'Nelson test 5: two of three beyond 2 sigma',
  nelson_6: 'Nelson test 6: four of five beyond 1 sigma',
  nelson_7: 'Nelson test 7: fifteen in a row within 1 sigma',
  nelson_8: 'Nelson test 8: eight in a row beyond 1 sigma',
};

/** The legend group of a label. */
export function causeGroup(cause: SpecialCause): keyof typeof CAUSE_LEGEND {
  return cause === 'neutral_high' || cause === 'neutral_low' ? 'neutral' : cause;
}

/** Joins phrases as English: "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
