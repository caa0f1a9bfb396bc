/// <reference lib="dom" />
/**
 * Headless Chromium for the chart tests: Debian's `chromium` driven by playwright-core, a fresh profile per
 * run, every network request refused and recorded, console errors and page errors collected, screenshots
 * saved under `test-results/charts/` (gitignored; CI keeps them as artefacts).
 *
 * `CIVIC_METRICS_CHROMIUM` overrides the browser path; when the browser is absent the tests skip and say so.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const chromiumPath = process.env.CIVIC_METRICS_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
export const chromiumSkipReason = `skipped: ${chromiumPath} is absent, so the browser tests of the charts do not run (apt-get install chromium, or set CIVIC_METRICS_CHROMIUM)`;

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const resultsDir = join(root, 'test-results', 'charts');
export const docImagesDir = join(root, 'docs', 'images');
/** Set `CIVIC_METRICS_DOC_IMAGES=1` to (re)write the pictures of `docs/charts.md`. */
export const writeDocImages = process.env.CIVIC_METRICS_DOC_IMAGES === '1';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A launched browser with a throwaway profile. */
export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'civic-metrics-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ARGS,
    viewport: { width: 1000, height: 800 },
    deviceScaleFactor: 2,
    offline: true,
  });
  mkdirSync(resultsDir, { recursive: true });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page whose problems are recorded: console errors and warnings, page errors, and network requests. */
export interface WatchedPage {
  page: Page;
  problems: string[];
  requests: string[];
}

export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) requests.push(request.url());
  });
  await page.route('**/*', (route) => route.abort());
  return { page, problems, requests };
}

/** Whether a string parses as an SVG (XML) document in the browser, with the parser's message if not. */
export async function xmlParseError(page: Page, svg: string): Promise<string | null> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    return error ? (error.textContent ?? 'parsererror') : null;
  }, svg);
}

/** A hex colour as the `rgb(r, g, b)` string of computed styles. */
export function rgb(hex: string): string {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** A page holding only the given markup, on white, with no margin. */
export function htmlPage(body: string, title = 'chart'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>body{margin:0;background:#fff}</style></head><body>${body}</body></html>`;
}
