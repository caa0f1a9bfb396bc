import { parseArgs } from 'node:util';
import { renderHtml } from '../charts/index.js';
import { safeParsePlan } from '../model/index.js';
import { renderCsv, renderMarkdown } from '../report/index.js';
import { formatFigure } from '../report/internal/format.js';
import { evaluatePlan, type PlanReport } from '../rollup/index.js';
import { CliInputError, type CliIo, textTable } from './io.js';
import { loadPlanInput } from './validate.js';

export const evaluateHelp = `Usage: civic-metrics evaluate <plan.json> --as-of <YYYY-MM-DD> [--observations obs.csv --map mapping.json]
                              [--format table|markdown|html|json|csv] [--owner ID] [--previous <YYYY-MM-DD>]

Evaluates a plan as of a date: every indicator scored against its target, trended and charted, every goal
rolled up, every owner's results and late data. Prints the result on standard output.

Options:
  --as-of <date>         the day the report is as of (required)
  --observations <file>  CSV of observations to add to the plan
  --map <file>           JSON column mapping for --observations
  --format <name>        table (default), markdown (the Stat-meeting briefing), html (the briefing with
                         charts, one self-contained file), json (the full report) or csv
  --owner <id>           only this owner's part of the plan
  --previous <date>      also evaluate as of this earlier day and report what changed since (markdown, html)
  -h, --help             show this help

Exit codes: 0 done, 2 invalid input (an invalid plan prints its problems), 1 unexpected failure.`;

const FORMATS = ['table', 'markdown', 'html', 'json', 'csv'];

/** `civic-metrics evaluate`. */
export function evaluateCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      observations: { type: 'string' },
      map: { type: 'string' },
      format: { type: 'string', default: 'table' },
      owner: { type: 'string' },
      previous: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${evaluateHelp}\n`);
    return 0;
  }
  const [planPath] = positionals;
  if (planPath === undefined)
    throw new CliInputError('evaluate needs a plan file: civic-metrics evaluate <plan.json> --as-of <date>');
  const asOf = values['as-of'];
  if (asOf === undefined) throw new CliInputError('evaluate needs --as-of <YYYY-MM-DD>');
  if (!FORMATS.includes(values.format)) {
    throw new CliInputError(`--format must be one of ${FORMATS.join(', ')}, received '${values.format}'`);
  }
  const parsed = safeParsePlan(loadPlanInput(planPath, values.observations, values.map, io));
  if (!parsed.success) {
    io.err(
      `civic-metrics evaluate: ${planPath} is not a valid plan (${parsed.error.issues.length} problem(s)):\n`,
    );
    for (const issue of parsed.error.issues.slice(0, 50))
      io.err(`  ${issue.path || '(plan)'}  [${issue.code}]  ${issue.message}\n`);
    return 2;
  }
  const plan = parsed.data;
  if (plan.observations.length > 100_000)
    io.err(`evaluating ${plan.indicators.length.toLocaleString('en')} indicators…\n`);
  const report = evaluatePlan(plan, { asOf });
  const previous: PlanReport | undefined = values.previous
    ? evaluatePlan(plan, { asOf: values.previous })
    : undefined;
  const owner = values.owner;
  if (owner !== undefined && !report.owners.some((o) => o.id === owner)) {
    throw new CliInputError(
      `--owner must be an owner id of the plan (${report.owners.map((o) => o.id).join(', ')}), received '${owner}'`,
    );
  }
  switch (values.format) {
    case 'json':
      io.out(`${JSON.stringify(report, null, 2)}\n`);
      break;
    case 'csv':
      io.out(renderCsv(report, owner === undefined ? {} : { owner }));
      break;
    case 'html':
      io.out(
        renderHtml(report, {
          plan,
          ...(owner === undefined ? {} : { owner }),
          ...(previous === undefined ? {} : { previous }),
        }),
      );
      break;
    case 'markdown':
      io.out(
        renderMarkdown(report, {
          ...(owner === undefined ? {} : { owner }),
          ...(previous === undefined ? {} : { previous }),
        }),
      );
      break;
    default: {
      const ids =
        owner === undefined ? null : new Set(report.owners.find((o) => o.id === owner)?.subtree.ownerIds);
      const rows = report.indicators
        .filter((i) => ids === null || (i.ownerId !== null && ids.has(i.ownerId)))
        .map((i) => [
          i.id,
          i.status,
          i.latest ? `${formatFigure(i.latest.exact, i.unit, i.decimals)} (${i.latest.period})` : '-',
          i.target
            ? `${
                i.target.range
                  ? `${formatFigure(i.target.range.min, i.unit, i.decimals)}..${formatFigure(i.target.range.max, i.unit, i.decimals)}`
                  : formatFigure(i.target.exact ?? i.target.value, i.unit, i.decimals)
              } (${i.target.period})`
            : '-',
          i.progress.display?.percentOfTarget ?? '-',
          i.trend.status === 'ok' ? i.trend.reading : i.trend.status,
          i.freshness.status,
          i.ownerId ?? '-',
        ]);
      io.out(
        `${textTable(['indicator', 'status', 'latest', 'target', '% of target', 'trend', 'data', 'owner'], rows)}\n`,
      );
    }
  }
  return 0;
}
