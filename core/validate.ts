// Derives a form's zod schema (validates and normalises) and turns its issues into catalogue messages.
import * as z from "zod";
import { findVillage } from "./areas.ts";
import { dateFromIso, isoDateUtc, isValidIsoDate } from "./dates.ts";
import type { FieldSpec, FormSpec, RecordValues } from "./form-spec.ts";
import { findField, isFieldShown } from "./form-spec.ts";
import { isMessageKey, type Lang, type MessageParams, t } from "./i18n.ts";
import { checkKk } from "./kk.ts";
import type { MessageKey } from "./messages.ts";
import { checkNik, normalizeIdNumber } from "./nik.ts";

export interface ValidationContext {
  /** Today's date where the user is (YYYY-MM-DD): "not in the future" depends on the time zone. */
  readonly today: string;
  /** The group's villages; when given, a record's village must be one of them. */
  readonly villages?: readonly string[];
}

export interface FieldIssue {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export interface ValidationResult {
  readonly ok: boolean;
  /** Normalised values, present when there is no error. */
  readonly value?: RecordValues;
  readonly errors: FieldIssue[];
  readonly warnings: FieldIssue[];
}

type Raw = Record<string, unknown>;

function isBlank(v: unknown): boolean {
  return (
    v === null ||
    v === undefined ||
    (typeof v === "string" && v.trim() === "") ||
    (Array.isArray(v) && v.length === 0)
  );
}

/** Accepts what a form, a sheet cell or a JSON client sends and brings it to the field's shape. */
function coerce(f: FieldSpec, v: unknown): unknown {
  if (isBlank(v)) return undefined;
  switch (f.kind) {
    case "integer":
      if (typeof v === "string" && /^\s*-?\d+(\.0+)?\s*$/.test(v)) return Number(v);
      return v;
    case "date":
      return v instanceof Date && !Number.isNaN(v.getTime()) ? isoDateUtc(v) : trimmed(v);
    case "multi": {
      const parts = typeof v === "string" ? v.split(/[,;]/) : Array.isArray(v) ? v : [v];
      const out = parts.map((p) => (typeof p === "string" ? p.trim() : p)).filter((p) => p !== "");
      return out.length ? out : undefined;
    }
    case "choice":
      return typeof v === "number" || typeof v === "boolean" ? String(v) : trimmed(v);
    case "nik":
    case "kk":
      return typeof v === "string" ? normalizeIdNumber(v) : typeof v === "number" ? String(v) : v;
    default:
      return typeof v === "number" ? String(v) : trimmed(v);
  }
}

function trimmed(v: unknown): unknown {
  return typeof v === "string" ? v.trim() : v;
}

function custom(code: MessageKey, params?: MessageParams) {
  return { code: "custom" as const, message: code, params };
}

function baseSchema(f: FieldSpec, ctx: ValidationContext): z.ZodType {
  switch (f.kind) {
    case "text":
      return z.string().max(f.maxLength);
    case "date":
      return z.string().superRefine((s, c) => {
        if (!isValidIsoDate(s)) c.addIssue(custom("error.invalid_date"));
        else if (f.notFuture && s > ctx.today) c.addIssue(custom("error.date_in_future"));
      });
    case "integer":
      return z.number().int().min(f.min).max(f.max);
    case "choice":
      return z.enum(f.choices as [string, ...string[]]);
    case "multi":
      return z
        .array(z.enum(f.choices as [string, ...string[]]))
        .transform((vals) => f.choices.filter((c) => vals.includes(c)));
    case "village":
      return z.string().superRefine((code, c) => {
        if (!findVillage(code)) c.addIssue(custom("error.invalid_village"));
        else if (ctx.villages?.length && !ctx.villages.includes(code))
          c.addIssue(custom("error.village_not_in_group"));
      });
    case "nik":
      // Structure, sex and birth date are checked together in the form-level check below.
      return z.string();
    case "kk":
      return z.string().superRefine((kk, c) => {
        for (const issue of checkKk(kk, { today: dateFromIso(ctx.today) }).issues) {
          if (issue.severity === "error") c.addIssue(custom(issue.code, issue.params));
        }
      });
  }
}

function fieldSchema(f: FieldSpec, ctx: ValidationContext): z.ZodType {
  const base = baseSchema(f, ctx);
  const inner = f.required ? base : base.optional();
  return z.preprocess((v) => coerce(f, v), inner);
}

/** The zod schema of a form: every field, conditional fields, one-of groups, NIK agreement. */
export function formSchema(spec: FormSpec, ctx: ValidationContext) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of spec.fields) shape[f.key] = fieldSchema(f, ctx);
  return z.strictObject(shape).check(
    z.superRefine(
      (v: Raw, c) => {
        for (const group of spec.oneOf ?? []) {
          if (group.fields.every((k) => isBlank(v[k]))) {
            for (const k of group.fields) c.addIssue({ ...custom(group.error), path: [k] });
          }
        }
        for (const f of spec.fields) {
          if (f.showIf && !isBlank(v[f.key]) && !isFieldShown(f, v)) {
            c.addIssue({ ...custom(f.showIf.error), path: [f.key] });
          }
          if (f.kind === "nik" && typeof v[f.key] === "string") {
            for (const issue of nikIssues(f, v, ctx)) {
              if (issue.severity === "error")
                c.addIssue({ ...custom(issue.code, issue.params), path: [f.key] });
            }
          }
        }
      },
      // Run even when some field failed, so the user sees every mistake at once.
      { when: () => true },
    ),
  );
}

function nikIssues(f: Extract<FieldSpec, { kind: "nik" }>, v: Raw, ctx: ValidationContext) {
  const sex = v[f.sexField];
  const birth = v[f.birthDateField];
  return checkNik(String(v[f.key]), {
    sex: sex === "L" || sex === "P" ? sex : undefined,
    birthDate: typeof birth === "string" && isValidIsoDate(birth) ? birth : undefined,
    today: dateFromIso(ctx.today),
  }).issues;
}

function warningsOf(spec: FormSpec, value: RecordValues, ctx: ValidationContext): RawIssue[] {
  const out: RawIssue[] = [];
  for (const f of spec.fields) {
    const v = value[f.key];
    if (typeof v !== "string") continue;
    const issues =
      f.kind === "nik"
        ? nikIssues(f, value, ctx)
        : f.kind === "kk"
          ? checkKk(v, { today: dateFromIso(ctx.today) }).issues
          : [];
    for (const i of issues) {
      if (i.severity === "warning") out.push({ field: f.key, code: i.code, params: i.params });
    }
  }
  return out;
}

interface RawIssue {
  field: string;
  code: string;
  params?: MessageParams;
}

/** Maps a zod issue to a catalogue code: custom checks carry theirs, built-in ones are translated. */
function issueCode(spec: FormSpec, issue: z.core.$ZodIssue, raw: Raw): RawIssue {
  const field = String(issue.path[0] ?? "");
  const f = findField(spec, field);
  if (issue.code === "custom" && isMessageKey(issue.message)) {
    return { field, code: issue.message, params: (issue as { params?: MessageParams }).params };
  }
  if (issue.code === "unrecognized_keys") {
    return { field: issue.keys[0] ?? "", code: "error.unknown_field" };
  }
  if (isBlank(raw[field])) return { field, code: "error.required" };
  if (issue.code === "too_big" && issue.origin === "string")
    return { field, code: "error.text_too_long", params: { max: Number(issue.maximum) } };
  if (issue.code === "too_big")
    return { field, code: "error.number_too_large", params: { max: Number(issue.maximum) } };
  if (issue.code === "too_small")
    return { field, code: "error.number_too_small", params: { min: Number(issue.minimum) } };
  if (issue.code === "invalid_value") return { field, code: "error.invalid_choice" };
  if (f?.kind === "integer") return { field, code: "error.invalid_integer" };
  if (f?.kind === "choice" || f?.kind === "multi") return { field, code: "error.invalid_choice" };
  return { field, code: "error.invalid_value" };
}

function toFieldIssue(lang: Lang, raw: RawIssue): FieldIssue {
  const code = isMessageKey(raw.code) ? raw.code : "error.invalid_value";
  return { field: raw.field, code, message: t(lang, code, raw.params) };
}

function dedupe(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.field}\u0000${i.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Validates one record as typed (form, sheet row or API), with messages in the user's language. */
export function validateRecord(
  spec: FormSpec,
  raw: Raw,
  ctx: ValidationContext,
  lang: Lang,
  schema = formSchema(spec, ctx),
): ValidationResult {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const errors = dedupe(
      parsed.error.issues.map((i) => toFieldIssue(lang, issueCode(spec, i, raw))),
    );
    // Warnings still help while other fields are unfinished, on fields that have no error themselves.
    const partial: RecordValues = {};
    for (const f of spec.fields) partial[f.key] = coerce(f, raw[f.key]) as RecordValues[string];
    const failed = new Set(errors.map((e) => e.field));
    const warnings = warningsOf(spec, partial, ctx)
      .filter((w) => !failed.has(w.field))
      .map((w) => toFieldIssue(lang, w));
    return { ok: false, errors, warnings: dedupe(warnings) };
  }
  const value = stripUndefined(parsed.data as RecordValues);
  const warnings = dedupe(warningsOf(spec, value, ctx).map((w) => toFieldIssue(lang, w)));
  return { ok: true, value, errors: [], warnings };
}

function stripUndefined(v: RecordValues): RecordValues {
  const out: RecordValues = {};
  for (const [k, val] of Object.entries(v)) if (val !== undefined) out[k] = val;
  return out;
}
