// Reporting periods ("2026", "2026-Q1", "2026-01"): the key a summary is shared under.
import * as z from "zod";
import { daysInMonth } from "./dates.ts";

export type PeriodKind = "year" | "quarter" | "month";
export const PERIOD_KINDS: readonly PeriodKind[] = ["year", "quarter", "month"];

interface PeriodRange {
  year: number;
  /** First day, "YYYY-MM-DD". */
  start: string;
  /** Last day (inclusive), "YYYY-MM-DD". */
  end: string;
}
export type Period =
  | (PeriodRange & { kind: "year" })
  | (PeriodRange & { kind: "quarter"; quarter: 1 | 2 | 3 | 4 })
  | (PeriodRange & { kind: "month"; month: number });

export const MIN_PERIOD_YEAR = 2000;
export const MAX_PERIOD_YEAR = 2100;

// Anchored with no flags: stray whitespace, lowercase "q" and other spellings never match.
const PERIOD_RE = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function range(year: number, firstMonth: number, lastMonth: number): PeriodRange {
  return {
    year,
    start: `${year}-${pad2(firstMonth)}-01`,
    end: `${year}-${pad2(lastMonth)}-${pad2(daysInMonth(year, lastMonth))}`,
  };
}

/** The parsed period, or null when `text` is not exactly one of the three spellings. */
export function tryParsePeriod(text: string): Period | null {
  const match = PERIOD_RE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return null;
  if (match[2] !== undefined) {
    const quarter = Number(match[2]) as 1 | 2 | 3 | 4;
    return { kind: "quarter", quarter, ...range(year, quarter * 3 - 2, quarter * 3) };
  }
  if (match[3] !== undefined) {
    const month = Number(match[3]);
    return { kind: "month", month, ...range(year, month, month) };
  }
  return { kind: "year", ...range(year, 1, 12) };
}

/** Parses a period; throws a RangeError for anything else (use `periodSchema` for user input). */
export function parsePeriod(text: string): Period {
  const period = tryParsePeriod(text);
  if (!period) throw new RangeError(`Not a period: ${JSON.stringify(text)}`);
  return period;
}

export const PERIOD_FORMAT_MESSAGE = `A period is YYYY, YYYY-Qn (n = 1-4) or YYYY-MM, with a year from ${MIN_PERIOD_YEAR} to ${MAX_PERIOD_YEAR}.`;

/** A period as text, validated and kept as text (it is the stored and the URL form). */
export const periodSchema = z
  .string()
  .refine((text) => tryParsePeriod(text) !== null, { message: PERIOD_FORMAT_MESSAGE });

/**
 * The period of `kind` that contains `date`. Reads the date's UTC calendar fields, so pass a
 * date built from a "YYYY-MM-DD" string (midnight UTC) or shifted to the group's time zone.
 */
export function periodOf(date: Date, kind: PeriodKind): string {
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid date");
  const year = date.getUTCFullYear();
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new RangeError(`Year ${year} is outside ${MIN_PERIOD_YEAR}-${MAX_PERIOD_YEAR}`);
  }
  const month = date.getUTCMonth() + 1;
  switch (kind) {
    case "year":
      return String(year);
    case "quarter":
      return `${year}-Q${Math.ceil(month / 3)}`;
    case "month":
      return `${year}-${pad2(month)}`;
  }
}

/**
 * Whether the shared server takes counts for a period, on `today` (YYYY-MM-DD): from January of
 * the year `yearsBack` years ago up to the period that contains today. Future periods hold nothing
 * yet, and older ones are closed so one key cannot spread data over thousands of periods.
 */
export function isPeriodOpen(period: Period, today: string, yearsBack: number): boolean {
  const first = `${Number(today.slice(0, 4)) - yearsBack}-01-01`;
  return period.start >= first && period.start <= today;
}
