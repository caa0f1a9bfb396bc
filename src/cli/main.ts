import { CivicMetricsError } from '../errors/index.js';
import { chartCommand } from './chart.js';
import { evaluateCommand } from './evaluate.js';
import { CliInputError, type CliIo } from './io.js';
import { trendCommand } from './trend.js';
import { validateCommand } from './validate.js';

export const mainHelp = `Usage: civic-metrics <command> [options]

The command line of civic-metrics, the calculation core of government performance management.

Commands:
  validate <plan.json>   check a plan and report every problem with its path
  evaluate <plan.json>   evaluate a plan as of a date: scores, statuses, trends, late data, briefing
  trend <series.csv>     Mann-Kendall trend test with Sen's slope
  chart <series.csv>     XmR control chart as SVG (or a Vega-Lite spec)

Run 'civic-metrics <command> --help' for a command's options.
Exit codes: 0 success, 2 invalid input, 1 unexpected failure.
Results go to standard output; progress and errors to standard error.`;

const COMMANDS: Record<string, (argv: string[], io: CliIo) => number> = {
  validate: validateCommand,
  evaluate: evaluateCommand,
  trend: trendCommand,
  chart: chartCommand,
};

/** Runs the CLI on its arguments and returns the exit code. */
export function run(argv: string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(`${mainHelp}\n`);
    return command === undefined ? 2 : 0;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    io.err(
      `civic-metrics: unknown command '${command}'. Commands: ${Object.keys(COMMANDS).join(', ')}. See civic-metrics --help.\n`,
    );
    return 2;
  }
  try {
    return handler(rest, io);
  } catch (error) {
    if (error instanceof CliInputError || error instanceof CivicMetricsError) {
      io.err(`civic-metrics ${command}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`civic-metrics ${command}: ${error.message}. See civic-metrics ${command} --help.\n`);
      return 2;
    }
    io.err(
      `civic-metrics ${command}: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  }
}
