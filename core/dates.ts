// Calendar dates as ISO strings (YYYY-MM-DD): sheets, forms and the API exchange dates without time zones.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
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
