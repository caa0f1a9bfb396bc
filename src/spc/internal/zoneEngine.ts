import type { NelsonRule, RuleSignals, WesternElectricRule } from '../types.js';
import { allocateOutcome, centreAt, type FrameOutcome, type RuleFrame, RuleNames, sigmaAt } from './frame.js';
import { sideOf } from './numeric.js';
import { trendEndsKernel, windowMembersKernel } from './patterns.js';

/** One zone test (spec §4). */
type ZoneTest =
  | { kind: 'beyond'; zone: number }
  | { kind: 'kOfM'; k: number; m: number; zone: number }
  | { kind: 'run'; length: number }
  | { kind: 'trend'; length: number }
  | { kind: 'alternate'; length: number }
  | { kind: 'within'; length: number; zone: number }
  | { kind: 'outside'; length: number; zone: number };

/** A rule set of zone tests: the tests in rule-number order and the precedence of their labels. */
interface ZoneRuleSet {
  tests: readonly ZoneTest[];
  /** Rule indices (0-based) from the highest to the lowest precedence. */
  precedence: readonly number[];
  /** Rule indices whose patterns have no direction (labelled neutral_high/neutral_low). */
  nonDirectional: readonly number[];
  names: readonly (WesternElectricRule | NelsonRule)[];
}

const WESTERN_ELECTRIC: ZoneRuleSet = {
  tests: [
    { kind: 'beyond', zone: 3 },
    { kind: 'kOfM', k: 2, m: 3, zone: 2 },
    { kind: 'kOfM', k: 4, m: 5, zone: 1 },
    { kind: 'run', length: 8 },
  ],
  precedence: [0, 1, 2, 3],
  nonDirectional: [],
  names: ['we_1', 'we_2', 'we_3', 'we_4'],
};

const NELSON: ZoneRuleSet = {
  tests: [
    { kind: 'beyond', zone: 3 },
    { kind: 'run', length: 9 },
    { kind: 'trend', length: 6 },
    { kind: 'alternate', length: 14 },
    { kind: 'kOfM', k: 2, m: 3, zone: 2 },
    { kind: 'kOfM', k: 4, m: 5, zone: 1 },
    { kind: 'within', length: 15, zone: 1 },
    { kind: 'outside', length: 8, zone: 1 },
  ],
  // Like NHS: beyond the limits > trend > k-of-m > runs on one side > patterns without a direction.
  precedence: [0, 2, 4, 5, 1, 7, 3, 6],
  nonDirectional: [3, 6, 7],
  names: ['nelson_1', 'nelson_2', 'nelson_3', 'nelson_4', 'nelson_5', 'nelson_6', 'nelson_7', 'nelson_8'],
};

let weNames: RuleNames | undefined;
let nelsonNames: RuleNames | undefined;

/** The rule table of `ruleset` (created on first use). */
export function zoneRuleNames(ruleset: 'western-electric' | 'nelson'): RuleNames {
  if (ruleset === 'nelson') {
    nelsonNames ??= new RuleNames(NELSON.names);
    return nelsonNames;
  }
  weNames ??= new RuleNames(WESTERN_ELECTRIC.names);
  return weNames;
}

/** What one zone test found on a frame (frame positions). */
interface TestResult {
  signal: Uint8Array;
  member: Uint8Array;
  /** For trend tests: membership of rising and falling trends, to direct the label. */
  up?: Uint8Array;
  down?: Uint8Array;
}

/** Marks `out[i] = 1` for every point of a run of `flag` of at least `length`, and signals at each end. */
function runsOf(flag: Uint8Array, length: number): TestResult {
  const n = flag.length;
  const ends = new Int8Array(n);
  const signal = new Uint8Array(n);
  let run = 0;
  for (let i = 0; i < n; i++) {
    run = flag[i] ? run + 1 : 0;
    if (run >= length) {
      ends[i] = 1;
      signal[i] = 1;
    }
  }
  return { signal, member: windowMembersKernel(ends, length) };
}

function evaluateTest(frame: RuleFrame, test: ZoneTest, d: Float64Array, sigma: Float64Array): TestResult {
  const { x } = frame;
  const n = x.length;
  switch (test.kind) {
    case 'beyond': {
      const signal = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const limit = test.zone * sigma[i]!;
        if (d[i]! > limit || -d[i]! > limit) signal[i] = 1;
      }
      return { signal, member: signal };
    }
    case 'kOfM': {
      const { k, m, zone } = test;
      const above = new Uint8Array(n);
      const below = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const limit = zone * sigma[i]!;
        if (d[i]! > limit) above[i] = 1;
        else if (-d[i]! > limit) below[i] = 1;
      }
      const signal = new Uint8Array(n);
      const member = new Uint8Array(n);
      let countAbove = 0;
      let countBelow = 0;
      for (let i = 0; i < n; i++) {
        countAbove += above[i]!;
        countBelow += below[i]!;
        if (i >= m) {
          countAbove -= above[i - m]!;
          countBelow -= below[i - m]!;
        }
        if (i < m - 1) continue;
        for (const [count, beyond] of [
          [countAbove, above],
          [countBelow, below],
        ] as const) {
          if (count < k) continue;
          if (beyond[i]) signal[i] = 1;
          for (let j = i - m + 1; j <= i; j++) if (beyond[j]) member[j] = 1;
        }
      }
      return { signal, member };
    }
    case 'run': {
      // Same non-zero side of the centre line; a point exactly on the centre line breaks the run.
      const ends = new Int8Array(n);
      const signal = new Uint8Array(n);
      let run = 0;
      for (let i = 0; i < n; i++) {
        const s = sideOf(d[i]!, 0);
        if (s === 0) run = 0;
        else run = i > 0 && sideOf(d[i - 1]!, 0) === s ? run + 1 : 1;
        if (run >= test.length) {
          ends[i] = 1;
          signal[i] = 1;
        }
      }
      return { signal, member: windowMembersKernel(ends, test.length) };
    }
    case 'trend': {
      const ends = trendEndsKernel(x, test.length);
      const signal = new Uint8Array(n);
      for (let i = 0; i < n; i++) if (ends[i] !== 0) signal[i] = 1;
      const up = windowMembersKernel(ends, test.length, 1);
      const down = windowMembersKernel(ends, test.length, -1);
      const member = new Uint8Array(n);
      for (let i = 0; i < n; i++) member[i] = up[i]! | down[i]!;
      return { signal, member, up, down };
    }
    case 'alternate': {
      // `length` points = `length - 1` non-zero steps alternating in sign.
      const ends = new Int8Array(n);
      const signal = new Uint8Array(n);
      let alternating = 0;
      let previous = 0;
      for (let i = 1; i < n; i++) {
        const step = sideOf(x[i]!, x[i - 1]!);
        if (step === 0) alternating = 0;
        else alternating = previous !== 0 && step === -previous ? alternating + 1 : 1;
        previous = step;
        if (alternating >= test.length - 1) {
          ends[i] = 1;
          signal[i] = 1;
        }
      }
      return { signal, member: windowMembersKernel(ends, test.length) };
    }
    case 'within': {
      const flag = new Uint8Array(n);
      for (let i = 0; i < n; i++) if (Math.abs(d[i]!) < test.zone * sigma[i]!) flag[i] = 1;
      return runsOf(flag, test.length);
    }
    case 'outside': {
      const flag = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const limit = test.zone * sigma[i]!;
        if (d[i]! > limit || -d[i]! > limit) flag[i] = 1;
      }
      return runsOf(flag, test.length);
    }
  }
}

/** Per-rule signals and members accumulated over the segments of one chart (input positions). */
export type ZoneSignals = Record<string, RuleSignals>;

/** Empty per-rule signal lists for `ruleset`, keyed by rule number ('1', '2', ...). */
export function emptyZoneSignals(ruleset: 'western-electric' | 'nelson'): ZoneSignals {
  const set = ruleset === 'nelson' ? NELSON : WESTERN_ELECTRIC;
  const out: ZoneSignals = {};
  for (let r = 0; r < set.tests.length; r++) out[String(r + 1)] = { signals: [], members: [] };
  return out;
}

/**
 * The Western Electric or Nelson tests on one segment (spec §4): every test evaluated independently,
 * memberships as a bit mask per point (bit r = rule r + 1), signals and members appended to `signals` in
 * input positions, and the label chosen by the rule set's precedence.
 */
export function evaluateZones(
  frame: RuleFrame,
  ruleset: 'western-electric' | 'nelson',
  signals: ZoneSignals,
): FrameOutcome {
  const set = ruleset === 'nelson' ? NELSON : WESTERN_ELECTRIC;
  const { x, index } = frame;
  const n = x.length;
  const out = allocateOutcome(n);
  // Deviations from the centre line, d = x - centre (spec §4.1: "x - mean > k sigma"; -d is exactly
  // mean - x in IEEE arithmetic), and sigma per point.
  const d = new Float64Array(n);
  const sigma = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    d[i] = x[i]! - centreAt(frame, i);
    sigma[i] = sigmaAt(frame, i);
  }
  const results: TestResult[] = [];
  for (let r = 0; r < set.tests.length; r++) {
    const result = evaluateTest(frame, set.tests[r]!, d, sigma);
    results.push(result);
    const target = signals[String(r + 1)]!;
    for (let i = 0; i < n; i++) {
      if (result.signal[i]) target.signals.push(index[i]!);
      if (result.member[i]) {
        target.members.push(index[i]!);
        out.mask[i] = out.mask[i]! | (1 << r);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const m = out.mask[i]!;
    if (m === 0) continue;
    let rule = -1;
    for (const r of set.precedence) {
      if ((m >>> r) & 1) {
        rule = r;
        break;
      }
    }
    out.winner[i] = rule;
    const result = results[rule]!;
    const side = sideOf(d[i]!, 0);
    if (set.nonDirectional.includes(rule)) {
      // Patterns without a direction: labelled by the side of the centre line, on the line counting as high.
      out.direction[i] = side < 0 ? -1 : 1;
      out.directional[i] = 0;
    } else if (result.up !== undefined && result.down !== undefined) {
      const up = result.up[i] === 1;
      const down = result.down[i] === 1;
      out.direction[i] = up && down ? sideOf(x[i + 1]!, x[i]!) : up ? 1 : -1;
      out.directional[i] = 1;
    } else {
      out.direction[i] = side;
      out.directional[i] = 1;
    }
  }
  return out;
}
