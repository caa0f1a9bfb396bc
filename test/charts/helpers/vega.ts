/**
 * Checks a Vega-Lite spec the way a notebook would use it: valid against the Vega-Lite JSON schema shipped
 * in the vega-lite package (with ajv), compiled by vega-lite's `compile` without warnings, parsed by vega,
 * and rendered headless to SVG by a vega `View`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import * as vega from 'vega';
import { compile } from 'vega-lite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const schemaPath = join(root, 'node_modules', 'vega-lite', 'build', 'vega-lite-schema.json');

let validator: ReturnType<Ajv['compile']> | undefined;

/** Schema errors of a spec (empty when valid). */
export function schemaErrors(spec: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv({
      strict: false,
      allowUnionTypes: true,
      formats: { 'color-hex': /^#(?:[0-9a-fA-F]{3}){1,2}$/, 'uri-reference': true, uri: true },
    });
    validator = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  }
  if (validator(spec)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Compiles a copy with vega-lite (collecting its warnings), parses with vega and renders to an SVG string. */
export async function compileAndRender(
  spec: unknown,
): Promise<{ warnings: string[]; svg: string; vg: unknown }> {
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...m: unknown[]) => {
      throw new Error(m.join(' '));
    },
    warn: (...m: unknown[]) => {
      warnings.push(m.join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  // vega adds ids to the data rows in place, so it gets a copy.
  const { spec: vg } = compile(structuredClone(spec) as never, { logger: logger as never });
  const runtime = vega.parse(vg);
  const view = new vega.View(runtime, { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return { warnings, svg, vg };
}
