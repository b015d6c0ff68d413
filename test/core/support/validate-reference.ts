// The record validation as it was before it was made fast (kept for the equivalence test): one zod preprocess per field, form checks in a refinement, identity checks run again for warnings.
import * as z from "zod";
import type { FieldIssue as CheckFieldIssue } from "../../../core/api/records.ts";
import { findVillage } from "../../../core/areas.ts";
import { dateFromIso, isoDateUtc, isValidIsoDate } from "../../../core/dates.ts";
import type {
  ChoiceField,
  FieldSpec,
  FormRule,
  FormSpec,
  RecordValues,
  RuleContext,
  RuleIssue,
} from "../../../core/form-spec.ts";
import {
  choiceLabelKey,
  choicesFor,
  fieldLabelKey,
  findField,
  holds,
  isChoiceField,
  PERSON_REF_PATTERN,
} from "../../../core/form-spec.ts";
import { isMessageKey, type Lang, type MessageParams, t } from "../../../core/i18n.ts";
import { checkKk } from "../../../core/kk.ts";
import type { MessageKey } from "../../../core/messages.ts";
import { checkNik, normalizeIdNumber } from "../../../core/nik.ts";

export interface ValidationContext extends RuleContext {
  /** Today's date where the user is (YYYY-MM-DD): "not in the future" depends on the time zone. */
  readonly today: string;
  /** The group's villages; when given, a record's village must be one of them. */
  readonly villages?: readonly string[];
}

/** One message about one field, as the sidebar, the sheet and the API's record check show it. */
export type FieldIssue = CheckFieldIssue;

export interface ValidationResult {
  readonly ok: boolean;
  /** Normalised values, present when there is no error. */
  readonly value?: RecordValues;
  readonly errors: FieldIssue[];
  readonly warnings: FieldIssue[];
}

type Raw = Record<string, unknown>;
type Labels = Readonly<Record<string, string>>;

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

/** A zod custom issue carrying a catalogue code; `fromRule` marks cross-field rule issues, which leave the field's value valid. */
function custom(code: MessageKey, params?: MessageParams, labels?: Labels, fromRule?: boolean) {
  return { code: "custom" as const, message: code, params, labels, fromRule };
}

function baseSchema(f: FieldSpec, ctx: ValidationContext): z.ZodType {
  switch (f.kind) {
    case "text": {
      const s = z.string().max(f.maxLength);
      const pattern = f.pattern;
      if (!pattern) return s;
      return s.superRefine((text, c) => {
        if (!pattern.regex.test(text)) c.addIssue(custom(pattern.error));
      });
    }
    case "date":
      return z.string().superRefine((s, c) => {
        if (!isValidIsoDate(s)) c.addIssue(custom("error.invalid_date"));
        else if (f.notFuture && s > ctx.today) c.addIssue(custom("error.date_in_future"));
      });
    case "integer":
      // Not .int(): its issue aborts the form-level checks, which must still run.
      return z
        .number()
        .min(f.min)
        .max(f.max)
        .superRefine((n, c) => {
          if (!Number.isInteger(n)) c.addIssue(custom("error.invalid_integer"));
        });
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
    case "person_ref":
      return z.string().superRefine((id, c) => {
        if (!PERSON_REF_PATTERN.test(id)) c.addIssue(custom("error.invalid_person_ref"));
      });
  }
}

function fieldSchema(f: FieldSpec, ctx: ValidationContext): z.ZodType {
  const base = baseSchema(f, ctx);
  const inner = f.required ? base : base.optional();
  return z.preprocess((v) => coerce(f, v), inner);
}

/** The zod schema of a form: every field, conditional and dependent fields, one-of groups, NIK agreement, cross-field rules. */
export function formSchema(spec: FormSpec, ctx: ValidationContext) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of spec.fields) shape[f.key] = fieldSchema(f, ctx);
  return z.strictObject(shape).check(
    z.superRefine(
      (v: Raw, c) => {
        const failed = new Set<string>();
        for (const issue of c.issues) if (issue.path?.length) failed.add(String(issue.path[0]));
        const fail = (key: string, code: MessageKey, params?: MessageParams, labels?: Labels) => {
          failed.add(key);
          c.addIssue({ ...custom(code, params, labels), path: [key] });
        };
        for (const group of spec.oneOf ?? []) {
          if (group.fields.every((k) => isBlank(v[k]))) {
            for (const k of group.fields) fail(k, group.error);
          }
        }
        for (const f of spec.fields) {
          if (isBlank(v[f.key]) || failed.has(f.key)) continue;
          if (f.showIf && !holds(v[f.showIf.field], f.showIf.includes)) {
            fail(f.key, f.showIf.error);
          } else if (isChoiceField(f) && f.choicesBy) {
            const wrong = wrongDependentChoice(spec, f, v);
            if (wrong) fail(f.key, wrong.code, undefined, wrong.labels);
          } else if (f.kind === "nik" && typeof v[f.key] === "string") {
            for (const issue of nikIssues(f, v, ctx)) {
              if (issue.severity === "error") fail(f.key, issue.code, issue.params);
            }
          }
        }
        const filled = (k: string) => !isBlank(v[k]);
        const beforeRules = new Set(failed);
        for (const issue of ruleIssues(spec, cleanValues(spec, v, failed), filled, ctx)) {
          // A field whose own value is wrong gets that message alone: it is fixed first.
          if (issue.severity !== "error" || failed.has(issue.field)) continue;
          c.addIssue({
            ...custom(issue.code, issue.params, issue.labels, true),
            path: [issue.field],
          });
        }
        for (const issue of ruleIssues(spec, cleanValues(spec, v, beforeRules), filled, ctx))
          if (issue.severity === "error") failed.add(issue.field);
        // A warning that needs confirming, on a field with no error, and not confirmed: an error.
        for (const r of spec.rules ?? []) {
          if (r.kind !== "confirm" || r.severity !== "error") continue;
          if (v[r.field] === "yes" || failed.has(r.field)) continue;
          const warned = warningsOf(spec, v as RecordValues, ctx, beforeRules).some(
            (w) => !failed.has(w.field) && (r.warnings as readonly string[]).includes(w.code),
          );
          if (warned) {
            failed.add(r.field);
            c.addIssue({
              ...custom(r.message ?? "rule.confirm_needed", undefined, undefined, true),
              path: [r.field],
            });
          }
        }
      },
      // Run even when some field failed, so the user sees every mistake at once.
      { when: () => true },
    ),
  );
}

/** A dependent choice the parent's current value does not allow, or nothing when all is well or the parent is not yet known. */
function wrongDependentChoice(
  spec: FormSpec,
  f: ChoiceField,
  v: Raw,
): { code: MessageKey; labels: Labels } | undefined {
  const by = f.choicesBy;
  const allowed = by && choicesFor(f, v);
  if (!by || !allowed) return undefined;
  const chosen = v[f.key];
  const values = Array.isArray(chosen) ? chosen : [chosen];
  if (values.every((x) => typeof x === "string" && allowed.includes(x))) return undefined;
  const parentValue = [v[by.field]].flat().find((p) => typeof p === "string");
  return {
    code: by.error ?? "rule.choice_not_for",
    labels: {
      other: fieldLabelKey(spec.id, by.field),
      value: choiceLabel(spec, by.field, String(parentValue)),
    },
  };
}

function choiceLabel(spec: FormSpec, key: string, value: string): string {
  const f = findField(spec, key);
  return f && isChoiceField(f) ? choiceLabelKey(f, value) : value;
}

/** The values a cross-field rule may rely on: filled, and valid for their field. */
function cleanValues(spec: FormSpec, v: Raw, failed: ReadonlySet<string>): RecordValues {
  const out: RecordValues = {};
  for (const f of spec.fields) {
    const x = v[f.key];
    if (!failed.has(f.key) && !isBlank(x)) out[f.key] = x as RecordValues[string];
  }
  return out;
}

/** Every issue of the spec's cross-field rules, errors and warnings. */
function ruleIssues(
  spec: FormSpec,
  values: RecordValues,
  filled: (key: string) => boolean,
  ctx: RuleContext,
): RuleIssue[] {
  const out: RuleIssue[] = [];
  for (const rule of spec.rules ?? []) out.push(...oneRule(spec, rule, values, filled, ctx));
  return out;
}

function oneRule(
  spec: FormSpec,
  rule: FormRule,
  values: RecordValues,
  filled: (key: string) => boolean,
  ctx: RuleContext,
): readonly RuleIssue[] {
  switch (rule.kind) {
    case "date_not_before": {
      const later = values[rule.field];
      const earlier = values[rule.other];
      if (typeof later !== "string" || typeof earlier !== "string" || later >= earlier) return [];
      return [
        {
          field: rule.field,
          severity: rule.severity,
          code: rule.message ?? "rule.date_not_before",
          params: { date: earlier },
          labels: { other: fieldLabelKey(spec.id, rule.other) },
        },
      ];
    }
    case "required_when": {
      if (filled(rule.field)) return [];
      const parent = values[rule.when.field];
      const matched = rule.when.values.find((w) => holds(parent, w));
      if (matched === undefined) return [];
      return [
        {
          field: rule.field,
          severity: rule.severity,
          code: rule.message ?? "rule.required_when",
          labels: {
            other: fieldLabelKey(spec.id, rule.when.field),
            value: choiceLabel(spec, rule.when.field, matched),
          },
        },
      ];
    }
    case "confirm":
      return [];
    case "custom":
      return rule.check(values, ctx);
  }
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

/**
 * Warnings of the identity-number checks and of the rules. `failed`: fields whose own value is
 * invalid, left out of the rules (an unfinished form has some).
 */
function warningsOf(
  spec: FormSpec,
  value: RecordValues,
  ctx: ValidationContext,
  failed: ReadonlySet<string> = new Set(),
): RawIssue[] {
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
  const filled = (k: string) => !isBlank(value[k]);
  for (const i of ruleIssues(spec, cleanValues(spec, value, failed), filled, ctx)) {
    if (i.severity === "warning")
      out.push({ field: i.field, code: i.code, params: i.params, labels: i.labels });
  }
  return out;
}

interface RawIssue {
  field: string;
  code: string;
  params?: MessageParams;
  labels?: Labels;
}

/** Maps a zod issue to a catalogue code: custom checks carry theirs, built-in ones are translated. */
function issueCode(spec: FormSpec, issue: z.core.$ZodIssue, raw: Raw): RawIssue {
  const field = String(issue.path[0] ?? "");
  const f = findField(spec, field);
  if (issue.code === "custom" && isMessageKey(issue.message)) {
    const extra = issue as { params?: MessageParams; labels?: Labels };
    return { field, code: issue.message, params: extra.params, labels: extra.labels };
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
  if (f?.kind === "person_ref") return { field, code: "error.invalid_person_ref" };
  return { field, code: "error.invalid_value" };
}

function toFieldIssue(lang: Lang, raw: RawIssue): FieldIssue {
  const code = isMessageKey(raw.code) ? raw.code : "error.invalid_value";
  let params = raw.params;
  if (raw.labels) {
    params = { ...params };
    for (const [name, key] of Object.entries(raw.labels))
      params[name] = isMessageKey(key) ? t(lang, key) : key;
  }
  return { field: raw.field, code, message: t(lang, code, params) };
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
    const invalid = new Set<string>();
    for (const i of parsed.error.issues) {
      if (!(i as { fromRule?: boolean }).fromRule && i.path.length) invalid.add(String(i.path[0]));
    }
    const failed = new Set(errors.map((e) => e.field));
    const warnings = warningsOf(spec, partial, ctx, invalid)
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
