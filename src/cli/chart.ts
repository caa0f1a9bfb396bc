import { parseArgs } from 'node:util';
import { spcChartSvg, toVegaLite } from '../charts/index.js';
import { type SpcRuleset, xmrChart } from '../spc/index.js';
import { CliInputError, type CliIo, readCsv } from './io.js';

export const chartHelp = `Usage: civic-metrics chart <series.csv> [--column value] [--period-column period]
                           [--improvement increase|decrease|neutral] [--target N] [--rebase PERIOD[,PERIOD]]
                           [--ruleset nhs|anhoej|western-electric|nelson] [--title TEXT] [--percent] [--vega-lite]

Draws an XmR control chart (NHS Making Data Count style by default) of a series in a CSV file, one row per
period in time order, as SVG on standard output; blank cells and NA are missing values.

Options:
  --column <name>         the column of values (default: value)
  --period-column <name>  the column of period labels for the axis (default: period, if present)
  --improvement <dir>     which direction is better (default: neutral)
  --target <number>       the target line, and the assurance icon
  --rebase <periods>      comma-separated periods where the limits are recalculated
  --ruleset <name>        special-cause rules (default: nhs)
  --title <text>          the chart title (default: the file name)
  --percent               values are fractions shown as percentages
  --vega-lite             print a Vega-Lite spec (JSON) instead of SVG
  -h, --help              show this help

Exit codes: 0 done, 2 invalid input, 1 unexpected failure.`;

const MISSING = new Set(['', 'NA', 'N/A', 'n/a', 'null', '-', '..']);
const RULESETS: SpcRuleset[] = ['nhs', 'anhoej', 'western-electric', 'nelson'];

/** `civic-metrics chart`. */
export function chartCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      column: { type: 'string', default: 'value' },
      'period-column': { type: 'string', default: 'period' },
      improvement: { type: 'string', default: 'neutral' },
      target: { type: 'string' },
      rebase: { type: 'string' },
      ruleset: { type: 'string', default: 'nhs' },
      title: { type: 'string' },
      percent: { type: 'boolean' },
      'vega-lite': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${chartHelp}\n`);
    return 0;
  }
  const [file] = positionals;
  if (file === undefined) throw new CliInputError('chart needs a CSV file: civic-metrics chart <series.csv>');
  const improvement = values.improvement;
  if (improvement !== 'increase' && improvement !== 'decrease' && improvement !== 'neutral') {
    throw new CliInputError(`--improvement must be increase, decrease or neutral, received '${improvement}'`);
  }
  if (!RULESETS.includes(values.ruleset as SpcRuleset)) {
    throw new CliInputError(`--ruleset must be one of ${RULESETS.join(', ')}, received '${values.ruleset}'`);
  }
  const target = values.target === undefined ? undefined : Number(values.target);
  if (target !== undefined && !Number.isFinite(target)) {
    throw new CliInputError(`--target must be a number, received '${values.target}'`);
  }
  const rows = readCsv(file, 'series');
  if (rows.length > 0 && !Object.hasOwn(rows[0]!, values.column)) {
    throw new CliInputError(
      `${file} has no column '${values.column}' (columns: ${Object.keys(rows[0]!).join(', ')}); use --column`,
    );
  }
  const series = rows.map((row, i) => {
    const cell = (row[values.column] ?? '').trim();
    if (MISSING.has(cell)) return null;
    const value = Number(cell.replace(/,/g, ''));
    if (!Number.isFinite(value))
      throw new CliInputError(
        `${file}, row ${i + 2}, column ${values.column}: expected a number, received '${cell}'`,
      );
    return value;
  });
  const labels = rows.map((row, i) => row[values['period-column']] ?? String(i + 1));
  const rebase = (values.rebase ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((period) => {
      const index = labels.indexOf(period);
      if (index < 0) throw new CliInputError(`--rebase names period '${period}', which is not in ${file}`);
      return index;
    });
  const chart = xmrChart(series, {
    improvement,
    ruleset: values.ruleset as SpcRuleset,
    ...(target === undefined ? {} : { target }),
    ...(rebase.length > 0 ? { rebase } : {}),
  });
  const title = values.title ?? file.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '');
  const format = values.percent ? { percent: true } : {};
  if (values['vega-lite']) {
    io.out(`${JSON.stringify(toVegaLite(chart, { labels, title, format }), null, 2)}\n`);
  } else {
    io.out(`${spcChartSvg(chart, { labels, title, format })}\n`);
  }
  return 0;
}
