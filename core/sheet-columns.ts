// A form's sheet layout, derived from its spec: field columns, then the hidden bookkeeping columns.
import type { FieldSpec, FieldValue, FormSpec, MetaKey } from "./form-spec.ts";
import { META_KEYS } from "./form-spec.ts";

export interface Column {
  readonly key: string;
  readonly field?: FieldSpec;
  readonly meta: boolean;
  /** Plain-text format ("@"): Sheets would otherwise turn a 16-digit NIK into a rounded number. */
  readonly plainText: boolean;
}

export function sheetColumns(spec: FormSpec): Column[] {
  return [
    ...spec.fields.map((f) => ({
      key: f.key,
      field: f,
      meta: false,
      plainText: f.kind !== "integer",
    })),
    ...META_KEYS.map((key) => ({ key, meta: true, plainText: true })),
  ];
}

/** A normalised value as a cell: multi-choices as "a, b", integers as numbers, the rest as text. */
export function toCell(value: FieldValue | undefined): string | number {
  if (value === undefined) return "";
  return Array.isArray(value) ? value.join(", ") : value;
}

export function recordToRow(
  columns: readonly Column[],
  values: Record<string, FieldValue | undefined>,
  meta: Record<MetaKey, string>,
): (string | number)[] {
  return columns.map((c) => (c.meta ? meta[c.key as MetaKey] : toCell(values[c.key])));
}
