// Derives a form's zod schema (validates and normalises) and turns its issues into catalogue messages.
// zod/mini: the same zod core and issues as the full API, but only the parts named here reach a form page.
import * as z from "zod/mini";
import type { FieldIssue as CheckFieldIssue } from "./api/records.ts";
import { isKnownVillage } from "./areas.ts";
import { dateFromIso, isoDateUtc, isValidIsoDate } from "./dates.ts";
import type {
  ChoiceField,
  ConfirmRule,
  FieldSpec,
  FormRule,
  FormSpec,
  RecordValues,
  RuleContext,
  RuleIssue,
} from "./form-spec.ts";
import {
  choiceLabelKey,
  choicesFor,
  confirmRules,
  fieldLabelKey,
  findField,
  holds,
  isChoiceField,
  PERSON_REF_PATTERN,
  ruleFields,
} from "./form-spec.ts";
import { isMessageKey, type Lang, type MessageParams, t } from "./i18n.ts";
import { checkKk } from "./kk.ts";
import type { MessageKey } from "./messages.ts";
import { checkNik, type IdIssue, normalizeIdNumber } from "./nik.ts";

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

/**
 * Accepts what a form, a sheet cell or a JSON client sends and brings it to the field's shape; a
 * multi-choice list whose every value is known comes out once each, in the field's own order.
 */
export function coerce(f: FieldSpec, v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string") {
    // One trim per value: every cell of every row passes here.
    const text = v.trim();
    if (text === "") return undefined;
    switch (f.kind) {
      case "integer":
        return /^-?\d+(\.0+)?$/.test(text) ? Number(text) : v;
      case "multi":
        return coerceMulti(f, text);
      case "nik":
      case "kk":
        return normalizeIdNumber(v);
      default:
        return text;
    }
  }
  if (Array.isArray(v) && v.length === 0) return undefined;
  switch (f.kind) {
    case "integer":
      return v;
    case "date":
      return v instanceof Date && !Number.isNaN(v.getTime()) ? isoDateUtc(v) : v;
    case "multi":
      return coerceMulti(f, v);
    case "choice":
      return typeof v === "number" || typeof v === "boolean" ? String(v) : v;
    case "nik":
    case "kk":
      return typeof v === "number" ? String(v) : v;
    default:
      return typeof v === "number" ? String(v) : v;
  }
}

/** A list from a cell ("a, b; c") or an array; trimmed, blanks dropped. By loops: every row passes here. */
function coerceMulti(f: ChoiceField, v: unknown): unknown {
  const parts: unknown[] = typeof v === "string" ? v.split(/[,;]/) : Array.isArray(v) ? v : [v];
  const out: unknown[] = [];
  // Known values already once each in the field's order need no second list; a list sent that way is kept.
  let known = true;
  let ordered = true;
  let same = parts === v;
  let last = -1;
  for (const p of parts) {
    const x = typeof p === "string" ? p.trim() : p;
    if (x !== p) same = false;
    if (x === "") {
      same = false;
      continue;
    }
    out.push(x);
    if (!known) continue;
    const at = typeof x === "string" ? f.choices.indexOf(x) : -1;
    if (at < 0) known = false;
    else if (at <= last) ordered = false;
    else last = at;
  }
  if (!out.length) return undefined;
  if (known && ordered && same) return v;
  if (!known || ordered) return out;
  const canonical: string[] = [];
  for (const c of f.choices) if (out.indexOf(c) >= 0) canonical.push(c);
  return canonical;
}

/**
 * A zod check reporting catalogue codes: `test` returns the code of what is wrong, or undefined.
 * A plain check function (zod's `.check`) rather than `superRefine`, which makes a closure for
 * every value it sees; the issue goes on to the field's other checks, as a refinement's would.
 */
function coded<T>(test: (value: T) => { code: MessageKey; params?: MessageParams } | undefined) {
  return (payload: z.core.ParsePayload<T>) => {
    const wrong = test(payload.value);
    if (wrong)
      payload.issues.push({
        code: "custom",
        message: wrong.code,
        params: wrong.params,
        input: payload.value,
        continue: true,
      });
  };
}

/**
 * A compiled form: its fields' zod schema over coerced values, and what the form-level checks
 * need looked up once rather than per record. Build it once per batch of records.
 */
export interface FormValidator {
  readonly spec: FormSpec;
  readonly ctx: ValidationContext;
  /** Each field's own checks (type, length, choices, dates, area, KK structure), optional unless required. */
  readonly schemas: ReadonlyMap<string, z.ZodMiniType>;
  readonly today: Date;
  readonly byKey: ReadonlyMap<string, FieldSpec>;
  /** The fields with form-level checks (conditional, dependent, NIK, KK): the rest are not visited again. */
  readonly formChecked: readonly FieldSpec[];
  /** The KK check's last answer per field: its errors come from the field schema, its warnings reuse it. */
  readonly kkSeen: Map<string, { kk: string; issues: readonly IdIssue[] }>;
  /** Reused for every record (one at a time): the keys and coerced values of the one being checked. */
  readonly scratch: { keys: string[]; coerced: unknown[] };
  /** Every field a cross-field rule reads (rules see only filled, valid fields). */
  readonly ruleReads: ReadonlySet<string>;
  /** Per field, whether a coerced value surely passes its schema (see `accepts`). */
  readonly accepts: ReadonlyMap<string, (x: unknown) => boolean>;
  readonly requiredCount: number;
  readonly ignore: ReadonlySet<string>;
  readonly blankUnknownIgnored: boolean;
  /** Warnings that need a confirmation: their warnings are looked for even without `withWarnings`. */
  readonly confirms: readonly ConfirmRule[];
  /** The warning codes the confirms name. */
  readonly confirmCodes: ReadonlySet<string>;
}

function baseSchema(f: FieldSpec, v: FormValidator): z.ZodMiniType {
  const ctx = v.ctx;
  switch (f.kind) {
    case "text": {
      const pattern = f.pattern;
      if (!pattern) return z.string(QUIET).check(z.maxLength(f.maxLength, QUIET));
      return z.string(QUIET).check(
        z.maxLength(f.maxLength, QUIET),
        coded((text: string) => (pattern.regex.test(text) ? undefined : { code: pattern.error })),
      );
    }
    case "date":
      return z.string(QUIET).check(
        coded((s: string) => {
          if (!isValidIsoDate(s)) return { code: "error.invalid_date" };
          if (f.notFuture && s > ctx.today) return { code: "error.date_in_future" };
          return undefined;
        }),
      );
    case "integer":
      return z.number(QUIET).check(
        z.gte(f.min, QUIET),
        z.lte(f.max, QUIET),
        coded((n: number) => (Number.isInteger(n) ? undefined : { code: "error.invalid_integer" })),
      );
    case "choice":
      return z.enum(f.choices as [string, ...string[]], QUIET);
    case "multi":
      // Coercion already put a valid list in the field's order.
      return z.array(z.enum(f.choices as [string, ...string[]], QUIET), QUIET);
    case "village": {
      const own = ctx.villages?.length ? new Set(ctx.villages) : undefined;
      return z.string(QUIET).check(
        coded((code: string) => {
          if (!isKnownVillage(code)) return { code: "error.invalid_village" };
          if (own && !own.has(code)) return { code: "error.village_not_in_group" };
          return undefined;
        }),
      );
    }
    case "nik":
      // Structure, sex and birth date are checked together in the form-level checks.
      return z.string(QUIET);
    case "kk":
      // Its errors here, in the field's place; its warnings are read back from the memo.
      return z.string(QUIET).check((payload) => {
        const kk = payload.value;
        const issues = checkKk(kk, { today: v.today }).issues;
        v.kkSeen.set(f.key, { kk, issues });
        for (const issue of issues) {
          if (issue.severity === "error")
            payload.issues.push({
              code: "custom",
              message: issue.code,
              params: issue.params,
              input: kk,
              continue: true,
            });
        }
      });
    case "person_ref":
      return z
        .string()
        .check(
          coded((id: string) =>
            PERSON_REF_PATTERN.test(id) ? undefined : { code: "error.invalid_person_ref" },
          ),
        );
  }
}

/**
 * Whether a coerced value surely passes its field's zod schema above: the same limits as plain
 * tests, so a valid record skips zod (which builds a result object per field and, on Workers,
 * cannot compile its fast path). Never true where zod would object; false sends the record
 * through zod for its exact issues. The equivalence tests compare both ways on random records.
 */
function accepts(f: FieldSpec, v: FormValidator): (x: unknown) => boolean {
  const ctx = v.ctx;
  switch (f.kind) {
    case "text": {
      const { maxLength, pattern } = f;
      return (x) =>
        typeof x === "string" && x.length <= maxLength && (!pattern || pattern.regex.test(x));
    }
    case "date":
      return (x) => typeof x === "string" && isValidIsoDate(x) && (!f.notFuture || x <= ctx.today);
    case "integer":
      return (x) => typeof x === "number" && Number.isInteger(x) && x >= f.min && x <= f.max;
    case "choice": {
      const choices = new Set(f.choices);
      return (x) => typeof x === "string" && choices.has(x);
    }
    case "multi": {
      const choices = new Set(f.choices);
      return (x) => {
        if (!Array.isArray(x)) return false;
        for (const c of x) if (typeof c !== "string" || !choices.has(c)) return false;
        return true;
      };
    }
    case "village": {
      const own = ctx.villages?.length ? new Set(ctx.villages) : undefined;
      return (x) => typeof x === "string" && isKnownVillage(x) && (!own || own.has(x));
    }
    case "nik":
      return (x) => typeof x === "string";
    case "kk":
      return (x) => {
        if (typeof x !== "string") return false;
        const issues = checkKk(x, { today: v.today }).issues;
        v.kkSeen.set(f.key, { kk: x, issues });
        for (const issue of issues) if (issue.severity === "error") return false;
        return true;
      };
    case "person_ref":
      return (x) => typeof x === "string" && PERSON_REF_PATTERN.test(x);
  }
}

/** The valid values in the form's field order, lists copied: what zod's output would be. */
function orderedCopy(spec: FormSpec, values: Raw): Raw {
  const out: Raw = {};
  for (const f of spec.fields) {
    const x = values[f.key];
    if (x !== undefined) out[f.key] = Array.isArray(x) ? x.slice() : x;
  }
  return out;
}

/**
 * Zod's own wording of an issue is never shown (issueCode maps each to the catalogue), so the
 * schemas carry a constant instead of having the locale compose one per issue (an invalid choice
 * would list every choice).
 */
const QUIET = { error: () => "invalid" };

/** Compiles a form for validating many records with the same context. */
export function formValidator(
  spec: FormSpec,
  ctx: ValidationContext,
  /**
   * `ignore`: keys passed over in silence (a form's fields the record check does not receive);
   * `blankUnknown`: whether a key the form does not know is passed over when its value is blank.
   */
  opts: { ignore?: ReadonlySet<string>; blankUnknownIgnored?: boolean } = {},
): FormValidator {
  const v: { -readonly [K in keyof FormValidator]: FormValidator[K] } = {
    spec,
    ctx,
    ignore: opts.ignore ?? new Set(),
    blankUnknownIgnored: opts.blankUnknownIgnored ?? false,
    schemas: new Map(),
    today: dateFromIso(ctx.today),
    byKey: new Map(spec.fields.map((f) => [f.key, f])),
    formChecked: spec.fields.filter(
      (f) => f.showIf || (isChoiceField(f) && f.choicesBy) || f.kind === "nik" || f.kind === "kk",
    ),
    kkSeen: new Map(),
    scratch: { keys: [], coerced: [] },
    ruleReads: new Set((spec.rules ?? []).flatMap((r) => ruleFields(r))),
    accepts: new Map(),
    requiredCount: spec.fields.filter((f) => f.required).length,
    confirms: confirmRules(spec),
    confirmCodes: new Set(confirmRules(spec).flatMap((r) => r.warnings)),
  };
  v.schemas = new Map(
    spec.fields.map((f) => {
      const base = baseSchema(f, v);
      return [f.key, f.required ? base : z.optional(base)];
    }),
  );
  v.accepts = new Map(spec.fields.map((f) => [f.key, accepts(f, v)]));
  return v;
}

/** What the checks found in one record, before messages: codes with their field. */
interface Examined {
  /** The coerced values of the form's fields, blanks left out (a new object when the fields passed). */
  readonly values: Raw;
  readonly errors: RawIssue[];
  readonly warnings: RawIssue[];
}

/**
 * Every check of one record: the fields' own (zod), then one-of groups, conditional and dependent
 * fields, NIK agreement and the cross-field rules, each run once for both errors and warnings.
 * `withWarnings: false` skips collecting warnings (a report only needs to know what is valid).
 */
function examine(fv: FormValidator, raw: Raw, withWarnings: boolean, withValues = true): Examined {
  const { spec, byKey } = fv;
  // A warning that needs confirming decides validity: it is kept even when only that matters.
  const keep = (code: string) => withWarnings || fv.confirmCodes.has(code);
  // Only the keys the record has: a JSON record leaves most fields out. A record that coercion
  // leaves as it is (the API's, mostly) is checked as it is: zod's output is the copy returned.
  const { keys, coerced } = fv.scratch;
  if (fv.kkSeen.size) fv.kkSeen.clear();
  // The filled fields not surely valid: only these (and missing required ones) go through zod.
  let refused: string[] | undefined;
  let n = 0;
  let changed = false;
  let sure = true;
  let required = 0;
  /** Keys the form does not know, in the order sent: reported, never copied (nor "__proto__" set). */
  let unknown: string[] | undefined;
  for (const key in raw) {
    const f = byKey.get(key);
    const x = raw[key];
    if (!f) {
      changed = true;
      if (fv.ignore.has(key) || (fv.blankUnknownIgnored && isBlank(x))) continue;
      unknown ??= [];
      unknown.push(key);
      continue;
    }
    const c = coerce(f, x);
    if (c !== x || c === undefined) changed = true;
    if (c !== undefined) {
      if (f.required) required++;
      if (!fv.accepts.get(key)?.(c)) {
        sure = false;
        refused ??= [];
        refused.push(key);
      }
    }
    keys[n] = key;
    coerced[n++] = c;
  }
  let values = raw;
  if (changed) {
    values = {};
    for (let i = 0; i < n; i++) {
      const c = coerced[i];
      if (c !== undefined) values[keys[i] as string] = c;
    }
  }
  // Every field surely valid and every required one there: zod would pass it as it is.
  const valid = sure && !unknown && required === fv.requiredCount;
  const errors: RawIssue[] = [];
  /** Fields whose own value is wrong: left out of the rules, and given no warnings. */
  const failed: string[] = [];
  if (!valid) {
    const missing = required < fv.requiredCount;
    for (const issue of fieldIssues(fv, values, refused ?? [], missing, unknown)) {
      if (issue.path.length) failed.push(String(issue.path[0]));
      errors.push(issueCode(fv, issue, raw));
    }
  }
  for (const group of spec.oneOf ?? []) {
    let blank = true;
    for (const k of group.fields) if (values[k] !== undefined) blank = false;
    if (blank)
      for (const k of group.fields) failure(errors, failed, { field: k, code: group.error });
  }
  // Identity-number warnings first, then the rules' warnings, as the user reads them.
  const warnings: RawIssue[] = [];
  for (const f of fv.formChecked) {
    const x = values[f.key];
    if (x === undefined || failed.includes(f.key)) continue;
    if (f.showIf && !holds(values[f.showIf.field], f.showIf.includes)) {
      failure(errors, failed, { field: f.key, code: f.showIf.error });
    } else if (isChoiceField(f) && f.choicesBy) {
      const wrong = wrongDependentChoice(spec, f, values);
      if (wrong) failure(errors, failed, { field: f.key, code: wrong.code, labels: wrong.labels });
    } else if (f.kind === "nik" && typeof x === "string") {
      for (const issue of nikIssues(f, values, fv)) {
        const found = { field: f.key, code: issue.code, params: issue.params };
        if (issue.severity === "error") failure(errors, failed, found);
        else if (keep(issue.code)) warnings.push(found);
      }
    } else if (f.kind === "kk" && typeof x === "string" && (withWarnings || fv.confirmCodes.size)) {
      const seen = fv.kkSeen.get(f.key);
      for (const issue of seen?.kk === x ? seen.issues : []) {
        if (issue.severity === "warning" && keep(issue.code))
          warnings.push({ field: f.key, code: issue.code, params: issue.params });
      }
    }
  }
  // Unless a rule reads a failed field, the values are the clean ones: no copy.
  const clean = failed.some((k) => fv.ruleReads.has(k))
    ? cleanValues(spec, values, failed)
    : values;
  let ruleFailed: string[] | undefined;
  for (const issue of ruleIssues(spec, clean as RecordValues, values, fv.ctx)) {
    const { field, code, params, labels } = issue;
    // A field whose own value is wrong gets that message alone: it is fixed first.
    if (issue.severity === "error") {
      if (!failed.includes(field)) {
        ruleFailed ??= [];
        ruleFailed.push(field);
        errors.push({ field, code, params, labels });
      }
    } else if (keep(code)) warnings.push({ field, code, params, labels });
  }
  if (ruleFailed) for (const field of ruleFailed) failed.push(field);
  // Warnings still help while other fields are unfinished, on fields that have no error themselves.
  const shown = failed.length ? warnings.filter((w) => !failed.includes(w.field)) : warnings;
  for (const c of fv.confirms) {
    if (values[c.field] === "yes" || failed.includes(c.field)) continue;
    if (!shown.some((w) => (c.warnings as readonly string[]).includes(w.code))) continue;
    const issue = { field: c.field, code: c.message ?? "rule.confirm_needed" };
    if (c.severity === "error") failure(errors, failed, issue);
    else shown.push(issue);
  }
  // Zod's output is a fresh object in the form's field order: the caller's record is never handed back.
  const out = errors.length || !withValues ? values : orderedCopy(spec, values);
  return { values: out, errors, warnings: withWarnings ? shown : [] };
}

/**
 * The issues zod finds in a record's fields, as the strict object of all of them would report
 * them (field by field in the form's order, then the unknown keys), but parsing only the fields
 * not surely valid: a wrong record has one or two wrong fields among twenty.
 */
function fieldIssues(
  fv: FormValidator,
  values: Raw,
  refused: readonly string[],
  missing: boolean,
  unknown: readonly string[] | undefined,
): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  // With every required field there, only the refused ones are visited (in the form's order):
  // reading each field of a record whose shape varies costs more than the checks.
  const fields = missing ? fv.spec.fields : fv.spec.fields.filter((f) => refused.includes(f.key));
  for (const f of fields) {
    const x = values[f.key];
    if (x === undefined ? !f.required : !refused.includes(f.key)) continue;
    const schema = fv.schemas.get(f.key);
    if (!schema) continue;
    // What safeParse runs, without the error object it wraps the issues in (its class, a copy of
    // every issue and its message): only the issues' codes and limits are read here. Each issue
    // is new to this run, so it takes its full path in place.
    const run = schema._zod.run({ value: x, issues: [] }, { async: false });
    if (run instanceof Promise) throw new Error(`${f.key}: an asynchronous check`);
    for (const issue of run.issues) {
      const full = issue as { path?: PropertyKey[] };
      full.path = issue.path ? [f.key, ...issue.path] : [f.key];
      out.push(issue as z.core.$ZodIssue);
    }
  }
  if (unknown)
    out.push({
      code: "unrecognized_keys",
      keys: [...unknown],
      path: [],
      message: "invalid",
      input: values,
    });
  return out;
}

/** Records an error of the form-level checks: the field now counts as failed for what follows. */
function failure(errors: RawIssue[], failed: string[], issue: RawIssue): void {
  failed.push(issue.field);
  errors.push(issue);
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
function cleanValues(spec: FormSpec, v: Raw, failed: readonly string[]): RecordValues {
  const out: RecordValues = {};
  for (const f of spec.fields) {
    const x = v[f.key];
    if (x !== undefined && !failed.includes(f.key)) out[f.key] = x as RecordValues[string];
  }
  return out;
}

/** Every issue of the spec's cross-field rules, errors and warnings. `values`: coerced, blanks left out. */
function ruleIssues(
  spec: FormSpec,
  clean: RecordValues,
  values: Raw,
  ctx: RuleContext,
): RuleIssue[] {
  const out: RuleIssue[] = [];
  for (const rule of spec.rules ?? []) {
    for (const issue of oneRule(spec, rule, clean, values, ctx)) out.push(issue);
  }
  return out;
}

function oneRule(
  spec: FormSpec,
  rule: FormRule,
  values: RecordValues,
  filled: Raw,
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
      if (filled[rule.field] !== undefined) return [];
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
      // Applied once every other check has spoken (examine).
      return [];
    case "custom":
      return rule.check(values, ctx);
  }
}

function nikIssues(f: Extract<FieldSpec, { kind: "nik" }>, v: Raw, fv: FormValidator) {
  const sex = v[f.sexField];
  const birth = v[f.birthDateField];
  return checkNik(String(v[f.key]), {
    sex: sex === "L" || sex === "P" ? sex : undefined,
    birthDate: typeof birth === "string" && isValidIsoDate(birth) ? birth : undefined,
    today: fv.today,
  }).issues;
}

interface RawIssue {
  field: string;
  code: string;
  params?: MessageParams;
  labels?: Labels;
}

/** Maps a zod issue to a catalogue code: custom checks carry theirs, built-in ones are translated. */
function issueCode(fv: FormValidator, issue: z.core.$ZodIssue, raw: Raw): RawIssue {
  const field = String(issue.path[0] ?? "");
  const f = fv.byKey.get(field);
  if (issue.code === "custom" && isMessageKey(issue.message)) {
    const extra = issue as { params?: MessageParams };
    return { field, code: issue.message, params: extra.params };
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

/** The issues in the user's language, each field and message code once, in the order found. */
function messages(lang: Lang, issues: readonly RawIssue[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const raw of issues) {
    const issue = toFieldIssue(lang, raw);
    const k = `${issue.field}\u0000${issue.code}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(issue);
  }
  return out;
}

/** Validates one record as typed (form, sheet row or API), with messages in the user's language. */
export function validateRecord(
  spec: FormSpec,
  raw: Raw,
  ctx: ValidationContext,
  lang: Lang,
  validator: FormValidator = formValidator(spec, ctx),
): ValidationResult {
  const { values, errors, warnings } = examine(validator, raw, true);
  if (errors.length)
    return { ok: false, errors: messages(lang, errors), warnings: messages(lang, warnings) };
  return {
    ok: true,
    value: values as RecordValues,
    errors: [],
    warnings: messages(lang, warnings),
  };
}

/** The record check's answer (the API's): errors and warnings, without the normalised values. */
export function checkRecord(
  validator: FormValidator,
  raw: Raw,
  lang: Lang,
): { ok: boolean; errors: FieldIssue[]; warnings: FieldIssue[] } {
  const { errors, warnings } = examine(validator, raw, true, false);
  return {
    ok: errors.length === 0,
    errors: messages(lang, errors),
    warnings: messages(lang, warnings),
  };
}

/** A record's normalised values when it passes every check, else undefined; no messages, no warnings. */
export function validValues(validator: FormValidator, raw: Raw): RecordValues | undefined {
  const { values, errors } = examine(validator, raw, false);
  return errors.length ? undefined : (values as RecordValues);
}
