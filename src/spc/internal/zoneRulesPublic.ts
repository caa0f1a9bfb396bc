import { ArgumentError } from '../../errors/ArgumentError.js';
import { assertSameLength, fail } from '../../internal/assert.js';
import { describe } from '../../internal/describe.js';
import { readSeries } from '../../internal/readSeries.js';
import type { RuleSignals } from '../types.js';
import { allocateFrame } from './frame.js';
import { flaggedIndices } from './rulesEngine.js';
import { emptyZoneSignals, evaluateZones } from './zoneEngine.js';

/** Reads a scalar or per-point array of finite numbers (>= 0 when `nonNegative`). */
function readScalarOrSeries(
  fn: string,
  path: string,
  value: unknown,
  n: number,
  nonNegative: boolean,
): (i: number) => number {
  const check = (v: unknown, where: string): number => {
    if (typeof v !== 'number' || !Number.isFinite(v) || (nonNegative && v < 0)) {
      throw new ArgumentError(
        `${fn}: expected ${where} to be a finite number${nonNegative ? ' >= 0' : ''}, received ${describe(v)}`,
        { path: where, value: v },
      );
    }
    return v;
  };
  if (typeof value === 'number') {
    const v = check(value, path);
    return () => v;
  }
  if (!Array.isArray(value) && !ArrayBuffer.isView(value))
    fail(fn, path, 'to be a number or an array', value);
  const arr = value as ArrayLike<unknown>;
  assertSameLength(fn, 'values', { length: n }, path, arr);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = check(arr[i], `${path}[${i}]`);
  return (i) => out[i]!;
}

/** Options of the public zone-rule helpers. */
export interface ZoneRulesInput {
  centre: number | readonly number[];
  sigma: number | readonly number[];
}

/** Result of the public zone-rule helpers. */
export interface ZoneRulesOutput {
  rules: Record<string, RuleSignals>;
  flagged: number[];
}

/** Shared body of `westernElectricRules` and `nelsonRules`. */
export function zoneRules(
  fn: string,
  ruleset: 'western-electric' | 'nelson',
  values: unknown,
  options: unknown,
): ZoneRulesOutput {
  const x = readSeries(fn, 'values', values);
  if (options === null || typeof options !== 'object') fail(fn, 'options', 'to be an object', options);
  const { centre, sigma } = options as Record<string, unknown>;
  const centreAt = readScalarOrSeries(fn, 'options.centre', centre, x.length, false);
  const sigmaAt = readScalarOrSeries(fn, 'options.sigma', sigma, x.length, true);
  let count = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]!)) count++;
  const frame = allocateFrame(
    count,
    {
      centre: Number.NaN,
      sigma: Number.NaN,
      ucl: Number.NaN,
      lcl: Number.NaN,
      upper2: Number.NaN,
      lower2: Number.NaN,
    },
    true,
  );
  const limits = frame.perPoint!;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]!)) continue;
    frame.index[c] = i;
    frame.x[c] = x[i]!;
    limits.centre[c] = centreAt(i);
    limits.sigma[c] = sigmaAt(i);
    c++;
  }
  const rules = emptyZoneSignals(ruleset);
  evaluateZones(frame, ruleset, rules);
  return { rules, flagged: flaggedIndices(rules) };
}
