import type { NhsRule } from '../types.js';
import {
  Arena,
  allocateOutcome,
  centreAt,
  type FrameOutcome,
  lclAt,
  lower2At,
  type RuleFrame,
  RuleNames,
  uclAt,
  upper2At,
} from './frame.js';
import { sideOf } from './numeric.js';
import { shiftEndsKernel, trendEndsKernel, twoInThreeFlagsKernel, windowMembersKernel } from './patterns.js';

/** Bit numbers of the NHS rules in a {@link FrameOutcome} mask. */
export const NHS_ABOVE = 0;
export const NHS_BELOW = 1;
export const NHS_TREND_UP = 2;
export const NHS_TREND_DOWN = 3;
export const NHS_TWO_ABOVE = 4;
export const NHS_TWO_BELOW = 5;
export const NHS_SHIFT_ABOVE = 6;
export const NHS_SHIFT_BELOW = 7;

const NHS_TABLE: readonly NhsRule[] = [
  'above_ucl',
  'below_lcl',
  'trend_up',
  'trend_down',
  'two_in_three_above',
  'two_in_three_below',
  'shift_above',
  'shift_below',
];

let names: RuleNames | undefined;

/** The NHS rule table (created on first use). */
export function nhsRuleNames(): RuleNames {
  names ??= new RuleNames(NHS_TABLE);
  return names;
}

/** Options of the NHS engine. */
export interface NhsEngineOptions {
  runLength: number;
  trendLength: number;
  twoInThreeIncludesBeyondLimits: boolean;
}

/**
 * The four Making Data Count tests on one segment, as NHSRplotthedots 0.2.2 `ptd_special_cause_type`:
 * astronomical point > trend > two-in-three > shift, with the direction of a trend point taken from the
 * trend it belongs to (the following trend when it is the shared peak or trough of two).
 */
export function evaluateNhs(frame: RuleFrame, options: NhsEngineOptions): FrameOutcome {
  const { x } = frame;
  const n = x.length;
  // One buffer for the outcome (7n bytes) and the ten working arrays below (n bytes each), 4-byte aligned.
  const arena = new Arena(17 * ((n + 3) & ~3));
  const out = allocateOutcome(n, arena);
  const { mask, winner, direction, directional } = out;
  const side = arena.i8(n);
  const close = arena.u8(n);
  for (let i = 0; i < n; i++) {
    const v = x[i]!;
    side[i] = sideOf(v, centreAt(frame, i));
    const above = v > uclAt(frame, i);
    const outside = above || v < lclAt(frame, i);
    if (outside) mask[i] = above ? 1 << NHS_ABOVE : 1 << NHS_BELOW;
    const beyondTwo = v > upper2At(frame, i) || v < lower2At(frame, i);
    if (beyondTwo && (options.twoInThreeIncludesBeyondLimits || !outside)) close[i] = 1;
  }

  const trendEnds = trendEndsKernel(x, options.trendLength, arena.i8(n));
  const trendUp = windowMembersKernel(trendEnds, options.trendLength, 1, arena.u8(n));
  const trendDown = windowMembersKernel(trendEnds, options.trendLength, -1, arena.u8(n));
  const twoInThree = twoInThreeFlagsKernel(close, side, arena.u8(n));
  const shiftEnds = shiftEndsKernel(side, options.runLength, arena.i8(n));
  const shift = windowMembersKernel(shiftEnds, options.runLength, 0, arena.u8(n));

  for (let i = 0; i < n; i++) {
    let m = mask[i]!;
    if (trendUp[i]) m |= 1 << NHS_TREND_UP;
    if (trendDown[i]) m |= 1 << NHS_TREND_DOWN;
    const s = side[i]!;
    if (twoInThree[i]) m |= s > 0 ? 1 << NHS_TWO_ABOVE : 1 << NHS_TWO_BELOW;
    if (shift[i]) m |= s > 0 ? 1 << NHS_SHIFT_ABOVE : 1 << NHS_SHIFT_BELOW;
    mask[i] = m;
    if (m === 0) continue;
    directional[i] = 1;
    if (m & (1 << NHS_ABOVE)) {
      winner[i] = NHS_ABOVE;
      direction[i] = 1;
    } else if (m & (1 << NHS_BELOW)) {
      winner[i] = NHS_BELOW;
      direction[i] = -1;
    } else if (m & ((1 << NHS_TREND_UP) | (1 << NHS_TREND_DOWN))) {
      const up = (m & (1 << NHS_TREND_UP)) !== 0;
      const down = (m & (1 << NHS_TREND_DOWN)) !== 0;
      // A point in a rising and a falling trend is their shared peak or trough: it takes the direction
      // of the trend that follows it (NHSRplotthedots issue 200).
      const d = up && down ? sideOf(x[i + 1]!, x[i]!) : up ? 1 : -1;
      winner[i] = d > 0 ? NHS_TREND_UP : NHS_TREND_DOWN;
      direction[i] = d;
    } else if (m & ((1 << NHS_TWO_ABOVE) | (1 << NHS_TWO_BELOW))) {
      winner[i] = s > 0 ? NHS_TWO_ABOVE : NHS_TWO_BELOW;
      direction[i] = s;
    } else {
      winner[i] = s > 0 ? NHS_SHIFT_ABOVE : NHS_SHIFT_BELOW;
      direction[i] = s;
    }
  }
  return out;
}
