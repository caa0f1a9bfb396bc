import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/index.js';
import { parsePlan } from '../../src/model/index.js';
import { renderCsv, renderMarkdown } from '../../src/report/index.js';
import { formatFigure, formatShare, statusLabel } from '../../src/report/internal/format.js';
import { evaluatePlan } from '../../src/rollup/index.js';

/**
 * A small plan whose figures are checked by hand:
 * - permits: 90 of a 100 target (increase, annual) → 90.0% of target, at risk under the default RAG bands;
 * - inspections: 96 days against 80 (decrease, no baseline) → target/current = 83.3%;
 * - fines: USD 1234567.891 reported, shown to 2 decimals as USD 1,234,567.89 (half away from zero);
 * - late: a monthly figure due 10 days after 2024-01 (2024-02-10) and not in by 2024-03-01.
 */
const plan = parsePlan({
  id: 'p',
  name: 'Riverton',
  owners: [
    { id: 'dept', name: 'Permits & Inspections', kind: 'department' },
    { id: 'team', name: 'Inspections | Field', kind: 'team', parentId: 'dept' },
    { id: 'fin', name: 'Finance', kind: 'department' },
  ],
  goals: [
    {
      id: 'g',
      name: 'Fast permits',
      ownerId: 'dept',
      children: [{ indicatorId: 'permits' }, { indicatorId: 'days' }],
    },
  ],
  indicators: [
    {
      id: 'permits',
      name: 'Permits issued on time',
      polarity: 'increase',
      frequency: 'year',
      aggregation: 'sum',
      unit: { type: 'count', label: 'permits' },
      decimals: 0,
      targets: [{ period: '2023', value: 100 }],
      ownerId: 'dept',
    },
    {
      id: 'days',
      name: 'Days to inspection',
      polarity: 'decrease',
      frequency: 'month',
      aggregation: 'mean',
      unit: { type: 'duration', timeUnit: 'days' },
      decimals: 1,
      targets: [{ period: '2023-12', value: 80 }],
      ownerId: 'team',
      reportingLagDays: 10,
    },
    {
      id: 'fines',
      name: 'Fines collected',
      polarity: 'neutral',
      frequency: 'year',
      aggregation: 'sum',
      unit: { type: 'currency', currency: 'USD' },
      decimals: 2,
      ownerId: 'fin',
    },
  ],
  observations: [
    { indicatorId: 'permits', period: '2023', value: 90 },
    { indicatorId: 'days', period: '2023-11', value: 100 },
    { indicatorId: 'days', period: '2023-12', value: 96 },
    { indicatorId: 'fines', period: '2023', value: '1234567.891' },
  ],
});
const report = evaluatePlan(plan, { asOf: '2024-03-01' });
const previous = evaluatePlan(plan, { asOf: '2024-01-05' });

describe('renderMarkdown', () => {
  const md = renderMarkdown(report, { previous });

  it('has the briefing sections in order', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Riverton: Stat briefing',
      '## Headline',
      '## Goals and what drives them',
      '## Indicators off track or at risk',
      '### Permits issued on time: At risk',
      '### Days to inspection: Off track',
      '## Late and missing data, by owner',
      '## Since the last meeting (2024-01-05)',
      '## Every indicator',
    ]);
  });

  it('shows hand-checked figures with units, separators and exact rounding', () => {
    expect(md).toContain('- Latest: 90 permits (2023); target 100 permits by 2023');
    expect(md).toContain('- Percent of target: 90.0%');
    expect(md).toContain('- Latest: 96.0 days (2023-12); target 80.0 days by 2023-12');
    expect(md).toContain('- Percent of target: 83.3%');
    expect(md).toContain('USD 1,234,567.89 (2023)');
  });

  it('lists late data by owner, escaping table cells', () => {
    expect(md).toContain('| Inspections \\| Field | Days to inspection | Late | 2024-01 | 2024-02-10 | 1 |');
  });

  it('reports what changed since the last meeting', () => {
    const since = md.slice(md.indexOf('## Since the last meeting'), md.indexOf('## Every indicator'));
    expect(since).toContain('Data for **Days to inspection** is now late (expected 2024-01, due 2024-02-10)');
  });

  it('filters to an owner subtree, and rejects an unknown owner', () => {
    const team = renderMarkdown(report, { owner: 'team' });
    expect(team).toContain('As of 2024-03-01, for Inspections | Field.');
    expect(team).toContain('Days to inspection');
    expect(team).not.toContain('Permits issued on time');
    expect(() => renderMarkdown(report, { owner: 'nobody' })).toThrow(ArgumentError);
  });

  it('is deterministic and does not mutate the report', () => {
    const before = JSON.stringify(report);
    expect(renderMarkdown(report, { previous })).toBe(md);
    expect(JSON.stringify(report)).toBe(before);
  });

  it('handles an empty plan', () => {
    const empty = renderMarkdown(evaluatePlan(parsePlan({ id: 'e', name: 'Empty' }), { asOf: '2024-01-01' }));
    expect(empty).toContain('No goals.');
    expect(empty).toContain('None: every scored indicator is on track.');
    expect(empty).toContain('All data due is in.');
  });
});

describe('renderCsv', () => {
  it('one row per indicator with a header, quoted as RFC 4180 requires', () => {
    const lines = renderCsv(report).trimEnd().split('\n');
    expect(
      lines[0]?.startsWith('id,name,owner_id,polarity,frequency,latest_period,latest_value,target_period'),
    ).toBe(true);
    expect(lines).toHaveLength(4);
    expect(
      lines[1]?.startsWith('permits,Permits issued on time,dept,increase,year,2023,90,2023,100,90,0.9,'),
    ).toBe(true);
    expect(lines[3]).toContain('fines,Fines collected,fin,neutral,year,2023,1234567.891');
  });

  it('goals, owners and late tables, CRLF on request', () => {
    expect(renderCsv(report, { table: 'goals' }).split('\n')[0]).toBe(
      'id,name,owner_id,depth,method,score,status,children,with_data,coverage,top_driver,explanation',
    );
    const owners = renderCsv(report, { table: 'owners', newline: '\r\n' });
    expect(owners.split('\r\n')[2]).toMatch(/^team,Inspections \| Field,team,dept,1,0,/);
    expect(renderCsv(report, { table: 'late' })).toBe(
      'owner_id,indicator_id,indicator,data,expected_period,due_date,latest_period,periods_overdue\nteam,days,Days to inspection,late,2024-01,2024-02-10,2023-12,1\n',
    );
    expect(renderCsv(report, { table: 'late', owner: 'fin' })).toBe('\n');
  });
});

describe('report formatting', () => {
  it('formats figures exactly', () => {
    expect(formatFigure('0.125', null, 2)).toBe('0.13');
    expect(formatFigure(-2.5, null, 0)).toBe('-3');
    expect(formatFigure(0.1 + 0.2, { type: 'percent' }, null)).toBe('0.3%');
    expect(formatFigure(12.5, { type: 'rate', per: 100000 }, 1)).toBe('12.5 per 100,000');
    expect(formatFigure(3, { type: 'custom', label: 'stars' }, 0)).toBe('3 stars');
    expect(formatFigure(3, { type: 'ratio' }, 0)).toBe('3');
    expect(formatFigure(null, null, 0)).toBe('–');
    expect(formatFigure('abc', null, 0)).toBe('abc');
    expect(formatShare(0.8421)).toBe('84%');
    expect(formatShare(null)).toBe('–');
    expect(statusLabel('not_due')).toBe('Not due');
  });
});
