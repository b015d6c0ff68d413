// Whether a cell value breaks its data-validation rule: marks invalid cells in the preview and rejects typing when the rule disallows invalid input.
import type { SpreadsheetStore, ValidationRule } from "./spreadsheet-store.ts";
import { type CellValue, displayValue, isDate } from "./values.ts";

function listValues(rule: ValidationRule, store: SpreadsheetStore): string[] {
  const first = rule.values[0];
  if (rule.criteria === "VALUE_IN_LIST") return Array.isArray(first) ? first.map(String) : [];
  if (
    rule.criteria === "VALUE_IN_RANGE" &&
    first &&
    typeof first === "object" &&
    "range" in first
  ) {
    const ref = (
      first as {
        range: { sheetId: number; row: number; col: number; numRows: number; numCols: number };
      }
    ).range;
    const sheet = store.sheetById(ref.sheetId);
    if (!sheet) return [];
    const out: string[] = [];
    for (let r = ref.row; r < ref.row + ref.numRows; r++)
      for (let c = ref.col; c < ref.col + ref.numCols; c++) {
        const cell = sheet.cell(r, c);
        const d = displayValue(cell?.v, cell?.nf, store.locale, store.timeZone);
        if (d !== "") out.push(d);
      }
    return out;
  }
  return [];
}

/** Dropdown choices of a list rule (shown by the preview's formula bar), or undefined. */
export function dropdownChoices(
  rule: ValidationRule | undefined,
  store: SpreadsheetStore,
): string[] | undefined {
  if (!rule || (rule.criteria !== "VALUE_IN_LIST" && rule.criteria !== "VALUE_IN_RANGE"))
    return undefined;
  return listValues(rule, store);
}

function num(v: unknown): number {
  if (v && typeof v === "object" && "$date" in v) return (v as { $date: number }).$date;
  return Number(v);
}

/** True when the value fails the rule. Empty cells never fail (as in Sheets). */
export function violates(
  rule: ValidationRule,
  value: CellValue | undefined,
  numberFormat: string | undefined,
  store: SpreadsheetStore,
): boolean {
  if (value === undefined || value === "") return false;
  const [a, b] = rule.values;
  const n = typeof value === "number" ? value : isDate(value) ? value.getTime() : Number.NaN;
  switch (rule.criteria) {
    case "VALUE_IN_LIST":
    case "VALUE_IN_RANGE": {
      const shown = displayValue(value, numberFormat, store.locale, store.timeZone);
      return !listValues(rule, store).includes(shown);
    }
    case "NUMBER_BETWEEN":
      return !(n >= num(a) && n <= num(b));
    case "NUMBER_NOT_BETWEEN":
      return n >= num(a) && n <= num(b);
    case "NUMBER_EQUAL_TO":
      return n !== num(a);
    case "NUMBER_NOT_EQUAL_TO":
      return n === num(a);
    case "NUMBER_GREATER_THAN":
      return !(n > num(a));
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return !(n >= num(a));
    case "NUMBER_LESS_THAN":
      return !(n < num(a));
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
      return !(n <= num(a));
    case "DATE_IS_VALID_DATE":
      return !isDate(value);
    case "DATE_AFTER":
      return !isDate(value) || !(n > num(a));
    case "DATE_BEFORE":
      return !isDate(value) || !(n < num(a));
    case "DATE_ON_OR_AFTER":
      return !isDate(value) || !(n >= num(a));
    case "DATE_ON_OR_BEFORE":
      return !isDate(value) || !(n <= num(a));
    case "DATE_BETWEEN":
      return !isDate(value) || !(n >= num(a) && n <= num(b));
    case "TEXT_IS_VALID_EMAIL":
      return !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value));
    case "TEXT_IS_VALID_URL":
      return !/^https?:\/\/\S+$/.test(String(value));
    case "TEXT_CONTAINS":
      return !String(value).includes(String(a));
    case "TEXT_DOES_NOT_CONTAIN":
      return String(value).includes(String(a));
    case "TEXT_EQUAL_TO":
      return String(value) !== String(a);
    case "CHECKBOX":
      return rule.values.length > 0 ? value !== a && value !== b : typeof value !== "boolean";
    default:
      // Custom formulas are not evaluated by the preview.
      return false;
  }
}

/** The message Sheets shows when typed input is rejected (help text if the rule has one). */
export function rejectionMessage(rule: ValidationRule): string {
  if (rule.helpText) return rule.helpText;
  if (rule.criteria === "VALUE_IN_LIST" || rule.criteria === "VALUE_IN_RANGE")
    return "Invalid: Input must be an item on the specified list";
  return "Invalid: Input must satisfy the data validation rule";
}
