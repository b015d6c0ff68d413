// Shared helpers of the form tests: one validation context and issue lists as "field:code".
import type { ValidationResult } from "../../../core/validate.ts";

/** A fixed "today", so that age and "not in the future" never depend on when the tests run. */
export const ctx = { today: "2026-11-27" };

export const codes = (r: Pick<ValidationResult, "errors">) =>
  r.errors.map((e) => `${e.field}:${e.code}`).sort();

export const warningCodes = (r: Pick<ValidationResult, "warnings">) =>
  r.warnings.map((w) => `${w.field}:${w.code}`).sort();

export const messageOf = (issues: readonly { field: string; message: string }[], field: string) =>
  issues.find((i) => i.field === field)?.message;
