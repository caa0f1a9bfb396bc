/** Decimals written in a number's shortest representation: 0.0123 → 4, 80 → 0, 1e-7 → 7. */
function decimalsOf(value: number): number {
  const text = String(value);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) {
    const mantissa = text.slice(0, text.indexOf('e'));
    const dot = mantissa.indexOf('.');
    return Number(exp[1]) + (dot === -1 ? 0 : mantissa.length - dot - 1);
  }
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** Deep-compares an example's actual result with its `// => expected`, numbers to the decimals written. */
function matches(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isNaN(expected)) return Number.isNaN(actual);
    if (!Number.isFinite(expected)) return actual === expected;
    const tolerance = 0.5 * 10 ** -decimalsOf(expected) * (1 + 1e-9);
    return Math.abs(actual - expected) <= tolerance + Number.EPSILON * Math.abs(expected);
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => matches(actual[i], e))
    );
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = new Set(
      [...Object.keys(a), ...Object.keys(e)].filter((k) => a[k] !== undefined || e[k] !== undefined),
    );
    for (const key of keys) if (!matches(a[key], e[key])) return false;
    return true;
  }
  return Object.is(actual, expected);
}

/** Called by the generated example modules in place of each `expr; // => expected` pair. */
export function checkExample(actual: unknown, expected: unknown, where: string): void {
  if (!matches(actual, expected)) {
    throw new Error(
      `${where}: expected ${JSON.stringify(expected)}, received ${JSON.stringify(actual, (_k, v) => (typeof v === 'bigint' ? String(v) : v))}`,
    );
  }
}
