// A form declared once, as data: the schema, sheet columns, sidebar fields and report dimensions derive from it.
import { ageOn } from "./dates.ts";
import type { FormId } from "./form-ids.ts";
import type { MessageParams } from "./i18n.ts";
import type { MessageKey } from "./messages.ts";

interface FieldCommon {
  readonly key: string;
  readonly required?: boolean;
  /** Identifies a person by itself: stays in the group's spreadsheet, never in a summary or report dimension. */
  readonly pii: boolean;
  readonly help?: MessageKey;
  /** Shown (and allowed) only when another multi/choice field holds this value. */
  readonly showIf?: {
    readonly field: string;
    readonly includes: string;
    readonly error: MessageKey;
  };
  /**
   * Shown only from this age, computed from the birth date (else the age in years) on today's
   * date; shown while the age is unknown. Values kept for a younger person are not counted.
   */
  readonly shownFromAge?: {
    readonly age: number;
    readonly birthDateField: string;
    readonly ageField: string;
  };
}

/** A choice field whose allowed values depend on another choice field's value. */
export interface ChoicesBy {
  /** The choice (or multi) field the list depends on; every one of its values is listed below. */
  readonly field: string;
  /**
   * The allowed values for every value of the parent; `choices` of the field is their union.
   * A parent value mapped to an empty list leaves nothing to choose: the field is hidden and must stay empty.
   */
  readonly choices: Readonly<Record<string, readonly string[]>>;
  /** Message for a value that the parent's value does not allow; defaults to `rule.choice_not_for`. */
  readonly error?: MessageKey;
}

export type FieldSpec =
  | (FieldCommon & {
      readonly kind: "text";
      readonly maxLength: number;
      readonly multiline?: boolean;
      /** A shape the trimmed text must have (e.g. a phone number), with the message when it does not. */
      readonly pattern?: { readonly regex: RegExp; readonly error: MessageKey };
    })
  | (FieldCommon & { readonly kind: "date"; readonly notFuture?: boolean })
  | (FieldCommon & { readonly kind: "integer"; readonly min: number; readonly max: number })
  | (FieldCommon & {
      readonly kind: "choice" | "multi";
      readonly choices: readonly string[];
      /** Catalogue prefix for choice labels (`choice.<set>.<value>`); defaults to the field key. */
      readonly choiceSet?: string;
      readonly choicesBy?: ChoicesBy;
      /**
       * Choices the form no longer offers because a derived value (`by`, in the spec's `derived`)
       * now says them; rows that hold them stay valid and are still read.
       */
      readonly derivedChoices?: { readonly choices: readonly string[]; readonly by: string };
    })
  | (FieldCommon & { readonly kind: "village" })
  | (FieldCommon & {
      readonly kind: "nik";
      /** Fields the NIK must agree with: its day encodes sex (+40 for women) and birth date. */
      readonly sexField: string;
      readonly birthDateField: string;
    })
  | (FieldCommon & { readonly kind: "kk" })
  /**
   * The `id` of a row of the person register (a UUID from Utilities.getUuid, or any id of 1–64
   * characters without spaces). Core checks the shape only; the add-on checks that the row exists.
   */
  | (FieldCommon & { readonly kind: "person_ref" });

export type FieldKind = FieldSpec["kind"];

/** Longest id a `person_ref` accepts; Utilities.getUuid gives 36 characters. */
export const PERSON_REF_MAX = 64;
export const PERSON_REF_PATTERN = new RegExp(`^\\S{1,${PERSON_REF_MAX}}$`);

export type Severity = "error" | "warning";

interface RuleCommon {
  /** An error blocks saving; a warning is shown and the record is saved (and marked "warning"). */
  readonly severity: Severity;
  /** Replaces the generic message; it may use the same placeholders. */
  readonly message?: MessageKey;
}

/** A cross-field rule, declared with the form. Generic rules are data; a domain rule that needs code is a `custom` check. */
export type FormRule =
  | (RuleCommon & {
      /** `field` (a date) is not earlier than `other` (a date); message `rule.date_not_before` ({other}, {date}). */
      readonly kind: "date_not_before";
      readonly field: string;
      readonly other: string;
    })
  | (RuleCommon & {
      /** `field` must be filled when `when.field` holds one of `when.values`; message `rule.required_when` ({other}, {value}). */
      readonly kind: "required_when";
      readonly field: string;
      readonly when: { readonly field: string; readonly values: readonly string[] };
    })
  | (RuleCommon & {
      /**
       * A warning the user must confirm: while one of `warnings` (codes of a field's own check or
       * of another rule) applies and `field` (a yes-only choice, kept as a sheet column) is not
       * "yes", an issue of `severity` on `field` (message `message`, else `rule.confirm_needed`).
       * Once confirmed the warning stays a note on the row. The sidebar shows `field` only while
       * the warning applies, next to it.
       */
      readonly kind: "confirm";
      readonly warnings: readonly MessageKey[];
      readonly field: string;
    })
  | {
      readonly kind: "custom";
      /** The fields the check reads: a change to one of them may change its outcome. */
      readonly fields: readonly string[];
      /**
       * Gets the record's values with every blank field and every field that failed its own
       * check left out, so a value present here is normalised and valid for its kind.
       */
      readonly check: (values: Readonly<RecordValues>, ctx: RuleContext) => readonly RuleIssue[];
    };

export type RuleKind = FormRule["kind"];

/** What a rule needs from the validation context. */
export interface RuleContext {
  /** Today's date where the user is (YYYY-MM-DD). */
  readonly today: string;
}

export interface RuleIssue {
  /** The field the message is shown next to. */
  readonly field: string;
  readonly severity: Severity;
  readonly code: MessageKey;
  readonly params?: MessageParams;
  /** Placeholders filled with the translation of a catalogue key (a field or choice label). */
  readonly labels?: Readonly<Record<string, string>>;
}

/** A named part of a long form ("Bagian x dari n" in the sidebar). */
export interface FormSection {
  readonly id: string;
  readonly label: MessageKey;
  /** Shown under the section's heading and read with each of its fields (e.g. what a consent is for). */
  readonly help?: MessageKey;
  /** Field keys in the order the sidebar shows them; a test checks every field is in exactly one section. */
  readonly fields: readonly string[];
}

/**
 * A value the form shows read-only, worked out from other fields on today's date: never typed,
 * never stored (reports work it out again on their own date). A section may list its key.
 */
export interface DerivedSpec {
  readonly key: string;
  readonly help?: MessageKey;
  /** The fields it reads: the form works it out again when one of them changes. */
  readonly from: readonly string[];
  /** What to show for the form's raw values (text as typed): a catalogue key and its params. */
  readonly derive: (
    values: Readonly<Record<string, unknown>>,
    today: string,
  ) => { readonly key: MessageKey; readonly params?: MessageParams };
}

export interface FormSpec {
  readonly id: FormId;
  /** Fixed, not translated, so the add-on finds the sheet whatever the user's language. */
  readonly sheetName: string;
  /** Parts of a long form, in order; declared apart from the fields so the field list stays as it is. */
  readonly sections?: readonly FormSection[];
  readonly fields: readonly FieldSpec[];
  /** Groups of fields of which at least one must be filled (e.g. birth date or age). */
  readonly oneOf?: readonly { readonly fields: readonly string[]; readonly error: MessageKey }[];
  /** Cross-field rules; errors and warnings reach the sidebar, the sheet check and the API alike. */
  readonly rules?: readonly FormRule[];
  /** Read-only values the form shows, worked out from fields (e.g. child or elderly by age). */
  readonly derived?: readonly DerivedSpec[];
}

/** A normalised field value: text/date/choice/village/id numbers as strings, integers, multi-choices. */
export type FieldValue = string | number | string[];
export type RecordValues = Record<string, FieldValue | undefined>;

/** Hidden bookkeeping columns every row carries (docs/architecture.md, "Sheets"). */
export const META_KEYS = [
  "id",
  "created_at",
  "created_by",
  "updated_at",
  "check_status",
  "record_key",
] as const;
export type MetaKey = (typeof META_KEYS)[number];

export const CHECK_STATUSES = ["ok", "warning", "error", "unchecked"] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export function fieldLabelKey(form: FormId, field: string): string {
  return `field.${form}.${field}`;
}

export type ChoiceField = Extract<FieldSpec, { kind: "choice" | "multi" }>;

export function choiceLabelKey(field: ChoiceField, value: string): string {
  return `choice.${field.choiceSet ?? field.key}.${value}`;
}

export function findField(spec: FormSpec, key: string): FieldSpec | undefined {
  return spec.fields.find((f) => f.key === key);
}

export function isChoiceField(f: FieldSpec): f is ChoiceField {
  return f.kind === "choice" || f.kind === "multi";
}

/** Whether a choice value, or a multi-choice list, holds this value. */
export function holds(value: unknown, wanted: string): boolean {
  return Array.isArray(value) ? value.includes(wanted) : value === wanted;
}

function parentValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return typeof value === "string" && value !== "" ? [value] : [];
}

/**
 * The values a choice field allows given the other values: its whole list, or for a dependent
 * field the list of its parent's value(s). Undefined while the parent is empty or holds no value
 * it knows, i.e. the list cannot be told yet (the sidebar shows no options, validation waits).
 */
export function choicesFor(
  f: ChoiceField,
  values: Record<string, unknown>,
): readonly string[] | undefined {
  const by = f.choicesBy;
  if (!by) return f.choices;
  const known = parentValues(values[by.field]).filter((p) => Object.hasOwn(by.choices, p));
  if (!known.length) return undefined;
  const allowed = new Set(known.flatMap((p) => by.choices[p] ?? []));
  // The field's own order, so options never jump around when the parent changes.
  return f.choices.filter((c) => allowed.has(c));
}

/**
 * An age from a form's raw values (as typed or as stored): from a well-formed birth date, else a
 * whole number of years; undefined while neither tells.
 */
export function rawAge(
  from: { readonly birthDateField: string; readonly ageField: string },
  values: Readonly<Record<string, unknown>>,
  today: string,
): number | undefined {
  const birth = values[from.birthDateField];
  if (typeof birth === "string" && /^\d{4}-\d{2}-\d{2}$/.test(birth) && birth <= today) {
    return ageOn(birth, today);
  }
  const years = values[from.ageField];
  const n = typeof years === "number" ? years : Number(String(years ?? "").trim() || Number.NaN);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * Whether a field applies to these values: a hidden conditional field, a dependent field with
 * nothing to choose, or (with `today`) a field for an older age, does not.
 */
export function isFieldShown(
  f: FieldSpec,
  values: Record<string, unknown>,
  today?: string,
): boolean {
  if (f.showIf && !holds(values[f.showIf.field], f.showIf.includes)) return false;
  if (f.shownFromAge && today !== undefined) {
    const age = rawAge(f.shownFromAge, values, today);
    if (age !== undefined && age < f.shownFromAge.age) return false;
  }
  if (isChoiceField(f) && f.choicesBy) {
    const allowed = choicesFor(f, values);
    if (allowed !== undefined && allowed.length === 0) return false;
  }
  return true;
}

/** Whether a field must be filled for these values: always-required, or by a `required_when` error rule. */
export function isRequiredNow(
  spec: FormSpec,
  key: string,
  values: Record<string, unknown>,
): boolean {
  if (findField(spec, key)?.required) return true;
  return (spec.rules ?? []).some(
    (r) =>
      r.kind === "required_when" &&
      r.severity === "error" &&
      r.field === key &&
      r.when.values.some((w) => holds(values[r.when.field], w)),
  );
}

export type ConfirmRule = Extract<FormRule, { kind: "confirm" }>;

/** The spec's warnings that need a confirmation, each with the field that records it. */
export function confirmRules(spec: FormSpec): ConfirmRule[] {
  return (spec.rules ?? []).filter((r): r is ConfirmRule => r.kind === "confirm");
}

/** Every field a rule reads, for checks that a spec refers only to its own fields. */
export function ruleFields(rule: FormRule): readonly string[] {
  switch (rule.kind) {
    case "date_not_before":
      return [rule.field, rule.other];
    case "required_when":
      return [rule.field, rule.when.field];
    case "confirm":
      return [rule.field];
    case "custom":
      return rule.fields;
  }
}
