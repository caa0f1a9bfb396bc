/**
 * Scales for the charts: a linear value scale with "nice" ticks (steps of 1, 2 or 5 times a power of ten,
 * as d3-array's `ticks`), and evenly spaced positions for periods.
 */

/** A linear scale from a value domain to a pixel range (y grows downwards). */
export interface LinearScale {
  /** The (nice) domain. */
  readonly domain: readonly [number, number];
  /** Tick values, exact multiples of `step` printed without float noise. */
  readonly ticks: readonly number[];
  /** The tick step. */
  readonly step: number;
  /** Value to pixel. */
  (value: number): number;
}

/** The tick step for a span and a wanted number of ticks: 1, 2 or 5 times a power of ten. */
export function tickStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/** A multiple of a step, without the float noise of k * step (0.1 * 3 → 0.3, not 0.30000000000000004). */
function multiple(k: number, step: number): number {
  return Number((k * step).toPrecision(12));
}

/**
 * A linear scale whose domain covers `[min, max]` extended to whole tick steps, mapped to
 * `[pixelBottom - inset, pixelTop + inset]` (so marks at the ends stay clear of the frame); `fixed` keeps
 * `[min, max]` as the domain. A span too small to tell from rounding is widened by 10% of the value (by 1
 * near zero) on each side.
 */
export function linearScale(
  min: number,
  max: number,
  pixelBottom: number,
  pixelTop: number,
  count = 5,
  fixed = false,
  inset = 0,
): LinearScale {
  let lo = min;
  let hi = max;
  const magnitude = Math.max(Math.abs(lo), Math.abs(hi));
  // A span too small to tell from rounding (or none) is widened by 10% of the value, or by 1 near zero.
  if (!(hi - lo > magnitude * 1e-9) || !(hi - lo > 1e-200)) {
    const pad = magnitude > 1e-200 ? magnitude * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const step = tickStep(hi - lo, count);
  const d0 = fixed ? lo : multiple(Math.floor(lo / step + 1e-9), step);
  const d1 = fixed ? hi : multiple(Math.ceil(hi / step - 1e-9), step);
  const ticks: number[] = [];
  const first = Math.ceil(d0 / step - 1e-9);
  const last = Math.floor(d1 / step + 1e-9);
  for (let k = first; k <= last; k++) ticks.push(multiple(k, step));
  const span = d1 - d0;
  const bottom = pixelBottom - inset;
  const top = pixelTop + inset;
  const scale = ((value: number) => bottom - ((value - d0) / span) * (bottom - top)) as LinearScale & {
    domain: readonly [number, number];
    ticks: readonly number[];
    step: number;
  };
  Object.assign(scale, { domain: [d0, d1] as const, ticks, step });
  return scale;
}

/** Positions of `n` evenly spaced periods across `[left, right]`: centres of n equal bands. */
export function bandCentres(
  n: number,
  left: number,
  right: number,
): { x: (i: number) => number; band: number } {
  const band = (right - left) / Math.max(1, n);
  return { x: (i) => left + (i + 0.5) * band, band };
}

/**
 * The smallest k such that printing every k-th period label leaves each label room (labels are counted
 * back from the latest, so the latest period is always labelled).
 */
export function labelStride(band: number, maxChars: number, charWidth: number): number {
  const need = maxChars * charWidth + 10;
  return Math.max(1, Math.ceil(need / Math.max(band, 1e-9)));
}

/** Nice label strides: every 1, 2, 3, 4, 6 or 12 periods, then multiples of 12. */
export function niceStride(minimum: number): number {
  for (const s of [1, 2, 3, 4, 6, 12]) if (s >= minimum) return s;
  return Math.ceil(minimum / 12) * 12;
}
