/**
 * Civil (proleptic Gregorian) date arithmetic on integer day numbers: days since 1970-01-01, negative
 * before it. No `Date`, no time zone. Algorithms of Howard Hinnant, "chrono-Compatible Low-Level Date
 * Algorithms" (days_from_civil, civil_from_days), https://howardhinnant.github.io/date_algorithms.html.
 */

/** The first supported day, 0001-01-01. */
export const MIN_DAY = -719162;
/** The last supported day, 9999-12-31. */
export const MAX_DAY = 2932896;

/** Days since 1970-01-01 of the civil date `y-m-d` (month 1–12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil year of a day number. */
export function yearOfDay(z: number): number {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** Writes the civil date of day number `z` into `out` as `[year, month, day]` and returns it. */
export function civilFromDays(
  z: number,
  out: [number, number, number] = [0, 0, 0],
): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  out[0] = yoe + era * 400 + (m <= 2 ? 1 : 0);
  out[1] = m;
  out[2] = doy - Math.floor((153 * mp + 2) / 5) + 1;
  return out;
}

/** Whether `y` is a Gregorian leap year. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(z: number): number {
  return ((((z + 3) % 7) + 7) % 7) + 1;
}

/** Day number of the Monday of ISO week 1 of ISO week-numbering year `y` (the week holding 4 January). */
export function isoWeekOneMonday(y: number): number {
  const jan4 = daysFromCivil(y, 1, 4);
  return jan4 - isoWeekday(jan4) + 1;
}

/** The number of ISO weeks (52 or 53) of ISO week-numbering year `y`. */
export function isoWeeksInYear(y: number): number {
  return (isoWeekOneMonday(y + 1) - isoWeekOneMonday(y)) / 7;
}

let years: string[] | undefined;
let twoDigits: string[] | undefined;

/** `y` as four digits (years 1–9999), from a table filled on first use. */
export function pad4(y: number): string {
  years ??= new Array(10000);
  let text = years[y];
  if (text === undefined) {
    text = String(y).padStart(4, '0');
    years[y] = text;
  }
  return text;
}

/** `n` (0–99) as two digits. */
export function pad2(n: number): string {
  if (twoDigits === undefined) {
    twoDigits = new Array(100);
    for (let i = 0; i < 100; i++) twoDigits[i] = i < 10 ? `0${i}` : String(i);
  }
  return twoDigits[n] as string;
}

const scratch: [number, number, number] = [0, 0, 0];

/** `YYYY-MM-DD` of a civil date. */
export function formatCivil(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(z: number): string {
  const [y, m, d] = civilFromDays(z, scratch);
  return formatCivil(y, m, d);
}

const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Day of the year (1–366) of a civil date. */
export function dayOfYear(y: number, m: number, d: number): number {
  return (DAYS_BEFORE_MONTH[m] as number) + d + (m > 2 && isLeapYear(y) ? 1 : 0);
}
