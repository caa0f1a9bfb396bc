/**
 * Runs every `@example` in src/trend the way the documentation promises: `civic-metrics` and
 * `civic-metrics/trend` resolve to this area's source, and each `// => X` line asserts that the single-line
 * expression just before it deep-equals X, numbers rounded to the decimals written in X.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as trend from '../../src/trend/index.js';

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'trend');

function examples(file: string): string[] {
  const text = readFileSync(join(srcDir, file), 'utf8');
  const out: string[] = [];
  const pattern = /@example\s*\n((?:\s*\*.*\n)+?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g;
  for (const match of text.matchAll(pattern)) {
    out.push(
      match[2]!
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n'),
    );
  }
  // Examples whose fence directly follows the tag.
  const direct = /@example\n\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g;
  for (const match of text.matchAll(direct)) {
    out.push(
      match[1]!
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n'),
    );
  }
  return [...new Set(out)];
}

function decimals(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** Deep-equals with numbers rounded to the decimals written in the expected source. */
function check(actual: unknown, expected: unknown, source: string): void {
  const numbers = source.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? [];
  let next = 0;
  const walk = (a: unknown, e: unknown): void => {
    if (typeof e === 'number') {
      const written = numbers[next++] ?? String(e);
      expect(typeof a).toBe('number');
      if (/e/.test(written)) expect(a).toBe(e);
      else {
        const d = decimals(written);
        expect(Number((a as number).toFixed(d))).toBe(Number(e.toFixed(d)));
      }
      return;
    }
    if (Array.isArray(e)) {
      expect(Array.isArray(a)).toBe(true);
      expect((a as unknown[]).length).toBe(e.length);
      e.forEach((item, i) => {
        walk((a as unknown[])[i], item);
      });
      return;
    }
    if (e !== null && typeof e === 'object') {
      expect(typeof a).toBe('object');
      expect(Object.keys(a as object).sort()).toEqual(Object.keys(e).sort());
      for (const key of Object.keys(e))
        walk((a as Record<string, unknown>)[key], (e as Record<string, unknown>)[key]);
      return;
    }
    expect(a).toEqual(e);
  };
  walk(actual, expected);
}

function run(code: string): number {
  const lines = code.split('\n');
  const body: string[] = [];
  let assertions = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^import type /.test(line)) continue;
    const imported = /^import \{(.*)\} from 'civic-metrics(?:\/trend)?';$/.exec(line);
    if (imported) {
      const names = imported[1]!
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '' && !name.startsWith('type '));
      body.push(`const { ${names.join(', ')} } = __lib;`);
      continue;
    }
    const arrow = /^\/\/ => (.*)$/.exec(line);
    if (arrow) {
      const previous = body.pop()!;
      const expression = previous.replace(/;\s*$/, '');
      body.push(`__check((${expression}), (${arrow[1]}), ${JSON.stringify(arrow[1])});`);
      assertions++;
      continue;
    }
    body.push(line);
  }
  const js = ts.transpileModule(body.join('\n'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
  }).outputText;
  new Function('__lib', '__check', js)(trend, check);
  return assertions;
}

const files = readdirSync(srcDir).filter((file) => file.endsWith('.ts') && file !== 'index.ts');

describe('trend @example blocks', () => {
  for (const file of files) {
    it(`${file}: every export has a runnable example`, () => {
      const blocks = examples(file);
      expect(blocks.length, `${file} has no @example`).toBeGreaterThan(0);
      for (const block of blocks) run(block);
    });
  }
  it('function examples assert their results', () => {
    let total = 0;
    for (const file of files) for (const block of examples(file)) total += run(block);
    expect(total).toBeGreaterThanOrEqual(10);
  });
});
