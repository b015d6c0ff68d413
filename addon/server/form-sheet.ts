// A form's sheet: created from the spec with its guards, columns found by a hidden key row, rows read in one call and written in blocks.
import type { FormSpec, MetaKey } from "../../core/form-spec.ts";
import { choiceLabelKey } from "../../core/form-spec.ts";
import { isMessageKey, type Lang, t } from "../../core/i18n.ts";
import { type Column, columnFormat, sheetColumns } from "../../core/sheet-columns.ts";
import { isoDateIn } from "./dates.ts";
import { appendColumns, columnLabel, knownColumns, rememberLayout } from "./sheet-layout.ts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Row 1 holds the stable field keys (hidden), row 2 the labels people read, data starts at row 3. */
export const KEY_ROW = 1;
export const LABEL_ROW = 2;
export const FIRST_DATA_ROW = 3;

/** Descriptions of the header protection written by earlier versions (sheets keep them). */
const EARLIER_PROTECTION_DESCRIPTIONS = [
  "Baris kunci (tersembunyi) dan judul kolom Pilah. Pilah mencari kolom lewat baris ini; jangan diubah.",
  "Pilah's hidden key row and column titles. Pilah finds its columns through these rows; do not change them.",
];

/** A column the spec needs is not in the sheet's key row (deleted, or its key overwritten). */
export class MissingColumnError extends Error {
  constructor(
    readonly column: string,
    readonly sheet: string,
  ) {
    super(`Column ${column} is missing from ${sheet}`);
  }
}

/** The user's message for a sheet that lost a column; undefined for any other error. */
export function missingColumnMessage(e: unknown, lang: Lang): string | undefined {
  return e instanceof MissingColumnError
    ? t(lang, "error.sheet_column_missing", { column: e.column, sheet: e.sheet })
    : undefined;
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
  applySheetGuards(sheet, spec, new Map(columns.map((c, i) => [c.key, i + 1])), lang);
  rememberLayout(spec);
  return sheet;
}

/**
 * Dropdowns on single-choice columns and a warning-only protection of the two header rows.
 * Invalid input stays allowed: nothing typed is lost, "check all data" marks it instead.
 * One validation write per choice column and at most one protection, whatever the number of rows.
 */
export function applySheetGuards(
  sheet: Sheet,
  spec: FormSpec,
  map: ReadonlyMap<string, number>,
  lang: Lang,
): void {
  const rows = sheet.getMaxRows() - LABEL_ROW;
  if (rows > 0) {
    for (const f of spec.fields) {
      const col = map.get(f.key);
      if (f.kind !== "choice" || col === undefined) continue;
      const labels = f.choices.map((c) => {
        const key = choiceLabelKey(f, c);
        return isMessageKey(key) ? `${c} = ${t(lang, key)}` : c;
      });
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList([...f.choices], true)
        .setAllowInvalid(true)
        .setHelpText(t(lang, "guard.choices_help", { choices: labels.join(", ") }))
        .build();
      sheet.getRange(FIRST_DATA_ROW, col, rows, 1).setDataValidation(rule);
    }
  }
  // Found by its description in either language, or an earlier wording, so a refresh never stacks a second protection.
  const descriptions = new Set([
    t("id", "guard.header_protection"),
    t("en", "guard.header_protection"),
    ...EARLIER_PROTECTION_DESCRIPTIONS,
  ]);
  const existing = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .some((p) => descriptions.has(p.getDescription()));
  if (!existing) {
    sheet
      .getRange(`${KEY_ROW}:${LABEL_ROW}`)
      .protect()
      .setDescription(t(lang, "guard.header_protection"))
      .setWarningOnly(true);
  }
}

/**
 * Column numbers (1-based) by key, read from the key row. A spec column the sheet once had and lost
 * (deleted by the user) is an error; one a newer version added is left out of the map and listed
 * in `added`, for a writer to append (readers see its cells as empty).
 */
export interface ColumnLayout {
  map: Map<string, number>;
  added: Column[];
}

export function columnMap(sheet: Sheet, spec: FormSpec, keyRow: readonly unknown[]): ColumnLayout {
  const map = new Map<string, number>();
  keyRow.forEach((k, i) => {
    const key = typeof k === "string" ? k.trim() : "";
    if (key !== "" && !map.has(key)) map.set(key, i + 1);
  });
  const absent = sheetColumns(spec).filter((c) => !map.has(c.key));
  // The stored layout is read only when a column is absent: the usual path costs no extra call.
  if (!absent.length) return { map, added: [] };
  const known = knownColumns(spec);
  const lost = absent.find((c) => known.has(c.key));
  if (lost) throw new MissingColumnError(lost.key, sheet.getName());
  return { map, added: absent };
}

/** Reads the key row alone (one getValues) and maps it; for writers that do not read the data. */
export function readColumnMap(sheet: Sheet, spec: FormSpec): ColumnLayout & { lastCol: number } {
  const lastCol = Math.max(sheet.getLastColumn(), 1);
  const keyRow = sheet.getRange(KEY_ROW, 1, 1, lastCol).getValues()[0] ?? [];
  return { ...columnMap(sheet, spec, keyRow), lastCol };
}

/**
 * A writer's column map: columns a newer version added are appended first (one write for their
 * headers), so every spec column has a place. `lastCol` grows with them.
 */
export function writableColumns(
  sheet: Sheet,
  spec: FormSpec,
  layout: ColumnLayout & { lastCol: number },
  lang: Lang,
): { map: Map<string, number>; lastCol: number } {
  if (!layout.added.length) return { map: layout.map, lastCol: layout.lastCol };
  const placed = appendColumns(sheet, spec, layout.added, layout.lastCol, lang);
  const map = new Map([...layout.map, ...placed]);
  return { map, lastCol: layout.lastCol + layout.added.length };
}

/** One row's values and number formats laid out by the column map; extra columns keep theirs. */
export function rowLayout(
  spec: FormSpec,
  map: ReadonlyMap<string, number>,
  cells: Readonly<Record<string, unknown>>,
  base: { values: readonly unknown[]; formats: readonly string[] },
): { values: unknown[]; formats: string[] } {
  const values = [...base.values];
  const formats = [...base.formats];
  for (const c of sheetColumns(spec)) {
    const col = map.get(c.key);
    if (col === undefined) continue;
    values[col - 1] = cells[c.key] ?? "";
    formats[col - 1] = columnFormat(c);
  }
  return { values, formats };
}

/** Appends one record: the key row is read to place each value, then one format and one value write. */
export function appendRow(
  sheet: Sheet,
  spec: FormSpec,
  cells: Record<string, string | number>,
  lang: Lang,
): number {
  const { map, lastCol } = writableColumns(sheet, spec, readColumnMap(sheet, spec), lang);
  const row = Math.max(sheet.getLastRow(), LABEL_ROW) + 1;
  if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  const layout = rowLayout(spec, map, cells, {
    values: new Array(lastCol).fill(""),
    formats: new Array(lastCol).fill("@"),
  });
  const range = sheet.getRange(row, 1, 1, lastCol);
  range.setNumberFormats([layout.formats]);
  range.setValues([layout.values]);
  return row;
}

export interface SheetRecord {
  row: number;
  raw: Record<string, unknown>;
  meta: Partial<Record<MetaKey, string>>;
}

/** A sheet line as a record (dates as ISO dates in the sheet's zone); undefined when its fields are all empty. */
export function recordFromLine(
  spec: FormSpec,
  map: ReadonlyMap<string, number>,
  line: readonly unknown[],
  row: number,
  timeZone: string,
): SheetRecord | undefined {
  return lineReader(spec, map, timeZone)(line, row);
}

/**
 * Reads lines of one sheet as records: the columns are looked up once, not once per line (a
 * register has tens of thousands of lines).
 */
function lineReader(
  spec: FormSpec,
  map: ReadonlyMap<string, number>,
  timeZone: string,
): (line: readonly unknown[], row: number) => SheetRecord | undefined {
  const columns = sheetColumns(spec).map((c) => {
    const col = map.get(c.key);
    return { key: c.key, meta: c.meta, at: col === undefined ? -1 : col - 1 };
  });
  // Every record has every field, in the form's order: copied from one template, a record keeps
  // the template's fast layout, where one built key by key turns into a slow dictionary after a
  // dozen fields (and every later read and copy of it pays). JSON.parse makes the template fast.
  const fields: Record<string, null> = {};
  for (const c of columns) if (!c.meta) fields[c.key] = null;
  const template = JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
  return (line, row) => {
    const raw: Record<string, unknown> = { ...template };
    const meta: Partial<Record<MetaKey, string>> = {};
    let empty = true;
    for (const c of columns) {
      let v = c.at < 0 ? undefined : line[c.at];
      if (v instanceof Date) v = isoDateIn(v, timeZone);
      if (c.meta) meta[c.key as MetaKey] = v === undefined || v === null ? "" : String(v).trim();
      else {
        raw[c.key] = v;
        if (v !== "" && v !== undefined && v !== null) empty = false;
      }
    }
    return empty ? undefined : { row, raw, meta };
  };
}

export interface SheetData {
  /** Everything getDataRange returned: rows 1…last row, columns 1…last column. */
  values: unknown[][];
  map: Map<string, number>;
  /** Spec columns a newer version added that the sheet does not have yet (see columnMap). */
  added: Column[];
  records: SheetRecord[];
}

/** A whole form sheet from one getValues: the column map and every non-empty data row. */
export function readSheet(sheet: Sheet, spec: FormSpec, timeZone: string): SheetData {
  const values = sheet.getDataRange().getValues() as unknown[][];
  const { map, added } = columnMap(sheet, spec, values[KEY_ROW - 1] ?? []);
  const records: SheetRecord[] = [];
  const read = lineReader(spec, map, timeZone);
  for (let r = FIRST_DATA_ROW - 1; r < values.length; r++) {
    const rec = read(values[r] as unknown[], r + 1);
    if (rec) records.push(rec);
  }
  return { values, map, added, records };
}

/** Whether the sheet still has the rows and columns it had when `data` was read (nothing moved since). */
export function isUnchanged(sheet: Sheet, data: SheetData): boolean {
  return (
    sheet.getLastRow() === data.values.length &&
    sheet.getLastColumn() === (data.values[0]?.length ?? 0)
  );
}

/** One column of the data rows as read, with some cells replaced: written back as one block. */
export function columnBlock(
  data: SheetData,
  col: number,
  replace: ReadonlyMap<number, string | number>,
): unknown[][] {
  const out: unknown[][] = [];
  for (let r = FIRST_DATA_ROW; r <= data.values.length; r++) {
    out.push([replace.get(r) ?? data.values[r - 1]?.[col - 1] ?? ""]);
  }
  return out;
}

/**
 * Gives a sheet read by readSheet the columns a newer version added (appended after its last
 * column), and widens the data as read with their empty cells, so later writes by column line up.
 */
export function completeColumns(sheet: Sheet, spec: FormSpec, data: SheetData, lang: Lang): void {
  if (!data.added.length) return;
  const width = data.values[0]?.length ?? 0;
  const placed = appendColumns(sheet, spec, data.added, width, lang);
  for (const [key, col] of placed) data.map.set(key, col);
  for (const line of data.values) while (line.length < width + data.added.length) line.push("");
  data.added = [];
}

/** Every data row of a form sheet from one getValues; dates become ISO dates in the sheet's zone. */
export function readRecords(sheet: Sheet, spec: FormSpec, timeZone: string): SheetRecord[] {
  return readSheet(sheet, spec, timeZone).records;
}
