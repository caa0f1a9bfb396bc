import { SLOPE_PASS_WASM } from './slopePassWasm.js';

/**
 * The bracket pass of `middleSlopes` in WebAssembly (slopePass.wat), with the JavaScript loop as the
 * fallback wherever WebAssembly is missing or not allowed (a content security policy without
 * 'wasm-unsafe-eval'): both form the same IEEE 754 slopes in the same order, so results never depend on
 * which one ran. The module (under 1 KiB) is compiled synchronously on first use; its memory holds one
 * series and the slopes kept from it, and grows up to MAX_BYTES (larger series use the JavaScript loop).
 */
interface Kernel {
  readonly memory: WebAssembly.Memory;
  readonly below: WebAssembly.Global;
  unit(n: number, lo: number, hi: number, out: number): number;
  timed(n: number, lo: number, hi: number, out: number): number;
}

const PAGE = 65_536;
const MAX_BYTES = 64 * PAGE;
let kernel: Kernel | null | undefined;
let heap: Float64Array | undefined;
let enabled = true;

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function load(): Kernel | null {
  if (kernel !== undefined) return kernel;
  try {
    const module = new WebAssembly.Module(decode(SLOPE_PASS_WASM));
    kernel = new WebAssembly.Instance(module, {}).exports as unknown as Kernel;
  } catch {
    kernel = null;
  }
  return kernel;
}

/** Turns the WebAssembly path off (`false`) or back on, so tests can compare both paths. Internal. */
export function setWasmSlopePass(on: boolean): void {
  enabled = on;
}

/**
 * Runs the pass over one series in WebAssembly: appends the slopes in [lo, hi] to `out` from `kept` on
 * and returns the new `kept`, or −1 when WebAssembly is unavailable or the series is too large for its
 * memory (the caller then runs the JavaScript loop). `t` is `null` for consecutive integer times. The count
 * of slopes below `lo` is then read with {@link wasmBelow}.
 */
export function wasmBracketPass(
  x: Float64Array,
  t: Float64Array | null,
  lo: number,
  hi: number,
  out: Float64Array,
  kept: number,
): number {
  if (!enabled) return -1;
  const k = load();
  if (k === null) return -1;
  const n = x.length;
  const outAt = (t === null ? 8 * n : 16 * n) + 8;
  const needed = outAt + 4 * n * (n - 1) + 8;
  if (needed > MAX_BYTES || kept + (n * (n - 1)) / 2 > out.length) return -1;
  if (k.memory.buffer.byteLength < needed)
    k.memory.grow(Math.ceil((needed - k.memory.buffer.byteLength) / PAGE));
  if (heap === undefined || heap.buffer !== k.memory.buffer) heap = new Float64Array(k.memory.buffer);
  heap.set(x, 0);
  if (t !== null) heap.set(t, n);
  const count = t === null ? k.unit(n, lo, hi, outAt) : k.timed(n, lo, hi, outAt);
  out.set(heap.subarray(outAt / 8, outAt / 8 + count), kept);
  return kept + count;
}

/** The number of slopes below `lo` in the last {@link wasmBracketPass}. */
export function wasmBelow(): number {
  return (kernel as Kernel).below.value as number;
}
