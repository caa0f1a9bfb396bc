import { parseArgs } from 'node:util';
import { type ObservationsFromRowsMapping, observationsFromRows, safeParsePlan } from '../model/index.js';
import { CliInputError, type CliIo, readCsv, readJson } from './io.js';

export const validateHelp = `Usage: civic-metrics validate <plan.json> [--observations obs.csv --map mapping.json] [--json]

Validates a performance plan and prints a summary, or every problem found with its path and code.
Observations in a CSV file are added to the plan first, mapped by a JSON column mapping
(see observationsFromRows in docs/model.md).

Options:
  --observations <file>  CSV of observations to add to the plan
  --map <file>           JSON column mapping for --observations
  --json                 print the issues as JSON
  -h, --help             show this help

Exit codes: 0 valid, 2 invalid input, 1 unexpected failure.`;

/** Loads a plan, adding observations from a CSV file when asked; returns the raw input and row issues. */
export function loadPlanInput(
  planPath: string,
  observationsPath: string | undefined,
  mapPath: string | undefined,
  io: CliIo,
): unknown {
  const input = readJson(planPath, 'plan');
  if (observationsPath === undefined) return input;
  if (mapPath === undefined) throw new CliInputError('--observations needs --map, the JSON column mapping');
  const first = safeParsePlan(input);
  if (!first.success) return input;
  const rows = readCsv(observationsPath, 'observations');
  if (rows.length > 50_000)
    io.err(`reading ${rows.length.toLocaleString('en')} rows from ${observationsPath}…\n`);
  const mapping = readJson(mapPath, 'mapping') as ObservationsFromRowsMapping;
  const { observations, issues } = observationsFromRows(rows, mapping, { plan: first.data });
  if (issues.length > 0) {
    const shown = issues.slice(0, 50).map((i) => `  ${observationsPath}: ${i.message} [${i.code}]`);
    if (issues.length > 50) shown.push(`  … and ${issues.length - 50} more`);
    throw new CliInputError(`${issues.length} bad row value(s) in ${observationsPath}:\n${shown.join('\n')}`);
  }
  return { ...(input as object), observations: [...first.data.observations, ...observations] };
}

/** `civic-metrics validate`. */
export function validateCommand(argv: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      observations: { type: 'string' },
      map: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${validateHelp}\n`);
    return 0;
  }
  const [planPath] = positionals;
  if (planPath === undefined)
    throw new CliInputError('validate needs a plan file: civic-metrics validate <plan.json>');
  const result = safeParsePlan(loadPlanInput(planPath, values.observations, values.map, io));
  if (!result.success) {
    if (values.json) io.out(`${JSON.stringify({ valid: false, issues: result.error.issues }, null, 2)}\n`);
    else {
      io.out(`${planPath}: ${result.error.issues.length} problem(s)\n`);
      for (const issue of result.error.issues)
        io.out(`  ${issue.path || '(plan)'}  [${issue.code}]  ${issue.message}\n`);
    }
    return 2;
  }
  const plan = result.data;
  if (values.json) io.out(`${JSON.stringify({ valid: true, issues: [] }, null, 2)}\n`);
  else {
    io.out(
      `${planPath}: valid. ${plan.goals.length} goals, ${plan.indicators.length} indicators, ${plan.owners.length} owners, ${plan.observations.length} observations.\n`,
    );
  }
  return 0;
}
