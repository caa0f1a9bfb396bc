import { ArgumentError } from '../../errors/ArgumentError.js';
import { assertSameLength, fail } from '../../internal/assert.js';
import { describe } from '../../internal/describe.js';
import { readSeries } from '../../internal/readSeries.js';
import type {
  AttributeChart,
  AttributeChartOptionsUsed,
  AttributeChartResult,
  AttributePoint,
  AttributeSegment,
} from '../AttributeChart.js';
import { assuranceOf } from '../assuranceIcon.js';
import type { SpcRule, SpecialCause } from '../types.js';
import { variationIcon } from '../variationIcon.js';
import { readXmrOptions } from '../xmrChart.js';
import { anhoejSegmentFields } from './anhoejEngine.js';
import { D2, SHORT_GROUP_THRESHOLD, URL_FACTOR } from './constants.js';
import { allocateFrame } from './frame.js';
import { compensatedMean, compensatedSum } from './numeric.js';
import { readBoolean, readOptionsObject, segmentBounds } from './options.js';
import { flaggedIndices, RulesEngine } from './rulesEngine.js';

const NO_RULES: readonly SpcRule[] = Object.freeze([]);

/** Validated numerators and denominators (NaN = missing). */
export interface AttributeData {
  numerators: Float64Array;
  denominators: Float64Array;
}

/**
 * Reads the two series of a p or u chart: same length, each value finite and >= 0 or missing; for
 * proportions a numerator may not exceed its denominator.
 */
export function readAttributeData(
  fn: string,
  kind: 'p' | 'u',
  numerators: unknown,
  denominators: unknown,
  names: [string, string],
): AttributeData {
  const num = readSeries(fn, names[0], numerators);
  const den = readSeries(fn, names[1], denominators);
  assertSameLength(fn, names[0], num, names[1], den);
  for (let i = 0; i < num.length; i++) {
    const a = num[i]!;
    const b = den[i]!;
    if (a < 0) fail(fn, `${names[0]}[${i}]`, 'to be >= 0', a);
    if (b < 0) fail(fn, `${names[1]}[${i}]`, 'to be >= 0', b);
    if (kind === 'p' && a > b) {
      throw new ArgumentError(
        `${fn}: expected ${names[0]}[${i}] to be <= ${names[1]}[${i}] (${describe(b)}), received ${describe(a)}`,
        { path: `${names[0]}[${i}]`, value: a },
      );
    }
  }
  return { numerators: num, denominators: den };
}

/** Validates the options of a p or u chart. */
export function readAttributeOptions(fn: string, raw: unknown, n: number): AttributeChartOptionsUsed {
  const options = readOptionsObject(fn, raw);
  return Object.assign(readXmrOptions(fn, options, n, ['laney']), {
    laney: readBoolean(fn, 'options.laney', options.laney, false),
  });
}

/**
 * A p chart (binomial: σ_i = √(p̄(1 − p̄)/n_i)) or u chart (Poisson: σ_i = √(ū/n_i)) with per-period limits
 * centre ± 3σ_i (lower clamped at 0, upper at 1 for p), optionally with Laney's σz (spec §8.8; qicharts2
 * `qic.p`, `qic.pp`, `qic.u`, `qic.up`).
 */
export function computeAttribute(
  kind: 'p' | 'u',
  data: AttributeData,
  used: AttributeChartOptionsUsed,
): AttributeChartResult {
  const { numerators: num, denominators: den } = data;
  const n = num.length;
  const required = used.laney ? 2 : 1;
  if (n === 0)
    return { status: 'insufficient_data', reason: 'too_few_points', segment: 0, required, received: 0 };
  const hasData = (i: number) => !Number.isNaN(num[i]!) && den[i]! > 0;
  const engine = new RulesEngine({
    ruleset: used.ruleset,
    improvement: used.improvement,
    runLength: used.runLength ?? 7,
    trendLength: used.trendLength ?? 7,
    twoInThreeIncludesBeyondLimits: used.twoInThreeIncludesBeyondLimits ?? true,
    limits: true,
  });
  const bounds = segmentBounds(n, used.rebase);
  const segments: AttributeSegment[] = [];
  const points: AttributePoint[] = new Array(n);
  const sigmaSignal: number[] = [];
  let lastLabel: SpecialCause | null = null;
  let lastLimits: [number, number] = [0, 0];
  const clampUpper = kind === 'p' ? (v: number) => Math.min(1, v) : (v: number) => v;

  for (let k = 0; k < bounds.length; k++) {
    const [start, end] = bounds[k]!;
    const baselineEnd = used.fixAfterNPoints === null ? end : Math.min(end, start + used.fixAfterNPoints - 1);
    const baseNum = new Float64Array(baselineEnd - start + 1);
    const baseDen = new Float64Array(baselineEnd - start + 1);
    let baseCount = 0;
    for (let i = start; i <= baselineEnd; i++) {
      if (!hasData(i)) continue;
      baseNum[baseCount] = num[i]!;
      baseDen[baseCount++] = den[i]!;
    }
    if (baseCount < required) {
      return {
        status: 'insufficient_data',
        reason: 'too_few_points',
        segment: k,
        required,
        received: baseCount,
      };
    }
    const totalNum = compensatedSum(baseNum, baseCount);
    const totalDen = compensatedSum(baseDen, baseCount);
    const centre = totalNum / totalDen;
    const sigmaOf =
      kind === 'p'
        ? (d: number) => Math.sqrt((centre * (1 - centre)) / d)
        : (d: number) => Math.sqrt(centre / d);

    let sigmaZ: number | null = null;
    let movingRanges = 0;
    let screenedOut = 0;
    if (used.laney) {
      if (centre <= 0 || (kind === 'p' && centre >= 1)) {
        return {
          status: 'insufficient_data',
          reason: 'degenerate_rate',
          segment: k,
          required,
          received: baseCount,
        };
      }
      const ranges = new Float64Array(baselineEnd - start + 1);
      let previousZ = Number.NaN;
      for (let i = start; i <= baselineEnd; i++) {
        const z = hasData(i) ? (num[i]! / den[i]! - centre) / sigmaOf(den[i]!) : Number.NaN;
        if (!Number.isNaN(z) && !Number.isNaN(previousZ)) ranges[movingRanges++] = Math.abs(z - previousZ);
        previousZ = z;
      }
      if (movingRanges === 0) {
        return {
          status: 'insufficient_data',
          reason: 'no_moving_range',
          segment: k,
          required,
          received: baseCount,
        };
      }
      let mrBar = compensatedMean(ranges, movingRanges);
      if (used.screenOutliers && mrBar > 0) {
        const limit = URL_FACTOR * mrBar;
        let kept = 0;
        for (let r = 0; r < movingRanges; r++) if (ranges[r]! < limit) ranges[kept++] = ranges[r]!;
        screenedOut = movingRanges - kept;
        movingRanges = kept;
        mrBar = compensatedMean(ranges, kept);
      }
      sigmaZ = mrBar / D2;
    }
    const factor = sigmaZ ?? 1;

    let count = 0;
    for (let i = start; i <= end; i++) if (hasData(i)) count++;
    const frame = allocateFrame(
      count,
      { centre, sigma: Number.NaN, ucl: Number.NaN, lcl: Number.NaN, upper2: Number.NaN, lower2: Number.NaN },
      true,
    );
    const limits = frame.perPoint!;
    let c = 0;
    for (let i = start; i <= end; i++) {
      const d = den[i]!;
      const positive = d > 0;
      const sigma = positive ? sigmaOf(d) * factor : Number.NaN;
      const point: AttributePoint = {
        index: i,
        segment: k,
        value: null,
        numerator: Number.isNaN(num[i]!) ? null : num[i]!,
        denominator: Number.isNaN(d) ? null : d,
        centre,
        sigma: positive ? sigma : null,
        lcl: positive ? Math.max(0, centre - 3 * sigma) : null,
        ucl: positive ? clampUpper(centre + 3 * sigma) : null,
        lowerTwoSigma: positive ? Math.max(0, centre - 2 * sigma) : null,
        upperTwoSigma: positive ? clampUpper(centre + 2 * sigma) : null,
        specialCause: null,
        rule: null,
        rules: NO_RULES,
      };
      points[i] = point;
      if (!hasData(i)) continue;
      const v = num[i]! / d;
      point.value = v;
      frame.index[c] = i;
      frame.x[c] = v;
      limits.centre[c] = centre;
      limits.sigma[c] = sigma;
      limits.ucl[c] = centre + 3 * sigma;
      limits.lcl[c] = centre - 3 * sigma;
      limits.upper2[c] = centre + 2 * sigma;
      limits.lower2[c] = centre - 2 * sigma;
      c++;
    }
    const outcome = engine.evaluate(frame);
    for (let j = 0; j < count; j++) {
      const i = frame.index[j]!;
      const point = points[i]!;
      const label = engine.label(outcome, j);
      point.specialCause = label.specialCause;
      point.rule = label.rule;
      point.rules = label.rules;
      if (frame.x[j]! > limits.ucl[j]! || frame.x[j]! < limits.lcl[j]!) sigmaSignal.push(i);
      lastLabel = label.specialCause;
      lastLimits = [point.lcl!, point.ucl!];
    }
    const segment: AttributeSegment = {
      start,
      end,
      n: count,
      baselineEnd,
      centre,
      numerator: totalNum,
      denominator: totalDen,
      sigmaZ,
      movingRanges,
      screenedOut,
      shortGroup: count < SHORT_GROUP_THRESHOLD,
    };
    if (used.ruleset === 'anhoej') {
      Object.assign(segment, anhoejSegmentFields(engine.runs[k]!));
    }
    segments.push(segment);
  }

  const last = segments[segments.length - 1]!;
  const chart: AttributeChart = {
    status: 'ok',
    chart: kind,
    ruleset: used.ruleset,
    centre: last.centre,
    sigmaZ: last.sigmaZ,
    lcl: lastLimits[0],
    ucl: lastLimits[1],
    segments,
    points,
    variationIcon: variationIcon(lastLabel, used.improvement)!,
    assuranceIcon: assuranceOf(lastLimits[0], lastLimits[1], used.target, used.improvement),
    options: used,
  };
  if (engine.zoneSignals !== undefined) {
    chart.rules = engine.zoneSignals;
    chart.flagged = flaggedIndices(engine.zoneSignals);
  }
  if (used.ruleset === 'anhoej') {
    chart.runsSignal = engine.runs.some((r) => r.runsSignal);
    chart.sigmaSignal = sigmaSignal;
  }
  return chart;
}
