/** Reads the committed SciPy golden file (see test/fixtures/trend/generate_scipy_golden.py). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Golden {
  generator: Record<string, string>;
  exact: { n: number; x: number[]; tau: number; p: number }[];
  theilslopes: {
    name: string;
    x: number[];
    y: number[];
    alpha: number;
    slope: number;
    intercept: number;
    low_slope: number;
    high_slope: number;
  }[];
  linregress: {
    name: string;
    x: number[];
    y: number[];
    alpha: number;
    slope: number;
    intercept: number;
    rvalue: number;
    p: number;
    stderr: number;
    intercept_stderr: number;
    lower: number;
    upper: number;
    t_quantile: number;
  }[];
  normal: { z: number; p: number; exact: number }[];
  student: { t: number; df: number; p: number }[];
}

export const golden: Golden = JSON.parse(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'trend', 'scipy-golden.json'),
    'utf8',
  ),
) as Golden;

/** |actual − expected| ≤ rtol·|expected| (+ atol). */
export function relClose(actual: number, expected: number, rtol: number, atol = 0): boolean {
  return Math.abs(actual - expected) <= rtol * Math.abs(expected) + atol;
}
