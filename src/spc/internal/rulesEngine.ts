import type { Improvement, SpcRule, SpcRuleset, SpecialCause } from '../types.js';
import { specialCauseOf } from '../variationIcon.js';
import { type AnhoejSegmentRuns, anhoejRuleNames, evaluateAnhoej } from './anhoejEngine.js';
import type { FrameOutcome, RuleFrame, RuleNames } from './frame.js';
import { evaluateNhs, nhsRuleNames } from './nhsEngine.js';
import { emptyZoneSignals, evaluateZones, type ZoneSignals, zoneRuleNames } from './zoneEngine.js';

/** Rule-set settings shared by every chart. */
export interface EngineSettings {
  ruleset: SpcRuleset;
  improvement: Improvement;
  runLength: number;
  trendLength: number;
  twoInThreeIncludesBeyondLimits: boolean;
  /** Whether the chart has process limits (false for run charts). */
  limits: boolean;
}

/** The label of one point. */
export interface PointLabel {
  specialCause: SpecialCause;
  rule: SpcRule | 'none';
  rules: readonly SpcRule[];
}

const NONE: readonly SpcRule[] = Object.freeze([]);

/**
 * Runs the chosen rule set over the segments of one chart, one frame per segment, and keeps the per-rule
 * signals (Western Electric, Nelson) and runs analyses (Anhøj) across segments.
 */
export class RulesEngine {
  readonly settings: EngineSettings;
  readonly names: RuleNames;
  readonly zoneSignals: ZoneSignals | undefined;
  readonly runs: AnhoejSegmentRuns[] = [];

  constructor(settings: EngineSettings) {
    this.settings = settings;
    const { ruleset } = settings;
    this.names =
      ruleset === 'nhs' ? nhsRuleNames() : ruleset === 'anhoej' ? anhoejRuleNames() : zoneRuleNames(ruleset);
    this.zoneSignals =
      ruleset === 'western-electric' || ruleset === 'nelson' ? emptyZoneSignals(ruleset) : undefined;
  }

  /** Evaluates one segment. */
  evaluate(frame: RuleFrame): FrameOutcome {
    const s = this.settings;
    switch (s.ruleset) {
      case 'nhs':
        return evaluateNhs(frame, s);
      case 'anhoej': {
        const { outcome, runs } = evaluateAnhoej(frame, s.limits);
        this.runs.push(runs);
        return outcome;
      }
      default:
        return evaluateZones(frame, s.ruleset, this.zoneSignals!);
    }
  }

  /** The label of point `i` of an evaluated frame. */
  label(outcome: FrameOutcome, i: number): PointLabel {
    const mask = outcome.mask[i]!;
    if (mask === 0) return { specialCause: 'common', rule: 'none', rules: NONE };
    return {
      specialCause: specialCauseOf(
        outcome.direction[i]!,
        outcome.directional[i] === 1,
        this.settings.improvement,
      ),
      rule: this.names.name(outcome.winner[i]!),
      rules: this.names.list(mask),
    };
  }
}

/** Sorted union of the members of every rule. */
export function flaggedIndices(signals: ZoneSignals): number[] {
  const set = new Set<number>();
  for (const rule of Object.values(signals)) for (const i of rule.members) set.add(i);
  return [...set].sort((a, b) => a - b);
}
