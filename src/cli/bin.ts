#!/usr/bin/env node
/** The `civic-metrics` executable: runs the CLI on the process's arguments and sets its exit code. */
import { run } from './main.js';

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
