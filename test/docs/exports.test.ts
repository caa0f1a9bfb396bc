/**
 * Every public export (everything reachable from `src/index.ts`) has a doc comment with an `@example`,
 * and every subpath's exports are re-exported from the root.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const program = ts.createProgram([join(root, 'src', 'index.ts')], {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

function exportsOf(file: string): ts.Symbol[] {
  const source = program.getSourceFile(join(root, file));
  if (!source) throw new Error(`${file} is not in the program`);
  const symbol = checker.getSymbolAtLocation(source);
  return symbol ? checker.getExportsOfModule(symbol) : [];
}

describe('public API documentation', () => {
  const exported = exportsOf('src/index.ts');

  it('exports something', () => {
    expect(exported.length).toBeGreaterThan(10);
  });

  it('every export has a doc comment with an @example', () => {
    const missing: string[] = [];
    for (const symbol of exported) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declarations = target.getDeclarations() ?? [];
      const documented = declarations.some((declaration) => {
        let node: ts.Node = declaration;
        if (ts.isVariableDeclaration(node)) node = node.parent.parent;
        return ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'example');
      });
      if (!documented) missing.push(symbol.getName());
    }
    expect(missing, `exports without an @example: ${missing.join(', ')}`).toEqual([]);
  });

  it('every area is re-exported from the root', () => {
    const names = new Set(exported.map((s) => s.getName()));
    for (const area of ['model', 'periods', 'scoring', 'trend', 'spc', 'rollup', 'report', 'charts']) {
      for (const symbol of exportsOf(`src/${area}/index.ts`)) {
        expect(names.has(symbol.getName()), `${area} exports ${symbol.getName()}`).toBe(true);
      }
    }
  });
});
