import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { generate } from '../../../scripts/wasm.mjs';

describe('the WebAssembly slope pass', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('is the committed compilation of slopePass.wat (npm run wasm regenerates it)', async () => {
    const committed = readFileSync(
      new URL('../../../src/trend/internal/slopePassWasm.ts', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(await generate());
  });

  it('falls back to JavaScript with the same result where WebAssembly is not available', async () => {
    const x = Float64Array.from({ length: 150 }, (_, i) => Math.sin(i) * 10 + 0.03 * i);
    const t = Float64Array.from({ length: 150 }, (_, i) => i);
    const withWasm = await import('../../../src/trend/internal/pairwiseSlopes.js');
    const expected = withWasm.middleSlopes([{ t, x }]);
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    const pass = await import('../../../src/trend/internal/wasmSlopePass.js');
    expect(pass.wasmBracketPass(x, null, 0, 1, new Float64Array(20_000), 0)).toBe(-1);
    const withoutWasm = await import('../../../src/trend/internal/pairwiseSlopes.js');
    expect(withoutWasm.middleSlopes([{ t, x }])).toEqual(expected);
  });

  it('agrees with the JavaScript loop on irregular times', async () => {
    const { middleSlopes } = await import('../../../src/trend/internal/pairwiseSlopes.js');
    const { setWasmSlopePass } = await import('../../../src/trend/internal/wasmSlopePass.js');
    const t = Float64Array.from({ length: 140 }, (_, i) => i * 1.5 + (i % 4) * 0.1);
    const x = Float64Array.from({ length: 140 }, (_, i) => Math.cos(i * 0.7) * 3 + 0.01 * i);
    const fast = middleSlopes([{ t, x }]);
    setWasmSlopePass(false);
    const slow = middleSlopes([{ t, x }]);
    setWasmSlopePass(true);
    expect(fast).toEqual(slow);
  });
});
