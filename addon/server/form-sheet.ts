// A form's sheet: created from the spec, columns found by a hidden key row, rows read in one call and appended in one write.
import type { FormSpec, MetaKey } from "../../core/form-spec.ts";
import { fieldLabelKey } from "../../core/form-spec.ts";
import { isMessageKey, type Lang, t } from "../../core/i18n.ts";
import { type Column, sheetColumns } from "../../core/sheet-columns.ts";
import { isoDateIn } from "./dates.ts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Row 1 holds the stable field keys (hidden), row 2 the labels people read, data starts at row 3. */
export const KEY_ROW = 1;
export const LABEL_ROW = 2;
export const FIRST_DATA_ROW = 3;

export class MissingColumnError extends Error {
  constructor(
    readonly column: string,
    readonly sheet: string,
  ) {
    super(`Column ${column} is missing from ${sheet}`);
  }
}

function columnLabel(spec: FormSpec, c: Column, lang: Lang): string {
  const key = c.meta ? `field.meta.${c.key}` : fieldLabelKey(spec.id, c.key);
  return isMessageKey(key) ? t(lang, key) : c.key;
}

export function createFormSheet(ss: Spreadsheet, spec: FormSpec, lang: Lang): Sheet {
  const columns = sheetColumns(spec);
  const sheet = ss.insertSheet(spec.sheetName);
  const width = columns.length;
  if (sheet.getMaxColumns() < width) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  }
  sheet
    .getRange(KEY_ROW, 1, 2, width)
    .setValues([columns.map((c) => c.key), columns.map((c) => columnLabel(spec, c, lang))]);
  sheet.getRange(LABEL_ROW, 1, 1, width).setFontWeight("bold").setBackground("#e8f0fe");
  // Rows typed straight into the sheet keep NIKs and codes as text, not rounded numbers.
  const dataRows = sheet.getMaxRows() - LABEL_ROW;
  sheet.getRange(FIRST_DATA_ROW, 1, dataRows, width).setNumberFormat("@");
  columns.forEach((c, i) => {
    if (!c.plainText) sheet.getRange(FIRST_DATA_ROW, i + 1, dataRows, 1).setNumberFormat("0");
  });
  sheet.hideRows(KEY_ROW);
  sheet.setFrozenRows(LABEL_ROW);
  const firstMeta = columns.findIndex((c) => c.meta) + 1;
  sheet.hideColumns(firstMeta, width - firstMeta + 1);
  return sheet;
}

/** Column numbers (1-based) by key, read from the key row; every spec column must be there. */
export function columnMap(
  sheet: Sheet,
  spec: FormSpec,
  keyRow: readonly unknown[],
): Map<string, number> {
  const map = new Map<string, number>();
  keyRow.forEach((k, i) => {
    if (typeof k === "string" && k !== "" && !map.has(k)) map.set(k, i + 1);
  });
  for (const c of sheetColumns(spec)) {
    if (!map.has(c.key)) throw new MissingColumnError(c.key, sheet.getName());
  }
  return map;
}

/** Appends one record: the key row is read to place each value, then one format and one value write. */
export function appendRow(
  sheet: Sheet,
  spec: FormSpec,
  cells: Record<string, string | number>,
): number {
  const lastCol = sheet.getLastColumn();
  const keyRow = sheet.getRange(KEY_ROW, 1, 1, lastCol).getValues()[0] ?? [];
  const map = columnMap(sheet, spec, keyRow);
  const row = Math.max(sheet.getLastRow(), LABEL_ROW) + 1;
  if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  const values: (string | number)[] = new Array(lastCol).fill("");
  const formats: string[] = new Array(lastCol).fill("@");
  for (const c of sheetColumns(spec)) {
    const col = map.get(c.key) as number;
    values[col - 1] = cells[c.key] ?? "";
    if (!c.plainText) formats[col - 1] = "0";
  }
  const range = sheet.getRange(row, 1, 1, lastCol);
  range.setNumberFormats([formats]);
  range.setValues([values]);
  return row;
}

export interface SheetRecord {
  row: number;
  raw: Record<string, unknown>;
  meta: Partial<Record<MetaKey, string>>;
}

/** Every data row of a form sheet from one getValues; dates become ISO dates in the sheet's zone. */
export function readRecords(sheet: Sheet, spec: FormSpec, timeZone: string): SheetRecord[] {
  const values = sheet.getDataRange().getValues();
  const map = columnMap(sheet, spec, values[KEY_ROW - 1] ?? []);
  const columns = sheetColumns(spec);
  const out: SheetRecord[] = [];
  for (let r = FIRST_DATA_ROW - 1; r < values.length; r++) {
    const line = values[r] as unknown[];
    const raw: Record<string, unknown> = {};
    const meta: Partial<Record<MetaKey, string>> = {};
    let empty = true;
    for (const c of columns) {
      let v = line[(map.get(c.key) as number) - 1];
      if (v instanceof Date) v = isoDateIn(v, timeZone);
      if (c.meta) meta[c.key as MetaKey] = v === undefined ? "" : String(v);
      else {
        raw[c.key] = v;
        if (v !== "" && v !== undefined && v !== null) empty = false;
      }
    }
    if (!empty) out.push({ row: r + 1, raw, meta });
  }
  return out;
}
