import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The team's read-only `shared/` folder (specs with reference vectors, real datasets), read in place and
 * never copied into the repository. It sits beside the clone (`../shared`); `CIVIC_METRICS_SHARED`
 * overrides the location. On a user's fresh clone it is absent and the tests that need it skip, saying so.
 */
export const sharedDir = resolve(
  process.env.CIVIC_METRICS_SHARED ??
    join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared'),
);

/** Whether `shared/` is present. */
export const hasShared = existsSync(join(sharedDir, 'specs'));

/** The reason printed when tests skip for want of `shared/`. */
export const sharedSkipReason = `skipped: ${sharedDir} is absent (reference specs and datasets live outside the repository; CI provides them)`;

if (!hasShared) console.warn(sharedSkipReason);

/** Absolute path of a file under `shared/`. */
export function sharedPath(...parts: string[]): string {
  return join(sharedDir, ...parts);
}

/** Reads and parses a JSON file under `shared/`. */
export function readSharedJson<T = unknown>(...parts: string[]): T {
  return JSON.parse(readFileSync(sharedPath(...parts), 'utf8')) as T;
}

/** Reads a text file under `shared/`. */
export function readSharedText(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}
