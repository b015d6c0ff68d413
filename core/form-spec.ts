// A form declared once, as data: the schema, sheet columns, sidebar fields and report dimensions derive from it.
import type { FormId } from "./form-ids.ts";
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
}

export type FieldSpec =
  | (FieldCommon & {
      readonly kind: "text";
      readonly maxLength: number;
      readonly multiline?: boolean;
    })
  | (FieldCommon & { readonly kind: "date"; readonly notFuture?: boolean })
  | (FieldCommon & { readonly kind: "integer"; readonly min: number; readonly max: number })
  | (FieldCommon & {
      readonly kind: "choice" | "multi";
      readonly choices: readonly string[];
      /** Catalogue prefix for choice labels (`choice.<set>.<value>`); defaults to the field key. */
      readonly choiceSet?: string;
    })
  | (FieldCommon & { readonly kind: "village" })
  | (FieldCommon & {
      readonly kind: "nik";
      /** Fields the NIK must agree with: its day encodes sex (+40 for women) and birth date. */
      readonly sexField: string;
      readonly birthDateField: string;
    })
  | (FieldCommon & { readonly kind: "kk" });

export type FieldKind = FieldSpec["kind"];

export interface FormSpec {
  readonly id: FormId;
  /** Fixed, not translated, so the add-on finds the sheet whatever the user's language. */
  readonly sheetName: string;
  readonly fields: readonly FieldSpec[];
  /** Groups of fields of which at least one must be filled (e.g. birth date or age). */
  readonly oneOf?: readonly { readonly fields: readonly string[]; readonly error: MessageKey }[];
}

/** A normalised field value: text/date/choice/village/id numbers as strings, integers, multi-choices. */
export type FieldValue = string | number | string[];
export type RecordValues = Record<string, FieldValue | undefined>;

/** Hidden bookkeeping columns every row carries (design.md, "Data model"). */
export const META_KEYS = ["id", "created_at", "created_by", "updated_at", "check_status"] as const;
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

/** Whether a field applies to these values (a hidden conditional field does not). */
export function isFieldShown(f: FieldSpec, values: Record<string, unknown>): boolean {
  if (!f.showIf) return true;
  const other = values[f.showIf.field];
  return Array.isArray(other) ? other.includes(f.showIf.includes) : other === f.showIf.includes;
}
