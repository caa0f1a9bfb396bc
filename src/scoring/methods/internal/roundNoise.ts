/** Rounds to 12 decimal places, removing the noise of binary floating point from sums of decimal grades. */
export function roundNoise(x: number): number {
  return Math.round(x * 1e12) / 1e12;
}
