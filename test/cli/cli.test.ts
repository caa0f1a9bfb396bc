import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';

const root = join(import.meta.dirname, '..', '..');
const fixture = (...p: string[]) => join(root, 'test', 'fixtures', ...p);
const tmp = mkdtempSync(join(tmpdir(), 'civic-metrics-cli-'));

function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('civic-metrics CLI', () => {
  it('prints help, and exits 2 without a command or with an unknown one', () => {
    expect(cli('--help')).toMatchObject({ code: 0 });
    expect(cli('--help').out).toContain('Usage: civic-metrics <command>');
    expect(cli().code).toBe(2);
    const unknown = cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown command 'frobnicate'");
    expect(unknown.out).toBe('');
    for (const command of ['validate', 'trend'])
      expect(cli(command, '--help').out).toContain(`civic-metrics ${command}`);
  });

  it('validate: a valid plan, and a summary on stdout', () => {
    const result = cli('validate', join(root, 'examples', 'data', 'city-plan.json'));
    expect(result.code).toBe(0);
    expect(result.out).toContain('valid. 4 goals, 10 indicators, 11 owners, 596 observations.');
    expect(result.err).toBe('');
  });

  it('validate: every problem with path and code, exit 2', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ id: 'p', name: 'P', goals: [{ id: 'g', name: 'G', children: [{ goalId: 'x' }] }] }),
    );
    const result = cli('validate', bad);
    expect(result.code).toBe(2);
    expect(result.out).toContain('1 problem(s)');
    expect(result.out).toContain('goals[0].children[0].goalId  [unknown_reference]');
    const json = cli('validate', bad, '--json');
    expect(JSON.parse(json.out).issues[0].code).toBe('unknown_reference');
  });

  it('validate: missing files, bad JSON and bad options are input errors (exit 2)', () => {
    expect(cli('validate', join(tmp, 'nope.json'))).toMatchObject({ code: 2, out: '' });
    expect(cli('validate', join(tmp, 'nope.json')).err).toContain('no such file');
    writeFileSync(join(tmp, 'broken.json'), '{');
    expect(cli('validate', join(tmp, 'broken.json')).err).toContain('is not valid JSON');
    expect(cli('validate').code).toBe(2);
    expect(cli('validate', 'x.json', '--bogus').err).toContain("Unknown option '--bogus'");
  });

  it('validate: adds observations from a CSV with a mapping, reporting bad rows', () => {
    const plan = fixture('model', 'small-city.json');
    const map = join(tmp, 'map.json');
    writeFileSync(
      map,
      JSON.stringify({ indicator: { value: 'pothole-days' }, period: 'month', value: 'days' }),
    );
    const good = join(tmp, 'good.csv');
    writeFileSync(good, 'month,days\n2024-10,4.2\n2024-11,3.9\n');
    expect(cli('validate', plan, '--observations', good, '--map', map).out).toContain('10 observations');
    const bad = join(tmp, 'bad.csv');
    writeFileSync(bad, 'month,days\n2024-10,4.2\n2024-13,x\n');
    const result = cli('validate', plan, '--observations', bad, '--map', map);
    expect(result.code).toBe(2);
    expect(result.err).toContain('row 3, column month');
    expect(result.err).toContain('row 3, column days');
    expect(cli('validate', plan, '--observations', good).err).toContain('needs --map');
    const dup = join(tmp, 'dup.csv');
    writeFileSync(dup, 'month,days\n2024-07,4.2\n');
    expect(cli('validate', plan, '--observations', dup, '--map', map).out).toContain(
      '[duplicate_observation]',
    );
  });

  it('trend: Mann-Kendall and Sen per group (golden values from SciPy theilslopes and a direct S count)', () => {
    const result = cli(
      'trend',
      fixture('cli', 'series.csv'),
      '--group-column',
      'department',
      '--format',
      'json',
    );
    expect(result.code).toBe(0);
    const [parks, streets] = JSON.parse(result.out);
    expect(parks.group).toBe('parks');
    expect(parks.result.s).toBe(54);
    expect(parks.result.slope).toBeCloseTo(1.5, 12);
    expect(parks.result.tau).toBeCloseTo(0.8181818181818182, 12);
    expect(parks.result.trend).toBe('increasing');
    expect(streets.result.s).toBe(-23);
    expect(streets.result.slope).toBeCloseTo(-0.2, 12);
    const table = cli('trend', fixture('cli', 'series.csv'), '--group-column', 'department');
    expect(table.out.split('\n')[0]).toMatch(/^group\s+from\s+to\s+n\s+trend/);
    expect(table.out).toContain('parks');
    const csv = cli('trend', fixture('cli', 'series.csv'), '--group-column', 'department', '--format', 'csv');
    expect(csv.out.split('\n')[0]).toBe('group,from,to,n,trend,p,tau,s,sen_slope,intercept');
  });

  it('trend: one series, too few points, and bad input', () => {
    const short = join(tmp, 'short.csv');
    writeFileSync(short, 'period,value\n2024-01,1\n2024-02,NA\n');
    expect(cli('trend', short).out).toContain('insufficient data');
    expect(cli('trend', short, '--column', 'v').err).toContain("no column 'v'");
    const bad = join(tmp, 'badvalue.csv');
    writeFileSync(bad, 'period,value\n2024-01,abc\n');
    expect(cli('trend', bad)).toMatchObject({ code: 2 });
    expect(cli('trend', bad).err).toContain("row 2, column value: expected a number, received 'abc'");
    expect(cli('trend', short, '--variant', 'magic').err).toContain('--variant must be one of');
    expect(cli('trend', short, '--format', 'xml').err).toContain('--format must be');
    expect(cli('trend').code).toBe(2);
    const one = cli('trend', fixture('cli', 'series.csv'), '--format', 'json');
    expect(JSON.parse(one.out).points).toBe(24);
  });

  it('evaluate: table, markdown, json and csv of the example plan', () => {
    const plan = join(root, 'examples', 'data', 'city-plan.json');
    const table = cli('evaluate', plan, '--as-of', '2014-04-15');
    expect(table.code).toBe(0);
    expect(table.out.split('\n')[0]).toMatch(/^indicator\s+status\s+latest\s+target/);
    expect(table.out).toMatch(
      /traffic-deaths\s+off_track\s+39 deaths \(2013\)\s+30 deaths \(2013\)\s+18\.2%/,
    );
    const md = cli(
      'evaluate',
      plan,
      '--as-of',
      '2014-04-15',
      '--format',
      'markdown',
      '--previous',
      '2014-03-15',
    );
    expect(md.out).toContain('## Since the last meeting (2014-03-15)');
    const json = JSON.parse(cli('evaluate', plan, '--as-of', '2014-04-15', '--format', 'json').out);
    expect(json.format).toBe('civic-metrics/plan-report@1');
    expect(json.asOf).toBe('2014-04-15');
    const csv = cli('evaluate', plan, '--as-of', '2014-04-15', '--format', 'csv', '--owner', 'code');
    expect(csv.out.trimEnd().split('\n')).toHaveLength(1 + 3);
    const owner = cli('evaluate', plan, '--as-of', '2014-04-15', '--owner', 'police');
    expect(owner.out.trimEnd().split('\n')).toHaveLength(3);
  });

  it('evaluate: input errors exit 2 with a message on stderr', () => {
    const plan = join(root, 'examples', 'data', 'city-plan.json');
    expect(cli('evaluate', plan).err).toContain('needs --as-of');
    expect(cli('evaluate').code).toBe(2);
    expect(cli('evaluate', plan, '--as-of', '2014-04-15', '--format', 'pdf').err).toContain(
      '--format must be one of',
    );
    expect(cli('evaluate', plan, '--as-of', '2014-04-15', '--owner', 'ghost').err).toContain(
      '--owner must be',
    );
    const bad = cli('evaluate', plan, '--as-of', 'yesterday');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('asOf');
    const invalid = join(tmp, 'invalid-plan.json');
    writeFileSync(invalid, JSON.stringify({ id: 'p' }));
    const result = cli('evaluate', invalid, '--as-of', '2014-04-15');
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err).toContain('is not a valid plan');
    expect(cli('evaluate', '--help').out).toContain('civic-metrics evaluate');
  });

  it('chart: an XmR chart as SVG or Vega-Lite from a CSV series', () => {
    const csv = join(tmp, 'chart.csv');
    const rows = ['period,value'];
    // Values by hand: a stable process around 50 (moving ranges 2), then a shift to 60 from 2023-01.
    for (let i = 0; i < 24; i++)
      rows.push(`${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},${i % 2 ? 51 : 49}`);
    for (let i = 0; i < 8; i++) rows.push(`2023-${String(i + 1).padStart(2, '0')},${i % 2 ? 61 : 59}`);
    writeFileSync(csv, `${rows.join('\n')}\n`);
    const svg = cli('chart', csv, '--improvement', 'increase', '--target', '55', '--title', 'Shift');
    expect(svg.code).toBe(0);
    expect(svg.out.startsWith('<svg')).toBe(true);
    expect(svg.out).toContain('Shift');
    expect(svg.out).toContain('2021-01');
    const spec = JSON.parse(cli('chart', csv, '--rebase', '2023-01', '--vega-lite').out);
    expect(String(spec.$schema)).toContain('vega-lite');
    expect(cli('chart', csv, '--rebase', '1999-01').err).toContain("--rebase names period '1999-01'");
    expect(cli('chart', csv, '--improvement', 'up').err).toContain('--improvement must be');
    expect(cli('chart', csv, '--ruleset', 'magic').err).toContain('--ruleset must be');
    expect(cli('chart', csv, '--target', 'high').err).toContain('--target must be a number');
    expect(cli('chart', csv, '--column', 'v').err).toContain("no column 'v'");
    expect(cli('chart').code).toBe(2);
    expect(cli('chart', '--help').out).toContain('civic-metrics chart');
    const bad = join(tmp, 'chart-bad.csv');
    writeFileSync(bad, 'period,value\n2024-01,x\n');
    expect(cli('chart', bad).err).toContain("expected a number, received 'x'");
  });

  it('evaluate --format html: one self-contained briefing', () => {
    const plan = join(root, 'examples', 'data', 'city-plan.json');
    const html = cli(
      'evaluate',
      plan,
      '--as-of',
      '2014-04-15',
      '--format',
      'html',
      '--previous',
      '2014-03-15',
      '--owner',
      'code',
    );
    expect(html.code).toBe(0);
    expect(html.out.startsWith('<!doctype html>')).toBe(true);
    expect(html.out).toContain('<svg');
    expect(html.out).not.toMatch(/<script|src="http|href="http/);
  });
});
