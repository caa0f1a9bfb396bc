import Decimal from 'decimal.js';
import type { Unit } from '../../model/UnitSchema.js';

/** Title-cases a snake_case status: `off_track` → `Off track`. */
export function statusLabel(status: string): string {
  const text = status.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Adds thousands separators to the integer part of a fixed-point string. */
function group(fixed: string): string {
  const negative = fixed.startsWith('-');
  const body = negative ? fixed.slice(1) : fixed;
  const [int = '', frac] = body.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/**
 * A figure as people read it: exact decimal rounding (half away from zero, decimal.js ROUND_HALF_UP) to
 * the indicator's decimals (undeclared: at most 2, without trailing zeros), thousands separators, and
 * the unit (`80.0%`, `USD 2,700,000.00`, `12.5 days`).
 */
export function formatFigure(
  value: number | string | null | undefined,
  unit: Unit | null,
  decimals: number | null,
): string {
  if (value === null || value === undefined || value === '') return '–';
  let d: Decimal;
  try {
    d = new Decimal(value);
  } catch {
    return String(value);
  }
  if (!d.isFinite()) return String(value);
  const rounded = d.toDecimalPlaces(decimals ?? 2, Decimal.ROUND_HALF_UP);
  const text = group(decimals === null ? rounded.toFixed() : rounded.toFixed(decimals));
  if (!unit) return text;
  switch (unit.type) {
    case 'percent':
      return `${text}%`;
    case 'currency':
      return `${unit.currency} ${text}`;
    case 'duration':
      return `${text} ${unit.timeUnit}`;
    case 'rate':
      return `${text} ${unit.label ?? `per ${group(String(unit.per))}`}`;
    case 'count':
    case 'index':
      return unit.label ? `${text} ${unit.label}` : text;
    case 'custom':
      return `${text} ${unit.label}`;
    default:
      return text;
  }
}

/** A share (0.842) as a whole percentage (`84%`), exact rounding half away from zero. */
export function formatShare(value: number | null | undefined, places = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${new Decimal(value).times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places)}%`;
}

/** Escapes text for a Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A Markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
