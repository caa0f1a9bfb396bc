import { fail } from '../internal/assert.js';
import type { Explanation } from './Explanation.js';
import { type Decimal, dec, num } from './internal/decimal.js';
import { readOptionalNumeric } from './internal/numeric.js';

/**
 * The figures {@link ruleStatus} compares: the actual value and, as the rules need them, the target, the
 * previous period's value and the baseline. Missing figures are `null`/`undefined`/`NaN`.
 *
 * @example
 * ```ts
 * import type { RuleStatusInput } from 'civic-metrics/scoring';
 * const input: RuleStatusInput = { actual: 95, target: 100, previous: 97 };
 * ```
 */
export interface RuleStatusInput {
  /** The actual (current) value. */
  readonly actual: number | string | null | undefined;
  /** The target for the period. */
  readonly target?: number | string | null | undefined;
  /** The previous period's value. */
  readonly previous?: number | string | null | undefined;
  /** The baseline. */
  readonly baseline?: number | string | null | undefined;
}

/**
 * One comparison of a {@link StatusRule}: `actual <compare> factor · <to> + offset`, where `to` names a figure
 * of the input (`target`, `previous`, `baseline`) or is a fixed number.
 *
 * @example
 * ```ts
 * import type { RuleCondition } from 'civic-metrics/scoring';
 * // actual >= 90% of target
 * const nearTarget: RuleCondition = { compare: '>=', to: 'target', factor: 0.9 };
 * ```
 */
export interface RuleCondition {
  /** The comparison operator. */
  readonly compare: '>=' | '>' | '<=' | '<' | '==' | '!=';
  /** What the actual is compared with. */
  readonly to: 'target' | 'previous' | 'baseline' | number;
  /** Multiplies the reference; default 1. */
  readonly factor?: number | undefined;
  /** Added after the factor, in the indicator's unit; default 0. */
  readonly offset?: number | undefined;
}

/**
 * One rule of {@link ruleStatus}: the status it gives when every condition holds. An empty `when` always
 * holds (a catch-all, put it last).
 *
 * @example
 * ```ts
 * import type { StatusRule } from 'civic-metrics/scoring';
 * const green: StatusRule<'green'> = { status: 'green', when: [{ compare: '>=', to: 'target' }] };
 * ```
 */
export interface StatusRule<S extends string = string> {
  /** The status given when the rule fires. */
  readonly status: S;
  /** The conditions, all of which must hold (one condition may be given without an array). */
  readonly when: RuleCondition | readonly RuleCondition[];
  /** What the rule says, for people; generated from the conditions when omitted. */
  readonly description?: string | undefined;
}

/**
 * The result of {@link ruleStatus}: the status of the first rule that fired, or a data status when none did
 * because a figure was missing (`no_data`, `no_target`), or `no_match`.
 *
 * @example
 * ```ts
 * import { ruleStatus, type RuleStatusResult } from 'civic-metrics/scoring';
 * const result: RuleStatusResult<'green'> = ruleStatus({ actual: 1 }, [{ status: 'green', when: [] }]);
 * result.status;
 * // => 'green'
 * ```
 */
export interface RuleStatusResult<S extends string = string> {
  /** The status. */
  readonly status: S | 'no_data' | 'no_target' | 'no_match';
  /** Index of the rule that fired, or `null`. */
  readonly ruleIndex: number | null;
  /** Why no rule fired: `missing_actual`, `missing_target`, `missing_previous`, `missing_baseline`, `no_rule_matched`. */
  readonly reason?: string;
  /** Each rule tried, with its outcome, and the one that fired. */
  readonly explanation: Explanation;
}

const FN = 'ruleStatus';
const OPERATORS = ['>=', '>', '<=', '<', '==', '!='] as const;

function compare(a: Decimal, op: RuleCondition['compare'], b: Decimal): boolean {
  const c = a.comparedTo(b);
  switch (op) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    case '==':
      return c === 0;
    default:
      return c !== 0;
  }
}

function conditionText(c: RuleCondition): string {
  const factor = c.factor ?? 1;
  const offset = c.offset ?? 0;
  let ref = typeof c.to === 'number' ? String(c.to) : c.to;
  if (factor !== 1) ref = `${factor} × ${ref}`;
  if (offset !== 0) ref = `${ref} ${offset < 0 ? '−' : '+'} ${Math.abs(offset)}`;
  return `actual ${c.compare} ${ref}`;
}

/**
 * Gives a status by ordered rules, first match wins, as ClearPoint-style scorecards do: each rule compares
 * the actual with the target, the previous value, the baseline or a fixed number, optionally scaled by a
 * factor and shifted by an offset (`actual >= 0.9 × target`). Comparisons are exact (decimal.js).
 *
 * Missing data is never success and never a colour: a missing actual gives `no_data`; when the rules reach
 * one that needs a missing figure before any rule has fired, evaluation stops there with `no_target` (the
 * target is missing) or `no_data` (the previous value or the baseline is missing), because that rule might
 * have fired and a later, lower-priority rule cannot stand in for it. Rules before it that did not hold, and
 * a rule that fires before it, decide as usual. An input no rule matches is `no_match`; end the rules with a
 * catch-all (`when: []`) to avoid it.
 *
 * @param input - The figures, see {@link RuleStatusInput}.
 * @param rules - The rules, in priority order, see {@link StatusRule}.
 * @returns A {@link RuleStatusResult}.
 * @throws {ArgumentError} `invalid_argument` for an empty rule list, an unknown operator or reference, or a
 *   non-finite factor, offset or figure.
 * @see ClearPoint Strategy, "Automatic status calculations" (ordered evaluation rules); progress spec §2.9.
 *
 * @example
 * ```ts
 * import { ruleStatus } from 'civic-metrics/scoring';
 * const rules = [
 *   { status: 'green', when: [{ compare: '>=', to: 'target' }] },
 *   { status: 'yellow', when: [{ compare: '>=', to: 'target', factor: 0.9 }] },
 *   { status: 'red', when: [] },
 * ] as const;
 * ruleStatus({ actual: 92, target: 100 }, rules).status;
 * // => 'yellow'
 * ruleStatus({ actual: 92, target: null }, rules).status;
 * // => 'no_target'
 * ```
 */
export function ruleStatus<S extends string>(
  input: RuleStatusInput,
  rules: readonly StatusRule<S>[],
): RuleStatusResult<S> {
  if (typeof input !== 'object' || input === null) fail(FN, 'input', 'to be an object', input);
  if (!Array.isArray(rules) || rules.length === 0)
    fail(FN, 'rules', 'to be a non-empty array of rules', rules);
  const figures = {
    actual: readOptionalNumeric(FN, 'input.actual', input.actual),
    target: readOptionalNumeric(FN, 'input.target', input.target),
    previous: readOptionalNumeric(FN, 'input.previous', input.previous),
    baseline: readOptionalNumeric(FN, 'input.baseline', input.baseline),
  };
  const normalised = rules.map((rule, i) => {
    if (typeof rule !== 'object' || rule === null) fail(FN, `rules[${i}]`, 'to be a rule object', rule);
    if (typeof rule.status !== 'string' || rule.status === '')
      fail(FN, `rules[${i}].status`, 'to be a non-empty string', rule.status);
    const when = Array.isArray(rule.when)
      ? (rule.when as readonly RuleCondition[])
      : [rule.when as RuleCondition];
    when.forEach((c, j) => {
      const path = `rules[${i}].when[${j}]`;
      if (typeof c !== 'object' || c === null) fail(FN, path, 'to be a condition object', c);
      if (!(OPERATORS as readonly string[]).includes(c.compare)) {
        fail(FN, `${path}.compare`, `to be one of ${OPERATORS.map((o) => `'${o}'`).join(', ')}`, c.compare);
      }
      if (
        !(
          c.to === 'target' ||
          c.to === 'previous' ||
          c.to === 'baseline' ||
          (typeof c.to === 'number' && Number.isFinite(c.to))
        )
      ) {
        fail(FN, `${path}.to`, "to be 'target', 'previous', 'baseline' or a finite number", c.to);
      }
      for (const key of ['factor', 'offset'] as const) {
        const v = c[key];
        if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v)))
          fail(FN, `${path}.${key}`, 'to be a finite number', v);
      }
    });
    return {
      rule,
      when,
      description: rule.description ?? (when.length === 0 ? 'always' : when.map(conditionText).join(' and ')),
    };
  });
  const inputs = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v === null ? null : num(v)]));
  const ruleTexts = normalised.map((r) => `${r.rule.status}: ${r.description}`);

  if (figures.actual === null) {
    return {
      status: 'no_data',
      ruleIndex: null,
      reason: 'missing_actual',
      explanation: {
        method: FN,
        summary: 'No actual value: the status is no_data, whatever the rules say.',
        inputs: { ...inputs, rules: ruleTexts },
        intermediate: { reason: 'missing_actual' },
      },
    };
  }
  const actual = figures.actual;
  const trace: string[] = [];
  for (const [index, r] of normalised.entries()) {
    let holds = true;
    const thresholds: Record<string, number | null> = {};
    for (const [j, c] of r.when.entries()) {
      const ref = typeof c.to === 'number' ? dec(c.to) : figures[c.to];
      if (ref === null) {
        const missing = c.to as 'target' | 'previous' | 'baseline';
        const reason = `missing_${missing}` as const;
        trace.push(`${r.rule.status}: cannot be evaluated (${missing} missing)`);
        return {
          status: missing === 'target' ? 'no_target' : 'no_data',
          ruleIndex: null,
          reason,
          explanation: {
            method: FN,
            summary:
              `Rule ${index + 1} (${r.description}) needs the ${missing}, which is missing; a later rule cannot ` +
              `stand in for it, so the status is ${missing === 'target' ? 'no_target' : 'no_data'}.`,
            inputs: { ...inputs, rules: ruleTexts },
            intermediate: { reason, ruleIndex: index, trace: trace.join('; ') },
          },
        };
      }
      const threshold = ref.times(dec(c.factor ?? 1)).plus(dec(c.offset ?? 0));
      thresholds[`condition${j}`] = num(threshold);
      if (!compare(actual, c.compare, threshold)) {
        holds = false;
        break;
      }
    }
    trace.push(`${r.rule.status}: ${holds ? 'fired' : 'did not hold'}`);
    if (holds) {
      return {
        status: r.rule.status,
        ruleIndex: index,
        explanation: {
          method: FN,
          summary: `Rule ${index + 1} (${r.description}) is the first that holds for actual ${num(actual)}: ${r.rule.status}.`,
          inputs: { ...inputs, rules: ruleTexts },
          intermediate: { ruleIndex: index, trace: trace.join('; ') },
          rule: { id: r.rule.status, description: r.description, thresholds },
        },
      };
    }
  }
  return {
    status: 'no_match',
    ruleIndex: null,
    reason: 'no_rule_matched',
    explanation: {
      method: FN,
      summary: `No rule holds for actual ${num(actual)}; end the rules with a catch-all (when: []) to avoid no_match.`,
      inputs: { ...inputs, rules: ruleTexts },
      intermediate: { reason: 'no_rule_matched', trace: trace.join('; ') },
    },
  };
}
