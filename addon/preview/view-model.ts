// Builds the page's view of the store: a page of the active sheet's used area (never all 10,000 rows at once), tabs and chart series.
import { columnLetters } from "./model/a1.ts";
import type { ChartModel, SheetModel, SpreadsheetStore } from "./model/spreadsheet-store.ts";
import { dropdownChoices, violates } from "./model/validation-check.ts";
import { displayValue, editText, isDate } from "./model/values.ts";
import type { CellView, ChartView, GridView, RowView } from "./page/state-types.ts";

export const PAGE_SIZE = 200;
const ROW_MARGIN = 20;
const MIN_ROWS = 50;
const MIN_COLS = 26;
const COL_MARGIN = 2;

function cellView(
  store: SpreadsheetStore,
  sheet: SheetModel,
  r: number,
  c: number,
): CellView | null {
  const cell = sheet.cell(r, c);
  if (!cell) return null;
  const d = displayValue(cell.v, cell.nf, store.locale, store.timeZone);
  const e = editText(cell.v, store.timeZone);
  const view: CellView = { d };
  if (e !== d) view.e = e;
  if (cell.bg && cell.bg !== "#ffffff") view.bg = cell.bg;
  if (cell.bold) view.bold = true;
  if (cell.italic) view.italic = true;
  if (cell.color) view.color = cell.color;
  if (cell.note) view.note = cell.note;
  if (cell.halign) view.halign = cell.halign;
  if (cell.wrap) view.wrap = true;
  if (cell.border) view.border = true;
  if (typeof cell.v === "number" || isDate(cell.v)) view.num = true;
  if (cell.dv) {
    const choices = dropdownChoices(cell.dv, store);
    if (choices) view.choices = choices;
    if (violates(cell.dv, cell.v, cell.nf, store)) view.invalid = true;
  }
  return view;
}

export function gridView(store: SpreadsheetStore, sheet: SheetModel, page: number): GridView {
  const lastRow = sheet.lastRow();
  const lastCol = sheet.lastColumn();
  const shownRows = Math.min(sheet.maxRows, Math.max(lastRow + ROW_MARGIN, MIN_ROWS));
  const shownCols = Math.min(sheet.maxCols, Math.max(lastCol + COL_MARGIN, MIN_COLS));
  const pages = Math.max(1, Math.ceil(shownRows / PAGE_SIZE));
  const p = Math.min(Math.max(0, page), pages - 1);
  const first = p * PAGE_SIZE + 1;
  const last = Math.min(shownRows, first + PAGE_SIZE - 1);
  const rowNumbers: number[] = [];
  // Frozen rows stay on top of every page, as they stay on screen in Sheets.
  for (let r = 1; r <= Math.min(sheet.frozenRows, shownRows); r++)
    if (r < first) rowNumbers.push(r);
  for (let r = first; r <= last; r++) rowNumbers.push(r);
  const rows: RowView[] = rowNumbers.map((r) => {
    const cells: (CellView | null)[] = [];
    for (let c = 1; c <= shownCols; c++) cells.push(cellView(store, sheet, r, c));
    return { row: r, hidden: sheet.hiddenRows.has(r), frozen: r <= sheet.frozenRows, cells };
  });
  const columns = [];
  for (let c = 1; c <= shownCols; c++)
    columns.push({
      col: c,
      letter: columnLetters(c),
      width: sheet.colWidths.get(c) ?? 100,
      hidden: sheet.hiddenCols.has(c),
    });
  return {
    sheet: sheet.name,
    maxRows: sheet.maxRows,
    maxCols: sheet.maxCols,
    lastRow,
    lastCol,
    frozenRows: sheet.frozenRows,
    shownRows,
    page: p,
    pageSize: PAGE_SIZE,
    pages,
    columns,
    rows,
  };
}

/** Reads a chart's ranges into labels (first column) and numeric series (other columns), header row detected as Sheets does. */
export function chartView(store: SpreadsheetStore, chart: ChartModel, index: number): ChartView {
  let table: (string | number)[][] = [];
  for (const ref of chart.ranges) {
    const sheet = store.sheetById(ref.sheetId);
    if (!sheet) continue;
    for (let r = 0; r < ref.numRows; r++) {
      table[r] ??= [];
      for (let c = 0; c < ref.numCols; c++) {
        const cell = sheet.cell(ref.row + r, ref.col + c);
        const v = cell?.v;
        (table[r] as (string | number)[]).push(
          typeof v === "number" ? v : displayValue(v, cell?.nf, store.locale, store.timeZone),
        );
      }
    }
  }
  if (chart.transpose && table.length > 0)
    table = (table[0] ?? []).map((_, c) => table.map((line) => line[c] ?? ""));
  const headerRows =
    chart.numHeaders >= 0
      ? chart.numHeaders
      : table.length > 1 && (table[0] ?? []).slice(1).some((v) => typeof v !== "number")
        ? 1
        : 0;
  const header = headerRows > 0 ? (table[0] ?? []) : [];
  const body = table.slice(headerRows);
  const width = Math.max(0, ...table.map((l) => l.length));
  const series = [];
  for (let c = 1; c < width; c++)
    series.push({
      name: String(header[c] ?? `Seri ${c}`),
      values: body.map((l) => (typeof l[c] === "number" ? (l[c] as number) : Number(l[c]) || 0)),
    });
  const title = chart.options.title;
  return {
    index,
    id: chart.id,
    type: chart.type,
    title: typeof title === "string" ? title : "",
    labels: body.map((l) => String(l[0] ?? "")),
    series,
    anchor: chart.anchor,
  };
}
