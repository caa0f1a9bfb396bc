import { ArgumentError } from '../errors/ArgumentError.js';
import { assertOneOf, fail } from '../internal/assert.js';
import { describe } from '../internal/describe.js';
import type { MissingPolicy, RollupMethod } from '../model/enums.js';
import type { FiscalCalendar } from '../periods/FiscalCalendar.js';
import {
  type BandScheme,
  bandStatusPrepared,
  type PreparedScheme,
  prepareScheme,
} from '../scoring/bandStatus.js';
import { defaultRagScheme } from '../scoring/defaultRagScheme.js';
import type { Explanation } from '../scoring/Explanation.js';
import { scoreProgress } from '../scoring/scoreProgress.js';
import { type Decimal, dec, num, plain, zero } from './internal/decimal.js';
import { CompensatedSum } from './internal/sum.js';
import { readAsOf, weightInForce } from './internal/weights.js';
import type { RollupNode, RollupWeight } from './RollupNode.js';

/** The rollup methods, in the order of the plan model's `RollupMethodSchema`. */
export const ROLLUP_METHODS: readonly RollupMethod[] = [
  'weighted_mean',
  'mean',
  'min',
  'max',
  'share_on_track',
  'two_worst',
  'sum',
];
const MISSING_POLICIES: readonly MissingPolicy[] = ['ignore', 'strict', 'zero'];
/** Statuses that say a child has no usable figure (never a colour). */
export const DATA_STATUSES: ReadonlySet<string> = new Set([
  'no_data',
  'no_target',
  'not_due',
  'not_comparable',
]);

/**
 * Options of {@link rollup}. Every option is optional.
 *
 * @example
 * ```ts
 * import type { RollupOptions } from 'civic-metrics/rollup';
 * const options: RollupOptions = { method: 'weighted_mean', missing: 'ignore', asOf: '2024-06-30', bounds: { min: 0, max: 1 } };
 * ```
 */
export interface RollupOptions {
  /** Method of the inner nodes that do not choose their own; default `'weighted_mean'`. */
  readonly method?: RollupMethod | undefined;
  /** Missing-data policy of the inner nodes that do not choose their own; default `'ignore'`. */
  readonly missing?: MissingPolicy | undefined;
  /** Weights by node id, overriding the nodes' own `weight` (numbers or effective-dated schedules). */
  readonly weights?: Readonly<Record<string, RollupWeight>> | undefined;
  /**
   * The day the rollup is for, which picks the step of every effective-dated weight: `YYYY-MM-DD`, a `Date`
   * (its local calendar date) or a period label (its last day). Required when any weight is a schedule.
   */
  readonly asOf?: string | Date | undefined;
  /** The fiscal calendar, to read fiscal labels in `asOf` and in weight schedules. */
  readonly calendar?: FiscalCalendar | undefined;
  /** The band scheme that gives inner nodes (and leaves without a status) their status; default {@link defaultRagScheme}. */
  readonly scheme?: BandScheme<string> | undefined;
  /** The statuses `share_on_track` counts as on track; default `['on_track', 'achieved']`. */
  readonly onTrack?: readonly string[] | undefined;
  /** The score that means "on target", against which drivers' shortfalls are measured; default 1. */
  readonly targetScore?: number | undefined;
  /**
   * Clamp leaf scores (and the scores of `sum` nodes) into `[min, max]` before they roll up, so that one
   * child far above target cannot hide another far below; `null` or absent ends are open. Default: no clamp.
   */
  readonly bounds?:
    | { readonly min?: number | null | undefined; readonly max?: number | null | undefined }
    | undefined;
}

/**
 * How a child takes part in its parent's score:
 * - `counted`: it has data and enters the method (its `share` may still be 0, e.g. not the worst for `min`);
 * - `missing`: it has no data and the policy is `ignore` (left out, weights renormalised) or `strict`;
 * - `zeroed`: it has no data and the policy is `zero` (it enters as 0);
 * - `excluded`: its weight is 0 or it is marked `excluded` (shown, never counted).
 *
 * @example
 * ```ts
 * import type { RollupChildState } from 'civic-metrics/rollup';
 * const state: RollupChildState = 'zeroed';
 * ```
 */
export type RollupChildState = 'counted' | 'missing' | 'zeroed' | 'excluded';

/**
 * Why a node has no score:
 * - `no_score`: a leaf without a score;
 * - `no_children`: an inner node with no children;
 * - `no_counted_children`: every child has weight 0 or is excluded;
 * - `no_data`: no counted child has data;
 * - `missing_children`: policy `strict` and a counted child has no data;
 * - `no_target`: a `sum` whose children do not all have targets;
 * - `mixed_polarity`: a `sum` over children that disagree on which direction is better;
 * - `score_undefined`: a `sum` whose percent of target is undefined (a zero or negative total target).
 *
 * @example
 * ```ts
 * import type { RollupReason } from 'civic-metrics/rollup';
 * const reason: RollupReason = 'missing_children';
 * ```
 */
export type RollupReason =
  | 'no_score'
  | 'no_children'
  | 'no_counted_children'
  | 'no_data'
  | 'missing_children'
  | 'no_target'
  | 'mixed_polarity'
  | 'score_undefined';

/**
 * Coverage of an inner node: how many of its children count and how many of those have data.
 *
 * @example
 * ```ts
 * import type { RollupCoverage } from 'civic-metrics/rollup';
 * const coverage: RollupCoverage = { children: 4, counted: 4, withData: 3, ratio: 0.75, weightRatio: 0.8, missing: ['dumping-complaints'] };
 * ```
 */
export interface RollupCoverage {
  /** All children, counted or not. */
  readonly children: number;
  /** Children with a weight above 0 that are not excluded. */
  readonly counted: number;
  /** Counted children with data. */
  readonly withData: number;
  /** `withData / counted`; `null` when nothing is counted. */
  readonly ratio: number | null;
  /** Weight of the counted children with data ÷ weight of all counted children; `null` when nothing is counted. */
  readonly weightRatio: number | null;
  /** Ids of the counted children without data, in order. */
  readonly missing: readonly string[];
}

/**
 * The summed value of a `sum` node (or the value of a leaf that carries one), exact and as a number.
 *
 * @example
 * ```ts
 * import type { RollupTotal } from 'civic-metrics/rollup';
 * const total: RollupTotal = { value: 1250.5, exact: '1250.50', target: 1200, targetExact: '1200', unit: 'USD', polarity: 'increase' };
 * ```
 */
export interface RollupTotal {
  /** The value (a sum for `sum` nodes), or `null` when missing. */
  readonly value: number | null;
  /** The value as an exact decimal string, or `null`. */
  readonly exact: string | null;
  /** The target (the sum of the children's targets for `sum` nodes), or `null` when there is none. */
  readonly target: number | null;
  /** The target as an exact decimal string, or `null`. */
  readonly targetExact: string | null;
  /** The unit key. */
  readonly unit: string | null;
  /** Which direction is better, or `null` when unknown or mixed. */
  readonly polarity: 'increase' | 'decrease' | null;
}

/**
 * A child that pulls its parent below target: its `shortfall` is `share × (targetScore − input)`, the
 * amount of the parent's gap to target it accounts for (the shortfalls of all counted children sum to
 * `targetScore − score`, to floating-point rounding). For `sum` nodes the shortfall is the child's own
 * gap to its target in the unit of the values (`target − value` when higher is better, `value − target`
 * when lower is better).
 *
 * @example
 * ```ts
 * import type { RollupDriver } from 'civic-metrics/rollup';
 * const driver: RollupDriver = { id: 'inspection-days', kind: 'indicator', shortfall: 0.016, share: 0.4, input: 0.96, measure: 'score' };
 * ```
 */
export interface RollupDriver {
  /** The child's id. */
  readonly id: string;
  /** The child's kind, or `null`. */
  readonly kind: string | null;
  /** How much of the parent's gap to target it accounts for (> 0). */
  readonly shortfall: number;
  /** The child's share of the parent's score (1 for `sum` children). */
  readonly share: number;
  /** What the child brought: its score, its 0/1 on-track flag, or its value for `sum`. */
  readonly input: number;
  /** `score` for score rollups, `value` for `sum`. */
  readonly measure: 'score' | 'value';
}

/**
 * The result of {@link rollup} for one node, with its children's results nested. Plain JSON.
 *
 * The fields `weight`, `share`, `input` and `state` say how the node took part in its parent (for the root:
 * weight and share 1, input its score). Every inner node's score is the linear form
 * `score = Σ share_i × input_i` over its children (except `sum`, whose score comes from its summed value),
 * which is what {@link decomposeChange} decomposes.
 *
 * @example
 * ```ts
 * import { rollup, type RollupResult } from 'civic-metrics/rollup';
 * const result: RollupResult = rollup({ id: 'goal', children: [{ id: 'a', score: 1 }, { id: 'b', score: 0.8 }] });
 * result.score;
 * // => 0.9
 * ```
 */
export interface RollupResult {
  /** The node's id. */
  readonly id: string;
  /** The node's kind, or `null`. */
  readonly kind: string | null;
  /** Whether the node is a leaf. */
  readonly leaf: boolean;
  /** The method of an inner node; `null` for leaves. */
  readonly method: RollupMethod | null;
  /** The missing-data policy of an inner node; `null` for leaves. */
  readonly missing: MissingPolicy | null;
  /** The score (for leaves, as given, before clamping), or `null`. */
  readonly score: number | null;
  /** The status: a band of the scheme, the leaf's own status, or a data status (`no_data`, `no_target`, `not_comparable`). */
  readonly status: string;
  /** Why `score` is `null`; `null` when there is a score. */
  readonly reason: RollupReason | null;
  /** Coverage of an inner node; `null` for leaves. */
  readonly coverage: RollupCoverage | null;
  /** The value of a `sum` node or of a leaf that has one; `null` otherwise. */
  readonly total: RollupTotal | null;
  /** The weight in force in the parent (1 for the root). */
  readonly weight: number;
  /** The share of the parent's score this node carries (`a_i`); 0 when not counted or not selected. */
  readonly share: number;
  /** What entered the parent's formula (`x_i`): the clamped score, 0/1 for `share_on_track`, 0 when zeroed, the value for `sum`; `null` when not counted. */
  readonly input: number | null;
  /** How the node took part in its parent. */
  readonly state: RollupChildState;
  /** Children's results, in input order (empty for leaves). */
  readonly children: readonly RollupResult[];
  /** The children that pull this node below target, largest shortfall first (ties in input order). */
  readonly drivers: readonly RollupDriver[];
  /** How the score and status were reached; `null` for leaves. */
  readonly explanation: Explanation | null;
}

const FN = 'rollup';
const SOURCE =
  'weighted arithmetic mean with renormalised weights (OECD/JRC Handbook on Constructing Composite Indicators, 2008, §6); ' +
  'two worst with the green/red overrides: SDSN SDG Index and Dashboards methodology (2018) §1.5.3; civic-metrics docs/accountability.md';

const METHOD_TEXT: Record<RollupMethod, string> = {
  weighted_mean: 'weighted mean',
  mean: 'mean',
  min: 'worst of',
  max: 'best of',
  share_on_track: 'share on track',
  two_worst: 'mean of the two worst',
  sum: 'sum',
};

/** Options as read once. */
export interface RollupContext {
  method: RollupMethod;
  missing: MissingPolicy;
  weights: Readonly<Record<string, RollupWeight>> | undefined;
  asOfDay: string | undefined;
  calendar: FiscalCalendar | undefined;
  scheme: BandScheme<string>;
  /** The scheme, checked once. */
  prepared: PreparedScheme<string>;
  bands: ReadonlyArray<BandScheme<string>['bands'][number]>;
  onTrack: ReadonlySet<string>;
  targetScore: number;
  min: number | null;
  max: number | null;
}

function readBound(path: string, value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(FN, path, 'to be a finite number or null', value);
  return value;
}

/** Reads and checks {@link RollupOptions}. */
export function readRollupOptions(fn: string, options: RollupOptions | undefined): RollupContext {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    fail(fn, 'options', 'to be an object', options);
  }
  const o = options ?? {};
  const method = o.method ?? 'weighted_mean';
  assertOneOf(fn, 'options.method', method, ROLLUP_METHODS);
  const missing = o.missing ?? 'ignore';
  assertOneOf(fn, 'options.missing', missing, MISSING_POLICIES);
  if (
    o.weights !== undefined &&
    (typeof o.weights !== 'object' || o.weights === null || Array.isArray(o.weights))
  ) {
    fail(fn, 'options.weights', 'to be an object of weights by node id', o.weights);
  }
  const calendar = o.calendar;
  const asOfDay = o.asOf === undefined ? undefined : readAsOf(fn, 'options.asOf', o.asOf, calendar);
  const scheme = o.scheme ?? (defaultRagScheme as BandScheme<string>);
  // Checks the scheme (gaps, overlaps) once, with bandStatus's errors.
  const prepared = prepareScheme(scheme);
  const bands = [...scheme.bands].sort((a, b) =>
    a.lower === null
      ? -1
      : b.lower === null
        ? 1
        : a.lower === b.lower
          ? a.lowerClosed === false
            ? 1
            : -1
          : a.lower - b.lower,
  );
  const onTrackList = o.onTrack ?? ['on_track', 'achieved'];
  if (!Array.isArray(onTrackList) || onTrackList.some((s) => typeof s !== 'string')) {
    fail(fn, 'options.onTrack', 'to be an array of statuses', onTrackList);
  }
  const targetScore = o.targetScore ?? 1;
  if (typeof targetScore !== 'number' || !Number.isFinite(targetScore)) {
    fail(fn, 'options.targetScore', 'to be a finite number', targetScore);
  }
  if (o.bounds !== undefined && (typeof o.bounds !== 'object' || o.bounds === null)) {
    fail(fn, 'options.bounds', 'to be { min, max }', o.bounds);
  }
  const min = readBound('options.bounds.min', o.bounds?.min);
  const max = readBound('options.bounds.max', o.bounds?.max);
  if (min !== null && max !== null && min > max)
    fail(fn, 'options.bounds.max', `to be at least min (${min})`, max);
  return {
    method,
    missing,
    weights: o.weights,
    asOfDay,
    calendar,
    scheme,
    prepared,
    bands,
    onTrack: new Set(onTrackList),
    targetScore,
    min,
    max,
  };
}

/** The status of a score under the scheme. */
export function bandOf(ctx: RollupContext, score: number): string {
  return bandStatusPrepared(score, ctx.prepared).status;
}

function bandIndex(ctx: RollupContext, score: number): number {
  const band = bandStatusPrepared(score, ctx.prepared).band;
  return band === null ? -1 : ctx.bands.indexOf(band);
}

function clamp(ctx: RollupContext, x: number): number {
  if (ctx.min !== null && x < ctx.min) return ctx.min;
  if (ctx.max !== null && x > ctx.max) return ctx.max;
  return x;
}

function readExact(path: string, value: unknown): Decimal | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return null;
    if (!Number.isFinite(value)) fail(FN, path, 'to be a finite number, a decimal string or null', value);
    return dec(value);
  }
  if (typeof value === 'string' && /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(value)) {
    const d = dec(value);
    if (d.isFinite()) return d;
  }
  return fail(FN, path, 'to be a finite number, a decimal string or null', value);
}

/** A node with the parent-relative fields still open. */
type Own = Omit<RollupResult, 'weight' | 'share' | 'input' | 'state'>;

interface Placed {
  own: Own;
  /** The value the node brings to a score rollup (clamped leaf score, or inner score). */
  value: number | null;
  weight: number;
  excluded: boolean;
  path: string;
  node: RollupNode;
}

function leafResult(ctx: RollupContext, node: RollupNode, path: string): { own: Own; value: number | null } {
  const raw = node.score;
  let score: number | null = null;
  if (raw !== undefined && raw !== null && !(typeof raw === 'number' && Number.isNaN(raw))) {
    if (typeof raw !== 'number' || !Number.isFinite(raw))
      fail(FN, `${path}.score`, 'to be a finite number or null', raw);
    score = raw === 0 ? 0 : raw;
  }
  if (node.status !== undefined && node.status !== null && typeof node.status !== 'string') {
    fail(FN, `${path}.status`, 'to be a string', node.status);
  }
  const status = node.status ?? (score === null ? 'no_data' : bandOf(ctx, score));
  let total: RollupTotal | null = null;
  if (node.value !== undefined) {
    const value = readExact(`${path}.value`, node.value);
    const target = readExact(`${path}.target`, node.target);
    total = {
      value: value === null ? null : num(value),
      exact: value === null ? null : plain(value),
      target: target === null ? null : num(target),
      targetExact: target === null ? null : plain(target),
      unit: node.unit ?? null,
      polarity: node.polarity ?? null,
    };
  }
  return {
    own: {
      id: node.id,
      kind: node.kind ?? null,
      leaf: true,
      method: null,
      missing: null,
      score,
      status,
      reason: score === null ? 'no_score' : null,
      coverage: null,
      total,
      children: [],
      drivers: [],
      explanation: null,
    },
    value: score === null ? null : clamp(ctx, score),
  };
}

function pct(x: number): string {
  return `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
}

interface Entry {
  placed: Placed;
  state: RollupChildState;
  input: number | null;
  share: number;
  /** Effective weight in the linear form (w_i, 1, or 0 when not selected). */
  linear: number;
}

function finish(e: Entry): RollupResult {
  return withPlace(e.placed.own, e.placed.weight, e.share, e.input, e.state);
}

/** A node's result with its place in the parent (an explicit literal: one object shape, no spread). */
function withPlace(
  own: Own,
  weight: number,
  share: number,
  input: number | null,
  state: RollupChildState,
): RollupResult {
  return {
    id: own.id,
    kind: own.kind,
    leaf: own.leaf,
    method: own.method,
    missing: own.missing,
    score: own.score,
    status: own.status,
    reason: own.reason,
    coverage: own.coverage,
    total: own.total,
    children: own.children,
    drivers: own.drivers,
    explanation: own.explanation,
    weight,
    share,
    input,
    state,
  };
}

/** Computes an inner node from its placed children. */
function innerResult(
  ctx: RollupContext,
  node: RollupNode,
  path: string,
  placed: Placed[],
): { own: Own; value: number | null } {
  const method = node.method ?? ctx.method;
  assertOneOf(FN, `${path}.method`, method, ROLLUP_METHODS);
  const missing = node.missing ?? ctx.missing;
  assertOneOf(FN, `${path}.missing`, missing, MISSING_POLICIES);
  if (method === 'sum') return sumResult(ctx, node, path, placed, missing);

  const hasData = (p: Placed) =>
    method === 'share_on_track' ? !DATA_STATUSES.has(p.own.status) : p.value !== null;
  const entries: Entry[] = placed.map((p) => {
    const counted = p.weight > 0 && !p.excluded;
    const data = counted && hasData(p);
    const state: RollupChildState = !counted
      ? 'excluded'
      : data
        ? 'counted'
        : missing === 'zero'
          ? 'zeroed'
          : 'missing';
    const input =
      state === 'counted'
        ? method === 'share_on_track'
          ? ctx.onTrack.has(p.own.status)
            ? 1
            : 0
          : p.value
        : state === 'zeroed'
          ? 0
          : null;
    return { placed: p, state, input, share: 0, linear: 0 };
  });
  const counted = entries.filter((e) => e.state !== 'excluded');
  const withData = counted.filter((e) => e.state === 'counted');
  const weightAll = counted.reduce((s, e) => s.add(e.placed.weight), new CompensatedSum()).value;
  const weightData = withData.reduce((s, e) => s.add(e.placed.weight), new CompensatedSum()).value;
  const coverage: RollupCoverage = {
    children: placed.length,
    counted: counted.length,
    withData: withData.length,
    ratio: counted.length === 0 ? null : withData.length / counted.length,
    weightRatio: weightAll === 0 ? null : weightData / weightAll,
    missing: counted.filter((e) => e.state !== 'counted').map((e) => e.placed.own.id),
  };
  const inputs = {
    method,
    missing,
    scheme: ctx.scheme.id,
    targetScore: ctx.targetScore,
    weights: Object.fromEntries(placed.map((p) => [p.own.id, p.weight])),
  };
  const noScore = (reason: RollupReason, summary: string): { own: Own; value: null } => ({
    own: base(node, method, missing, null, 'no_data', reason, coverage, null, entries.map(finish), [], {
      method: FN,
      summary,
      inputs,
      intermediate: { reason, counted: coverage.counted, withData: coverage.withData },
      source: SOURCE,
    }),
    value: null,
  });
  if (counted.length === 0) {
    return placed.length === 0
      ? noScore('no_children', 'No children: nothing to roll up.')
      : noScore('no_counted_children', 'Every child has weight 0 or is excluded: nothing counts.');
  }
  if (withData.length === 0)
    return noScore('no_data', `None of the ${counted.length} counted children has data.`);
  if (missing === 'strict' && withData.length < counted.length) {
    return noScore(
      'missing_children',
      `Policy strict: ${counted.length - withData.length} of ${counted.length} counted children have no data (${coverage.missing.join(', ')}).`,
    );
  }
  const used = counted.filter((e) => e.input !== null);
  // The linear form: each used child gets an effective weight; score = Σ linear·input / Σ linear.
  switch (method) {
    case 'weighted_mean':
      for (const e of used) e.linear = e.placed.weight;
      break;
    case 'mean':
    case 'share_on_track':
      for (const e of used) e.linear = 1;
      break;
    case 'min':
    case 'max': {
      let pick = used[0] as Entry;
      for (const e of used) {
        if (
          method === 'min'
            ? (e.input as number) < (pick.input as number)
            : (e.input as number) > (pick.input as number)
        )
          pick = e;
      }
      pick.linear = 1;
      break;
    }
    case 'two_worst': {
      const sorted = [...used].sort((a, b) => (a.input as number) - (b.input as number));
      for (const e of sorted.slice(0, 2)) e.linear = 1;
      break;
    }
  }
  const linearTotal = used.reduce((s, e) => s.add(e.linear), new CompensatedSum()).value;
  const numerator = used.reduce((s, e) => s.add(e.linear * (e.input as number)), new CompensatedSum()).value;
  let score = numerator / linearTotal;
  if (score === 0) score = 0;
  for (const e of used) e.share = e.linear / linearTotal;
  let status = bandOf(ctx, score);
  let override: string | null = null;
  if (method === 'two_worst' && used.length >= 2) {
    const picked = used.filter((e) => e.linear !== 0);
    const top = ctx.bands.length - 1;
    const at = bandIndex(ctx, score);
    const ranks = picked.map((e) => bandIndex(ctx, e.input as number));
    if (at === top && top > 0 && ranks.some((r) => r !== top)) {
      status = (ctx.bands[top - 1] as { status: string }).status;
      override = 'the best band needs both worst children in it';
    } else if (at === 0 && top > 0 && ranks.some((r) => r !== 0)) {
      status = (ctx.bands[1] as { status: string }).status;
      override = 'the worst band needs both worst children in it';
    }
  }
  const drivers: RollupDriver[] = used
    .map((e) => ({ e, shortfall: e.share * (ctx.targetScore - (e.input as number)) }))
    .filter((d) => d.shortfall > 0)
    .sort((a, b) => b.shortfall - a.shortfall)
    .map(({ e, shortfall }) => ({
      id: e.placed.own.id,
      kind: e.placed.own.kind,
      shortfall,
      share: e.share,
      input: e.input as number,
      measure: 'score' as const,
    }));
  const cover =
    withData.length < counted.length
      ? ` (${withData.length} of ${counted.length} counted children have data; ${missing === 'zero' ? 'the others count as 0' : 'weights renormalised'})`
      : '';
  const prelim = bandOf(ctx, score);
  const text =
    method === 'share_on_track'
      ? `${used.filter((e) => e.input === 1).length} of ${used.length} children on track (${pct(score)})${cover}`
      : `${capitalise(METHOD_TEXT[method])} of ${used.length} children: ${pct(score)} of target${cover}`;
  const summary = override
    ? `${text}: ${prelim}, lowered to ${status} (${override}).`
    : `${text}: ${status}.`;
  return {
    own: base(node, method, missing, score, status, null, coverage, null, entries.map(finish), drivers, {
      method: FN,
      summary,
      inputs,
      intermediate: {
        score,
        counted: coverage.counted,
        withData: coverage.withData,
        coverage: coverage.ratio,
        weightCoverage: coverage.weightRatio,
      },
      rule: {
        id: status,
        description: override ?? `${status}: the band of ${scoreText(score)} under ${ctx.scheme.id}`,
      },
      source: SOURCE,
    }),
    value: score,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function scoreText(score: number): string {
  return String(Number(score.toPrecision(6)));
}

function base(
  node: RollupNode,
  method: RollupMethod,
  missing: MissingPolicy,
  score: number | null,
  status: string,
  reason: RollupReason | null,
  coverage: RollupCoverage,
  total: RollupTotal | null,
  children: RollupResult[],
  drivers: RollupDriver[],
  explanation: Explanation,
): Own {
  return {
    id: node.id,
    kind: node.kind ?? null,
    leaf: false,
    method,
    missing,
    score,
    status,
    reason,
    coverage,
    total,
    children,
    drivers,
    explanation,
  };
}

/** A `sum` node: sums the children's values (exactly) and scores the total against the summed targets. */
function sumResult(
  ctx: RollupContext,
  node: RollupNode,
  path: string,
  placed: Placed[],
  missing: MissingPolicy,
): { own: Own; value: number | null } {
  let unit: { key: string; path: string } | undefined;
  placed.forEach((p, i) => {
    if (p.weight === 0 || p.excluded) return;
    const at = `${path}.children[${i}]`;
    if (p.own.total === null) {
      throw new ArgumentError(
        `${FN}: expected ${at} to carry a value, since ${path} sums its children (a sub-node must itself be a sum), received ${p.own.leaf ? 'a leaf without value' : `a '${p.own.method}' node`}`,
        { path: at, value: p.node },
        'incompatible_units',
      );
    }
    const key = p.own.total.unit;
    if (key === null) fail(FN, `${at}.unit`, `to be given, since ${path} sums its children`, undefined);
    if (unit === undefined) unit = { key, path: `${at}.unit` };
    else if (key !== unit.key) {
      throw new ArgumentError(
        `${FN}: expected ${at}.unit to be ${describe(unit.key)} like ${unit.path}, since ${path} sums its children, received ${describe(key)}`,
        { path: `${at}.unit`, value: key },
        'incompatible_units',
      );
    }
  });
  const entries: Entry[] = placed.map((p) => {
    const counted = p.weight > 0 && !p.excluded;
    const value = p.own.total?.value ?? null;
    const state: RollupChildState = !counted
      ? 'excluded'
      : value !== null
        ? 'counted'
        : missing === 'zero'
          ? 'zeroed'
          : 'missing';
    const input = state === 'counted' ? value : state === 'zeroed' ? 0 : null;
    return { placed: p, state, input, share: input === null ? 0 : 1, linear: 0 };
  });
  const counted = entries.filter((e) => e.state !== 'excluded');
  const withData = counted.filter((e) => e.state === 'counted');
  const weightAll = counted.reduce((s, e) => s.add(e.placed.weight), new CompensatedSum()).value;
  const weightData = withData.reduce((s, e) => s.add(e.placed.weight), new CompensatedSum()).value;
  const coverage: RollupCoverage = {
    children: placed.length,
    counted: counted.length,
    withData: withData.length,
    ratio: counted.length === 0 ? null : withData.length / counted.length,
    weightRatio: weightAll === 0 ? null : weightData / weightAll,
    missing: counted.filter((e) => e.state !== 'counted').map((e) => e.placed.own.id),
  };
  const inputs = { method: 'sum', missing, scheme: ctx.scheme.id, unit: unit?.key ?? null };
  const result = (
    score: number | null,
    status: string,
    reason: RollupReason | null,
    total: RollupTotal | null,
    drivers: RollupDriver[],
    summary: string,
    intermediate: Explanation['intermediate'],
  ): { own: Own; value: number | null } => ({
    own: base(node, 'sum', missing, score, status, reason, coverage, total, entries.map(finish), drivers, {
      method: FN,
      summary,
      inputs,
      intermediate,
      source: SOURCE,
    }),
    value: score,
  });
  if (counted.length === 0) {
    return placed.length === 0
      ? result(null, 'no_data', 'no_children', null, [], 'No children: nothing to sum.', {
          reason: 'no_children',
        })
      : result(null, 'no_data', 'no_counted_children', null, [], 'Every child has weight 0 or is excluded.', {
          reason: 'no_counted_children',
        });
  }
  const empty: RollupTotal = {
    value: null,
    exact: null,
    target: null,
    targetExact: null,
    unit: unit?.key ?? null,
    polarity: null,
  };
  if (withData.length === 0) {
    return result(
      null,
      'no_data',
      'no_data',
      empty,
      [],
      `None of the ${counted.length} counted children has a value.`,
      {
        reason: 'no_data',
      },
    );
  }
  if (missing === 'strict' && withData.length < counted.length) {
    return result(
      null,
      'no_data',
      'missing_children',
      empty,
      [],
      `Policy strict: ${counted.length - withData.length} of ${counted.length} counted children have no value (${coverage.missing.join(', ')}).`,
      { reason: 'missing_children' },
    );
  }
  const used = counted.filter((e) => e.input !== null);
  let value = zero();
  let target: Decimal | null = zero();
  const polarities = new Set<string>();
  for (const e of used) {
    const t = e.placed.own.total as RollupTotal;
    value = value.plus(e.state === 'zeroed' ? 0 : (t.exact as string));
    if (t.targetExact === null) target = null;
    else if (target !== null) target = target.plus(t.targetExact);
    if (t.polarity !== null) polarities.add(t.polarity);
  }
  const polarity =
    polarities.size === 1
      ? ([...polarities][0] as 'increase' | 'decrease')
      : polarities.size === 0
        ? 'increase'
        : null;
  const total: RollupTotal = {
    value: num(value),
    exact: plain(value),
    target: target === null ? null : num(target),
    targetExact: target === null ? null : plain(target),
    unit: unit?.key ?? null,
    polarity,
  };
  const sign = polarity === 'decrease' ? -1 : 1;
  const drivers: RollupDriver[] = used
    .flatMap((e) => {
      const t = (e.placed.own.total as RollupTotal).targetExact;
      if (t === null) return [];
      const gap = dec(t)
        .minus(e.input as number)
        .times(sign);
      return gap.gt(0) ? [{ e, gap }] : [];
    })
    .sort((a, b) => b.gap.comparedTo(a.gap))
    .map(({ e, gap }) => ({
      id: e.placed.own.id,
      kind: e.placed.own.kind,
      shortfall: num(gap),
      share: 1,
      input: e.input as number,
      measure: 'value' as const,
    }));
  const summed = `Sum of ${used.length} children: ${total.exact}${target === null ? '' : ` against a target of ${total.targetExact}`}`;
  if (polarity === null) {
    return result(
      null,
      'not_comparable',
      'mixed_polarity',
      total,
      drivers,
      `${summed}; the children disagree on which direction is better, so it is not scored.`,
      {
        reason: 'mixed_polarity',
        value: total.value,
      },
    );
  }
  if (target === null) {
    return result(
      null,
      'no_target',
      'no_target',
      total,
      drivers,
      `${summed}; not every child has a target, so it is not scored.`,
      {
        reason: 'no_target',
        value: total.value,
      },
    );
  }
  const progress = scoreProgress({
    current: plain(value),
    target: plain(target),
    polarity,
    percentOfTarget: 'ratio',
  });
  // The ratio is undefined for a target <= 0 or a lower-is-better total <= 0; an achieved target scores targetScore.
  const pot =
    progress.status !== 'ok'
      ? null
      : progress.percentOfTarget === null && progress.achieved
        ? ctx.targetScore
        : progress.percentOfTarget;
  if (pot === null) {
    return result(
      null,
      'not_comparable',
      'score_undefined',
      total,
      drivers,
      `${summed}; percent of target is undefined (target total ${total.targetExact}).`,
      {
        reason: 'score_undefined',
        value: total.value,
      },
    );
  }
  const score = clamp(ctx, pot);
  const status = bandOf(ctx, score);
  return result(score, status, null, total, drivers, `${summed}: ${pct(pot)} of target: ${status}.`, {
    value: total.value,
    target: total.target,
    percentOfTarget: pot,
    score,
  });
}

/**
 * Rolls scores up a tree: each inner node combines its children's scores by its method, under its
 * missing-data policy, with weights that may be effective-dated, and gets a status, its coverage and the
 * children that pull it below target.
 *
 * Methods (on the inputs x_i of the counted children, with their weights w_i in force at `asOf`):
 * - `weighted_mean`: Σ w_i·x_i / Σ w_i (weights renormalised over the children with data);
 * - `mean`: the unweighted mean;
 * - `min` / `max`: the worst / best child (the first one on ties);
 * - `share_on_track`: the share of children whose status is on track (`onTrack`), count-based;
 * - `two_worst`: the mean of the two lowest (SDSN dashboards; one child with data → its score), with SDSN's
 *   overrides: the best band only if both are in it (else one band lower), the worst band only if both are
 *   in it (else one band higher);
 * - `sum`: the exact decimal sum of same-unit values (children carry `value`, `target`, `unit`), scored as
 *   Σ value against Σ target (actual/target when higher is better, target/actual when lower is better; when
 *   that ratio is undefined, a met target scores `targetScore` and an unmet one is `not_comparable`).
 *
 * A child counts when its weight in force is above 0 and it is not `excluded` (weight 0 "shows without
 * counting", for every method). A counted child has data when it has a score (for `share_on_track`: a
 * status that is not `no_data`, `no_target`, `not_due` or `not_comparable`; for `sum`: a value). Missing
 * policies: `ignore` leaves the others to carry the score (weights renormalised) and reports the coverage;
 * `strict` gives the parent no score (`no_data`, reason `missing_children`) when any counted child lacks
 * data; `zero` counts a missing child as 0. With no counted child with data the node has no score, under
 * every policy. Scores are float64 with compensated (Neumaier) sums; `sum` totals are exact decimals.
 *
 * Every inner score except `sum` is the linear form Σ share_i·input_i, where share_i is the child's
 * normalised effective weight (w_i/Σw for `weighted_mean`, 1/n for `mean` and `share_on_track`, 1 for the
 * child picked by `min`/`max`, ½ for each of the `two_worst`, 0 otherwise); {@link decomposeChange}
 * decomposes a change of score on it. Inner nodes are banded with `scheme`; leaves keep their own status.
 *
 * Deep trees are walked iteratively (no recursion limit); a node that contains itself is rejected.
 *
 * @param tree - The root {@link RollupNode}. Not mutated.
 * @param options - See {@link RollupOptions}.
 * @returns The root's {@link RollupResult}, with every node's result nested.
 * @throws {ArgumentError} `invalid_argument` for an unknown method or policy, a node without an id, a
 *   non-finite score, a negative weight, an unordered weight schedule, a schedule without `asOf`, a node that
 *   contains itself, or a bad scheme; `incompatible_units` when a `sum` mixes units or has a child without a value.
 * @see OECD/JRC, *Handbook on Constructing Composite Indicators* (2008), §6 (linear aggregation);
 *   SDSN & Bertelsmann Stiftung, *SDG Index and Dashboards, Detailed Methodological paper* (2018), §1.5.3.
 *
 * @example
 * ```ts
 * import { rollup } from 'civic-metrics/rollup';
 * const goal = rollup({
 *   id: 'healthy-neighborhoods',
 *   children: [
 *     { id: 'blighted-residences', score: 1, weight: 3 },
 *     { id: 'inspection-days', score: 0.8, weight: 2 },
 *     { id: 'dumping-complaints', score: null },
 *   ],
 * });
 * goal.score;
 * // => 0.92
 * goal.status;
 * // => 'at_risk'
 * goal.coverage?.ratio;
 * // => 0.6667
 * goal.drivers.map((d) => d.id);
 * // => ['inspection-days']
 * ```
 */
export function rollup(tree: RollupNode, options?: RollupOptions): RollupResult {
  return rollupWith(readRollupOptions(FN, options), tree);
}

/** {@link rollup} with options already read (for callers that roll up many trees with the same options). */
export function rollupWith(ctx: RollupContext, tree: RollupNode): RollupResult {
  const root = walk(ctx, tree);
  return withPlace(root.own, 1, 1, root.value, 'counted');
}

interface Frame {
  node: RollupNode;
  path: string;
  weight: number;
  excluded: boolean;
  children: readonly RollupNode[];
  placed: Placed[];
  next: number;
}

function readNode(path: string, node: unknown): RollupNode {
  if (typeof node !== 'object' || node === null || Array.isArray(node))
    fail(FN, path, 'to be a node object', node);
  const n = node as RollupNode;
  if (typeof n.id !== 'string' || n.id === '') fail(FN, `${path}.id`, 'to be a non-empty string', n.id);
  if (n.children !== undefined && !Array.isArray(n.children))
    fail(FN, `${path}.children`, 'to be an array', n.children);
  return n;
}

function weightOf(ctx: RollupContext, node: RollupNode, path: string): number {
  const override = ctx.weights !== undefined && Object.hasOwn(ctx.weights, node.id);
  return weightInForce(
    FN,
    override ? `options.weights.${node.id}` : `${path}.weight`,
    override ? ctx.weights?.[node.id] : node.weight,
    ctx.asOfDay,
    'options.asOf',
    ctx.calendar,
  );
}

/** Post-order walk without recursion. */
function walk(ctx: RollupContext, tree: RollupNode): { own: Own; value: number | null } {
  const root = readNode('tree', tree);
  const onPath = new Set<RollupNode>([root]);
  const frame = (node: RollupNode, path: string, weight: number): Frame => ({
    node,
    path,
    weight,
    excluded: node.children === undefined && node.excluded === true,
    children: node.children ?? [],
    placed: [],
    next: 0,
  });
  const stack: Frame[] = [frame(root, 'tree', 1)];
  for (;;) {
    const top = stack[stack.length - 1] as Frame;
    if (top.node.children !== undefined && top.next < top.children.length) {
      const i = top.next++;
      const path = `${top.path}.children[${i}]`;
      const child = readNode(path, top.children[i]);
      if (onPath.has(child))
        fail(FN, path, 'to be a node that is not its own ancestor', `node ${describe(child.id)} again`);
      onPath.add(child);
      stack.push(frame(child, path, weightOf(ctx, child, path)));
      continue;
    }
    const done =
      top.node.children === undefined
        ? leafResult(ctx, top.node, top.path)
        : innerResult(ctx, top.node, top.path, top.placed);
    stack.pop();
    onPath.delete(top.node);
    const parent = stack[stack.length - 1];
    if (parent === undefined) return done;
    parent.placed.push({
      own: done.own,
      value: done.value,
      weight: top.weight,
      excluded: top.excluded,
      path: top.path,
      node: top.node,
    });
  }
}
