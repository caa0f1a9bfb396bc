import type { IndicatorReport } from '../../rollup/PlanReport.js';
import { formatFigure, formatShare } from './format.js';

/** Indicator figures as the Markdown and HTML briefings show them (one wording for both). */

/** The latest figure with its period (and status when not final), e.g. `80.8 days (2014-03)`. */
export function latestText(i: IndicatorReport): string {
  if (!i.latest) return 'no data';
  return `${formatFigure(i.latest.exact, i.unit, i.decimals)} (${i.latest.period}${i.latest.observationStatus === 'final' ? '' : `, ${i.latest.observationStatus}`})`;
}

/** The target in force, e.g. `75.0 days by 2013-12`, or a band `97.0%–102.0% by FY2014`. */
export function targetText(i: IndicatorReport): string {
  if (!i.target) return 'none';
  const value = i.target.range
    ? `${formatFigure(i.target.range.min, i.unit, i.decimals)}–${formatFigure(i.target.range.max, i.unit, i.decimals)}`
    : formatFigure(i.target.exact ?? i.target.value, i.unit, i.decimals);
  return `${value} by ${i.target.period}`;
}

/** Percent of target as shown to people, e.g. `93.2%`. */
export function percentText(i: IndicatorReport): string {
  return i.progress.display?.percentOfTarget ?? formatShare(i.progress.percentOfTarget, 1);
}

/** The trend read against the polarity, e.g. `improving`; empty when trends are off. */
export function trendText(i: IndicatorReport): string {
  const t = i.trend;
  if (t.status === 'off') return '';
  if (t.status !== 'ok') return `too few points (${t.received} of ${t.required})`;
  return t.reading === 'no_significant_change' ? 'no significant change' : t.reading.replace(/_/g, ' ');
}
