// Helpers for the report tests through the bundle: rows pasted straight into a form sheet, report tables read by their titles.
import type { AddonHost } from "../../../addon/preview/addon-host.ts";
import type { FormSpec } from "../../../core/form-spec.ts";
import { sheetColumns, toCell } from "../../../core/sheet-columns.ts";
import { sheetValues } from "../../support/addon.ts";

/**
 * Writes records into a form sheet as if pasted by hand (row 1 keys, row 2 labels, data from
 * row 3), creating the sheet in the model when needed; integers stay numbers, the rest text.
 */
export function pasteRecords(
  host: AddonHost,
  spec: FormSpec,
  records: Record<string, unknown>[],
): void {
  const columns = sheetColumns(spec);
  const sheet = host.store.sheet(spec.sheetName) ?? host.store.addSheet(spec.sheetName);
  sheet.maxCols = Math.max(sheet.maxCols, columns.length);
  if (sheet.lastRow() === 0) {
    columns.forEach((c, i) => {
      sheet.ensureCell(1, i + 1).v = c.key;
      sheet.ensureCell(2, i + 1).v = c.key;
    });
  }
  const keys = new Map<string, number>();
  for (let c = 1; c <= sheet.lastColumn(); c++) keys.set(String(sheet.value(1, c)), c);
  let row = Math.max(sheet.lastRow(), 2) + 1;
  sheet.maxRows = Math.max(sheet.maxRows, row + records.length);
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      const cell = toCell(value as Parameters<typeof toCell>[0]);
      const col = keys.get(key);
      if (cell !== "" && col) sheet.ensureCell(row, col).v = cell;
    }
    row++;
  }
}

/** Copies data row 3 of a sheet `n` times in total (as if pasted), for the service-call counts. */
export function fillWithCopies(host: AddonHost, sheetName: string, n: number): void {
  const sheet = host.store.sheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const template = sheet.rows[2] ?? [];
  sheet.maxRows = Math.max(sheet.maxRows, n + 2);
  for (let r = 4; r <= n + 2; r++) sheet.rows[r - 1] = template.map((c) => (c ? { ...c } : c));
}

/** A report table found by its title: cells by row label and column header(s). */
export function reportTable(host: AddonHost, sheet: string, title: string) {
  const values = sheetValues(host, sheet);
  const top = values.findIndex((r) => r[0] === title);
  if (top < 0) throw new Error(`no table "${title}" in ${sheet}`);
  const header1 = values[top + 1] as (string | number)[];
  const nested = (values[top + 2] as unknown[])[0] === "";
  const header2 = nested ? (values[top + 2] as (string | number)[]) : undefined;
  const body = top + (nested ? 3 : 2);
  // The body ends with the total row ("Jumlah" or "Total"); notes may follow it.
  let end = body;
  while (end < values.length && !["Jumlah", "Total"].includes(String(values[end]?.[0]))) end++;
  const rows = values.slice(body, end + 1);
  const col = (outer: string, inner?: string) => {
    const o = header1.indexOf(outer);
    if (o < 0) throw new Error(`no column ${outer}`);
    if (inner === undefined) return o;
    const i = (header2 as (string | number)[]).indexOf(inner, o);
    if (i < 0) throw new Error(`no column ${outer}/${inner}`);
    return i;
  };
  const row = (label: string) => {
    const r = rows.find((x) => x[0] === label);
    if (!r) throw new Error(`no row ${label} in "${title}"`);
    return r;
  };
  return {
    values,
    rows,
    cell: (label: string, outer: string, inner?: string) => row(label)[col(outer, inner)],
    /** The grand total: the total row's last "Jumlah"/"Total" column (or its only figure). */
    total: () => {
      const last = rows.at(-1) as unknown[];
      const col = Math.max(header1.lastIndexOf("Jumlah"), header1.lastIndexOf("Total"), 1);
      return last[col];
    },
  };
}
