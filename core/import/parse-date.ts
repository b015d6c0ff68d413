// Dates as people type them in their own sheets: 12/08/1985, 12-8-85, 12 Agustus 1985, 1985, TTL, Sheets date values.
import { daysInMonth } from "../dates.ts";
import { resolveCentury, ymdOf } from "../nik.ts";

export type LooseDate =
  | { readonly kind: "date"; readonly iso: string }
  /** Only a year was written: not a date, kept as it was typed. */
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "invalid" }
  | { readonly kind: "empty" };

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  pebruari: 2,
  peb: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  august: 8,
  agst: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  nopember: 11,
  nop: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

/** Sheets counts days from 1899-12-30; a value above 2100 cannot be a year, so it is a day number. */
const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);

function iso(year: number, month: number, day: number): LooseDate {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return { kind: "invalid" };
  if (day > daysInMonth(year, month)) return { kind: "invalid" };
  const p2 = (n: number) => String(n).padStart(2, "0");
  return { kind: "date", iso: `${year}-${p2(month)}-${p2(day)}` };
}

function fullYear(y: string, month: number, day: number, today: Date): number {
  return y.length === 2 ? resolveCentury(+y, month, day, ymdOf(today)) : +y;
}

/**
 * Reads a typed date. Day comes before month (Indonesian order); a two-digit year is 20YY unless
 * that is after today. `today` is midnight UTC of the user's date. A Date value (Sheets date cell)
 * must be given as its calendar date in the spreadsheet's time zone, which the caller knows.
 */
export function parseLooseDate(v: unknown, today: Date): LooseDate {
  if (v === null || v === undefined) return { kind: "empty" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "invalid" };
    if (Number.isInteger(v) && v >= 1800 && v <= 2100) return { kind: "year", year: v };
    if (v > 2100 && v < 200000) {
      const d = new Date(SHEETS_EPOCH_MS + Math.floor(v) * 86400000);
      return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
    return { kind: "invalid" };
  }
  let s = String(v).trim();
  if (s === "") return { kind: "empty" };
  // TTL: "Makassar, 12-08-1985" — the date follows the last comma.
  const comma = s.lastIndexOf(",");
  if (comma >= 0 && /\d/.test(s.slice(comma + 1))) s = s.slice(comma + 1).trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return iso(+(m[1] as string), +(m[2] as string), +(m[3] as string));
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const day = +(m[1] as string);
    const month = +(m[2] as string);
    return iso(fullYear(m[3] as string, month, day, today), month, day);
  }
  m = /^(\d{1,2})[\s.\-/]*([A-Za-z]+)\.?[\s.\-/]*(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[(m[2] as string).toLowerCase()];
    if (month === undefined) return { kind: "invalid" };
    const day = +(m[1] as string);
    return iso(fullYear(m[3] as string, month, day, today), month, day);
  }
  m = /^(\d{4})$/.exec(s);
  if (m) {
    const year = +(m[1] as string);
    return year >= 1800 && year <= 2100 ? { kind: "year", year } : { kind: "invalid" };
  }
  return { kind: "invalid" };
}

/** An age as typed: "45", "45 th", "45 thn", "45 tahun", "± 60", 45 (a number cell). */
export function parseLooseAge(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 ? v : undefined;
  const m =
    /^(?:±|\+-|\+\/-|kira-kira|kurang lebih|sekitar)?\s*(\d{1,3})\s*(?:th|thn|tahun|tahunan|thun|y|yr|yrs|years?|an)?\.?$/i.exec(
      String(v ?? "").trim(),
    );
  return m ? +(m[1] as string) : undefined;
}
