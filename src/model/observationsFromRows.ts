import { ArgumentError } from '../errors/ArgumentError.js';
import type { ErrorCode } from '../errors/errorCodes.js';
import { PeriodError } from '../errors/PeriodError.js';
import { describe } from '../internal/describe.js';
import { type FiscalCalendar, type Frequency, frequencies, parsePeriod, periodOf } from '../periods/index.js';
import { type Observation, ObservationSchema } from './ObservationSchema.js';
import type { Plan } from './PlanSchema.js';

/**
 * A table cell as CSV parsers return it (strings), or as spreadsheets and JSON give it (numbers, null).
 *
 * @example
 * ```ts
 * import type { TableCell } from 'civic-metrics';
 * const row: Record<string, TableCell> = { indicator: 'potholes', month: '2024-07', value: 1204 };
 * ```
 */
export type TableCell = string | number | boolean | null | undefined;

/**
 * Which column holds what, for {@link observationsFromRows}. Column names are the keys of the row objects
 * (the CSV header). Give `indicator` as a column, or `{ value }` for a file that holds one indicator.
 *
 * @example
 * ```ts
 * import type { ObservationsFromRowsMapping } from 'civic-metrics';
 * const mapping: ObservationsFromRowsMapping = {
 *   indicator: { value: 'ae-4h' },
 *   period: { column: 'month_start', from: 'date', frequency: 'month' },
 *   numerator: 'seen_within_4h',
 *   denominator: 'attendances',
 *   dimensions: { trust: 'org_code' },
 * };
 * ```
 */
export interface ObservationsFromRowsMapping {
  /** The column of indicator ids (or codes translated by `indicatorIds`), or `{ value }`: one id for all rows. */
  indicator: string | { value: string };
  /**
   * The column of periods: a column of period labels (`'2024-07'`, `'FY2025'`), or
   * `{ column, from: 'date', frequency? }` for a column of `YYYY-MM-DD` dates, each mapped to the period of
   * `frequency` (default: the indicator's frequency in `options.plan`) that holds it.
   */
  period:
    | string
    | { column: string; from: 'label' }
    | { column: string; from: 'date'; frequency?: Frequency };
  /** The column of values. */
  value?: string;
  /** The column of numerators (ratio indicators). */
  numerator?: string;
  /** The column of denominators (ratio indicators). */
  denominator?: string;
  /** Dimension id → the column holding its value, e.g. `{ district: 'Council District' }`. */
  dimensions?: Record<string, string>;
  /** The column of statuses (`final`, `provisional`, `estimated`). */
  status?: string;
  /** The column of notes. */
  note?: string;
  /** The column naming the source, or `{ value }` for one source for all rows (e.g. the file name). */
  source?: string | { value: string };
  /** Translates the codes in the indicator column to indicator ids, e.g. `{ 'AE-T1': 'ae-type1' }`. */
  indicatorIds?: Record<string, string>;
}

/**
 * Options of {@link observationsFromRows}.
 *
 * @example
 * ```ts
 * import type { ObservationsFromRowsOptions } from 'civic-metrics';
 * const options: ObservationsFromRowsOptions = { thousandsSeparator: ',', missing: ['', 'NA', '*'] };
 * ```
 */
export interface ObservationsFromRowsOptions {
  /** The fiscal calendar for fiscal period labels and dates (default: `options.plan`'s calendar). */
  calendar?: FiscalCalendar;
  /** Cell texts that mean "not reported" (default `'', 'NA', 'N/A', 'n/a', 'null', '-', '..'`); such a value becomes `null`. */
  missing?: readonly string[];
  /** A thousands separator to strip from numbers, e.g. `','` for `"1,234.5"` (default none). */
  thousandsSeparator?: string;
  /** The row number of `rows[0]` in issue reports (default 2: row 1 of a CSV file is its header). */
  firstRowNumber?: number;
  /** The plan the observations are for: indicator ids, frequencies and the calendar are checked against it. */
  plan?: Plan;
}

/**
 * A problem with one cell (or one row) of a table: its row number, its column (null for the row as a
 * whole), a literal code and a message `observationsFromRows: expected …, received …`.
 *
 * @example
 * ```ts
 * import type { RowIssue } from 'civic-metrics';
 * const issue: RowIssue = {
 *   row: 7, column: 'value', code: 'invalid_value', value: 'n.k.',
 *   message: "observationsFromRows: expected row 7, column value to be a number, received 'n.k.'",
 * };
 * ```
 */
export interface RowIssue {
  /** The row number, counting the header as row 1 (see `firstRowNumber`). */
  row: number;
  /** The column, or null for the row as a whole. */
  column: string | null;
  /** The literal issue code. */
  code: ErrorCode;
  /** The message. */
  message: string;
  /** The offending cell. */
  value: unknown;
}

/**
 * The result of {@link observationsFromRows}: the observations of every valid row, the issues of every
 * other row, and counts.
 *
 * @example
 * ```ts
 * import type { ObservationsFromRowsResult } from 'civic-metrics';
 * const empty: ObservationsFromRowsResult = { observations: [], issues: [], rowsRead: 0 };
 * ```
 */
export interface ObservationsFromRowsResult {
  /** One observation per valid row, in row order. */
  observations: Observation[];
  /** One entry per problem; a row with a problem yields no observation. */
  issues: RowIssue[];
  /** How many rows were read. */
  rowsRead: number;
}

const DEFAULT_MISSING = ['', 'NA', 'N/A', 'n/a', 'null', '-', '..'];
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const STATUSES = new Set(['final', 'provisional', 'estimated']);

/**
 * Turns table rows (as any CSV parser returns them, one object per row keyed by column name) into
 * validated observations, by a column mapping.
 *
 * Periods come from a column of labels, or of `YYYY-MM-DD` dates mapped to the period that holds them.
 * Numbers may be numbers or text; text values are kept as exact decimal strings (`"0.1"` stays `"0.1"`),
 * numerators and denominators become numbers, a thousands separator can be stripped, and cells reading as
 * missing (`''`, `NA`, …) become `value: null` ("due but not reported"), so a blank is never read as 0.
 * Each bad cell is reported with its row number and column; a row with a problem yields no observation,
 * and no valid row is dropped. Duplicates across rows are left to {@link parsePlan}, which names both.
 *
 * @param rows - The rows, e.g. from csv-parse with `columns: true`.
 * @param mapping - Which column holds what.
 * @param options - Missing-value texts, thousands separator, calendar, row numbering, and a plan to check against.
 * @returns The observations and the issues.
 * @throws {@link ArgumentError} `invalid_argument` when `rows` is not an array, or when the mapping names a
 *   column that the first row does not have.
 * @example
 * ```ts
 * import { observationsFromRows } from 'civic-metrics';
 * const { observations, issues } = observationsFromRows(
 *   [
 *     { metric: 'potholes', month: '2024-07-31', value: '1,204' },
 *     { metric: 'potholes', month: '2024-08-31', value: 'NA' },
 *     { metric: 'potholes', month: '2024-09-31', value: '998' },
 *   ],
 *   { indicator: 'metric', period: { column: 'month', from: 'date', frequency: 'month' }, value: 'value' },
 *   { thousandsSeparator: ',' },
 * );
 * observations.map((o) => [o.period, o.value]);
 * // => [['2024-07', '1204'], ['2024-08', null]]
 * issues.map((i) => `${i.row}:${i.column}:${i.code}`);
 * // => ['4:month:invalid_period']
 * ```
 */
export function observationsFromRows(
  rows: readonly Readonly<Record<string, TableCell>>[],
  mapping: ObservationsFromRowsMapping,
  options: ObservationsFromRowsOptions = {},
): ObservationsFromRowsResult {
  const fn = 'observationsFromRows';
  if (!Array.isArray(rows)) {
    throw new ArgumentError(
      `${fn}: expected rows to be an array of row objects, received ${describe(rows)}`,
      {
        path: 'rows',
        value: rows,
      },
    );
  }
  const missing = new Set(options.missing ?? DEFAULT_MISSING);
  const firstRow = options.firstRowNumber ?? 2;
  const calendar = options.calendar ?? options.plan?.calendar;
  const indicators = options.plan ? new Map(options.plan.indicators.map((i) => [i.id, i])) : undefined;
  const periodSpec =
    typeof mapping.period === 'string' ? { column: mapping.period, from: 'label' as const } : mapping.period;
  if (
    periodSpec.from === 'date' &&
    periodSpec.frequency !== undefined &&
    !frequencies.includes(periodSpec.frequency)
  ) {
    throw new ArgumentError(
      `${fn}: expected mapping.period.frequency to be one of ${frequencies.join(', ')}, received ${describe(periodSpec.frequency)}`,
      { path: 'mapping.period.frequency', value: periodSpec.frequency },
    );
  }
  const columns: Array<[string, string]> = [['period', periodSpec.column]];
  if (typeof mapping.indicator === 'string') columns.push(['indicator', mapping.indicator]);
  for (const key of ['value', 'numerator', 'denominator', 'status', 'note'] as const) {
    const column = mapping[key];
    if (column !== undefined) columns.push([key, column]);
  }
  if (typeof mapping.source === 'string') columns.push(['source', mapping.source]);
  for (const [dimension, column] of Object.entries(mapping.dimensions ?? {}))
    columns.push([`dimensions.${dimension}`, column]);
  if (mapping.value === undefined && (mapping.numerator === undefined || mapping.denominator === undefined)) {
    throw new ArgumentError(
      `${fn}: expected mapping.value, or mapping.numerator and mapping.denominator, received neither`,
      {
        path: 'mapping.value',
      },
    );
  }
  const first = rows[0];
  if (first !== null && typeof first === 'object') {
    for (const [key, column] of columns) {
      if (!Object.hasOwn(first, column)) {
        throw new ArgumentError(
          `${fn}: expected mapping.${key} to name a column of the rows (${Object.keys(first).join(', ')}), received '${column}'`,
          { path: `mapping.${key}`, value: column },
        );
      }
    }
  }

  const observations: Observation[] = [];
  const issues: RowIssue[] = [];
  const text = (cell: TableCell) => (cell === null || cell === undefined ? '' : String(cell).trim());
  const isMissing = (cell: TableCell) =>
    cell === null || cell === undefined || (typeof cell === 'string' && missing.has(cell.trim()));

  rows.forEach((row, i) => {
    const rowNumber = firstRow + i;
    const rowIssues: RowIssue[] = [];
    const problem = (column: string | null, code: ErrorCode, expected: string, value: unknown) =>
      rowIssues.push({
        row: rowNumber,
        column,
        code,
        value,
        message: `${fn}: expected row ${rowNumber}${column === null ? '' : `, column ${column}`} to be ${expected}, received ${describe(value)}`,
      });
    if (row === null || typeof row !== 'object') {
      problem(null, 'invalid_type', 'an object keyed by column name', row);
      issues.push(...rowIssues);
      return;
    }

    // Indicator.
    let indicatorId: string;
    if (typeof mapping.indicator === 'string') {
      const code = text(row[mapping.indicator]);
      indicatorId = mapping.indicatorIds?.[code] ?? code;
      if (code === '') problem(mapping.indicator, 'invalid_value', 'an indicator id', row[mapping.indicator]);
    } else indicatorId = mapping.indicator.value;
    const indicator = indicators?.get(indicatorId);
    if (indicators && indicatorId !== '' && !indicator) {
      problem(
        typeof mapping.indicator === 'string' ? mapping.indicator : null,
        'unknown_reference',
        'the id of an indicator of the plan',
        indicatorId,
      );
    }

    // Period.
    let period: string | undefined;
    const periodTableCell = row[periodSpec.column];
    try {
      if (periodSpec.from === 'date') {
        const frequency = periodSpec.frequency ?? indicator?.frequency;
        if (frequency === undefined) {
          throw new ArgumentError(
            `${fn}: expected mapping.period.frequency, or options.plan to take each indicator's frequency from, received neither`,
            { path: 'mapping.period.frequency' },
          );
        }
        period = periodOf(text(periodTableCell), frequency, calendar).label;
      } else {
        period = parsePeriod(text(periodTableCell), calendar).label;
      }
    } catch (error) {
      if (!(error instanceof PeriodError)) throw error;
      problem(
        periodSpec.column,
        error.code === 'missing_calendar' ? 'missing_calendar' : 'invalid_period',
        periodSpec.from === 'date' ? 'a date YYYY-MM-DD' : 'a period label',
        periodTableCell,
      );
    }
    if (
      period !== undefined &&
      indicator &&
      parsePeriod(period, calendar).frequency !== indicator.frequency
    ) {
      problem(
        periodSpec.column,
        'frequency_mismatch',
        `a ${indicator.frequency} period (the frequency of ${indicatorId})`,
        periodTableCell,
      );
    }

    // Figures.
    const readNumber = (column: string): { ok: true; text: string | null } | { ok: false } => {
      const cell = row[column];
      if (isMissing(cell)) return { ok: true, text: null };
      if (typeof cell === 'number') {
        if (Number.isFinite(cell)) return { ok: true, text: String(cell) };
        problem(column, 'non_finite', 'a finite number', cell);
        return { ok: false };
      }
      let t = text(cell);
      if (options.thousandsSeparator) t = t.split(options.thousandsSeparator).join('');
      if (NUMBER.test(t) && Number.isFinite(Number(t))) return { ok: true, text: t };
      problem(column, 'invalid_value', 'a number', cell);
      return { ok: false };
    };
    const observation: Record<string, unknown> = { indicatorId, period };
    let value: string | number | null | undefined;
    if (mapping.value !== undefined) {
      const read = readNumber(mapping.value);
      if (read.ok)
        value = typeof row[mapping.value] === 'number' ? (row[mapping.value] as number) : read.text;
    }
    let numerator: number | null | undefined;
    let denominator: number | null | undefined;
    if (mapping.numerator !== undefined && mapping.denominator !== undefined) {
      const n = readNumber(mapping.numerator);
      const d = readNumber(mapping.denominator);
      if (n.ok && d.ok) {
        numerator = n.text === null ? null : Number(n.text);
        denominator = d.text === null ? null : Number(d.text);
        if ((numerator === null) !== (denominator === null)) {
          problem(
            numerator === null ? mapping.numerator : mapping.denominator,
            'invalid_value',
            'present, since the other part of the ratio is',
            null,
          );
        }
      }
    }
    if (numerator !== undefined && numerator !== null && denominator !== undefined && denominator !== null) {
      observation.numerator = numerator;
      observation.denominator = denominator;
      if (value !== undefined && value !== null) observation.value = value;
    } else if (value !== undefined) {
      observation.value = value;
    } else if (numerator === null && denominator === null) {
      observation.value = null;
    }

    // Status, note, source, dimensions.
    if (mapping.status !== undefined) {
      const status = text(row[mapping.status]).toLowerCase();
      if (status !== '') {
        if (STATUSES.has(status)) observation.status = status;
        else
          problem(
            mapping.status,
            'invalid_value',
            "one of 'final', 'provisional', 'estimated'",
            row[mapping.status],
          );
      }
    }
    if (mapping.note !== undefined && text(row[mapping.note]) !== '')
      observation.note = text(row[mapping.note]);
    if (mapping.source !== undefined) {
      const source = typeof mapping.source === 'string' ? text(row[mapping.source]) : mapping.source.value;
      if (source !== '') observation.source = source;
    }
    if (mapping.dimensions) {
      const dims: Record<string, string> = {};
      for (const [dimension, column] of Object.entries(mapping.dimensions)) {
        const cell = row[column];
        if (isMissing(cell)) continue;
        const allowed = indicator?.dimensions.find((d) => d.id === dimension);
        if (indicator && !allowed) {
          problem(column, 'unknown_dimension', `a dimension declared by indicator ${indicatorId}`, dimension);
        } else if (allowed?.values && !allowed.values.includes(text(cell))) {
          problem(
            column,
            'unknown_dimension_value',
            `one of the values listed for dimension '${dimension}'`,
            cell,
          );
        } else dims[dimension] = text(cell);
      }
      if (Object.keys(dims).length > 0) observation.dimensions = dims;
    }

    if (rowIssues.length === 0) {
      const parsed = ObservationSchema.safeParse(observation);
      if (parsed.success) observations.push(parsed.data);
      else {
        for (const issue of parsed.error.issues) {
          problem(
            issue.path.length ? String(issue.path[0]) : null,
            issue.code as ErrorCode,
            issue.message,
            observation[String(issue.path[0])],
          );
        }
      }
    }
    issues.push(...rowIssues);
  });
  return { observations, issues, rowsRead: rows.length };
}
