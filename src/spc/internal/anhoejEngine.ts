import type { AnhoejRule } from '../types.js';
import { allocateOutcome, type FrameOutcome, lclAt, type RuleFrame, RuleNames, uclAt } from './frame.js';

/** Bit numbers of the Anhøj rules in a {@link FrameOutcome} mask. */
export const ANHOEJ_ABOVE = 0;
export const ANHOEJ_BELOW = 1;
export const ANHOEJ_LONG_ABOVE = 2;
export const ANHOEJ_LONG_BELOW = 3;

const ANHOEJ_TABLE: readonly AnhoejRule[] = ['above_ucl', 'below_lcl', 'long_run_above', 'long_run_below'];

let names: RuleNames | undefined;

/** The Anhøj rule table (created on first use). */
export function anhoejRuleNames(): RuleNames {
  names ??= new RuleNames(ANHOEJ_TABLE);
  return names;
}

/**
 * `qbinom(0.05, trials, 0.5)`: the smallest k with P(Binomial(trials, 1/2) <= k) >= 0.05. The cumulative
 * probability is accumulated in log space (the point probabilities underflow for more than ~1074 trials),
 * from k = 0 upward; O(trials).
 */
export function crossingsLowerLimit(trials: number): number {
  if (trials <= 0) return 0;
  const target = Math.log(0.05);
  let logPmf = -trials * Math.LN2;
  let logCdf = logPmf;
  let k = 0;
  while (logCdf < target) {
    logPmf += Math.log((trials - k) / (k + 1));
    k++;
    logCdf =
      logCdf > logPmf
        ? logCdf + Math.log1p(Math.exp(logPmf - logCdf))
        : logPmf + Math.log1p(Math.exp(logCdf - logPmf));
  }
  return k;
}

/** Anhøj limits for `nUseful` useful observations (spec §3). */
export function anhoejLimits(nUseful: number): { longestRunMax: number; crossingsMin: number } {
  return {
    longestRunMax: Math.round(Math.log2(nUseful)) + 3,
    crossingsMin: crossingsLowerLimit(nUseful - 1),
  };
}

/** The runs analysis of one segment. */
export interface AnhoejSegmentRuns {
  nUseful: number;
  longestRun: number | null;
  longestRunMax: number | null;
  crossings: number | null;
  crossingsMin: number | null;
  longRunSignal: boolean;
  crossingsSignal: boolean;
  runsSignal: boolean;
}

/** The Anhøj fields a chart segment reports, copied from a segment's runs analysis. */
export function anhoejSegmentFields(runs: AnhoejSegmentRuns) {
  return {
    nUseful: runs.nUseful,
    longestRun: runs.longestRun,
    longestRunMax: runs.longestRunMax,
    crossings: runs.crossings,
    crossingsMin: runs.crossingsMin,
    runsSignal: runs.runsSignal,
  };
}

/**
 * The Anhøj runs analysis of a sequence around a constant centre line, as qicharts2 `runs.analysis`:
 * useful observations are the non-missing ones not exactly on the centre line; runs are maximal blocks of
 * useful observations on one side; crossings = runs - 1. When `longRunMembers` is given, the points of
 * every run longer than the limit are marked +1 (above) or -1 (below) in it.
 */
export function runsAnalysis(x: Float64Array, centre: number, longRunMembers?: Int8Array): AnhoejSegmentRuns {
  const n = x.length;
  let nUseful = 0;
  let runs = 0;
  let longest = 0;
  let current = 0;
  let previousSide = 0;
  for (let i = 0; i < n; i++) {
    const s = x[i]! > centre ? 1 : x[i]! < centre ? -1 : 0;
    if (s === 0) continue;
    nUseful++;
    if (s === previousSide) current++;
    else {
      runs++;
      current = 1;
      previousSide = s;
    }
    if (current > longest) longest = current;
  }
  if (nUseful === 0) {
    return {
      nUseful: 0,
      longestRun: null,
      longestRunMax: null,
      crossings: null,
      crossingsMin: null,
      longRunSignal: false,
      crossingsSignal: false,
      runsSignal: false,
    };
  }
  const { longestRunMax, crossingsMin } = anhoejLimits(nUseful);
  const crossings = runs - 1;
  const longRunSignal = longest > longestRunMax;
  const crossingsSignal = crossings < crossingsMin;
  if (longRunSignal && longRunMembers !== undefined) markLongRuns(x, centre, longestRunMax, longRunMembers);
  return {
    nUseful,
    longestRun: longest,
    longestRunMax,
    crossings,
    crossingsMin,
    longRunSignal,
    crossingsSignal,
    runsSignal: longRunSignal || crossingsSignal,
  };
}

/** Marks the useful points of every run longer than `limit` with the run's side. */
function markLongRuns(x: Float64Array, centre: number, limit: number, out: Int8Array): void {
  const n = x.length;
  let runStart = -1;
  let runSide = 0;
  let runLength = 0;
  const close = (end: number) => {
    if (runLength > limit) {
      for (let j = runStart; j < end; j++) if (x[j] !== centre) out[j] = runSide;
    }
  };
  for (let i = 0; i < n; i++) {
    const s = x[i]! > centre ? 1 : x[i]! < centre ? -1 : 0;
    if (s === 0) continue;
    if (s !== runSide) {
      close(i);
      runStart = i;
      runSide = s;
      runLength = 0;
    }
    runLength++;
  }
  close(n);
}

/**
 * The Anhøj rules on one segment: points beyond the 3-sigma limits (when `limits` is true) and, our
 * extension, the points of runs longer than the Anhøj limit. Beyond a limit takes precedence.
 */
export function evaluateAnhoej(
  frame: RuleFrame,
  limits: boolean,
): { outcome: FrameOutcome; runs: AnhoejSegmentRuns } {
  const { x } = frame;
  const n = x.length;
  const out = allocateOutcome(n);
  const longRun = new Int8Array(n);
  const runs = runsAnalysis(x, frame.constant.centre, longRun);
  for (let i = 0; i < n; i++) {
    let m = 0;
    if (limits) {
      if (x[i]! > uclAt(frame, i)) m |= 1 << ANHOEJ_ABOVE;
      else if (x[i]! < lclAt(frame, i)) m |= 1 << ANHOEJ_BELOW;
    }
    if (longRun[i] === 1) m |= 1 << ANHOEJ_LONG_ABOVE;
    else if (longRun[i] === -1) m |= 1 << ANHOEJ_LONG_BELOW;
    out.mask[i] = m;
    if (m === 0) continue;
    out.directional[i] = 1;
    const bit =
      m & (1 << ANHOEJ_ABOVE)
        ? ANHOEJ_ABOVE
        : m & (1 << ANHOEJ_BELOW)
          ? ANHOEJ_BELOW
          : m & (1 << ANHOEJ_LONG_ABOVE)
            ? ANHOEJ_LONG_ABOVE
            : ANHOEJ_LONG_BELOW;
    out.winner[i] = bit;
    out.direction[i] = bit === ANHOEJ_ABOVE || bit === ANHOEJ_LONG_ABOVE ? 1 : -1;
  }
  return { outcome: out, runs };
}
