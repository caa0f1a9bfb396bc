import { parseArgs } from 'node:util';
import { csvField } from '../report/internal/format.js';
import { type MannKendallVariant, mannKendall } from '../trend/index.js';
import { CliInputError, type CliIo, readCsv, textTable } from './io.js';

export const trendHelp = `Usage: civic-metrics trend <series.csv> [--column value] [--period-column period] [--group-column name]
                           [--variant original|hamed-rao|yue-wang|pre-whitening|trend-free-pre-whitening]
                           [--alpha 0.05] [--format table|json|csv]

Runs the Mann-Kendall test with Sen's slope on a series in a CSV file (one row per period, in order).
Blank cells and NA are missing values. With --group-column, one test per group (department, district).

Options:
  --column <name>         the column of values (default: value)
  --period-column <name>  the column of period labels, shown in the output (default: period, if present)
  --group-column <name>   test each group of rows separately
  --variant <name>        the Mann-Kendall variant (default: original)
  --alpha <number>        significance level (default: 0.05)
  --format <name>         table (default), json or csv
  -h, --help              show this help

Exit codes: 0 done, 2 invalid input, 1 unexpected failure.`;

const VARIANTS: MannKendallVariant[] = [
  'original',
  'hamed-rao',
  'yue-wang',
  'pre-whitening',
  'trend-free-pre-whitening',
];
const MISSING = new Set(['', 'NA', 'N/A', 'n/a', 'null', '-', '..']);

/** `civic-metrics trend`. */
export function trendCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      column: { type: 'string', default: 'value' },
      'period-column': { type: 'string', default: 'period' },
      'group-column': { type: 'string' },
      variant: { type: 'string', default: 'original' },
      alpha: { type: 'string', default: '0.05' },
      format: { type: 'string', default: 'table' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${trendHelp}\n`);
    return 0;
  }
  const [file] = positionals;
  if (file === undefined) throw new CliInputError('trend needs a CSV file: civic-metrics trend <series.csv>');
  if (!VARIANTS.includes(values.variant as MannKendallVariant)) {
    throw new CliInputError(`--variant must be one of ${VARIANTS.join(', ')}, received '${values.variant}'`);
  }
  if (!['table', 'json', 'csv'].includes(values.format)) {
    throw new CliInputError(`--format must be table, json or csv, received '${values.format}'`);
  }
  const alpha = Number(values.alpha);
  const rows = readCsv(file, 'series');
  const column = values.column;
  if (rows.length > 0 && !Object.hasOwn(rows[0]!, column)) {
    throw new CliInputError(
      `${file} has no column '${column}' (columns: ${Object.keys(rows[0]!).join(', ')}); use --column`,
    );
  }
  const groups = new Map<string, Array<number | null>>();
  const periods = new Map<string, string[]>();
  rows.forEach((row, i) => {
    const group = values['group-column'] ? (row[values['group-column']] ?? '') : '';
    const cell = (row[column] ?? '').trim();
    let value: number | null = null;
    if (!MISSING.has(cell)) {
      value = Number(cell.replace(/,/g, ''));
      if (!Number.isFinite(value))
        throw new CliInputError(
          `${file}, row ${i + 2}, column ${column}: expected a number, received '${cell}'`,
        );
    }
    groups.set(group, [...(groups.get(group) ?? []), value]);
    const period = row[values['period-column']];
    if (period !== undefined) periods.set(group, [...(periods.get(group) ?? []), period]);
  });
  const results = [...groups.entries()].map(([group, series]) => {
    const result = mannKendall(series, { variant: values.variant as MannKendallVariant, alpha });
    const labels = periods.get(group);
    return { group, from: labels?.[0] ?? null, to: labels?.at(-1) ?? null, points: series.length, result };
  });
  if (values.format === 'json') {
    io.out(`${JSON.stringify(values['group-column'] ? results : results[0], null, 2)}\n`);
    return 0;
  }
  const header = ['group', 'from', 'to', 'n', 'trend', 'p', 'tau', 's', 'sen_slope', 'intercept'];
  const lines = results.map(({ group, from, to, result }) => {
    if (result.status !== 'ok') {
      return [
        group,
        from ?? '',
        to ?? '',
        String(result.received),
        `insufficient data (needs ${result.required})`,
        '',
        '',
        '',
        '',
        '',
      ];
    }
    const f = (x: number | null, d = 4) =>
      x === null
        ? ''
        : Number(x.toPrecision(6)).toString().length > 10
          ? x.toFixed(d)
          : String(Number(x.toPrecision(6)));
    return [
      group,
      from ?? '',
      to ?? '',
      String(result.n),
      result.trend,
      f(result.p),
      f(result.tau),
      String(result.s),
      f(result.slope),
      f(result.intercept),
    ];
  });
  const keep = values['group-column'] ? header.map((_, i) => i) : header.map((_, i) => i).slice(1);
  if (values.format === 'csv') {
    io.out(
      `${[keep.map((i) => header[i]), ...lines.map((l) => keep.map((i) => l[i]))].map((r) => r.map(csvField).join(',')).join('\n')}\n`,
    );
  } else {
    io.out(
      `${textTable(
        keep.map((i) => header[i]!),
        lines.map((l) => keep.map((i) => l[i]!)),
      )}\n`,
    );
  }
  return 0;
}
