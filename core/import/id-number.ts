// NIK and Kartu Keluarga numbers as found in old sheets: typed as numbers (digits lost), with spaces, dots or an apostrophe.
import { normalizeIdNumber } from "../nik.ts";

export type CleanedId =
  | { readonly kind: "empty" }
  /** Cleaned text; the form's NIK/KK check decides whether it is a valid number. */
  | { readonly kind: "text"; readonly value: string }
  /**
   * Sheets keeps 15 significant digits, so a 16-digit number cell lost its last digit (it reads 0)
   * or shows in scientific notation. `value` keeps what is left, with "?" for each lost digit,
   * so the cell can never pass a NIK or KK check and nobody takes it for the real number.
   */
  | { readonly kind: "broken"; readonly value: string };

const SCIENTIFIC = /^\d(?:[.,]\d+)?e\+?\d+$/i;

export function cleanIdNumber(v: unknown): CleanedId {
  if (v === null || v === undefined) return { kind: "empty" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "text", value: String(v) };
    if (!Number.isInteger(v) || v >= 1e21) return { kind: "broken", value: String(v) };
    const digits = v.toFixed(0);
    // 16 digits or more cannot be held exactly by a Sheets number: everything after the 15th is gone.
    if (digits.length >= 16) {
      return { kind: "broken", value: `${digits.slice(0, 15)}${"?".repeat(digits.length - 15)}` };
    }
    return { kind: "text", value: digits };
  }
  let s = String(v).trim();
  if (s.charAt(0) === "'" || s.charAt(0) === "`") s = s.slice(1).trim();
  if (s === "") return { kind: "empty" };
  if (SCIENTIFIC.test(s.replace(/\s/g, ""))) return { kind: "broken", value: s };
  return { kind: "text", value: normalizeIdNumber(s) };
}
