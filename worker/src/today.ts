// "Today" for date checks, as a calendar date in Indonesia rather than in UTC.

// Indonesia spans UTC+7 (WIB) to UTC+9 (WIT). Taking the easternmost date means a date typed
// anywhere in the country is never "in the future"; at worst the west gets a day's leeway.
const WIT_OFFSET_MS = 9 * 60 * 60 * 1000;

export function todayInIndonesia(now: Date): string {
  return new Date(now.getTime() + WIT_OFFSET_MS).toISOString().slice(0, 10);
}
