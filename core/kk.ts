// Offline plausibility check of a Kartu Keluarga (family card) number: structure, issue date, area.
import { PROVINCE_CODES, unknownAreaOfDigits } from "./areas.ts";
import { daysInMonth } from "./dates.ts";
import type { MessageParams } from "./i18n.ts";
import type { MessageKey } from "./messages.ts";
import { compareYmd, type IdIssue, normalizeIdNumber, resolveCentury, ymdOf } from "./nik.ts";

/**
 * `PP RR DD ddmmyy SSSS` like a NIK, but the date is the issue date with no +40. It changes when a
 * family splits or moves, so it is checked, never used as a key.
 */
export function checkKk(
  raw: string,
  ctx: { today: Date },
): { normalized: string; issues: IdIssue[] } {
  const normalized = normalizeIdNumber(raw);
  const issues: IdIssue[] = [];
  const error = (code: MessageKey, params?: MessageParams) =>
    issues.push(params ? { code, severity: "error", params } : { code, severity: "error" });

  if (!/^\d*$/.test(normalized)) {
    error("kk.digits");
    return { normalized, issues };
  }
  if (normalized.length !== 16) {
    error("kk.length");
    return { normalized, issues };
  }

  const province = normalized.slice(0, 2);
  const day = Number(normalized.slice(6, 8));
  const month = Number(normalized.slice(8, 10));
  const yy = Number(normalized.slice(10, 12));
  const today = ymdOf(ctx.today);

  const provinceKnown = PROVINCE_CODES.has(province);
  if (!provinceKnown) error("kk.province", { code: province });

  let dateValid = month >= 1 && month <= 12 && day >= 1 && day <= 31;
  if (dateValid) {
    const year = resolveCentury(yy, month, day, today);
    const issued = { year, month, day };
    dateValid = day <= daysInMonth(year, month) && compareYmd(issued, today) <= 0;
  }
  if (!dateValid) error("kk.date");

  if (normalized.slice(12) === "0000") error("kk.serial");

  if (provinceKnown) {
    const unknown = unknownAreaOfDigits(normalized);
    if (unknown !== undefined) {
      issues.push({ code: "kk.area_unknown", severity: "warning", params: { code: unknown } });
    }
  }
  return { normalized, issues };
}
