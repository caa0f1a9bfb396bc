import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/charts/index.js';
import { ArgumentError, evaluatePlan } from '../../src/index.js';
import { testPlan } from './helpers/plan.js';

const plan = testPlan();
const report = evaluatePlan(plan, { asOf: '2024-07-20' });
const previous = evaluatePlan(plan, { asOf: '2024-04-20' });

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

describe('renderHtml', () => {
  const html = renderHtml(report, { plan, previous });

  it('is one self-contained document that cannot make a request', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)/i);
    expect(html).not.toMatch(/(?:src|href)="(?!#)/);
    expect(html.match(/https?:\/\/[^"\s)]+/g)?.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
  });

  it('has the briefing sections, in order, with a contents list and a skip link', () => {
    const ids = [...html.matchAll(/<section id="([a-z]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['headline', 'goals', 'attention', 'late', 'changes', 'indicators', 'charts']);
    for (const id of ids) expect(html).toContain(`<li><a href="#${id}">`);
    expect(html).toContain('<a class="skip" href="#main">Skip to the briefing</a>');
    expect(html).toContain('<h1>Riverton test plan: Stat briefing</h1>');
    expect(html).toContain('As of 2024-07-20. Statuses use the rag_percent_of_target scheme.');
  });

  it('draws a progress chart and a control chart per indicator, with unique ids', () => {
    expect(count(html, /<svg[^>]*class="cm-chart cm-progress-chart"/g)).toBe(report.indicators.length);
    expect(count(html, /<svg[^>]*class="cm-chart cm-spc-chart"/g)).toBe(report.indicators.length);
    expect(count(html, /<details><summary>Control chart \(XmR\) of /g)).toBe(report.indicators.length);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
  });

  it('lists late data by owner and every status as text with its colour', () => {
    const survey = report.indicators.find((i) => i.id === 'survey')!;
    expect(survey.freshness.status).toBe('late');
    expect(html).toMatch(
      /<th scope="rowgroup" rowspan="1">311 Customer Service<\/th><td>Residents satisfied<\/td><td><span class="chip" data-status="late" style="background:#d5281b;color:#ffffff">Late<\/span><\/td><td>2023<\/td>/,
    );
    expect(html).toContain(
      '<span class="chip" data-status="off_track" style="background:#d5281b;color:#ffffff">Off track</span>',
    );
  });

  it('says what changed since the previous report', () => {
    const section = html.slice(
      html.indexOf('<section id="changes"'),
      html.indexOf('<section id="indicators"'),
    );
    expect(section).toContain('Since the last meeting (2024-04-20)');
  });

  it('works without the plan (no charts), for one owner, and is deterministic', () => {
    const bare = renderHtml(report);
    expect(bare).not.toContain('cm-progress-chart');
    expect(bare).not.toContain('id="charts"');
    const owner = renderHtml(report, { plan, owner: 'code' });
    expect(owner).toContain('As of 2024-07-20, for Code Enforcement.');
    expect(count(owner, /class="cm-chart cm-progress-chart"/g)).toBe(2);
    expect(renderHtml(report, { plan, previous })).toBe(html);
  });

  it('escapes every name', () => {
    const nasty = testPlan('<script>alert("x")</script> & co');
    const out = renderHtml(evaluatePlan(nasty, { asOf: '2024-07-20' }), { plan: nasty, title: undefined });
    expect(out).not.toContain('<script');
    expect(out).toContain(
      '<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co: Stat briefing</h1>',
    );
  });

  it('rejects what is not a report and bad options', () => {
    expect(() => renderHtml({} as never)).toThrow(ArgumentError);
    expect(() => renderHtml(report, { owner: 'nobody' })).toThrow(/options\.owner/);
    expect(() => renderHtml(report, { lang: 'en"><script>' })).toThrow(/options\.lang/);
    expect(() => renderHtml(report, { chartWidth: 10 })).toThrow(/options\.chartWidth/);
    expect(() => renderHtml(report, { plan: { ...plan, indicators: [] } })).toThrow(
      /without indicator 'days'/,
    );
    expect(() => renderHtml(report, { format: 'pdf' } as never)).toThrow(/received 'format'/);
  });
});
