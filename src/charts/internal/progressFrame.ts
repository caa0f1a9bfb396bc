import { ArgumentError } from '../../errors/ArgumentError.js';
import { fail } from '../../internal/assert.js';
import type { Frequency } from '../../periods/Frequency.js';
import type { FormatUsed } from './format.js';
import { buildAxis, type PeriodAxis, readLabel } from './periodAxis.js';
import { unitFormats } from './unitFormat.js';

/** A value at an axis position. */
export interface AxisValue {
  index: number;
  period: string;
  value: number;
}

/** A progress chart input, validated and placed on one period axis. */
export interface ProgressFrame {
  name: string | null;
  polarity: 'increase' | 'decrease' | 'range' | 'neutral';
  status: string | null;
  axis: PeriodAxis;
  actuals: Array<{ index: number; period: string; value: number | null }>;
  targets: Array<{
    from: number;
    to: number;
    period: string;
    value: number | null;
    min: number | null;
    max: number | null;
    label: string | null;
  }>;
  path: AxisValue[];
  projection: {
    latest: AxisValue;
    projected: AxisValue & { lower: number | null; upper: number | null };
    outlook: string | null;
    firstPeriodMet: string;
    method: string;
  } | null;
  forecast: {
    from: AxisValue | null;
    points: Array<AxisValue & { lower: number | null; upper: number | null }>;
    method: string;
  } | null;
  formats: { values: FormatUsed; axis: FormatUsed };
}

const EXPECTED = 'to be a progress chart input ({ actuals, targets?, path?, projection?, forecast? })';

function obj(fn: string, path: string, raw: unknown): Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) fail(fn, path, 'to be an object', raw);
  return raw as Record<string, unknown>;
}

function list(fn: string, path: string, raw: unknown): unknown[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) fail(fn, path, 'to be an array', raw);
  return raw;
}

/** A finite number from a number or decimal string; `null`, `undefined` and NaN are missing. */
function numeric(fn: string, path: string, raw: unknown, nullable: boolean): number | null {
  if (raw === null || raw === undefined || (typeof raw === 'number' && Number.isNaN(raw))) {
    if (nullable) return null;
    fail(fn, path, 'to be a finite number', raw);
  }
  const v = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof v !== 'number' || !Number.isFinite(v))
    fail(fn, path, 'to be a finite number or a decimal string', raw);
  return v;
}

function text(fn: string, path: string, raw: unknown): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') fail(fn, path, 'to be a string', raw);
  return raw;
}

/** Validates a {@link ProgressChartInput} and lays its periods on one axis. */
export function readProgress(fn: string, raw: unknown): ProgressFrame {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !('actuals' in raw))
    fail(fn, 'input', EXPECTED, raw);
  const input = raw as Record<string, unknown>;
  const calendar = input.calendar === undefined ? undefined : (input.calendar as never);
  const polarity = input.polarity ?? 'neutral';
  if (polarity !== 'increase' && polarity !== 'decrease' && polarity !== 'range' && polarity !== 'neutral')
    fail(fn, 'input.polarity', "to be 'increase', 'decrease', 'range' or 'neutral'", polarity);

  const labels: Array<[string, string]> = [];
  const actualsRaw = list(fn, 'input.actuals', input.actuals).map((a, i) => {
    const o = obj(fn, `input.actuals[${i}]`, a);
    const period = text(fn, `input.actuals[${i}].period`, o.period);
    if (period === null) fail(fn, `input.actuals[${i}].period`, 'to be a period label', o.period);
    labels.push([period, `input.actuals[${i}].period`]);
    return { period, value: numeric(fn, `input.actuals[${i}].value`, o.value, true) };
  });
  const targetsRaw = list(fn, 'input.targets', input.targets).map((t, i) => {
    const o = obj(fn, `input.targets[${i}]`, t);
    const period = text(fn, `input.targets[${i}].period`, o.period);
    if (period === null) fail(fn, `input.targets[${i}].period`, 'to be a period label', o.period);
    labels.push([period, `input.targets[${i}].period`]);
    const value = numeric(fn, `input.targets[${i}].value`, o.value, true);
    const min = numeric(fn, `input.targets[${i}].min`, o.min, true);
    const max = numeric(fn, `input.targets[${i}].max`, o.max, true);
    if (value === null && (min === null || max === null || min > max))
      fail(fn, `input.targets[${i}]`, 'to have a value, or min <= max', t);
    return { period, value, min, max, label: text(fn, `input.targets[${i}].label`, o.label) };
  });
  const pathRaw = list(fn, 'input.path', input.path).map((p, i) => {
    const o = obj(fn, `input.path[${i}]`, p);
    const period = text(fn, `input.path[${i}].period`, o.period);
    if (period === null) fail(fn, `input.path[${i}].period`, 'to be a period label', o.period);
    labels.push([period, `input.path[${i}].period`]);
    return { period, value: numeric(fn, `input.path[${i}].value`, o.value, false)! };
  });

  let projectionRaw: {
    latest: { period: string; value: number };
    projected: { period: string; value: number; lower: number | null; upper: number | null };
    outlook: string | null;
    firstPeriodMet: string;
    method: string;
  } | null = null;
  const projection = input.projection;
  if (projection !== undefined && projection !== null) {
    const o = obj(fn, 'input.projection', projection);
    if (o.status === 'ok') {
      const latest = obj(fn, 'input.projection.latest', o.latest);
      const projected = obj(fn, 'input.projection.projected', o.projected);
      projectionRaw = {
        latest: {
          period: text(fn, 'input.projection.latest.period', latest.period) ?? '',
          value: numeric(fn, 'input.projection.latest.value', latest.value, false)!,
        },
        projected: {
          period: text(fn, 'input.projection.projected.period', projected.period) ?? '',
          value: numeric(fn, 'input.projection.projected.value', projected.value, false)!,
          lower: numeric(fn, 'input.projection.projected.lower', projected.lower, true),
          upper: numeric(fn, 'input.projection.projected.upper', projected.upper, true),
        },
        outlook: text(fn, 'input.projection.outlook', o.outlook),
        firstPeriodMet: text(fn, 'input.projection.firstPeriodMet', o.firstPeriodMet) ?? '',
        method: text(fn, 'input.projection.method', o.method) ?? '',
      };
      labels.push([projectionRaw.latest.period, 'input.projection.latest.period']);
      labels.push([projectionRaw.projected.period, 'input.projection.projected.period']);
    } else if (typeof o.status !== 'string')
      fail(fn, 'input.projection', 'to be a projectAttainment result', projection);
  }

  let forecastRaw: {
    from: { period: string; value: number } | null;
    points: Array<{ period: string; value: number; lower: number | null; upper: number | null }>;
    method: string;
  } | null = null;
  const forecast = input.forecast;
  if (forecast !== undefined && forecast !== null) {
    const o = obj(fn, 'input.forecast', forecast);
    if (o.status === 'ok') {
      const history = list(fn, 'input.forecast.history', o.history);
      const last =
        history.length === 0 ? null : obj(fn, 'input.forecast.history', history[history.length - 1]);
      forecastRaw = {
        from:
          last === null
            ? null
            : {
                period: text(fn, 'input.forecast.history.period', last.period) ?? '',
                value: numeric(fn, 'input.forecast.history.value', last.value, false)!,
              },
        points: list(fn, 'input.forecast.forecast', o.forecast).map((p, i) => {
          const f = obj(fn, `input.forecast.forecast[${i}]`, p);
          return {
            period: text(fn, `input.forecast.forecast[${i}].period`, f.period) ?? '',
            value: numeric(fn, `input.forecast.forecast[${i}].value`, f.value, false)!,
            lower: numeric(fn, `input.forecast.forecast[${i}].lower`, f.lower, true),
            upper: numeric(fn, `input.forecast.forecast[${i}].upper`, f.upper, true),
          };
        }),
        method: text(fn, 'input.forecast.method', o.method) ?? '',
      };
      if (forecastRaw.from) labels.push([forecastRaw.from.period, 'input.forecast.history']);
      forecastRaw.points.forEach((p, i) => {
        labels.push([p.period, `input.forecast.forecast[${i}].period`]);
      });
    } else if (typeof o.status !== 'string')
      fail(fn, 'input.forecast', 'to be a baselineForecast result', forecast);
  }

  // The frequency: the actuals' (all the same), else that of the first other period.
  let frequency: Frequency | null = null;
  actualsRaw.forEach((a, i) => {
    const f = readLabel(fn, `input.actuals[${i}].period`, a.period, calendar).frequency;
    if (frequency === null) frequency = f;
    else if (f !== frequency) {
      throw new ArgumentError(
        `${fn}: expected input.actuals[${i}].period to be a ${frequency} like the first actual, received '${a.period}'`,
        { path: `input.actuals[${i}].period`, value: a.period },
      );
    }
  });
  if (frequency === null && labels.length > 0) {
    const [label, path] = pathRaw.length > 0 ? [pathRaw[0]!.period, 'input.path[0].period'] : labels[0]!;
    frequency = readLabel(fn, path, label, calendar).frequency;
  }
  const axis = buildAxis(fn, frequency ?? 'year', labels, calendar);
  const at = (period: string, path: string) => axis.span(period, path).to;
  const seen = new Set<string>();
  const actuals = actualsRaw.map((a, i) => {
    if (seen.has(a.period)) fail(fn, `input.actuals[${i}].period`, 'to be unique', a.period);
    seen.add(a.period);
    return { index: at(a.period, `input.actuals[${i}].period`), ...a };
  });
  actuals.sort((a, b) => a.index - b.index);

  const unit = input.unit as Parameters<typeof unitFormats>[0];
  const decimals = input.decimals === undefined || input.decimals === null ? null : input.decimals;
  if (
    decimals !== null &&
    (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 12)
  )
    fail(fn, 'input.decimals', 'to be an integer from 0 to 12 or null', decimals);
  return {
    name: text(fn, 'input.name', input.name),
    polarity,
    status: text(fn, 'input.status', input.status),
    axis,
    actuals,
    targets: targetsRaw.map((t, i) => ({ ...axis.span(t.period, `input.targets[${i}].period`), ...t })),
    path: pathRaw
      .map((p, i) => ({ index: at(p.period, `input.path[${i}].period`), ...p }))
      .sort((a, b) => a.index - b.index),
    projection:
      projectionRaw === null
        ? null
        : {
            ...projectionRaw,
            latest: {
              index: at(projectionRaw.latest.period, 'input.projection.latest.period'),
              ...projectionRaw.latest,
            },
            projected: {
              index: at(projectionRaw.projected.period, 'input.projection.projected.period'),
              ...projectionRaw.projected,
            },
          },
    forecast:
      forecastRaw === null
        ? null
        : {
            method: forecastRaw.method,
            from:
              forecastRaw.from === null
                ? null
                : { index: at(forecastRaw.from.period, 'input.forecast.history'), ...forecastRaw.from },
            points: forecastRaw.points.map((p, i) => ({
              index: at(p.period, `input.forecast.forecast[${i}].period`),
              ...p,
            })),
          },
    formats: unitFormats(unit, decimals as number | null),
  };
}
