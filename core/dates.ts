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

/** Whole years from an ISO birth date to an ISO reference date. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [oy, om, od] = on.split("-").map(Number) as [number, number, number];
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}
