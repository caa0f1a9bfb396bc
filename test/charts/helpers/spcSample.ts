/**
 * The sample SPC series shared by the chart tests: 28 weekly or monthly values with a spike (70 at index
 * 12), a missing value (index 15) and a rise from index 16 on, where the tests rebase the chart.
 * `toVegaLite.test.ts` uses the first 24 values.
 */
export const spcSample: readonly (number | null)[] = [
  52,
  55,
  51,
  54,
  53,
  50,
  56,
  52,
  54,
  51,
  53,
  55,
  70,
  54,
  52,
  null,
  53,
  58,
  60,
  61,
  62,
  63,
  64,
  66,
  65,
  64,
  67,
  66,
];
