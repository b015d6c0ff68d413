// Shared fixtures for the sheet-tools tests: cells by column key, hand-typed rows, pasted copies, selections.
import type { AddonHost } from "../../../addon/preview/addon-host.ts";
import type { FormSpec } from "../../../core/form-spec.ts";
import { sheetColumns } from "../../../core/sheet-columns.ts";

export const NOW = new Date("2026-11-27T03:00:00Z");
export const PERSON_SHEET = "Warga Rentan";
export const ERROR_BG = "#f4c7c3";
export const WARNING_BG = "#fce8b2";
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function model(host: AddonHost, sheet: string) {
  const s = host.store.sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s;
}

/** The column of a key, from the hidden key row as the sheet holds it now. */
export function col(host: AddonHost, sheet: string, key: string): number {
  const s = model(host, sheet);
  for (let c = 1; c <= s.lastColumn(); c++) if (s.value(1, c) === key) return c;
  throw new Error(`no column ${key} in ${sheet}`);
}

export function value(host: AddonHost, sheet: string, row: number, key: string): unknown {
  return model(host, sheet).value(row, col(host, sheet, key));
}

export function cellOf(host: AddonHost, sheet: string, row: number, key: string) {
  return model(host, sheet).cell(row, col(host, sheet, key));
}

/** Types a row into the sheet as a user would, cell by cell (onEdit runs as in Sheets). */
export function typeRow(
  host: AddonHost,
  sheet: string,
  row: number,
  cells: Record<string, string>,
): void {
  for (const [key, text] of Object.entries(cells))
    host.edit(sheet, row, col(host, sheet, key), text);
}

/** Copies row `from` into rows from+1 … from+n straight into the model (a paste), with `change` per copy. */
export function pasteCopies(
  host: AddonHost,
  sheet: string,
  from: number,
  n: number,
  change: (row: number, set: (key: string, v: string | number) => void) => void = () => {},
): void {
  const s = model(host, sheet);
  const template = s.rows[from - 1] ?? [];
  s.maxRows = Math.max(s.maxRows, from + n);
  // Columns looked up once: lastColumn() scans every row, so a lookup per cell made big pastes quadratic.
  const cols = new Map<string, number>();
  const colOf = (key: string) => {
    const known = cols.get(key);
    if (known !== undefined) return known;
    const c = col(host, sheet, key);
    cols.set(key, c);
    return c;
  };
  for (let r = from + 1; r <= from + n; r++) {
    s.rows[r - 1] = template.map((c) => (c ? { ...c } : c));
    change(r, (key, v) => {
      s.ensureCell(r, colOf(key)).v = v;
    });
  }
}

/** A form sheet as createFormSheet leaves it (key row, label row, plain-text data cells), built in the model. */
export function seedFormSheet(host: AddonHost, spec: FormSpec): void {
  const s = host.store.addSheet(spec.sheetName);
  sheetColumns(spec).forEach((c, i) => {
    s.ensureCell(1, i + 1).v = c.key;
    s.ensureCell(2, i + 1).v = c.key;
    for (let r = 3; r <= 20; r++) s.ensureCell(r, i + 1).nf = c.plainText ? "@" : "0";
  });
  s.maxCols = Math.max(s.maxCols, sheetColumns(spec).length);
}

export function select(host: AddonHost, sheet: string, row: number, column = 1): void {
  const s = model(host, sheet);
  host.store.activeSheetId = s.id;
  host.store.selection = { sheetId: s.id, row, col: column, numRows: 1, numCols: 1 };
}

/** The boot data of the sidebar last opened. */
export function boot(host: AddonHost): Record<string, unknown> {
  const html = host.ui.sidebar?.html ?? "";
  const json = /<script type="application\/json" id="pilah-boot">(.*?)<\/script>/s.exec(html)?.[1];
  return JSON.parse(json ?? "null");
}
