/**
 * Constants of the XmR chart, with the exact values the reference implementations use.
 */

/** d2 for moving ranges of two: sigma = MRbar / 1.128 (Montgomery; qicharts2; Wheeler). */
export const D2 = 1.128;

/** Upper range limit factor for moving ranges: URL = 3.267 MRbar (D4 for n = 2; qicharts2, NHSRplotthedots). */
export const URL_FACTOR = 3.267;

/** NHS Making Data Count limit factor: limits at mean +/- 2.66 MRbar (NHSRplotthedots `limit`). */
export const NHS_LIMIT = 2.66;

/** NHS "near the limits" (2-sigma) factor, computed as NHSRplotthedots does: 2 * (2.66 / 3). */
export const NHS_NEAR = 2 * (NHS_LIMIT / 3);

/** NHS 1-sigma factor, 2.66 / 3 (not used by the NHS rules; reported for drawing zones). */
export const NHS_ONE = NHS_LIMIT / 3;

/** Segments with fewer non-missing points than this are flagged `shortGroup` (trial limits). */
export const SHORT_GROUP_THRESHOLD = 13;
