import type { ErrorCode } from '../../errors/errorCodes.js';
import { PeriodError } from '../../errors/PeriodError.js';
import type { ValidationIssue } from '../../errors/ValidationError.js';
import { describe } from '../../internal/describe.js';
import { type FiscalCalendar, parsePeriod } from '../../periods/index.js';

/**
 * The rules of a plan that span more than one field: unique ids, references, cycles, period labels,
 * duplicate observations, range targets, percentages, dimensions and units. Written against the raw input
 * with type guards, so the rules also run (and report) when the shape check failed somewhere else.
 * Linear in the size of the plan: every lookup is a Map.
 */

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const SUMMABLE_UNITS = new Set(['count', 'currency', 'duration', 'custom']);

function numeric(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isNaN(n) ? undefined : n;
  }
  return undefined;
}

function calendarOf(plan: Rec): FiscalCalendar {
  const c = isRec(plan.calendar) ? plan.calendar : {};
  const month = c.fiscalYearStartMonth;
  const naming = c.fiscalYearNaming;
  return {
    fiscalYearStartMonth:
      typeof month === 'number' && Number.isInteger(month) && month >= 1 && month <= 12 ? month : 1,
    fiscalYearNaming: naming === 'start' ? 'start' : 'end',
  };
}

/** Checks the cross-field rules of a plan and returns every issue found, in input order. */
export function checkPlanRules(fn: string, input: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isRec(input)) return issues;
  const add = (code: ErrorCode, path: string, expected: string, received: string) =>
    issues.push({ code, path, message: `${fn}: expected ${path} to be ${expected}, received ${received}` });

  const calendar = calendarOf(input);
  const periodCache = new Map<string, { label: string; frequency: string; start: string } | PeriodError>();
  const period = (label: string) => {
    let hit = periodCache.get(label);
    if (hit === undefined) {
      try {
        const p = parsePeriod(label, calendar);
        hit = { label: p.label, frequency: p.frequency, start: p.start };
      } catch (error) {
        if (!(error instanceof PeriodError)) throw error;
        hit = error;
      }
      periodCache.set(label, hit);
    }
    return hit;
  };
  const checkPeriod = (
    label: unknown,
    path: string,
  ): { label: string; frequency: string; start: string } | undefined => {
    if (typeof label !== 'string') return undefined;
    const p = period(label);
    if (p instanceof PeriodError) {
      add(
        p.code === 'missing_calendar' ? 'missing_calendar' : 'invalid_period',
        path,
        'a valid period label',
        `${describe(label)} (${p.message})`,
      );
      return undefined;
    }
    return p;
  };

  // Ids, per kind.
  const ids = (kind: string, items: unknown[], key: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const id = isRec(item) ? str(item.id) : undefined;
      if (id === undefined) return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else
        add(
          'duplicate_id',
          `${key}[${i}].id`,
          `a unique ${kind} id`,
          `${describe(id)}, already the id of ${key}[${first}]`,
        );
    });
    return seen;
  };
  const owners = list(input.owners);
  const goals = list(input.goals);
  const indicators = list(input.indicators);
  const observations = list(input.observations);
  const ownerIds = ids('owner', owners, 'owners');
  const goalIds = ids('goal', goals, 'goals');
  const indicatorIds = ids('indicator', indicators, 'indicators');

  const ref = (value: unknown, known: Map<string, number>, path: string, what: string) => {
    if (typeof value === 'string' && !known.has(value))
      add('unknown_reference', path, `the id of ${what}`, describe(value));
  };

  // Owners: parents exist, and the owner tree has no cycle.
  owners.forEach((owner, i) => {
    if (isRec(owner)) ref(owner.parentId, ownerIds, `owners[${i}].parentId`, 'an owner declared in owners');
  });
  owners.forEach((owner, i) => {
    if (!isRec(owner) || typeof owner.id !== 'string' || ownerIds.get(owner.id) !== i) return;
    const chain = [owner.id];
    let next = owner.parentId;
    const seen = new Set(chain);
    while (typeof next === 'string' && ownerIds.has(next)) {
      if (next === owner.id) {
        add(
          'cycle',
          `owners[${i}].parentId`,
          'an owner outside its own line of parents',
          `the cycle ${[...chain, next].join(' → ')}`,
        );
        break;
      }
      if (seen.has(next)) break; // a cycle above this owner: reported at an owner on it
      seen.add(next);
      chain.push(next);
      const parent = owners[ownerIds.get(next) ?? -1];
      next = isRec(parent) ? parent.parentId : undefined;
    }
  });

  // Indicators: owners, periods, targets, units.
  const indicatorInfo = new Map<string, Rec>();
  indicators.forEach((indicator, i) => {
    if (!isRec(indicator)) return;
    const at = `indicators[${i}]`;
    if (typeof indicator.id === 'string' && !indicatorInfo.has(indicator.id))
      indicatorInfo.set(indicator.id, indicator);
    ref(indicator.ownerId, ownerIds, `${at}.ownerId`, 'an owner declared in owners');
    const unit = isRec(indicator.unit) ? indicator.unit : {};
    const percent = unit.type === 'percent' && unit.allowOutsideRange !== true;
    const checkPercent = (v: unknown, path: string) => {
      const n = numeric(v);
      if (percent && n !== undefined && (n < 0 || n > 100)) {
        add(
          'out_of_range',
          path,
          'a percentage from 0 to 100 (set unit.allowOutsideRange to allow others)',
          describe(v),
        );
      }
      if (typeof v === 'string' && n !== undefined && !Number.isFinite(n))
        add('non_finite', path, 'a finite number', describe(v));
    };
    if (indicator.aggregation === 'sum' && typeof unit.type === 'string' && !SUMMABLE_UNITS.has(unit.type)) {
      add(
        'incompatible_units',
        `${at}.aggregation`,
        `an aggregation other than 'sum' for a ${unit.type} indicator (${unit.type} values are not additive: use 'ratio' with numerators and denominators, 'mean' or 'last')`,
        "'sum'",
      );
    }
    if (isRec(indicator.baseline)) {
      checkPeriod(indicator.baseline.period, `${at}.baseline.period`);
      checkPercent(indicator.baseline.value, `${at}.baseline.value`);
    }
    list(indicator.targets).forEach((target, t) => {
      if (!isRec(target)) return;
      const tp = `${at}.targets[${t}]`;
      checkPeriod(target.period, `${tp}.period`);
      const value = target.value;
      if (isRec(value)) {
        const { min, max } = value;
        if (typeof min === 'number' && typeof max === 'number' && min > max) {
          add('invalid_range', `${tp}.value`, 'a range with min <= max', `{ min: ${min}, max: ${max} }`);
        }
        checkPercent(min, `${tp}.value.min`);
        checkPercent(max, `${tp}.value.max`);
        if (indicator.polarity !== undefined && indicator.polarity !== 'range') {
          add(
            'invalid_value',
            `${tp}.value`,
            `a point value for a '${String(indicator.polarity)}' indicator (ranges are for polarity 'range')`,
            'a { min, max } range',
          );
        }
      } else {
        checkPercent(value, `${tp}.value`);
        if (indicator.polarity === 'range' && value !== undefined) {
          add(
            'invalid_value',
            `${tp}.value`,
            "a { min, max } range for a 'range' indicator",
            describe(value),
          );
        }
      }
      checkPercent(target.stretch, `${tp}.stretch`);
    });
  });

  // Goals: owners, children, cycles, summable rollups.
  goals.forEach((goal, g) => {
    if (!isRec(goal)) return;
    ref(goal.ownerId, ownerIds, `goals[${g}].ownerId`, 'an owner declared in owners');
    const units = new Map<string, string>();
    list(goal.children).forEach((child, c) => {
      if (!isRec(child)) return;
      const at = `goals[${g}].children[${c}]`;
      const hasGoal = child.goalId !== undefined;
      const hasIndicator = child.indicatorId !== undefined;
      if (hasGoal === hasIndicator) {
        add(
          'invalid_value',
          at,
          'a child with exactly one of goalId or indicatorId',
          hasGoal ? 'both' : 'neither',
        );
        return;
      }
      ref(child.goalId, goalIds, `${at}.goalId`, 'a goal declared in goals');
      ref(child.indicatorId, indicatorIds, `${at}.indicatorId`, 'an indicator declared in indicators');
      // An effective-dated weight: readable dates or period labels, in increasing order of their first day.
      if (Array.isArray(child.weight)) {
        let previous: string | undefined;
        child.weight.forEach((step, i) => {
          if (!isRec(step)) return;
          const from = checkPeriod(step.from, `${at}.weight[${i}].from`);
          if (from === undefined) return;
          if (previous !== undefined && from.start <= previous) {
            add(
              'invalid_value',
              `${at}.weight[${i}].from`,
              `a step starting after the previous one (${previous})`,
              `${describe(step.from)}, starting ${from.start}`,
            );
          }
          previous = from.start;
        });
      }
      if (goal.rollup === 'sum') {
        const indicator =
          typeof child.indicatorId === 'string' ? indicatorInfo.get(child.indicatorId) : undefined;
        const unit = indicator && isRec(indicator.unit) ? JSON.stringify(indicator.unit) : undefined;
        if (hasGoal) {
          add(
            'incompatible_units',
            `${at}.goalId`,
            "an indicator child of a goal whose rollup is 'sum' (sub-goal scores have no unit to sum)",
            describe(child.goalId),
          );
        } else if (unit !== undefined) {
          const first = [...units.entries()].find(([u]) => u !== unit);
          if (first) {
            add(
              'incompatible_units',
              `${at}.indicatorId`,
              `an indicator in the unit of ${first[1]} (${first[0]}), since the goal sums its children`,
              `${describe(child.indicatorId)} in ${unit}`,
            );
          }
          if (!units.has(unit)) units.set(unit, `${at}.indicatorId`);
        }
      }
    });
  });
  // Cycles in the goal tree: iterative depth-first search, each cycle reported once where it closes.
  const state = new Uint8Array(goals.length); // 0 new, 1 on stack, 2 done
  const childGoals = (g: number): Array<{ index: number; path: string }> => {
    const goal = goals[g];
    if (!isRec(goal)) return [];
    const out: Array<{ index: number; path: string }> = [];
    list(goal.children).forEach((child, c) => {
      if (isRec(child) && typeof child.goalId === 'string' && child.indicatorId === undefined) {
        const index = goalIds.get(child.goalId);
        if (index !== undefined) out.push({ index, path: `goals[${g}].children[${c}].goalId` });
      }
    });
    return out;
  };
  const goalId = (g: number) => {
    const goal = goals[g];
    return isRec(goal) ? String(goal.id) : String(g);
  };
  for (let root = 0; root < goals.length; root++) {
    if (state[root] !== 0) continue;
    const stack: Array<{ g: number; children: Array<{ index: number; path: string }>; next: number }> = [
      { g: root, children: childGoals(root), next: 0 },
    ];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next >= top.children.length) {
        state[top.g] = 2;
        stack.pop();
        continue;
      }
      const child = top.children[top.next++]!;
      if (state[child.index] === 1) {
        const from = stack.findIndex((frame) => frame.g === child.index);
        const cycle = [...stack.slice(from).map((frame) => goalId(frame.g)), goalId(child.index)];
        add('cycle', child.path, 'a goal that is not its own ancestor', `the cycle ${cycle.join(' → ')}`);
      } else if (state[child.index] === 0) {
        state[child.index] = 1;
        stack.push({ g: child.index, children: childGoals(child.index), next: 0 });
      }
    }
  }

  // Observations: indicator, period and frequency, value form, dimensions, duplicates.
  const seen = new Map<string, number>();
  const dimensionCache = new Map<string, Map<string, Set<string> | null>>();
  const dimensionsOf = (indicatorId: string, indicator: Rec) => {
    let dims = dimensionCache.get(indicatorId);
    if (dims === undefined) {
      dims = new Map();
      for (const d of list(indicator.dimensions)) {
        if (isRec(d) && typeof d.id === 'string')
          dims.set(d.id, Array.isArray(d.values) ? new Set(d.values.map(String)) : null);
      }
      dimensionCache.set(indicatorId, dims);
    }
    return dims;
  };
  observations.forEach((obs, o) => {
    if (!isRec(obs)) return;
    const at = `observations[${o}]`;
    const indicatorId = str(obs.indicatorId);
    const indicator = indicatorId === undefined ? undefined : indicatorInfo.get(indicatorId);
    if (indicatorId !== undefined && !indicatorIds.has(indicatorId)) {
      add(
        'unknown_reference',
        `${at}.indicatorId`,
        'the id of an indicator declared in indicators',
        describe(indicatorId),
      );
    }
    const p = checkPeriod(obs.period, `${at}.period`);
    if (p && indicator && typeof indicator.frequency === 'string' && p.frequency !== indicator.frequency) {
      add(
        'frequency_mismatch',
        `${at}.period`,
        `a ${indicator.frequency} period, the frequency of indicator ${describe(indicatorId)}`,
        `${describe(obs.period)}, a ${p.frequency} period`,
      );
    }
    const hasValue = obs.value !== undefined;
    const hasNum = obs.numerator !== undefined;
    const hasDen = obs.denominator !== undefined;
    if (hasNum !== hasDen) {
      add(
        'invalid_value',
        `${at}.${hasNum ? 'denominator' : 'numerator'}`,
        `present, since ${hasNum ? 'numerator' : 'denominator'} is given`,
        'undefined',
      );
    } else if (!hasValue && !hasNum) {
      add(
        'invalid_value',
        at,
        'an observation with a value (null if not reported) or a numerator and a denominator',
        'neither',
      );
    } else if (indicator?.aggregation === 'ratio' && !hasNum && obs.value !== null) {
      add(
        'invalid_value',
        at,
        "an observation with a numerator and a denominator, since its indicator's aggregation is 'ratio' (ratios are recomputed from sums)",
        'a value only',
      );
    }
    if (indicator) {
      const unit = isRec(indicator.unit) ? indicator.unit : {};
      const n = numeric(obs.value);
      if (typeof obs.value === 'string' && n !== undefined && !Number.isFinite(n)) {
        add('non_finite', `${at}.value`, 'a finite number', describe(obs.value));
      } else if (
        unit.type === 'percent' &&
        unit.allowOutsideRange !== true &&
        n !== undefined &&
        (n < 0 || n > 100)
      ) {
        add(
          'out_of_range',
          `${at}.value`,
          'a percentage from 0 to 100 (set unit.allowOutsideRange to allow others)',
          describe(obs.value),
        );
      }
    }
    let dimKey = '';
    if (isRec(obs.dimensions)) {
      const entries = Object.entries(obs.dimensions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      dimKey = JSON.stringify(entries);
      if (indicator && indicatorId !== undefined) {
        const dims = dimensionsOf(indicatorId, indicator);
        for (const [key, value] of entries) {
          if (!dims.has(key)) {
            add(
              'unknown_dimension',
              `${at}.dimensions.${key}`,
              `a dimension declared by indicator ${describe(indicatorId)}${dims.size ? ` (${[...dims.keys()].join(', ')})` : ' (it declares none)'}`,
              describe(key),
            );
          } else {
            const allowed = dims.get(key);
            if (allowed && !allowed.has(String(value))) {
              add(
                'unknown_dimension_value',
                `${at}.dimensions.${key}`,
                `one of the values listed for dimension '${key}'`,
                describe(value),
              );
            }
          }
        }
      }
    }
    if (indicatorId !== undefined && p) {
      const key = `${indicatorId}\u0000${p.label}\u0000${dimKey}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, o);
      else {
        add(
          'duplicate_observation',
          at,
          `the only observation of indicator ${describe(indicatorId)} for ${p.label}${dimKey ? ' with these dimensions' : ''}`,
          `a duplicate of observations[${first}]`,
        );
      }
    }
  });
  return issues;
}
