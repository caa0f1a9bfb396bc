import { ArgumentError } from '../errors/ArgumentError.js';
import { fail } from '../internal/assert.js';
import type { Plan } from '../model/PlanSchema.js';
import { formatShare, statusLabel } from '../report/internal/format.js';
import { latestText, percentText, targetText, trendText } from '../report/internal/indicatorText.js';
import { scopeOf } from '../report/internal/scope.js';
import { diffReports } from '../rollup/diffReports.js';
import type { GoalReport, IndicatorReport, PlanReport } from '../rollup/PlanReport.js';
import type { XmrChartOptions } from '../spc/xmrChart.js';
import { xmrChart } from '../spc/xmrChart.js';
import type { ChartPalette } from './ChartPalette.js';
import { progressOf, readProgressOptions } from './indicatorProgress.js';
import type { FormatUsed } from './internal/format.js';
import { ASSURANCE_TEXT, assuranceIconGroup, VARIATION_TEXT, variationIconGroup } from './internal/icons.js';
import {
  readFlag,
  readOptionsObject,
  readPalette,
  readSize,
  readStatusColors,
  readText,
  textOn,
} from './internal/options.js';
import { PlanSeries } from './internal/planSeries.js';
import { escapeXml } from './internal/svg.js';
import { unitFormats } from './internal/unitFormat.js';
import { progressChartSvg } from './progressChartSvg.js';
import { spcChartSvg } from './spcChartSvg.js';
import { defaultStatusColors } from './statusColors.js';
import type { ValueFormat } from './ValueFormat.js';
import { iconDocument } from './variationIconSvg.js';

/**
 * Options of {@link renderHtml}. Every option is optional.
 *
 * @example
 * ```ts
 * import type { RenderHtmlOptions } from 'civic-metrics/charts';
 * const options: RenderHtmlOptions = { title: 'CodeStat, March 2014', owner: 'code', chartWidth: 640 };
 * ```
 */
export interface RenderHtmlOptions {
  /** The plan the report was made from: adds a progress chart and a control chart per indicator. */
  readonly plan?: Plan | undefined;
  /** The previous meeting's report: adds "Since the last meeting". */
  readonly previous?: PlanReport | undefined;
  /** The title; default `<plan name>: Stat briefing`. */
  readonly title?: string | undefined;
  /** Only this owner's part of the plan (the owner and everyone below it). */
  readonly owner?: string | undefined;
  /** Statuses that count as on track (default `on_track`, `achieved`). */
  readonly onTrack?: readonly string[] | undefined;
  /** How many drivers to name per goal (integer 0–20, default 3). */
  readonly drivers?: number | undefined;
  /** Width of each chart in pixels (integer 320–2000, default 720). */
  readonly chartWidth?: number | undefined;
  /** Height of each chart in pixels (integer 200–1500, default 320). */
  readonly chartHeight?: number | undefined;
  /** Add the control chart of each indicator in a collapsible section (default `true`; needs `plan`). */
  readonly controlCharts?: boolean | undefined;
  /** XmR options of the control charts (use those given to `evaluatePlan`; default NHS rules). */
  readonly spc?: Omit<XmrChartOptions, 'improvement' | 'target'> | undefined;
  /** Projection method of the progress charts, or `false` (default `'linear'`). */
  readonly projection?: 'linear' | 'sen' | 'compound' | false | undefined;
  /** Baseline forecast method of the progress charts, or `false` (default `'linear'`). */
  readonly forecast?: 'linear' | 'sen' | 'compound' | 'flat' | false | undefined;
  /** Chart colours replacing those of {@link mdcPalette}. */
  readonly colors?: Partial<ChartPalette> | undefined;
  /** Status colours replacing those of {@link defaultStatusColors}. */
  readonly statusColors?: Readonly<Record<string, string>> | undefined;
  /** The document's language (`lang`; default `en`). */
  readonly lang?: string | undefined;
}

const KNOWN = [
  'plan',
  'previous',
  'title',
  'owner',
  'onTrack',
  'drivers',
  'chartWidth',
  'chartHeight',
  'controlCharts',
  'spc',
  'projection',
  'forecast',
  'colors',
  'statusColors',
  'lang',
];

const SCORED = new Set(['on_track', 'at_risk', 'off_track', 'achieved']);
const FRESHNESS_COLORS: Record<string, string> = {
  on_time: '#007f3b',
  late: '#d5281b',
  missing: '#d5281b',
  not_due: '#768692',
};

const CSS = `
:root{--text:#212b32;--muted:#4c6272;--line:#d8dde0;--bg:#fff;--panel:#f0f4f5;--link:#005eb8;--focus:#ffeb3b}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif}
a{color:var(--link)}
a:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:4px solid var(--text);outline-offset:0;background:var(--focus);color:var(--text);box-shadow:0 0 0 4px var(--focus)}
.skip{position:absolute;left:-9999px;top:0;padding:.5rem 1rem;background:var(--focus);color:var(--text)}
.skip:focus{left:1rem;top:1rem;z-index:10}
header,main,footer,nav{max-width:76rem;margin:0 auto;padding:0 1.25rem}
header{padding-top:1.5rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 .25rem}
h2{font-size:1.5rem;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:2px solid var(--line)}
h3{font-size:1.15rem;margin:0 0 .5rem;display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
p.meta{color:var(--muted);margin:0}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;margin:1rem 0 0}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:1rem}
.tile{background:var(--panel);padding:1rem;border-radius:.5rem}
.tile h3{font-size:1rem;color:var(--muted);margin:0 0 .5rem}
.tile .big{font-size:2rem;font-weight:700;line-height:1}
.chips{display:flex;flex-wrap:wrap;gap:.25rem;margin-top:.5rem}
.chip{display:inline-block;padding:.05rem .6rem;border-radius:1rem;font-size:.85rem;font-weight:700;white-space:nowrap;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;color:var(--muted);padding:.25rem 0}
th,td{text-align:left;vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid var(--line)}
thead th{border-bottom:2px solid var(--text)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.icons{display:inline-flex;gap:.25rem;vertical-align:middle}
.cards{display:grid;gap:1.5rem}
.card{border:1px solid var(--line);border-radius:.5rem;padding:1rem;break-inside:avoid;page-break-inside:avoid}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0}
.card dt{color:var(--muted)}
.card dd{margin:0}
figure{margin:.75rem 0 0}
figure svg{display:block;width:100%;max-width:60rem;height:auto}
details{margin-top:.5rem}
summary{cursor:pointer;color:var(--link);font-weight:600}
footer{color:var(--muted);font-size:.85rem;padding-bottom:2rem;margin-top:3rem}
@media print{
  @page{margin:14mm}
  body{font-size:11pt}
  .skip,nav{display:none}
  header,main,footer{max-width:none;padding:0}
  h2{break-after:avoid;page-break-after:avoid}
  a{color:inherit;text-decoration:none}
  .scroll{overflow:visible}
  tr,.tile{break-inside:avoid;page-break-inside:avoid}
}
`.trim();

function toValueFormat(f: FormatUsed): ValueFormat {
  return {
    ...(f.decimals === null ? {} : { decimals: f.decimals }),
    prefix: f.prefix,
    suffix: f.suffix,
    grouping: f.grouping,
  };
}

function esc(text: string): string {
  return escapeXml(text);
}

function chip(status: string, colors: Record<string, string>, label = statusLabel(status)): string {
  const bg = colors[status] ?? '#768692';
  return `<span class="chip" data-status="${esc(status)}" style="background:${esc(bg)};color:${textOn(bg)}">${esc(label)}</span>`;
}

function counts<T>(items: readonly T[], key: (item: T) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const item of items) m.set(key(item), (m.get(key(item)) ?? 0) + 1);
  return [...m.entries()];
}

function iconsHtml(i: IndicatorReport, palette: ChartPalette, size: number): string {
  const s = i.spc;
  if (s.status !== 'ok') return '';
  const draw = { x: 0, y: 0, size, palette, fontFamily: 'system-ui, sans-serif' };
  let out = iconDocument(size, VARIATION_TEXT[s.variationIcon], variationIconGroup(s.variationIcon, draw));
  if (s.assuranceIcon !== null)
    out += iconDocument(size, ASSURANCE_TEXT[s.assuranceIcon], assuranceIconGroup(s.assuranceIcon, draw));
  return `<span class="icons">${out}</span>`;
}

function spcText(i: IndicatorReport): string {
  const s = i.spc;
  if (s.status === 'off') return '';
  if (s.status !== 'ok') return `too few points (${s.received} of ${s.required})`;
  const variation = statusLabel(s.variationIcon);
  return s.assuranceIcon ? `${variation}; assurance ${s.assuranceIcon.replace(/_/g, ' ')}` : variation;
}

function table(
  caption: string,
  head: readonly string[],
  rows: readonly string[],
  numeric: ReadonlySet<number> = new Set(),
): string {
  return `<div class="scroll" role="region" aria-label="${esc(caption)}" tabindex="0"><table><caption>${esc(caption)}</caption><thead><tr>${head
    .map((h, k) => `<th scope="col"${numeric.has(k) ? ' class="num"' : ''}>${esc(h)}</th>`)
    .join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/**
 * Renders a {@link PlanReport} as one self-contained HTML page: the Stat-meeting briefing with status
 * colours and, given the plan, a progress chart and a control chart per indicator. For the screen, for
 * print, and for a keyboard.
 *
 * Sections (the same as {@link renderMarkdown}): the headline (goals, indicators and data freshness by
 * status), goals and what drives them, indicators off track or at risk with their explanation, late and
 * missing data by owner, what changed since the previous report (with `previous`), and every indicator at
 * a glance with its SPC icons; with `plan`, a card per indicator with its {@link progressChartSvg} (from
 * {@link indicatorProgress}) and its {@link spcChartSvg} in a collapsible section.
 *
 * Self-contained: styles are inline, charts and icons are inline SVG, there is no script, and a
 * Content-Security-Policy (`default-src 'none'`) forbids any request, so the file opens the same offline,
 * from an e-mail or a shared drive. Accessible: a skip link, landmarks, a contents list, headings in
 * order, tables with captions and column headers (scrollable regions focusable), a visible focus style,
 * every status written as text beside its colour, every chart a `role="img"` with a description.
 * Printable: navigation hidden, cards and table rows kept whole, colours kept.
 *
 * Figures are formatted exactly as {@link renderMarkdown} formats them (exact decimal rounding to the
 * indicator's decimals, thousands separators, units). Deterministic: the same report (and plan) gives the
 * same bytes; nothing depends on the clock.
 *
 * @param report - A report from {@link evaluatePlan}.
 * @param options - See {@link RenderHtmlOptions}.
 * @returns The HTML document (UTF-8, starting with `<!doctype html>`).
 * @throws ArgumentError `invalid_argument` for something that is not a plan report, an `owner` that is not
 *   in the report, a plan without the report's indicators, or an invalid option.
 * @see NHS England, Making Data Count (2019); W3C, Web Content Accessibility Guidelines 2.2.
 *
 * @example
 * ```ts
 * import { evaluatePlan, parsePlan } from 'civic-metrics';
 * import { renderHtml } from 'civic-metrics/charts';
 * const plan = parsePlan({
 *   id: 'p', name: 'Riverton',
 *   indicators: [{
 *     id: 'days', name: 'Days to inspection', polarity: 'decrease', frequency: 'month', aggregation: 'mean',
 *     unit: { type: 'duration', timeUnit: 'days' }, targets: [{ period: '2024-02', value: 80 }],
 *   }],
 *   observations: [{ indicatorId: 'days', period: '2024-02', value: 96 }],
 * });
 * const html = renderHtml(evaluatePlan(plan, { asOf: '2024-03-10' }), { plan });
 * html.startsWith('<!doctype html>');
 * // => true
 * html.includes('<h1>Riverton: Stat briefing</h1>');
 * // => true
 * ```
 */
export function renderHtml(report: PlanReport, options?: RenderHtmlOptions): string {
  const fn = 'renderHtml';
  if (
    report === null ||
    typeof report !== 'object' ||
    !Array.isArray(report.indicators) ||
    !Array.isArray(report.goals)
  )
    fail(fn, 'report', 'to be a plan report (the result of evaluatePlan)', report);
  const o = readOptionsObject(fn, options, KNOWN);
  const plan = o.plan as Plan | undefined;
  if (plan !== undefined && (plan === null || typeof plan !== 'object' || !Array.isArray(plan.indicators)))
    fail(fn, 'options.plan', 'to be the plan of the report (the result of parsePlan)', plan);
  const previous = o.previous as PlanReport | undefined;
  if (
    previous !== undefined &&
    (previous === null || typeof previous !== 'object' || !Array.isArray(previous.indicators))
  )
    fail(fn, 'options.previous', 'to be a plan report', previous);
  const onTrackList = o.onTrack ?? ['on_track', 'achieved'];
  if (!Array.isArray(onTrackList) || onTrackList.some((s) => typeof s !== 'string'))
    fail(fn, 'options.onTrack', 'to be an array of statuses', onTrackList);
  const onTrack = new Set<string>(onTrackList as string[]);
  const driverCount = readSize(fn, 'options.drivers', o.drivers, 3, 0, 20);
  const width = readSize(fn, 'options.chartWidth', o.chartWidth, 720, 320, 2000);
  const height = readSize(fn, 'options.chartHeight', o.chartHeight, 320, 200, 1500);
  const controlCharts = readFlag(fn, 'options.controlCharts', o.controlCharts, true);
  const spcOptions = o.spc ?? {};
  if (spcOptions === null || typeof spcOptions !== 'object')
    fail(fn, 'options.spc', 'to be XmR chart options', spcOptions);
  const progressOptions = readProgressOptions(fn, {
    ...(o.projection === undefined ? {} : { projection: o.projection }),
    ...(o.forecast === undefined ? {} : { forecast: o.forecast }),
  });
  const palette = readPalette(fn, o.colors);
  const statusColors = readStatusColors(fn, o.statusColors, { ...defaultStatusColors, ...FRESHNESS_COLORS });
  const title = readText(fn, 'options.title', o.title, 500) ?? `${report.planName}: Stat briefing`;
  const lang = readText(fn, 'options.lang', o.lang, 35) ?? 'en';
  if (!/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang))
    fail(fn, 'options.lang', 'to be a BCP 47 language tag', lang);
  const owner = o.owner;
  if (owner !== undefined && typeof owner !== 'string') fail(fn, 'options.owner', 'to be an owner id', owner);
  const scope = scopeOf(fn, report, owner);

  const owners = new Map(report.owners.map((w) => [w.id, w.name]));
  const ownerName = (id: string | null) => (id === null ? 'unassigned' : (owners.get(id) ?? id));
  const position = new Map(scope.indicators.map((i, k) => [i.id, k]));
  const anchor = (i: IndicatorReport) => `indicator-${position.get(i.id)}`;

  const body: string[] = [];
  const toc: Array<[string, string]> = [];
  const section = (id: string, heading: string, content: string) => {
    toc.push([id, heading]);
    body.push(
      `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(heading)}</h2>${content}</section>`,
    );
  };

  // Headline.
  const scored = scope.indicators.filter((i) => SCORED.has(i.status));
  const tile = (heading: string, big: string, items: Array<[string, number]>, note = '') =>
    `<div class="tile"><h3>${esc(heading)}</h3><div class="big">${esc(big)}</div>${note ? `<p class="meta">${esc(note)}</p>` : ''}<div class="chips">${items
      .map(([s, n]) => chip(s, statusColors, `${n} ${statusLabel(s).toLowerCase()}`))
      .join('')}</div></div>`;
  section(
    'headline',
    'Headline',
    `<div class="tiles">${tile(
      'Goals',
      String(scope.goals.length),
      counts(scope.goals, (g) => g.status),
    )}${tile(
      'Indicators',
      String(scope.indicators.length),
      counts(scope.indicators, (i) => i.status),
      `${scored.filter((i) => onTrack.has(i.status)).length} of ${scored.length} scored on track`,
    )}${tile(
      'Data',
      `${scope.indicators.filter((i) => i.freshness.status === 'on_time').length} on time`,
      counts(scope.indicators, (i) => i.freshness.status),
    )}</div>`,
  );

  // Goals.
  const goalRow = (g: GoalReport) => {
    const drivers = g.drivers
      .slice(0, driverCount)
      .map(
        (d) =>
          `${esc(d.name)} (${d.measure === 'score' ? `score ${formatShare(d.input)}` : `value ${esc(String(d.input))}`})`,
      )
      .join('; ');
    return `<tr><th scope="row" style="padding-left:${0.6 + g.depth * 1.25}rem">${esc(g.name)}</th><td>${chip(g.status, statusColors)}</td><td class="num">${formatShare(g.score)}</td><td>${esc(g.method.replace(/_/g, ' '))}</td><td class="num">${g.coverage.withData}/${g.coverage.children}</td><td>${drivers || '–'}</td></tr>`;
  };
  section(
    'goals',
    'Goals and what drives them',
    scope.goals.length === 0
      ? '<p>No goals.</p>'
      : table(
          'Goals with their rolled-up score and the children that hold them back',
          ['Goal', 'Status', 'Score', 'Method', 'With data', 'Held back by'],
          scope.goals.map(goalRow),
          new Set([2, 4]),
        ),
  );

  // Off track or at risk.
  const attention = scope.indicators.filter((i) => SCORED.has(i.status) && !onTrack.has(i.status));
  const fact = (term: string, value: string) => (value ? `<dt>${esc(term)}</dt><dd>${value}</dd>` : '');
  section(
    'attention',
    'Indicators off track or at risk',
    attention.length === 0
      ? '<p>None: every scored indicator is on track.</p>'
      : `<div class="cards">${attention
          .map(
            (i) =>
              `<article class="card" aria-labelledby="att-${position.get(i.id)}"><h3 id="att-${position.get(i.id)}">${esc(i.name)} ${chip(i.status, statusColors)}</h3><dl>${fact('Owner', esc(ownerName(i.ownerId)))}${fact('Latest', esc(latestText(i)))}${fact('Target', esc(targetText(i)))}${i.progress.percentOfTarget === null ? '' : fact('Percent of target', esc(percentText(i)))}${fact('Trend', esc(trendText(i)))}${fact('Control chart', spcText(i) ? `${iconsHtml(i, palette, 28)} ${esc(spcText(i))}` : '')}${fact('Why', esc(i.explanation.summary))}</dl>${plan ? `<p><a href="#${anchor(i)}">Chart of ${esc(i.name)}</a></p>` : ''}</article>`,
          )
          .join('')}</div>`,
  );

  // Late and missing data, by owner.
  const late = scope.indicators.filter(
    (i) => i.freshness.status === 'late' || i.freshness.status === 'missing',
  );
  if (late.length === 0) section('late', 'Late and missing data, by owner', '<p>All data due is in.</p>');
  else {
    const order = new Map(report.owners.map((w, k) => [w.id, k]));
    const groups = new Map<string, IndicatorReport[]>();
    for (const i of [...late].sort(
      (a, b) => (order.get(a.ownerId ?? '') ?? 1e9) - (order.get(b.ownerId ?? '') ?? 1e9),
    )) {
      const key = i.ownerId ?? '';
      groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    const rows: string[] = [];
    for (const [key, list] of groups) {
      list.forEach((i, k) => {
        const f = i.freshness;
        rows.push(
          `<tr>${k === 0 ? `<th scope="rowgroup" rowspan="${list.length}">${esc(ownerName(key === '' ? null : key))}</th>` : ''}<td>${esc(i.name)}</td><td>${chip(f.status, statusColors)}</td><td>${esc(f.expectedPeriod ?? '–')}</td><td>${esc(f.dueDate ?? '–')}</td><td class="num">${f.periodsOverdue === null ? '–' : f.periodsOverdue}</td></tr>`,
        );
      });
    }
    section(
      'late',
      'Late and missing data, by owner',
      table(
        'Indicators whose data is late or missing, grouped by owner',
        ['Owner', 'Indicator', 'Data', 'Expected period', 'Due', 'Periods overdue'],
        rows,
        new Set([5]),
      ),
    );
  }

  // Since the last meeting.
  if (previous !== undefined) {
    const diff = diffReports(previous, report);
    const inScope = new Set([...scope.indicators.map((i) => i.id), ...scope.goals.map((g) => g.id)]);
    const items: string[] = [];
    for (const c of diff.statusChanges.filter((s) => inScope.has(s.id))) {
      items.push(
        `<li>${c.kind === 'goal' ? 'Goal' : 'Indicator'} <strong>${esc(c.name)}</strong>: ${chip(c.from, statusColors)} → ${chip(c.to, statusColors)}</li>`,
      );
    }
    for (const c of diff.newlyLate.filter((f) => inScope.has(f.id))) {
      items.push(
        `<li>Data for <strong>${esc(c.name)}</strong> is now ${chip(c.to, statusColors)} (expected ${esc(c.expectedPeriod ?? '–')}, due ${esc(c.dueDate ?? '–')})</li>`,
      );
    }
    for (const c of diff.caughtUp.filter((f) => inScope.has(f.id)))
      items.push(`<li>Data for <strong>${esc(c.name)}</strong> is in again</li>`);
    section(
      'changes',
      `Since the last meeting (${diff.asOf.previous})`,
      items.length === 0 ? '<p>No status changed.</p>' : `<ul>${items.join('')}</ul>`,
    );
  }

  // Every indicator.
  section(
    'indicators',
    'Every indicator',
    table(
      'Every indicator: status, latest figure, target, trend, control chart icons and data',
      ['Indicator', 'Status', 'Latest', 'Target', '% of target', 'Trend', 'SPC', 'Data', 'Owner'],
      scope.indicators.map(
        (i) =>
          `<tr><th scope="row">${plan ? `<a href="#${anchor(i)}">${esc(i.name)}</a>` : esc(i.name)}</th><td>${i.polarity === 'neutral' ? '–' : chip(i.status, statusColors)}</td><td>${esc(latestText(i))}</td><td>${esc(targetText(i))}</td><td class="num">${esc(percentText(i))}</td><td>${esc(trendText(i) || '–')}</td><td>${iconsHtml(i, palette, 24) || '–'}</td><td>${chip(i.freshness.status, statusColors)}</td><td>${esc(ownerName(i.ownerId))}</td></tr>`,
      ),
      new Set([4]),
    ),
  );

  // Charts.
  if (plan !== undefined) {
    const byId = new Map(plan.indicators.map((i) => [i.id, i]));
    const series = new PlanSeries(plan, report.asOf);
    const cards = scope.indicators.map((i) => {
      const indicator = byId.get(i.id);
      if (indicator === undefined) {
        throw new ArgumentError(
          `${fn}: expected options.plan to be the plan of the report, received a plan without indicator '${i.id}'`,
          {
            path: 'options.plan',
            value: i.id,
          },
        );
      }
      const k = position.get(i.id)!;
      const input = progressOf(plan, indicator, i, series, progressOptions);
      const progress = progressChartSvg(input, {
        width,
        height,
        id: `cm-p${k}`,
        colors: palette,
        statusColors,
        heading: false,
        badge: false,
      });
      let control = '';
      if (controlCharts) {
        const values = input.actuals.map((a) => (a.value === null ? null : Number(a.value)));
        const improvement =
          indicator.polarity === 'increase' || indicator.polarity === 'decrease'
            ? indicator.polarity
            : 'neutral';
        const target = i.spc.status === 'ok' ? i.spc.target : null;
        const chart = xmrChart(values, {
          ...spcOptions,
          improvement,
          target: improvement === 'neutral' ? null : target,
        });
        const svg = spcChartSvg(chart, {
          width,
          height,
          id: `cm-s${k}`,
          labels: input.actuals.map((a) => a.period),
          title: `${indicator.name}: control chart`,
          heading: false,
          colors: palette,
          format: toValueFormat(unitFormats(indicator.unit, indicator.decimals ?? null).values),
        });
        control = `<details><summary>Control chart (XmR) of ${esc(i.name)}</summary><figure>${svg}</figure></details>`;
      }
      return `<article class="card" id="${anchor(i)}" aria-labelledby="${anchor(i)}-h"><h3 id="${anchor(i)}-h">${esc(i.name)} ${i.polarity === 'neutral' ? '' : chip(i.status, statusColors)}</h3><p class="meta">Latest ${esc(latestText(i))}; target ${esc(targetText(i))}${i.progress.percentOfTarget === null ? '' : `; ${esc(percentText(i))} of target`}. Owner: ${esc(ownerName(i.ownerId))}.</p><figure>${progress}</figure>${control}</article>`;
    });
    section('charts', 'Charts', `<div class="cards">${cards.join('')}</div>`);
  }

  const nav = `<nav aria-label="Contents"><ul>${toc.map(([id, h]) => `<li><a href="#${id}">${esc(h)}</a></li>`).join('')}</ul></nav>`;
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="civic-metrics">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the briefing</a>
<header><h1>${esc(title)}</h1><p class="meta">As of ${esc(report.asOf)}${scope.ownerName ? `, for ${esc(scope.ownerName)}` : ''}. Statuses use the ${esc(report.scheme)} scheme.</p></header>
${nav}
<main id="main" tabindex="-1">
${body.join('\n')}
</main>
<footer><p>Generated by civic-metrics from the report of plan ${esc(report.planId)} as of ${esc(report.asOf)}.</p></footer>
</body>
</html>
`;
}
