/// <reference lib="dom" />
/**
 * The charts in a real browser (headless Chromium): each SVG parses as XML, renders with no console error
 * and no network request, every point, centre line and limit is present with the right colour, nothing
 * is drawn outside the picture and the icons do not cover the title. Screenshots go to
 * `test-results/charts/`; with `CIVIC_METRICS_DOC_IMAGES=1` the pictures of `docs/charts.md` are rewritten.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assuranceIconSvg,
  defaultStatusColors,
  indicatorProgress,
  mdcPalette,
  progressChartSvg,
  renderHtml,
  spcChartSvg,
  toVegaLite,
  variationIconSvg,
} from '../../src/charts/index.js';
import { evaluatePlan, parsePlan } from '../../src/index.js';
import { type AttributeChart, pChart, runChart, type XmrChart, xmrChart } from '../../src/spc/index.js';
import { hasShared, sharedSkipReason } from '../helpers/shared.js';
import { aeSeries } from './helpers/aeData.js';
import {
  type Browser,
  chromiumSkipReason,
  docImagesDir,
  hasChromium,
  htmlPage,
  launch,
  resultsDir,
  rgb,
  root,
  type WatchedPage,
  watchedPage,
  writeDocImages,
  xmlParseError,
} from './helpers/browser.js';
import { testPlan } from './helpers/plan.js';
import { spcSample } from './helpers/spcSample.js';

if (!hasChromium) console.warn(chromiumSkipReason);

/** The screenshots that illustrate docs/charts.md (rewritten with CIVIC_METRICS_DOC_IMAGES=1). */
const DOC_IMAGES = new Set(['xmr-nhs-ae-england.png', 'xmr-nhs-ae-missing.png', 'p-chart.png']);

const causeColor: Record<string, string> = {
  common: rgb(mdcPalette.common),
  improvement: rgb(mdcPalette.improvement),
  concern: rgb(mdcPalette.concern),
  neutral_high: rgb(mdcPalette.neutral),
  neutral_low: rgb(mdcPalette.neutral),
};

interface Rendered {
  points: Array<{ index: number; cause: string; fill: string; width: number }>;
  lines: Array<{ cls: string; segment: string; stroke: string; length: number }>;
  outside: string[];
  heading: DOMRectLike | null;
  icons: DOMRectLike[];
  iconKinds: string[];
}
interface DOMRectLike {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Inlines an SVG in a page, checks it parses as XML, and reads back what the browser drew. */
async function render(watched: WatchedPage, svg: string, shot: string): Promise<Rendered> {
  const { page } = watched;
  await page.setContent(htmlPage(svg));
  expect(await xmlParseError(page, svg)).toBeNull();
  const rendered = await page.evaluate(() => {
    const root = document.querySelector('svg')!;
    const box = root.getBoundingClientRect();
    const rect = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.x - box.x, y: r.y - box.y, width: r.width, height: r.height };
    };
    const points = [...root.querySelectorAll('circle.cm-point')].map((c) => ({
      index: Number(c.getAttribute('data-index')),
      cause: c.getAttribute('data-special-cause') ?? '',
      fill: getComputedStyle(c).fill,
      width: c.getBoundingClientRect().width,
    }));
    const lines = [...root.querySelectorAll('path.cm-centre, path.cm-limit, path.cm-target')].map((p) => ({
      cls: p.getAttribute('class') ?? '',
      segment: p.getAttribute('data-segment') ?? '',
      stroke: getComputedStyle(p).stroke,
      length: (p as SVGPathElement).getTotalLength(),
    }));
    const outside = [...root.querySelectorAll('text, circle, g.cm-icon')]
      .filter((e) => {
        const r = rect(e);
        return (
          r.x < -0.5 || r.y < -0.5 || r.x + r.width > box.width + 0.5 || r.y + r.height > box.height + 0.5
        );
      })
      .map((e) => `${e.tagName} ${e.getAttribute('class') ?? ''} ${e.textContent?.slice(0, 30)}`);
    const heading = root.querySelector('.cm-heading');
    return {
      points,
      lines,
      outside,
      heading: heading ? rect(heading) : null,
      icons: [...root.querySelectorAll('g.cm-icon')].map(rect),
      iconKinds: [...root.querySelectorAll('g.cm-icon')].map((g) => g.getAttribute('data-icon') ?? ''),
    };
  });
  const target = join(resultsDir, shot);
  await page.locator('svg').first().screenshot({ path: target });
  if (writeDocImages && DOC_IMAGES.has(shot)) copyFileSync(target, join(docImagesDir, shot));
  return rendered;
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

function overlaps(a: DOMRectLike, b: DOMRectLike): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The checks every SPC chart must pass. */
function checkSpc(rendered: Rendered, chart: XmrChart | AttributeChart, watched: WatchedPage): void {
  const present = chart.points.filter((p) => p.value !== null);
  expect(rendered.points.map((p) => p.index)).toEqual(present.map((p) => p.index));
  for (const p of rendered.points) {
    expect(p.fill, `point ${p.index}`).toBe(causeColor[p.cause]);
    expect(p.cause).toBe(chart.points[p.index]!.specialCause);
    expect(p.width).toBeGreaterThan(2);
  }
  for (let k = 0; k < chart.segments.length; k++) {
    for (const cls of ['cm-centre', 'cm-ucl', 'cm-lcl']) {
      const line = rendered.lines.find((l) => l.cls.split(' ').includes(cls) && l.segment === String(k));
      expect(line, `${cls} of segment ${k}`).toBeDefined();
      expect(line!.stroke).toBe(rgb(cls === 'cm-centre' ? mdcPalette.mean : mdcPalette.limits));
      expect(line!.length).toBeGreaterThan(0);
    }
  }
  if (chart.options.target !== null) {
    const target = rendered.lines.find((l) => l.cls === 'cm-target');
    expect(target?.stroke).toBe(rgb(mdcPalette.target));
  }
  expect(rendered.outside).toEqual([]);
  expect(rendered.iconKinds).toEqual(
    chart.assuranceIcon === null ? [chart.variationIcon] : [chart.variationIcon, chart.assuranceIcon],
  );
  for (const icon of rendered.icons) expect(overlaps(icon, rendered.heading!)).toBe(false);
  expect(watched.problems).toEqual([]);
  expect(watched.requests).toEqual([]);
}

describe.skipIf(!hasChromium)('charts in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('draws an XmR chart with a rebase, a missing value, a target and both icons', async () => {
    const values = spcSample;
    const labels = values.map((_, i) => `Week ${i + 1}`);
    const chart = xmrChart(values, { improvement: 'increase', target: 60, rebase: [16] }) as XmrChart;
    const watched = await watchedPage(browser);
    const rendered = await render(
      watched,
      spcChartSvg(chart, { labels, title: 'Cases closed per week' }),
      'xmr-synthetic.png',
    );
    checkSpc(rendered, chart, watched);
    await watched.page.close();
  });

  it('draws a p chart with per-period limits and a neutral direction', async () => {
    const numerators = [
      12,
      15,
      8,
      10,
      4,
      7,
      16,
      9,
      14,
      10,
      5,
      null,
      17,
      12,
      22,
      8,
      10,
      5,
      13,
      11,
      20,
      18,
      24,
      15,
    ];
    const denominators = [
      50, 50, 50, 50, 50, 40, 60, 50, 50, 55, 50, 0, 50, 50, 50, 50, 50, 45, 50, 50, 50, 50, 50, 50,
    ];
    const chart = pChart(numerators, denominators) as AttributeChart;
    const watched = await watchedPage(browser);
    const rendered = await render(
      watched,
      spcChartSvg(chart, { title: 'Inspections failed', format: { percent: true }, width: 560, height: 300 }),
      'p-chart.png',
    );
    checkSpc(rendered, chart, watched);
    expect(rendered.points.some((p) => p.cause === 'neutral_high')).toBe(true);
    await watched.page.close();
  });

  it('draws a run chart and a chart without enough data', async () => {
    const watched = await watchedPage(browser);
    const run = runChart([5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 9, 8, 9, 8, 9, 8, 9, 8, 9, 8], {
      improvement: 'increase',
    });
    const rendered = await render(
      watched,
      spcChartSvg(run, { title: 'Potholes filled (median run chart)' }),
      'run-chart.png',
    );
    expect(rendered.lines.filter((l) => l.cls === 'cm-centre')).toHaveLength(1);
    expect(rendered.outside).toEqual([]);
    const short = await render(
      watched,
      spcChartSvg(xmrChart([4]), { title: 'New indicator', width: 320, height: 200 }),
      'insufficient.png',
    );
    expect(short.outside).toEqual([]);
    expect(watched.problems).toEqual([]);
    expect(watched.requests).toEqual([]);
    await watched.page.close();
  });

  it('draws every icon', async () => {
    const watched = await watchedPage(browser);
    const icons = [
      ...(
        [
          'common_cause',
          'improvement_high',
          'improvement_low',
          'concern_high',
          'concern_low',
          'neutral_high',
          'neutral_low',
        ] as const
      ).map((i) => variationIconSvg(i, { size: 64 })),
      ...(['pass', 'fail', 'hit_or_miss'] as const).map((i) => assuranceIconSvg(i, { size: 64 })),
    ];
    for (const icon of icons) expect(await xmlParseError(watched.page, icon)).toBeNull();
    await watched.page.setContent(
      htmlPage(`<div id="icons" style="display:inline-flex;gap:8px;padding:8px">${icons.join('')}</div>`),
    );
    const labels = await watched.page.$$eval('svg', (svgs) => svgs.map((s) => s.getAttribute('aria-label')));
    expect(labels).toHaveLength(10);
    await watched.page.locator('#icons').screenshot({ path: join(resultsDir, 'icons.png') });
    if (writeDocImages) copyFileSync(join(resultsDir, 'icons.png'), join(docImagesDir, 'icons.png'));
    expect(watched.problems).toEqual([]);
    await watched.page.close();
  });

  it('renders the Vega-Lite spec with vega and vega-lite in the page, making no request', async () => {
    const values = [0.91, 0.93, 0.9, 0.92, 0.94, 0.89, 0.93, 0.95, 0.97, 0.96, 0.98, 0.97, 0.99, 0.98];
    const spec = toVegaLite(xmrChart(values, { improvement: 'increase', target: 0.95 }), {
      title: 'Permits issued on time',
      format: { percent: true },
      labels: values.map((_, i) =>
        `2024-${String(i + 1).padStart(2, '0')}`.replace('2024-13', '2025-01').replace('2024-14', '2025-02'),
      ),
    });
    const watched = await watchedPage(browser);
    await watched.page.setContent(htmlPage('<div id="vis" style="display:inline-block"></div>'));
    // The UMD builds, injected as inline scripts (Playwright reads the files; the page requests nothing).
    await watched.page.addScriptTag({ path: join(root, 'node_modules', 'vega', 'build', 'vega.min.js') });
    await watched.page.addScriptTag({
      path: join(root, 'node_modules', 'vega-lite', 'build', 'vega-lite.min.js'),
    });
    const drawn = await watched.page.evaluate(async (s) => {
      const w = window as unknown as { vega: any; vegaLite: any };
      const view = new w.vega.View(w.vega.parse(w.vegaLite.compile(s).spec), {
        renderer: 'svg',
        container: '#vis',
      });
      await view.runAsync();
      return document.querySelectorAll('#vis svg .mark-symbol.role-mark path').length;
    }, spec);
    expect(drawn).toBe(values.length);
    await watched.page.locator('#vis').screenshot({ path: join(resultsDir, 'vega-lite.png') });
    if (writeDocImages) copyFileSync(join(resultsDir, 'vega-lite.png'), join(docImagesDir, 'vega-lite.png'));
    expect(watched.problems).toEqual([]);
    expect(watched.requests).toEqual([]);
    await watched.page.close();
  });

  it('draws progress charts of every indicator of a plan', async () => {
    const plan = testPlan();
    const report = evaluatePlan(plan, { asOf: '2024-07-20' });
    const watched = await watchedPage(browser);
    for (const id of ['days', 'abate', 'share', 'survey']) {
      const input = indicatorProgress(plan, report, id);
      const svg = progressChartSvg(input);
      const { page } = watched;
      await page.setContent(htmlPage(svg));
      expect(await xmlParseError(page, svg)).toBeNull();
      const drawn = await page.evaluate(() => {
        const root = document.querySelector('svg')!;
        const box = root.getBoundingClientRect();
        return {
          actuals: [...root.querySelectorAll('circle.cm-actual-point')].map((c) => getComputedStyle(c).fill),
          badge: getComputedStyle(root.querySelector('.cm-badge rect')!).fill,
          outside: [...root.querySelectorAll('text, circle')].filter((e) => {
            const r = e.getBoundingClientRect();
            return (
              r.x < box.x - 0.5 ||
              r.right > box.right + 0.5 ||
              r.y < box.y - 0.5 ||
              r.bottom > box.bottom + 0.5
            );
          }).length,
          heading: root.querySelector('.cm-heading')!.getBoundingClientRect().right,
          badgeLeft: root.querySelector('.cm-badge')!.getBoundingClientRect().left,
        };
      });
      expect(drawn.actuals).toHaveLength(input.actuals.filter((a) => a.value !== null).length);
      expect(new Set(drawn.actuals)).toEqual(new Set([rgb(mdcPalette.actual)]));
      expect(drawn.badge).toBe(rgb(defaultStatusColors[input.status!]!));
      expect(drawn.outside).toBe(0);
      expect(drawn.heading).toBeLessThan(drawn.badgeLeft);
      await page
        .locator('svg')
        .first()
        .screenshot({ path: join(resultsDir, `progress-${id}.png`) });
    }
    if (writeDocImages)
      copyFileSync(join(resultsDir, 'progress-days.png'), join(docImagesDir, 'progress-chart.png'));
    expect(watched.problems).toEqual([]);
    expect(watched.requests).toEqual([]);
    await watched.page.close();
  });

  it('opens the HTML briefing: no request, no error, a chart per indicator, usable by keyboard, printable', async () => {
    const plan = testPlan();
    const report = evaluatePlan(plan, { asOf: '2024-07-20' });
    const previous = evaluatePlan(plan, { asOf: '2024-04-20' });
    const html = renderHtml(report, { plan, previous });
    writeFileSync(join(resultsDir, 'briefing.html'), html);
    const watched = await watchedPage(browser);
    const { page } = watched;
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.setContent(html);
    const facts = await page.evaluate(() => ({
      progress: document.querySelectorAll('svg.cm-progress-chart').length,
      control: document.querySelectorAll('details svg.cm-spc-chart').length,
      chips: [...document.querySelectorAll('.chip')].map((c) => ({
        status: c.getAttribute('data-status') ?? '',
        background: getComputedStyle(c).backgroundColor,
      })),
      lateRows: document.querySelectorAll('#late tbody tr').length,
      overflow: document.documentElement.scrollWidth > window.innerWidth,
    }));
    expect(facts.progress).toBe(report.indicators.length);
    expect(facts.control).toBe(report.indicators.length);
    for (const chip of facts.chips) {
      const expected = {
        ...defaultStatusColors,
        on_time: '#007f3b',
        late: '#d5281b',
        missing: '#d5281b',
        not_due: '#768692',
      }[chip.status];
      expect(chip.background, chip.status).toBe(rgb(expected ?? '#768692'));
    }
    expect(facts.lateRows).toBe(
      report.indicators.filter((i) => ['late', 'missing'].includes(i.freshness.status)).length,
    );
    expect(facts.overflow).toBe(false);
    await page.screenshot({ path: join(resultsDir, 'briefing-top.png') });
    await page.screenshot({ path: join(resultsDir, 'briefing-full.png'), fullPage: true });

    // Keyboard: the first Tab reaches the skip link, which shows itself and moves focus to the briefing.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const r = a.getBoundingClientRect();
      return { cls: a.className, visible: r.left >= 0 && r.top >= 0 && r.width > 0 };
    });
    expect(skip).toEqual({ cls: 'skip', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    // Every focusable element shows a focus outline; a summary opens its control chart with Enter.
    const focusable = await page.evaluate(() => {
      const list = [...document.querySelectorAll<HTMLElement>('a[href], summary, [tabindex="0"]')];
      return list.map((e, k) => {
        e.setAttribute('data-k', String(k));
        return k;
      });
    });
    expect(focusable.length).toBeGreaterThan(10);
    for (const k of focusable) {
      await page.focus(`[data-k="${k}"]`);
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const style = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return {
          outline: s.outlineStyle,
          width: s.outlineWidth,
          k: document.activeElement!.getAttribute('data-k'),
        };
      });
      expect(style.k).toBe(String(k));
      expect(style.outline, `element ${k}`).not.toBe('none');
    }
    await page.focus('details summary');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.querySelector('details') as HTMLDetailsElement).open)).toBe(
      true,
    );
    const chartBox = await page.locator('details svg').first().boundingBox();
    expect(chartBox?.height ?? 0).toBeGreaterThan(100);

    // Print: navigation hidden, a PDF of several pages.
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('nav')!).display)).toBe('none');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(count(pdf.toString('latin1'), /\/Type\s*\/Page[^s]/g)).toBeGreaterThan(2);
    writeFileSync(join(resultsDir, 'briefing.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });

    expect(watched.problems).toEqual([]);
    expect(watched.requests).toEqual([]);
    await watched.page.close();
  });

  it.skipIf(!existsSync(join(root, 'examples', 'data', 'city-plan.json')))(
    'renders the briefing of the example city plan',
    async () => {
      const plan = parsePlan(
        JSON.parse(readFileSync(join(root, 'examples', 'data', 'city-plan.json'), 'utf8')),
      );
      const report = evaluatePlan(plan, { asOf: '2014-05-20' });
      const previous = evaluatePlan(plan, { asOf: '2014-02-28' });
      const html = renderHtml(report, { plan, previous });
      const watched = await watchedPage(browser);
      await watched.page.setViewportSize({ width: 1100, height: 900 });
      await watched.page.setContent(html);
      expect(await watched.page.locator('svg.cm-progress-chart').count()).toBe(report.indicators.length);
      await watched.page.screenshot({ path: join(resultsDir, 'briefing-riverton.png') });
      await watched.page.locator('#late').screenshot({ path: join(resultsDir, 'briefing-late.png') });
      await watched.page
        .locator('#charts article')
        .nth(1)
        .screenshot({ path: join(resultsDir, 'briefing-card.png') });
      if (writeDocImages) {
        for (const name of ['briefing-riverton.png', 'briefing-late.png', 'briefing-card.png'])
          copyFileSync(join(resultsDir, name), join(docImagesDir, name));
      }
      expect(watched.problems).toEqual([]);
      expect(watched.requests).toEqual([]);
      await watched.page.close();
    },
  );

  describe.skipIf(!hasShared)('on NHS England A&E four-hour data (shared/data, read in place)', () => {
    it('draws England against the 95% standard, limits recalculated from April 2020', async () => {
      const ae = aeSeries('ENGLAND');
      const chart = xmrChart(ae.values, {
        improvement: 'increase',
        target: 0.95,
        rebase: [ae.labels.indexOf('2020-04')],
      }) as XmrChart;
      const svg = spcChartSvg(chart, {
        labels: ae.labels,
        title: 'A&E: patients seen within 4 hours, England',
        format: { percent: true },
      });
      writeFileSync(join(resultsDir, 'xmr-nhs-ae-england.svg'), svg);
      const watched = await watchedPage(browser);
      checkSpc(await render(watched, svg, 'xmr-nhs-ae-england.png'), chart, watched);
      await watched.page.close();
    });

    it('draws a trust whose 4-hour data is missing for four years (field test of new standards)', async () => {
      const ae = aeSeries('RGT');
      const chart = xmrChart(ae.values, { improvement: 'increase', target: 0.95 }) as XmrChart;
      expect(chart.points.filter((p) => p.value === null).length).toBeGreaterThan(40);
      const watched = await watchedPage(browser);
      const rendered = await render(
        watched,
        spcChartSvg(chart, {
          labels: ae.labels,
          title: `A&E within 4 hours: ${ae.name}`,
          format: { percent: true },
        }),
        'xmr-nhs-ae-missing.png',
      );
      checkSpc(rendered, chart, watched);
      await watched.page.close();
    });
  });
  if (!hasShared) console.warn(sharedSkipReason);
});
