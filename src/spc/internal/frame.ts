import type { SpcRule } from '../types.js';

/** Centre line, sigma and limits of one point (or of every point of a segment). */
export interface PointLimits {
  /** Centre line. */
  centre: number;
  /** Sigma estimate (zones of the Western Electric and Nelson rules). */
  sigma: number;
  /** Upper and lower 3-sigma (process) limits. */
  ucl: number;
  lcl: number;
  /** Upper and lower 2-sigma ("near the limits") lines. */
  upper2: number;
  lower2: number;
}

/** Per-point limits (attribute charts, where they vary with the denominator). */
export interface PerPointLimits {
  centre: Float64Array;
  sigma: Float64Array;
  ucl: Float64Array;
  lcl: Float64Array;
  upper2: Float64Array;
  lower2: Float64Array;
}

/**
 * One segment's non-missing points with the centre line, sigma and limits the rules compare against:
 * constant over the segment (XmR, run charts) or per point (p and u charts). Patterns (runs, trends,
 * windows) are evaluated on this compact sequence, so a missing value neither breaks nor extends a pattern
 * and no rule crosses a rebase.
 */
export interface RuleFrame {
  /** Position of each point in the input series. */
  index: Int32Array;
  /** The values. */
  x: Float64Array;
  /** Limits shared by every point (used when `perPoint` is null). */
  constant: PointLimits;
  /** Per-point limits, or null when they are constant. */
  perPoint: PerPointLimits | null;
}

/** Allocates a frame for `n` points with constant limits (filled in by the caller). */
export function allocateFrame(n: number, limits: PointLimits, perPoint = false): RuleFrame {
  return {
    index: new Int32Array(n),
    x: new Float64Array(n),
    constant: limits,
    perPoint: perPoint
      ? {
          centre: new Float64Array(n),
          sigma: new Float64Array(n),
          ucl: new Float64Array(n),
          lcl: new Float64Array(n),
          upper2: new Float64Array(n),
          lower2: new Float64Array(n),
        }
      : null,
  };
}

/** Centre line at point `i`. */
export function centreAt(frame: RuleFrame, i: number): number {
  return frame.perPoint === null ? frame.constant.centre : frame.perPoint.centre[i]!;
}

/** Sigma at point `i`. */
export function sigmaAt(frame: RuleFrame, i: number): number {
  return frame.perPoint === null ? frame.constant.sigma : frame.perPoint.sigma[i]!;
}

/** Upper 3-sigma limit at point `i`. */
export function uclAt(frame: RuleFrame, i: number): number {
  return frame.perPoint === null ? frame.constant.ucl : frame.perPoint.ucl[i]!;
}

/** Lower 3-sigma limit at point `i`. */
export function lclAt(frame: RuleFrame, i: number): number {
  return frame.perPoint === null ? frame.constant.lcl : frame.perPoint.lcl[i]!;
}

/** Upper 2-sigma line at point `i`. */
export function upper2At(frame: RuleFrame, i: number): number {
  return frame.perPoint === null ? frame.constant.upper2 : frame.perPoint.upper2[i]!;
}

/** Lower 2-sigma line at point `i`. */
export function lower2At(frame: RuleFrame, i: number): number {
  return frame.perPoint === null ? frame.constant.lower2 : frame.perPoint.lower2[i]!;
}

/**
 * What a rule set found on one frame: per point, the rules it is part of (a bit mask over the rule set's
 * rule table), the precedence winner (bit number, or -1 for none) and the winner's direction.
 */
export interface FrameOutcome {
  /** Bit mask of the rules each point is part of (bit b = `table[b]`). */
  mask: Uint32Array;
  /** Bit number of the rule that labels the point, -1 when none fired. */
  winner: Int8Array;
  /** Direction of the winning signal: +1 high, -1 low. */
  direction: Int8Array;
  /** 1 when the winning rule has a direction (improvement/concern), 0 for patterns without one. */
  directional: Uint8Array;
}

/** Allocates an empty outcome for `n` points (no rule fired anywhere), from `arena` when given. */
export function allocateOutcome(n: number, arena?: Arena): FrameOutcome {
  const winner = arena ? arena.i8(n) : new Int8Array(n);
  winner.fill(-1);
  return {
    mask: arena ? arena.u32(n) : new Uint32Array(n),
    winner,
    direction: arena ? arena.i8(n) : new Int8Array(n),
    directional: arena ? arena.u8(n) : new Uint8Array(n),
  };
}

/**
 * Zeroed typed arrays carved from one ArrayBuffer: one off-heap allocation for all of a chart's working
 * arrays instead of one each (V8 gives every typed array over 64 bytes its own backing store, which costs
 * far more than the few passes over the data). Views are handed out at 4-byte-aligned offsets.
 */
export class Arena {
  readonly #buffer: ArrayBuffer;
  #at = 0;
  /** An arena of `bytes` bytes (requests beyond it get arrays of their own). */
  constructor(bytes: number) {
    this.#buffer = new ArrayBuffer(bytes);
  }
  #take(bytes: number): number | null {
    const at = this.#at;
    if (at + bytes > this.#buffer.byteLength) return null;
    this.#at = at + ((bytes + 3) & ~3);
    return at;
  }
  /** A zeroed Int8Array of length n. */
  i8(n: number): Int8Array {
    const at = this.#take(n);
    return at === null ? new Int8Array(n) : new Int8Array(this.#buffer, at, n);
  }
  /** A zeroed Uint8Array of length n. */
  u8(n: number): Uint8Array {
    const at = this.#take(n);
    return at === null ? new Uint8Array(n) : new Uint8Array(this.#buffer, at, n);
  }
  /** A zeroed Uint32Array of length n. */
  u32(n: number): Uint32Array {
    const at = this.#take(4 * n);
    return at === null ? new Uint32Array(n) : new Uint32Array(this.#buffer, at, n);
  }
}

/**
 * Turns bit masks into rule-name lists, sharing one frozen array per distinct mask so that a chart of
 * many common-cause points allocates nothing per point.
 */
export class RuleNames {
  readonly #table: readonly SpcRule[];
  readonly #cache = new Map<number, readonly SpcRule[]>();

  constructor(table: readonly SpcRule[]) {
    this.#table = table;
  }

  /** The rule at bit `bit`. */
  name(bit: number): SpcRule {
    return this.#table[bit]!;
  }

  /** The rules whose bits are set in `mask`, in table order. */
  list(mask: number): readonly SpcRule[] {
    let names = this.#cache.get(mask);
    if (names === undefined) {
      const out: SpcRule[] = [];
      for (let b = 0; b < this.#table.length; b++) if ((mask >>> b) & 1) out.push(this.#table[b]!);
      names = Object.freeze(out);
      this.#cache.set(mask, names);
    }
    return names;
  }
}
