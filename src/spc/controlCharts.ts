import { ArgumentError } from '../errors/ArgumentError.js';
import { assertOneOf, fail } from '../internal/assert.js';
import { describe } from '../internal/describe.js';
import { readSeries, type SeriesInput } from '../internal/readSeries.js';
import type { AttributeChartOptions, AttributeChartResult } from './AttributeChart.js';
import { computeAttribute, readAttributeData, readAttributeOptions } from './internal/attributeEngine.js';
import {
  readFixAfter,
  readImprovement,
  readOptionsObject,
  readRebase,
  readTarget,
  rejectUnknownKeys,
} from './internal/options.js';
import { computeRun, type RunChartResult, readRunOptions } from './runChart.js';
import type { Improvement } from './types.js';
import { computeXmr, readXmrOptions, type XmrChartResult } from './xmrChart.js';

/**
 * The kind of chart {@link controlCharts} draws for every facet: `xmr` ({@link xmrChart}), `run`
 * ({@link runChart}), `p` ({@link pChart}) or `u` ({@link uChart}).
 *
 * @example
 * ```ts
 * import type { ControlChartKind } from 'civic-metrics';
 * const kind: ControlChartKind = 'p';
 * ```
 */
export type ControlChartKind = 'xmr' | 'run' | 'p' | 'u';

/**
 * One facet (a department, district or facility) of {@link controlCharts}: its name, its data, and the
 * options that are its own (target, rebase points, baseline, direction), which override the shared ones.
 *
 * @example
 * ```ts
 * import type { ControlChartFacet } from 'civic-metrics';
 * const north: ControlChartFacet = { name: 'North', values: [31, 29, 35, 30, 28], target: 30, rebase: [3] };
 * ```
 */
export interface ControlChartFacet {
  /** Unique, non-empty name. */
  name: string;
  /** The series, for `xmr` and `run` charts. */
  values?: SeriesInput;
  /** Numerators (events) for `p` charts, counts for `u` charts. */
  numerators?: SeriesInput;
  /** Denominators (cases) for `p` charts, exposures for `u` charts. */
  denominators?: SeriesInput;
  /** This facet's target (not for run charts). */
  target?: number | null;
  /** This facet's rebase indices. */
  rebase?: readonly number[];
  /** This facet's baseline length. */
  fixAfterNPoints?: number | null;
  /** This facet's improvement direction. */
  improvement?: Improvement;
}

/**
 * Options of {@link controlCharts}: the chart kind and the options shared by every facet (those of the
 * chart function; run charts take only `improvement`, `rebase` and `fixAfterNPoints`).
 *
 * @example
 * ```ts
 * import type { ControlChartsOptions } from 'civic-metrics';
 * const options: ControlChartsOptions = { chart: 'xmr', ruleset: 'nhs', improvement: 'decrease' };
 * ```
 */
export interface ControlChartsOptions extends AttributeChartOptions {
  /** Chart kind (default `'xmr'`). */
  chart?: ControlChartKind;
}

/**
 * The result of {@link controlCharts}: one independent result per facet, in input order.
 *
 * @example
 * ```ts
 * import type { ControlChartsResult, XmrChartResult } from 'civic-metrics';
 * const empty: ControlChartsResult<XmrChartResult> = { chart: 'xmr', facets: [] };
 * ```
 */
export interface ControlChartsResult<R> {
  chart: ControlChartKind;
  facets: Array<{ name: string; result: R }>;
}

const FACET_KEYS = [
  'name',
  'values',
  'numerators',
  'denominators',
  'target',
  'rebase',
  'fixAfterNPoints',
  'improvement',
] as const;
const KINDS: readonly ControlChartKind[] = ['xmr', 'run', 'p', 'u'];

/** Reads the facets: an array of {@link ControlChartFacet}, or a record of name → values. */
function readFacets(fn: string, input: unknown): ControlChartFacet[] {
  let facets: unknown[];
  if (Array.isArray(input)) facets = input;
  else if (input !== null && typeof input === 'object') {
    facets = Object.entries(input as Record<string, unknown>).map(([name, values]) => ({ name, values }));
  } else fail(fn, 'facets', 'to be an array of facets or a record of series', input);
  const seen = new Set<string>();
  return facets.map((facet, i) => {
    if (facet === null || typeof facet !== 'object' || Array.isArray(facet)) {
      fail(fn, `facets[${i}]`, 'to be an object', facet);
    }
    const record = facet as Record<string, unknown>;
    rejectUnknownKeys(fn, record, FACET_KEYS, `facets[${i}]`);
    const name = record.name;
    if (typeof name !== 'string' || name === '' || seen.has(name)) {
      throw new ArgumentError(
        `${fn}: expected facets[${i}].name to be a unique non-empty string, received ${describe(name)}`,
        { path: `facets[${i}].name`, value: name },
      );
    }
    seen.add(name);
    return record as unknown as ControlChartFacet;
  });
}

/** Overrides the shared options with the facet's own, validated with the facet's paths. */
function facetOverrides<
  T extends { rebase: number[]; fixAfterNPoints: number | null; improvement: Improvement },
>(fn: string, used: T, facet: ControlChartFacet, i: number, n: number, minFix: number): T {
  const out = { ...used };
  if (facet.rebase !== undefined) out.rebase = readRebase(fn, facet.rebase, n, `facets[${i}].rebase`);
  if (facet.fixAfterNPoints !== undefined) {
    out.fixAfterNPoints = readFixAfter(fn, facet.fixAfterNPoints, minFix, `facets[${i}].fixAfterNPoints`);
  }
  if (facet.improvement !== undefined) {
    out.improvement = readImprovement(fn, facet.improvement, `facets[${i}].improvement`);
  }
  return out;
}

/**
 * Charts many named series at once (one per department, district or facility) and returns one independent
 * chart per facet, each with its own centre line, limits, rules, icons, target and rebase points.
 *
 * Facets never share data: each is computed exactly as the single-chart function would compute it
 * ({@link xmrChart}, {@link runChart}, {@link pChart}, {@link uChart}) with the shared options overridden by
 * the facet's own `target`, `rebase`, `fixAfterNPoints` and `improvement`. A facet with too little data
 * gets its own `insufficient_data` status without affecting the others. Cost: the sum of the facets.
 *
 * @param facets - An array of {@link ControlChartFacet}, or a record `{ [name]: values }` (xmr and run).
 * @param options - The chart kind and shared options.
 * @returns `{ chart, facets: [{ name, result }] }` in input order.
 * @throws ArgumentError `invalid_argument` for a bad facet (missing or duplicate name, missing data for
 *   the chart kind, unknown key) or option, as the chart functions do; `mismatched_lengths` for p/u
 *   series of different lengths. Paths name the facet (`facets[2].rebase[0]`).
 * @see NHSRplotthedots 0.2.2 `facet_field` (independent facets, per-facet targets and rebase);
 *   qicharts2 `facets`.
 *
 * @example
 * ```ts
 * import { controlCharts } from 'civic-metrics';
 * const charts = controlCharts(
 *   [
 *     { name: 'North', values: [5, 6, 5, 7, 6, 5, 6, 5, 7, 6, 5, 6, 15] },
 *     { name: 'South', values: [5, 6, 5, 7, 6, 5, 6, 5, 7, 6, 5, 6, 5], target: 10 },
 *   ],
 *   { improvement: 'increase' },
 * );
 * charts.facets.map((f) => f.result.status === 'ok' && f.result.variationIcon);
 * // => ['improvement_high', 'common_cause']
 * charts.facets.map((f) => f.result.status === 'ok' && f.result.assuranceIcon);
 * // => [null, 'fail']
 * ```
 */
export function controlCharts(
  facets: readonly ControlChartFacet[] | Readonly<Record<string, SeriesInput>>,
  options: ControlChartsOptions & { chart: 'run' },
): ControlChartsResult<RunChartResult>;
export function controlCharts(
  facets: readonly ControlChartFacet[],
  options: ControlChartsOptions & { chart: 'p' | 'u' },
): ControlChartsResult<AttributeChartResult>;
export function controlCharts(
  facets: readonly ControlChartFacet[] | Readonly<Record<string, SeriesInput>>,
  options?: ControlChartsOptions & { chart?: 'xmr' },
): ControlChartsResult<XmrChartResult>;
export function controlCharts(
  facets: readonly ControlChartFacet[] | Readonly<Record<string, SeriesInput>>,
  options?: ControlChartsOptions,
): ControlChartsResult<XmrChartResult | RunChartResult | AttributeChartResult> {
  const fn = 'controlCharts';
  const { chart: rawKind, ...shared } = readOptionsObject(fn, options);
  const kind: ControlChartKind = rawKind === undefined ? 'xmr' : (rawKind as ControlChartKind);
  assertOneOf(fn, 'options.chart', kind, KINDS);
  const list = readFacets(fn, facets);
  const results = list.map((facet, i) => {
    if (kind === 'xmr' || kind === 'run') {
      for (const key of ['numerators', 'denominators'] as const) {
        if (facet[key] !== undefined)
          fail(fn, `facets[${i}].${key}`, `to be undefined for '${kind}' charts (use values)`, facet[key]);
      }
      if (facet.values === undefined)
        fail(fn, `facets[${i}].values`, `to be given for '${kind}' charts`, facet.values);
      const x = readSeries(fn, `facets[${i}].values`, facet.values);
      if (kind === 'run') {
        if (facet.target !== undefined)
          fail(fn, `facets[${i}].target`, 'to be undefined for run charts', facet.target);
        const used = facetOverrides(fn, readRunOptions(fn, shared, x.length), facet, i, x.length, 2);
        return { name: facet.name, result: computeRun(x, used) };
      }
      const base = readXmrOptions(fn, shared, x.length);
      const used = facetOverrides(fn, base, facet, i, x.length, base.ruleset === 'nhs' ? 12 : 2);
      if (facet.target !== undefined) used.target = readTarget(fn, facet.target, `facets[${i}].target`);
      return { name: facet.name, result: computeXmr(x, used) };
    }
    if (facet.values !== undefined) {
      fail(
        fn,
        `facets[${i}].values`,
        `to be undefined for '${kind}' charts (use numerators and denominators)`,
        facet.values,
      );
    }
    if (facet.numerators === undefined || facet.denominators === undefined) {
      const missing = facet.numerators === undefined ? 'numerators' : 'denominators';
      fail(fn, `facets[${i}].${missing}`, `to be given for '${kind}' charts`, undefined);
    }
    const data = readAttributeData(fn, kind, facet.numerators, facet.denominators, [
      `facets[${i}].numerators`,
      `facets[${i}].denominators`,
    ]);
    const n = data.numerators.length;
    const base = readAttributeOptions(fn, shared, n);
    const used = facetOverrides(fn, base, facet, i, n, base.ruleset === 'nhs' ? 12 : 2);
    if (facet.target !== undefined) used.target = readTarget(fn, facet.target, `facets[${i}].target`);
    return { name: facet.name, result: computeAttribute(kind, data, used) };
  });
  return { chart: kind, facets: results };
}
