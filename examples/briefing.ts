/**
 * The main example: the Stat-meeting briefing of the illustrative Riverton plan in
 * `examples/data/city-plan.json` (built around the BlightStat figures). It validates the plan, evaluates it
 * as of the day before the April 2014 meeting and as of the March meeting, and prints the briefing a
 * performance manager would hand to the mayor: goals by status and what drives them, indicators off track
 * with the reason, late data by owner, and what changed since the last meeting.
 *
 * Run it with `npm run example`; pass another as-of date as an argument (`npm run example -- 2013-12-31`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluatePlan, parsePlan, renderMarkdown } from '../src/index.js';

const file = join(dirname(fileURLToPath(import.meta.url)), 'data', 'city-plan.json');
const plan = parsePlan(JSON.parse(readFileSync(file, 'utf8')));

const asOf = process.argv[2] ?? '2014-04-15';
const previousAsOf = process.argv[3] ?? '2014-03-15';
const report = evaluatePlan(plan, { asOf });
const previous = evaluatePlan(plan, { asOf: previousAsOf });

process.stdout.write(
  renderMarkdown(report, { previous, title: `Riverton Stat: briefing for the meeting after ${asOf}` }),
);
