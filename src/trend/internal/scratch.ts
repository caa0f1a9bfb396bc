/**
 * Reusable Float64Array buffers for temporaries that never leave a call. Allocating a typed array of more
 * than 64 bytes costs V8 an off-heap backing store (about a microsecond for 120 doubles, plus garbage
 * collection work), which dominated the small fixed costs of a Mann-Kendall test on a plan's thousands of
 * series. Each slot is used by one function at a time (every use is synchronous and does not call another
 * user of the same slot); buffers above LIMIT elements are allocated afresh, so no large buffer is kept.
 */
const LIMIT = 1 << 14;
const slots: Float64Array[] = [];

/** Slots: 0 and 1 for kendallScore, 2 for median. */
export function scratch(slot: number, length: number): Float64Array {
  if (length > LIMIT) return new Float64Array(length);
  let buffer = slots[slot];
  if (buffer === undefined || buffer.length < length) {
    buffer = new Float64Array(Math.min(LIMIT, Math.max(length, 2 * (buffer?.length ?? 64))));
    slots[slot] = buffer;
  }
  return buffer.subarray(0, length);
}
