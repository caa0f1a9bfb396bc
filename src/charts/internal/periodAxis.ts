import { ArgumentError } from '../../errors/ArgumentError.js';
import { CivicMetricsError } from '../../errors/CivicMetricsError.js';
import type { FiscalCalendar } from '../../periods/FiscalCalendar.js';
import type { Frequency } from '../../periods/Frequency.js';
import type { Period } from '../../periods/Period.js';
import { parsePeriod } from '../../periods/parsePeriod.js';
import { periodOf } from '../../periods/periodOf.js';
import { periodsBetween } from '../../periods/periodsBetween.js';

/** Where a period falls on the axis: the first and last axis positions it covers. */
export interface Span {
  from: number;
  to: number;
}

/** An axis of consecutive periods of one frequency. */
export interface PeriodAxis {
  frequency: Frequency;
  periods: Period[];
  /** The span of any period label (a coarser period covers several positions, a finer one sits in one). */
  span(label: string, path: string): Span;
}

/** The most periods an axis may hold (a guard against a projection 1,000 years out). */
export const MAX_AXIS = 5000;

/** Reads a period label, turning period errors into errors about the caller's argument. */
export function readLabel(
  fn: string,
  path: string,
  label: unknown,
  calendar: FiscalCalendar | undefined,
): Period {
  if (typeof label !== 'string') {
    throw new ArgumentError(`${fn}: expected ${path} to be a period label, received ${typeof label}`, {
      path,
      value: label,
    });
  }
  try {
    return parsePeriod(label, calendar);
  } catch (error) {
    if (error instanceof CivicMetricsError) {
      throw new ArgumentError(
        `${fn}: expected ${path} to be a period label, received '${label}' (${error.message})`,
        {
          path,
          value: label,
        },
      );
    }
    throw error;
  }
}

/**
 * The axis through every given period at `frequency`: from the earliest to the latest position any of
 * them covers. Labels are read with `calendar` (needed for fiscal periods).
 */
export function buildAxis(
  fn: string,
  frequency: Frequency,
  labels: ReadonlyArray<readonly [string, string]>,
  calendar: FiscalCalendar | undefined,
): PeriodAxis {
  const cache = new Map<string, [Period, Period]>();
  const locate = (label: string, path: string): [Period, Period] => {
    let hit = cache.get(label);
    if (hit) return hit;
    const p = readLabel(fn, path, label, calendar);
    hit =
      p.frequency === frequency
        ? [p, p]
        : [periodOf(p.start, frequency, calendar), periodOf(p.end, frequency, calendar)];
    cache.set(label, hit);
    return hit;
  };
  let first: Period | null = null;
  let last: Period | null = null;
  for (const [label, path] of labels) {
    const [a, b] = locate(label, path);
    if (first === null || a.start < first.start) first = a;
    if (last === null || b.start > last.start) last = b;
  }
  if (first === null || last === null) return { frequency, periods: [], span: () => ({ from: 0, to: 0 }) };
  // Count before enumerating, so a far-off period fails fast.
  const days = (Date.parse(`${last.end}T00:00:00Z`) - Date.parse(`${first.start}T00:00:00Z`)) / 86_400_000;
  const minLength = frequency === 'day' ? 1 : frequency === 'week' ? 7 : 28;
  if (days / minLength > MAX_AXIS * 4) {
    throw new ArgumentError(
      `${fn}: expected the periods to span at most ${MAX_AXIS} ${frequency}s, received ${first.label} to ${last.label}`,
      { path: 'input', value: [first.label, last.label] },
    );
  }
  const periods = periodsBetween(first, last, calendar);
  if (periods.length > MAX_AXIS) {
    throw new ArgumentError(
      `${fn}: expected the periods to span at most ${MAX_AXIS} ${frequency}s, received ${periods.length} (${first.label} to ${last.label})`,
      { path: 'input', value: [first.label, last.label] },
    );
  }
  const index = new Map(periods.map((p, i) => [p.label, i]));
  return {
    frequency,
    periods,
    span(label, path) {
      const [a, b] = locate(label, path);
      return { from: index.get(a.label)!, to: index.get(b.label)! };
    },
  };
}
