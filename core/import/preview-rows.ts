// Sorts mapped source rows into kinds for the preview (same checks and messages as the forms) and applies the user's choices.
import type { FormSpec } from "../form-spec.ts";
import { type Lang, t } from "../i18n.ts";
import {
  checkRecord,
  type FieldIssue,
  formValidator,
  type ValidationContext,
} from "../validate.ts";
import { type Duplicate, findDuplicates, identityFields } from "./duplicates.ts";
import type { MappedRow } from "./map-row.ts";

export const ROW_KINDS = [
  "ok",
  "warning",
  "error",
  "duplicate_register",
  "duplicate_source",
] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** What to do with the rows of one kind: write, leave out, or write and mark (colour and note). */
export type RowChoice = "import" | "skip" | "mark";

export interface RowOutcome {
  readonly kind: RowKind | "empty";
  readonly errors: FieldIssue[];
  readonly warnings: FieldIssue[];
  readonly duplicate?: Duplicate;
}

/** Checks every mapped row once, with the import's own issues first; duplicates win over errors. */
export function classifyRows(
  spec: FormSpec,
  rows: readonly MappedRow[],
  register: readonly Record<string, unknown>[],
  ctx: ValidationContext,
  lang: Lang,
): RowOutcome[] {
  const validator = formValidator(spec, ctx);
  const id = identityFields(spec);
  const dups = id
    ? findDuplicates(
        id,
        register,
        rows.map((r) => r.raw),
      )
    : rows.map(() => undefined);
  return rows.map((row, i) => {
    if (row.empty) return { kind: "empty", errors: [], warnings: [] };
    const own = (sev: "error" | "warning"): FieldIssue[] =>
      row.issues
        .filter((x) => x.severity === sev)
        .map((x) => ({ field: x.field, code: x.code, message: t(lang, x.code) }));
    const checked = checkRecord(validator, row.raw, lang);
    const ownErrors = own("error");
    // A broken number's own message replaces the generic one on the same field.
    const broken = new Set(ownErrors.map((e) => e.field));
    const errors = [...ownErrors, ...checked.errors.filter((e) => !broken.has(e.field))];
    const warnings = [...own("warning"), ...checked.warnings];
    const duplicate = dups[i];
    const kind: RowKind = duplicate
      ? duplicate.kind === "register"
        ? "duplicate_register"
        : "duplicate_source"
      : errors.length
        ? "error"
        : warnings.length
          ? "warning"
          : "ok";
    return duplicate ? { kind, errors, warnings, duplicate } : { kind, errors, warnings };
  });
}

export function countKinds(outcomes: readonly RowOutcome[]): Record<RowKind, number> {
  const out = Object.fromEntries(ROW_KINDS.map((k) => [k, 0])) as Record<RowKind, number>;
  for (const o of outcomes) if (o.kind !== "empty") out[o.kind]++;
  return out;
}

/** The default choices: valid rows and rows with errors or warnings are written (the latter marked); duplicates skipped. */
export const DEFAULT_CHOICES: Readonly<Record<RowKind, RowChoice>> = {
  ok: "import",
  warning: "mark",
  error: "mark",
  duplicate_register: "skip",
  duplicate_source: "skip",
};

/** What happens to one row under the choices: left out, written plain, or written and marked. */
export function rowAction(o: RowOutcome, choices: Readonly<Record<RowKind, RowChoice>>): RowChoice {
  return o.kind === "empty" ? "skip" : choices[o.kind];
}
