/**
 * Shared helpers of the end-to-end reproductions: CSV files read in place from `shared/data/` with
 * csv-parse (never copied into the repository), number cells, tolerances, and a tally of matches and named
 * published anomalies.
 */
import { parse } from 'csv-parse/sync';
import { hasShared, readSharedText } from '../../helpers/shared.js';

/** A parsed CSV row, keyed by the header. */
export type Row = Record<string, string>;

/** Reads `shared/data/<dataset>/<file>` as row objects (BOM stripped, blank lines skipped); `[]` without shared. */
export function readDataCsv(dataset: string, file: string): Row[] {
  if (!hasShared) return [];
  return parse(readSharedText('data', dataset, file), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Row[];
}

/** A numeric cell: `null` for blank, `NA`, `-` and other non-numbers; thousands separators stripped. */
export function cell(text: string | undefined): number | null {
  if (text === undefined) return null;
  const t = text.trim().replace(/,/g, '');
  if (t === '' || t === 'NA' || t === 'N/A' || t === '-') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** |a − b| ≤ rel · max(1, |b|); both null counts as equal, one null as different. */
export function near(a: number | null, b: number | null, rel: number): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));
}

/** Half a unit of the last decimal printed in `text` (e.g. `'4.89'` → 0.005), for values published rounded. */
export function printedHalfUnit(text: string): number {
  const t = text.trim();
  const e = /e(-?\d+)$/i.exec(t);
  const mantissa = e ? t.slice(0, e.index) : t;
  const dot = mantissa.indexOf('.');
  const decimals = dot < 0 ? 0 : mantissa.length - dot - 1;
  return 0.5 * 10 ** (-decimals + (e ? Number(e[1]) : 0));
}

/**
 * A tally of comparisons with published values: matches, and mismatches each filed under a named published
 * anomaly (or under `unexplained`, which the tests require to stay empty).
 */
export class Tally {
  matched = 0;
  readonly anomalies = new Map<string, string[]>();

  /** Records a comparison: a match, or a mismatch filed under `anomaly` (`null`: unexplained). */
  record(ok: boolean, anomaly: string | null, detail: string): void {
    if (ok) {
      this.matched++;
      return;
    }
    const key = anomaly ?? 'unexplained';
    const list = this.anomalies.get(key) ?? [];
    list.push(detail);
    this.anomalies.set(key, list);
  }

  /** Comparisons made. */
  get total(): number {
    let n = this.matched;
    for (const list of this.anomalies.values()) n += list.length;
    return n;
  }

  /** Mismatches per anomaly name. */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.anomalies].map(([k, v]) => [k, v.length]));
  }

  /** `matched/total (pct%)`. */
  rate(): string {
    return `${this.matched}/${this.total} (${((100 * this.matched) / Math.max(1, this.total)).toFixed(2)}%)`;
  }
}
