/**
 * The colours of statuses in progress charts and the HTML briefing, by status code: NHS identity colours
 * for the default red/amber/green scheme (`on_track` green `#007f3b`, `at_risk` warm yellow `#ffb81c`,
 * `off_track` red `#d5281b`, `achieved` blue `#005eb8`) and grey `#768692` for the data statuses
 * (`no_data`, `no_target`, `not_comparable`, `not_due`). Statuses of other schemes are grey unless given
 * in the `statusColors` option. Every status is also written as text, so colour is never the only cue.
 *
 * @see NHS England, NHS identity colours (england.nhs.uk/nhsidentity).
 *
 * @example
 * ```ts
 * import { defaultStatusColors } from 'civic-metrics/charts';
 * defaultStatusColors.off_track;
 * // => '#d5281b'
 * ```
 */
export const defaultStatusColors: Readonly<Record<string, string>> = Object.freeze({
  on_track: '#007f3b',
  achieved: '#005eb8',
  at_risk: '#ffb81c',
  off_track: '#d5281b',
  no_data: '#768692',
  no_target: '#768692',
  not_comparable: '#768692',
  not_due: '#768692',
});
