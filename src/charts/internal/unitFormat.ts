import type { Unit } from '../../model/UnitSchema.js';
import type { FormatUsed } from './format.js';

/** How values of a unit are shown: in full (tooltips, labels, text) and on the axis (only `%` kept). */
export function unitFormats(
  unit: Unit | undefined,
  decimals: number | null | undefined,
): { values: FormatUsed; axis: FormatUsed } {
  let prefix = '';
  let suffix = '';
  switch (unit?.type) {
    case 'percent':
      suffix = '%';
      break;
    case 'currency':
      prefix = `${unit.currency} `;
      break;
    case 'duration':
      suffix = ` ${unit.timeUnit}`;
      break;
    case 'rate':
      suffix = ` ${unit.label ?? `per ${String(unit.per).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`}`;
      break;
    case 'count':
    case 'index':
      suffix = unit.label ? ` ${unit.label}` : '';
      break;
    case 'custom':
      suffix = ` ${unit.label}`;
      break;
    default:
      break;
  }
  const d =
    typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0 && decimals <= 12
      ? decimals
      : null;
  return {
    values: { decimals: d, percent: false, prefix, suffix, grouping: true },
    axis: {
      decimals: null,
      percent: false,
      prefix: '',
      suffix: unit?.type === 'percent' ? '%' : '',
      grouping: true,
    },
  };
}
