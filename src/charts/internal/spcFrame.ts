import { ArgumentError } from '../../errors/ArgumentError.js';
import { fail } from '../../internal/assert.js';
import { describe } from '../../internal/describe.js';
import type { AttributeChart } from '../../spc/AttributeChart.js';
import type { RunChart } from '../../spc/runChart.js';
import type {
  AssuranceIcon,
  Improvement,
  InsufficientSpcData,
  SpcRuleset,
  SpecialCause,
  VariationIcon,
} from '../../spc/types.js';
import type { XmrChart } from '../../spc/xmrChart.js';

export type { SpcChartInput } from '../SpcChartInput.js';

/** One point, whatever the chart kind. */
export interface FramePoint {
  index: number;
  segment: number;
  value: number | null;
  specialCause: SpecialCause | null;
  rule: string | null;
  centre: number;
  lcl: number | null;
  ucl: number | null;
}

/** One segment: its positions and, when its limits are the same at every point, those limits. */
export interface FrameSegment {
  index: number;
  start: number;
  end: number;
  centre: number;
  /** Limits constant over the segment (XmR) or varying with the denominator (p, u). */
  constantLimits: boolean;
}

/** A chart result in the one shape the SVG and Vega-Lite builders read. */
export interface SpcFrame {
  kind: 'xmr' | 'p' | 'u' | 'run';
  /** "XmR chart", "p chart", … */
  name: string;
  /** "mean", "median" or "centre line". */
  centreName: string;
  hasLimits: boolean;
  points: FramePoint[];
  segments: FrameSegment[];
  improvement: Improvement;
  ruleset: SpcRuleset | null;
  target: number | null;
  variationIcon: VariationIcon;
  assuranceIcon: AssuranceIcon | null;
}

const SPECIAL_CAUSES: readonly string[] = ['common', 'improvement', 'concern', 'neutral_high', 'neutral_low'];
const VARIATION_ICONS: readonly string[] = [
  'common_cause',
  'improvement_high',
  'improvement_low',
  'concern_high',
  'concern_low',
  'neutral_high',
  'neutral_low',
];
const ASSURANCE_ICONS: readonly string[] = ['pass', 'fail', 'hit_or_miss'];
const EXPECTED = 'to be a result of xmrChart, runChart, pChart or uChart';

function finite(fn: string, path: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(fn, path, 'to be a finite number', value);
  return value;
}

function finiteOrNull(fn: string, path: string, value: unknown): number | null {
  if (value === null) return null;
  return finite(fn, path, value);
}

function index(fn: string, path: string, value: unknown, n: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= Math.max(n, 1))
    fail(fn, path, `to be an integer from 0 to ${Math.max(n - 1, 0)}`, value);
  return value;
}

/** Whether a value is an `insufficient_data` status. */
export function isInsufficient(value: unknown): value is InsufficientSpcData {
  return (
    value !== null &&
    typeof value === 'object' &&
    (value as { status?: unknown }).status === 'insufficient_data'
  );
}

/** Reads any SPC chart result into a frame (or returns the insufficient-data status as it is). */
export function readSpcChart(fn: string, raw: unknown): SpcFrame | InsufficientSpcData {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(fn, 'chart', EXPECTED, raw);
  const chart = raw as Record<string, unknown>;
  if (isInsufficient(chart)) return chart;
  if (chart.status !== 'ok' || !Array.isArray(chart.points) || !Array.isArray(chart.segments))
    fail(fn, 'chart', EXPECTED, raw);
  if (chart.chart === 'p' || chart.chart === 'u')
    return readAttribute(fn, chart as unknown as AttributeChart);
  if ('mrBar' in chart) return readXmr(fn, chart as unknown as XmrChart);
  if ('median' in chart && 'runsSignal' in chart) return readRun(fn, chart as unknown as RunChart);
  fail(fn, 'chart', EXPECTED, raw);
}

function readCommonPoint(
  fn: string,
  raw: unknown,
  i: number,
  nSegments: number,
): { value: number | null; specialCause: SpecialCause | null; rule: string | null; segment: number } {
  const path = `chart.points[${i}]`;
  if (raw === null || typeof raw !== 'object') fail(fn, path, 'to be a chart point', raw);
  const p = raw as Record<string, unknown>;
  if (p.index !== i) fail(fn, `${path}.index`, `to be ${i}`, p.index);
  const value = finiteOrNull(fn, `${path}.value`, p.value);
  const cause = p.specialCause;
  if (value === null ? cause !== null : typeof cause !== 'string' || !SPECIAL_CAUSES.includes(cause))
    fail(
      fn,
      `${path}.specialCause`,
      value === null ? 'to be null for a missing value' : 'to be a point label',
      cause,
    );
  const rule = p.rule;
  if (rule !== null && typeof rule !== 'string') fail(fn, `${path}.rule`, 'to be a string or null', rule);
  return {
    value,
    specialCause: cause as SpecialCause | null,
    rule: rule === 'none' ? null : (rule as string | null),
    segment: index(fn, `${path}.segment`, p.segment, nSegments),
  };
}

function readSegments(
  fn: string,
  raw: readonly unknown[],
  n: number,
  centreKey: 'mean' | 'median' | 'centre',
  constantLimits: boolean,
): FrameSegment[] {
  let next = 0;
  return raw.map((s, k) => {
    const path = `chart.segments[${k}]`;
    if (s === null || typeof s !== 'object') fail(fn, path, 'to be a chart segment', s);
    const segment = s as Record<string, unknown>;
    const start = index(fn, `${path}.start`, segment.start, n);
    const end = index(fn, `${path}.end`, segment.end, n);
    if (start !== next || end < start) fail(fn, `${path}.start`, `to be ${next}, with end >= start`, start);
    next = end + 1;
    return {
      index: k,
      start,
      end,
      centre: finite(fn, `${path}.${centreKey}`, segment[centreKey]),
      constantLimits,
    };
  });
}

function checkCover(fn: string, segments: FrameSegment[], n: number): void {
  const last = segments[segments.length - 1];
  if (n === 0 || last === undefined || last.end !== n - 1) {
    throw new ArgumentError(
      `${fn}: expected chart.segments to cover the ${n} points, received ${describe(segments.length)} segments`,
      {
        path: 'chart.segments',
        value: segments,
      },
    );
  }
}

function readIcons(
  fn: string,
  chart: { variationIcon?: unknown; assuranceIcon?: unknown },
): { variationIcon: VariationIcon; assuranceIcon: AssuranceIcon | null } {
  const v = chart.variationIcon;
  if (typeof v !== 'string' || !VARIATION_ICONS.includes(v))
    fail(fn, 'chart.variationIcon', 'to be a variation icon', v);
  const a = chart.assuranceIcon ?? null;
  if (a !== null && (typeof a !== 'string' || !ASSURANCE_ICONS.includes(a)))
    fail(fn, 'chart.assuranceIcon', 'to be an assurance icon or null', a);
  return { variationIcon: v as VariationIcon, assuranceIcon: a as AssuranceIcon | null };
}

/**
 * The points of a chart: the fields common to every kind, checked to lie in their segment, with the
 * segment's centre and the limits `limitsOf` gives for point `i` in segment `k`.
 */
function readPoints<P>(
  fn: string,
  rawPoints: readonly P[],
  segments: readonly FrameSegment[],
  limitsOf: (raw: P, i: number, k: number) => { lcl: number | null; ucl: number | null },
): FramePoint[] {
  return rawPoints.map((raw, i): FramePoint => {
    const p = readCommonPoint(fn, raw, i, segments.length);
    const segment = segments[p.segment]!;
    if (i < segment.start || i > segment.end)
      fail(fn, `chart.points[${i}].segment`, 'to hold the point', p.segment);
    return { index: i, ...p, centre: segment.centre, ...limitsOf(raw, i, p.segment) };
  });
}

function optionsOf(chart: { options?: unknown }): { improvement: Improvement; target: number | null } {
  const options = (chart.options ?? {}) as { improvement?: unknown; target?: unknown };
  const improvement =
    options.improvement === 'increase' || options.improvement === 'decrease'
      ? options.improvement
      : 'neutral';
  const target =
    typeof options.target === 'number' && Number.isFinite(options.target) ? options.target : null;
  return { improvement, target };
}

function readXmr(fn: string, chart: XmrChart): SpcFrame {
  const n = chart.points.length;
  const segments = readSegments(fn, chart.segments, n, 'mean', true);
  checkCover(fn, segments, n);
  const limits = chart.segments.map((s, k) => ({
    lcl: finite(fn, `chart.segments[${k}].lcl`, s.lcl),
    ucl: finite(fn, `chart.segments[${k}].ucl`, s.ucl),
  }));
  const points = readPoints(fn, chart.points, segments, (_raw, _i, k) => limits[k]!);
  return {
    kind: 'xmr',
    name: 'XmR chart',
    centreName: 'mean',
    hasLimits: true,
    points,
    segments,
    ...optionsOf(chart),
    ruleset: chart.ruleset,
    ...readIcons(fn, chart),
  };
}

function readAttribute(fn: string, chart: AttributeChart): SpcFrame {
  const n = chart.points.length;
  const segments = readSegments(fn, chart.segments, n, 'centre', false);
  checkCover(fn, segments, n);
  const points = readPoints(fn, chart.points, segments, (raw, i) => ({
    lcl: finiteOrNull(fn, `chart.points[${i}].lcl`, raw.lcl),
    ucl: finiteOrNull(fn, `chart.points[${i}].ucl`, raw.ucl),
  }));
  return {
    kind: chart.chart,
    name: `${chart.chart} chart`,
    centreName: 'centre line',
    hasLimits: true,
    points,
    segments,
    ...optionsOf(chart),
    ruleset: chart.ruleset,
    ...readIcons(fn, chart),
  };
}

function readRun(fn: string, chart: RunChart): SpcFrame {
  const n = chart.points.length;
  const segments = readSegments(fn, chart.segments, n, 'median', true);
  checkCover(fn, segments, n);
  const points = readPoints(fn, chart.points, segments, () => ({ lcl: null, ucl: null }));
  return {
    kind: 'run',
    name: 'Run chart',
    centreName: 'median',
    hasLimits: false,
    points,
    segments,
    improvement: optionsOf(chart).improvement,
    target: null,
    ruleset: 'anhoej',
    variationIcon: readIcons(fn, { variationIcon: chart.variationIcon }).variationIcon,
    assuranceIcon: null,
  };
}
