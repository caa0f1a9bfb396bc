import type { BandScheme } from './bandStatus.js';

/**
 * The statuses of the {@link defaultRagScheme}: `on_track` (green), `at_risk` (amber), `off_track` (red).
 *
 * @example
 * ```ts
 * import type { RagStatus } from 'civic-metrics/scoring';
 * const amber: RagStatus = 'at_risk';
 * ```
 */
export type RagStatus = 'on_track' | 'at_risk' | 'off_track';

/**
 * The default red/amber/green scheme on percent of target: `on_track` at 100% or more, `at_risk` from 90%
 * up to (not including) 100%, `off_track` below 90%. Each shared end belongs to the better band (100% is
 * green, 90% is amber), as in two-threshold scorecard tools. Read through {@link bandStatus}, a
 * {@link scoreProgress} result that meets its target is `achieved`, and an indicator with its own tolerance is
 * `at_risk` within it and `off_track` beyond it (the indicator's tolerance wins over the generic 90%).
 *
 * The 100%/90% thresholds are a common convention, not a published standard (no authoritative numeric RAG
 * standard exists); copy the scheme and change them as the plan requires.
 *
 * @see progress spec §2.9 "Balanced-scorecard RAG" and vector `rag_percent_of_target_CONVENTION`; Blackbaud
 *   CRM `UFN_KPIINSTANCEVALUE_GETSTATUSCODE`.
 *
 * @example
 * ```ts
 * import { bandStatus, defaultRagScheme } from 'civic-metrics/scoring';
 * bandStatus(1, defaultRagScheme).status;
 * // => 'on_track'
 * bandStatus(0.85, defaultRagScheme).status;
 * // => 'off_track'
 * ```
 */
export const defaultRagScheme: BandScheme<RagStatus> = {
  id: 'rag_percent_of_target',
  measure: 'percentOfTarget',
  bands: [
    {
      status: 'on_track',
      lower: 1,
      lowerClosed: true,
      upper: null,
      description: 'on track: 100% of target or more',
    },
    {
      status: 'at_risk',
      lower: 0.9,
      lowerClosed: true,
      upper: 1,
      upperClosed: false,
      description: 'at risk: 90% to under 100% of target',
    },
    {
      status: 'off_track',
      lower: null,
      upper: 0.9,
      upperClosed: false,
      description: 'off track: under 90% of target',
    },
  ],
  whenAchieved: 'achieved',
  tolerance: { within: 'at_risk', outside: 'off_track' },
};
