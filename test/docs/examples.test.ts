/**
 * Runs every `@example` in the source as a program, with `import … from 'civic-metrics'` (or a subpath)
 * pointed at `src/`, and turns each `// => value` line into an assertion on the single-line expression
 * statement just before it. So the documented results cannot drift from the code.
 * `EXAMPLES=trend npx vitest run test/docs` runs only the examples of files whose path contains `trend`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const src = join(root, 'src');
const outDir = join(root, '.tmp', 'examples');
const filter = process.env.EXAMPLES ?? '';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  file: string;
  line: number;
  code: string;
}

/** Extracts the ```ts blocks that follow an `@example` tag in doc comments. */
function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i] ?? '')) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```/.test(lines[j] ?? '')) j++;
    const start = j + 1;
    let k = start;
    while (k < lines.length && !/^\s*\*\s*```/.test(lines[k] ?? '')) k++;
    const body = lines.slice(start, k).map((l) => l.replace(/^\s*\*\s?/, ''));
    out.push({ file, line: start + 1, code: body.join('\n') });
    i = k;
  }
  return out;
}

const entry = (sub: string | undefined) =>
  pathToFileURL(join(src, sub ? join(sub, 'index.ts') : 'index.ts')).href;
const checker = pathToFileURL(join(root, 'test', 'helpers', 'exampleCheck.ts')).href;

/** Turns an example into a module: imports re-pointed, `// =>` lines made into checks. */
function toModule(example: Example): string {
  const where = `${relative(root, example.file)}:${example.line}`;
  const lines = example.code
    .replace(/from '(civic-metrics)(?:\/([a-z]+))?'/g, (_m, _pkg, sub?: string) => `from '${entry(sub)}'`)
    .split('\n');
  const out: string[] = [`import { checkExample as __check } from '${checker}';`];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const arrow = /^\s*\/\/ => (.*)$/.exec(line);
    if (!arrow) {
      out.push(line);
      continue;
    }
    let p = out.length - 1;
    while (p > 0 && (out[p] ?? '').trim() === '') p--;
    const previous = (out[p] ?? '').trim();
    if (
      !/;$/.test(previous) ||
      /^(const|let|var|import|export|if|for|while|return|throw|type|interface)\b/.test(previous)
    ) {
      throw new Error(
        `${where}: the line before '// =>' must be a single-line expression statement, received '${previous}'`,
      );
    }
    const indent = /^\s*/.exec(out[p] ?? '')?.[0] ?? '';
    out[p] = `${indent}__check(${previous.slice(0, -1)}, (${arrow[1]}), '${where}, line ${i + 1}');`;
  }
  return `${out.join('\n')}\nexport {};\n`;
}

const files = walk(src)
  .filter((f) => relative(root, f).includes(filter))
  .sort();
const examples = files.flatMap(examplesOf);

describe('documentation examples', () => {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  it('are present', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  for (const [n, example] of examples.entries()) {
    const name = `${relative(root, example.file)}:${example.line}`;
    it(name, async () => {
      const path = join(outDir, `example-${n}.ts`);
      writeFileSync(path, toModule(example));
      await import(/* @vite-ignore */ pathToFileURL(path).href);
    });
  }
});
