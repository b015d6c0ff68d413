// Offline plausibility check of a NIK (Nomor Induk Kependudukan): structure, birth date, sex, area.
import { PROVINCE_CODES, unknownAreaOfDigits } from "./areas.ts";
import { daysInMonth } from "./dates.ts";
import type { MessageParams } from "./i18n.ts";
import type { MessageKey } from "./messages.ts";

export type Sex = "L" | "P";

export interface IdIssue {
  code: MessageKey;
  severity: "error" | "warning";
  params?: MessageParams;
}

export interface NikFacts {
  provinceCode: string;
  /** Dotted, e.g. "73.09". */
  regencyCode: string;
  /** Dotted, e.g. "73.09.03". */
  districtCode: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  sex: Sex;
  serial: string;
}

/** Strips what people type between digit groups: spaces (incl. no-break), dots, dashes. */
export function normalizeIdNumber(raw: string): string {
  const s = String(raw ?? "");
  // Most numbers arrive as bare digits: no pattern to run over them.
  let digitsOnly = true;
  for (let i = 0; i < s.length && digitsOnly; i++) {
    const c = s.charCodeAt(i);
    digitsOnly = c >= 48 && c <= 57;
  }
  return digitsOnly ? s : s.replace(/[\s.\u00AD\u200B\u2010-\u2015\u2212-]/g, "");
}

/** A calendar date as numbers; months 1–12. */
export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

/** Orders calendar dates. */
export function compareYmd(a: YearMonthDay, b: YearMonthDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The UTC calendar date: core passes dates as midnight UTC of an ISO date (core/dates.ts), so the
 * runtime's time zone (Apps Script's is the project's) must not shift "today" by a day.
 */
export function ymdOf(date: Date): YearMonthDay {
  // Every identity number of a batch is checked against the same "today": read it once.
  if (date === lastDate && date.getTime() === lastTime) return lastYmd;
  lastDate = date;
  lastTime = date.getTime();
  lastYmd = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  return lastYmd;
}
let lastDate: Date | undefined;
let lastTime = Number.NaN;
let lastYmd: YearMonthDay = { year: 0, month: 0, day: 0 };

function formatYmd({ year, month, day }: YearMonthDay): string {
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${p2(month)}-${p2(day)}`;
}

/**
 * The two-digit year read as 20YY unless that date would be after today, else 19YY (docs/domain-rules.md).
 * Comparing the whole date, not just the year, keeps a baby born earlier this year in 20YY.
 */
export function resolveCentury(
  yy: number,
  month: number,
  day: number,
  today: YearMonthDay,
): number {
  const in2000s = { year: 2000 + yy, month, day };
  return compareYmd(in2000s, today) <= 0 ? in2000s.year : 1900 + yy;
}

/** The number of two digits at `at` (the caller has checked they are digits). */
function twoDigits(s: string, at: number): number {
  return (s.charCodeAt(at) - 48) * 10 + s.charCodeAt(at + 1) - 48;
}

function parseFormDate(value: string | undefined): YearMonthDay | undefined {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const ymd = { year: +value.slice(0, 4), month: +value.slice(5, 7), day: +value.slice(8, 10) };
  const valid = ymd.month >= 1 && ymd.month <= 12 && ymd.day >= 1;
  return valid && ymd.day <= daysInMonth(ymd.year, ymd.month) ? ymd : undefined;
}

export function checkNik(
  raw: string,
  ctx: { sex?: Sex; birthDate?: string; today: Date },
): { normalized: string; issues: IdIssue[]; facts?: NikFacts } {
  const normalized = normalizeIdNumber(raw);
  const issues: IdIssue[] = [];
  const error = (code: MessageKey, params?: MessageParams) =>
    issues.push(params ? { code, severity: "error", params } : { code, severity: "error" });

  if (!/^\d*$/.test(normalized)) {
    error("nik.digits");
    return { normalized, issues };
  }
  if (normalized.length !== 16) {
    error("nik.length");
    return { normalized, issues };
  }

  const province = normalized.slice(0, 2);
  const rawDay = twoDigits(normalized, 6);
  const month = twoDigits(normalized, 8);
  const yy = twoDigits(normalized, 10);
  const serial = normalized.slice(12, 16);
  const today = ymdOf(ctx.today);

  const provinceKnown = PROVINCE_CODES.has(province);
  if (!provinceKnown) error("nik.province", { code: province });

  const monthValid = month >= 1 && month <= 12;
  if (!monthValid) error("nik.month", { month: normalized.slice(8, 10) });

  // Women's NIKs carry day + 40; days 32–40 and 72+ belong to nobody.
  const sex: Sex | undefined =
    rawDay >= 1 && rawDay <= 31 ? "L" : rawDay >= 41 && rawDay <= 71 ? "P" : undefined;
  const day = sex === "P" ? rawDay - 40 : rawDay;

  let birth: YearMonthDay | undefined;
  if (sex === undefined) {
    error("nik.day");
  } else if (monthValid) {
    let year = resolveCentury(yy, month, day, today);
    // The NIK holds only YY: a form date one century earlier (a centenarian) is the same date.
    const form = parseFormDate(ctx.birthDate);
    if (
      form &&
      form.month === month &&
      form.day === day &&
      form.year % 100 === yy &&
      form.year === year - 100 &&
      compareYmd(form, today) <= 0
    ) {
      year = form.year;
    }
    if (day > daysInMonth(year, month)) {
      error("nik.day");
    } else {
      birth = { year, month, day };
      if (compareYmd(birth, today) > 0) error("nik.future_birth");
    }
  }

  if (serial === "0000") error("nik.serial");

  // Dukcapil does not re-issue a NIK after a sex correction in the biodata, so a NIK may rightly
  // disagree: a warning, which the person form asks to confirm (sex_differs_confirmed).
  if (ctx.sex !== undefined && sex !== undefined && ctx.sex !== sex) {
    issues.push({
      code: sex === "P" ? "nik.sex_is_female" : "nik.sex_is_male",
      severity: "warning",
    });
  }

  // Areas are split over time while NIKs stay, so an unknown code is only a warning.
  if (provinceKnown) {
    const unknown = unknownAreaOfDigits(normalized);
    if (unknown !== undefined) {
      issues.push({ code: "nik.area_unknown", severity: "warning", params: { code: unknown } });
    }
  }

  if (!birth || sex === undefined) return { normalized, issues };
  const birthDate = formatYmd(birth);
  // Dukcapil keeps the NIK after a birth date correction, so a difference is only a warning.
  if (ctx.birthDate !== undefined && ctx.birthDate !== "" && ctx.birthDate !== birthDate) {
    issues.push({
      code: "nik.birth_date_mismatch",
      severity: "warning",
      params: { nikDate: birthDate, formDate: ctx.birthDate },
    });
  }
  const regencyCode = `${province}.${normalized.slice(2, 4)}`;
  return {
    normalized,
    issues,
    facts: {
      provinceCode: province,
      regencyCode,
      districtCode: `${regencyCode}.${normalized.slice(4, 6)}`,
      birthDate,
      sex,
      serial,
    },
  };
}
