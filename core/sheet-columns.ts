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

/** The number format a column's cells get: integers stay numbers, everything else is kept as typed. */
export function columnFormat(c: Column): string {
  return c.plainText ? "@" : "0";
}

/** A normalised value as a cell: multi-choices as "a, b", integers as numbers, the rest as text. */
export function toCell(value: FieldValue | undefined): string | number {
  if (value === undefined) return "";
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * A cell as a form takes it (edit mode), the inverse of toCell: multi-choices as lists, integers
 * as numbers, the rest as text. Dates must already be ISO strings (the time zone is the sheet's).
 * Values that are not valid stay as typed, so the form shows the mistake instead of hiding it.
 */
export function fromCell(field: FieldSpec, cell: unknown): FieldValue | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === "string" && cell.trim() === "") return undefined;
  switch (field.kind) {
    case "multi": {
      const parts = String(cell)
        .split(/[,;]/)
        .map((p) => p.trim())
        .filter((p) => p !== "");
      return parts.length ? parts : undefined;
    }
    case "integer":
      if (typeof cell === "number") return cell;
      return /^\s*-?\d+\s*$/.test(String(cell)) ? Number(cell) : String(cell).trim();
    default:
      return typeof cell === "string" ? cell.trim() : String(cell);
  }
}

export function recordToRow(
  columns: readonly Column[],
  values: Record<string, FieldValue | undefined>,
  meta: Record<MetaKey, string>,
): (string | number)[] {
  return columns.map((c) => (c.meta ? meta[c.key as MetaKey] : toCell(values[c.key])));
}
