import type { Indicator } from '../../model/IndicatorSchema.js';
import type { Observation } from '../../model/ObservationSchema.js';
import type { FiscalCalendar } from '../../periods/FiscalCalendar.js';
import { Accumulator } from '../../periods/internal/accumulate.js';
import type { Period } from '../../periods/Period.js';
import { parsePeriod } from '../../periods/parsePeriod.js';
import { pooledRatio } from '../pooledRatio.js';
import { type Decimal, dec, plain } from './decimal.js';
import { type Exact, exactDecimal, exactInput } from './exact.js';

/** Parses each period label once (labels repeat across indicators). */
export class PeriodCache {
  private readonly cache = new Map<string, Period>();
  constructor(readonly calendar: FiscalCalendar) {}
  get(label: string): Period {
    let p = this.cache.get(label);
    if (p === undefined) {
      p = parsePeriod(label, this.calendar);
      this.cache.set(label, p);
    }
    return p;
  }
}

/** One period of an indicator's series. */
export interface Point {
  readonly period: Period;
  /** The value as a double (ratios scaled), or `null` when not reported. */
  readonly value: number | null;
  /** The value as given: a number or decimal string; for ratios the numerator and denominator. */
  readonly raw: number | string | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly status: 'final' | 'provisional' | 'estimated';
  /** Aggregated from a complete breakdown by one dimension. */
  readonly derived: boolean;
}

/** 100 for percent, `per` for rates, 1 otherwise: the scale of a ratio indicator's value. */
export function scaleOf(indicator: Indicator): number {
  return indicator.unit.type === 'percent' ? 100 : indicator.unit.type === 'rate' ? indicator.unit.per : 1;
}

/** The exact decimal of a point's value: the decimal as given, or Σnum/Σden × scale to 34 digits. */
export function exactOf(point: Point, scale: number): Exact | null {
  if (point.value === null) return null;
  if (point.numerator !== null && point.denominator !== null && point.raw === null) {
    return (
      terminatingRatio(point.numerator, point.denominator, scale) ??
      exactDecimal(dec(point.numerator).div(point.denominator).times(scale).toSignificantDigits(34))
    );
  }
  return exactInput(point.raw as number | string);
}

function toPoint(indicator: Indicator, scale: number, obs: Observation, period: Period): Point {
  const status = obs.status;
  const hasRatio = obs.numerator !== undefined && obs.denominator !== undefined;
  const useRatio =
    hasRatio && (indicator.aggregation === 'ratio' || obs.value === undefined || obs.value === null);
  if (useRatio) {
    const n = obs.numerator as number;
    const d = obs.denominator as number;
    return {
      period,
      value: d === 0 ? null : (n / d) * scale,
      raw: null,
      numerator: n,
      denominator: d,
      status,
      derived: false,
    };
  }
  const v = obs.value;
  if (v === undefined || v === null) {
    return { period, value: null, raw: null, numerator: null, denominator: null, status, derived: false };
  }
  return {
    period,
    value: typeof v === 'number' ? v : Number(v),
    raw: v,
    numerator: null,
    denominator: null,
    status,
    derived: false,
  };
}

/** Points of one group or the total, periods ended by `asOfDay`, oldest first. */
export function pointsOf(
  indicator: Indicator,
  observations: readonly Observation[],
  periods: PeriodCache,
  asOfDay: string,
): Point[] {
  const scale = scaleOf(indicator);
  const out: Point[] = [];
  for (const obs of observations) {
    const period = periods.get(obs.period);
    if (period.end > asOfDay) continue;
    out.push(toPoint(indicator, scale, obs, period));
  }
  for (let i = 1; i < out.length; i++) {
    if ((out[i - 1] as Point).period.start > (out[i] as Point).period.start) {
      return out.sort((a, b) =>
        a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0,
      );
    }
  }
  return out;
}

/**
 * An indicator's observations split into the total (no dimensions) and single-dimension breakdowns
 * (`{ district: 'A' }`); cross-tabulations (two or more keys) are not used.
 */
export interface SplitObservations {
  readonly totals: Observation[];
  readonly groups: Map<string, Map<string, Observation[]>>;
}

/** Splits observations by indicator, then into totals and single-dimension groups, in input order. */
export function splitObservations(observations: readonly Observation[]): Map<string, SplitObservations> {
  const out = new Map<string, SplitObservations>();
  for (const obs of observations) {
    let entry = out.get(obs.indicatorId);
    if (entry === undefined) {
      entry = { totals: [], groups: new Map() };
      out.set(obs.indicatorId, entry);
    }
    const dims = obs.dimensions;
    if (dims === undefined) {
      entry.totals.push(obs);
      continue;
    }
    const keys = Object.keys(dims);
    if (keys.length === 0) {
      entry.totals.push(obs);
      continue;
    }
    if (keys.length !== 1) continue;
    const key = keys[0] as string;
    let byGroup = entry.groups.get(key);
    if (byGroup === undefined) {
      byGroup = new Map();
      entry.groups.set(key, byGroup);
    }
    const group = dims[key] as string;
    let list = byGroup.get(group);
    if (list === undefined) {
      list = [];
      byGroup.set(group, list);
    }
    list.push(obs);
  }
  return out;
}

/**
 * Totals for periods where none was reported, from a complete breakdown by one dimension: every group
 * (the declared values, or every group ever reported) with a value. Aggregated across groups as the
 * indicator declares: `sum` (exact), `ratio` (Σ numerators ÷ Σ denominators × scale, never a mean of
 * ratios), `mean`, `min`, `max`; `last` has no cross-sectional meaning, so nothing is derived for it.
 */
export function deriveTotals(
  indicator: Indicator,
  totals: readonly Point[],
  groups: ReadonlyMap<string, ReadonlyMap<string, readonly Point[]>>,
): Point[] {
  if (indicator.aggregation === 'last' || groups.size === 0) return [];
  const reported = new Set(totals.map((p) => p.period.label));
  const scale = scaleOf(indicator);
  const derived = new Map<string, Point>();
  for (const dimension of indicator.dimensions) {
    const byGroup = groups.get(dimension.id);
    if (byGroup === undefined) continue;
    const names = dimension.values ?? [...byGroup.keys()];
    const byPeriod = new Map<string, Point[]>();
    for (const name of names) {
      for (const p of byGroup.get(name) ?? []) {
        if (reported.has(p.period.label) || derived.has(p.period.label)) continue;
        let list = byPeriod.get(p.period.label);
        if (list === undefined) {
          list = [];
          byPeriod.set(p.period.label, list);
        }
        list.push(p);
      }
    }
    for (const [label, list] of byPeriod) {
      if (list.length !== names.length || list.some((p) => p.value === null)) continue;
      const first = list[0] as Point;
      const status = list.some((p) => p.status === 'estimated')
        ? 'estimated'
        : list.some((p) => p.status === 'provisional')
          ? 'provisional'
          : 'final';
      const base = { period: first.period, status, derived: true } as const;
      if (indicator.aggregation === 'ratio') {
        // The pooled rate of the groups (never the mean of their ratios), all groups required.
        const pooled = pooledRatio(
          list.map((p) => ({ numerator: p.numerator, denominator: p.denominator })),
          { missing: 'strict', scale },
        );
        if (pooled.status !== 'ok' && pooled.reason !== 'zero_denominator') continue;
        derived.set(
          label,
          Object.assign({}, base, {
            value: pooled.status === 'ok' ? pooled.value : null,
            raw: null,
            numerator: list.reduce((s, p) => s + (p.numerator as number), 0),
            denominator: list.reduce((s, p) => s + (p.denominator as number), 0),
          }),
        );
        continue;
      }
      const values = list.map((p) => (p.raw === null ? dec(p.value as number) : dec(p.raw)));
      let v: Decimal;
      if (indicator.aggregation === 'sum') v = values.reduce((s, x) => s.plus(x), dec(0));
      else if (indicator.aggregation === 'mean') {
        v = values
          .reduce((s, x) => s.plus(x), dec(0))
          .div(values.length)
          .toSignificantDigits(34);
      } else if (indicator.aggregation === 'min') v = values.reduce((m, x) => (x.lt(m) ? x : m));
      else v = values.reduce((m, x) => (x.gt(m) ? x : m));
      derived.set(
        label,
        Object.assign({}, base, { value: v.toNumber(), raw: plain(v), numerator: null, denominator: null }),
      );
    }
  }
  return [...derived.values()];
}

/**
 * The exact aggregate of some points of one indicator, oldest first, as `resample` computes a coarser
 * period from them (the same accumulator): `sum`, `mean`, `last`, `min`, `max` of the values as given,
 * `ratio` as Σ numerators ÷ Σ denominators (points without a value are skipped). `null` when none has a
 * value or the denominators sum to 0. Used for period-to-date figures, where `resample` would re-read
 * and re-check every label.
 */
export function aggregatePoints(
  points: readonly Point[],
  aggregation: Indicator['aggregation'],
): string | null {
  const accumulator = new Accumulator(aggregation);
  for (const p of points) {
    if (p.value === null) continue;
    if (aggregation === 'ratio') accumulator.add(p.numerator, p.denominator);
    else accumulator.add(p.raw === null ? p.value : p.raw);
  }
  return accumulator.outcome(points.length, 0).exact;
}

/**
 * n × scale / d exactly, when all three are safe integers and the quotient is a decimal of at most 15
 * places whose digits stay below 2^53: the least k with d | n·scale·10^k gives the integer digits q and
 * the text q·10^-k (no trailing zeros, so the same text as decimal.js); `null` otherwise (a repeating
 * decimal, or figures too large), for decimal.js to compute to 34 significant digits.
 */
function terminatingRatio(n: number, d: number, scale: number): Exact | null {
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || !Number.isSafeInteger(scale) || d <= 0) {
    return null;
  }
  let m = Math.abs(n) * scale;
  for (let k = 0; k <= 15 && Number.isSafeInteger(m); k++, m *= 10) {
    if (m % d !== 0) continue;
    const digits = String(m / d);
    const text =
      k === 0
        ? digits
        : `${digits.length > k ? digits.slice(0, -k) : '0'}.${digits.padStart(k, '0').slice(-k)}`;
    const signed = n < 0 && m !== 0 ? `-${text}` : text;
    return { text: signed, value: Number(signed) };
  }
  return null;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day (proleptic Gregorian, years 1-9999). */
export function dayNumber(day: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round(d.getTime() / 86_400_000);
}

/** `YYYY-MM-DD` of a day number. */
export function dayLabel(days: number): string {
  const d = new Date(days * 86_400_000);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Consecutive integers for consecutive periods of one frequency, so gaps show as missing positions. */
export function ordinalOf(period: Period): number {
  switch (period.frequency) {
    case 'day':
      return dayNumber(period.start);
    case 'week':
      return (dayNumber(period.start) + 3) / 7;
    case 'month':
      return period.year * 12 + period.index;
    case 'quarter':
    case 'fiscal-quarter':
      return period.year * 4 + period.index;
    default:
      return period.year;
  }
}

/** Periods in a year at a frequency (53 for weeks, 366 for days: enough to reach the same period last year). */
export function periodsPerYear(period: Period): number {
  switch (period.frequency) {
    case 'day':
      return 366;
    case 'week':
      return 53;
    case 'month':
      return 12;
    case 'quarter':
    case 'fiscal-quarter':
      return 4;
    default:
      return 1;
  }
}

/** The Thursday of an ISO week (the day that decides which year and month the week belongs to). */
export function thursdayOf(period: Period): string {
  return dayLabel(dayNumber(period.start) + 3);
}
