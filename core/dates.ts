// Calendar dates as ISO strings (YYYY-MM-DD): sheets, forms and the API exchange dates without time zones.

/** Whether `s` is exactly YYYY-MM-DD and a day of the calendar. By character codes: every record's dates pass here. */
export function isValidIsoDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const mo = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(digits(s, 0, 4), mo);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Arithmetic, not Date: Date maps years 0–99 to 1900–1999. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The UTC calendar date of a Date; callers that know a time zone format dates themselves. */
export function isoDateUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Midnight UTC of an ISO date, the form `today` takes in the identity-number checks. */
export function dateFromIso(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}

/**
 * Days since 1970-01-01 of an ISO date, by arithmetic on its digits (what `dateFromIso(s).getTime()`
 * gives in days, without a Date per call: reports take durations of every case); NaN for a string
 * that is not a valid date, as the Date would give.
 */
export function dayNumber(s: string): number {
  if (!isValidIsoDate(s)) return dateFromIso(s).getTime() / 86_400_000;
  const y0 = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  // Days from civil (proleptic Gregorian), counting years from March so the leap day comes last.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The number written by the digits of `s` from `from` up to `to` (an ISO date's fields). */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
}

/**
 * Whole years from an ISO birth date to an ISO reference date (both valid YYYY-MM-DD). Read by
 * character codes: reports ask it for every person in several tables.
 */
export function ageOn(birthDate: string, on: string): number {
  const by = digits(birthDate, 0, 4);
  const bmd = digits(birthDate, 5, 7) * 100 + digits(birthDate, 8, 10);
  const oy = digits(on, 0, 4);
  const omd = digits(on, 5, 7) * 100 + digits(on, 8, 10);
  return oy - by - (omd < bmd ? 1 : 0);
}
