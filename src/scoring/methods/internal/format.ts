/** A number as shown in explanation summaries: at most 4 decimals, no trailing zeros. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const rounded = Math.round(x * 1e4) / 1e4;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A share as a percentage rounded to one decimal for summaries, e.g. 0.82916 → '82.9%', 0.0099915 → '1%'. */
export function pct(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const rounded = Math.round(x * 1000) / 10;
  return `${Object.is(rounded, -0) ? 0 : rounded}%`;
}
