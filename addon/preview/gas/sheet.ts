// SpreadsheetApp Sheet: ranges by coordinates or A1, sizes, row/column insertion and hiding, frozen rows, charts, protections.
import { parseA1, splitSheetPrefix } from "../model/a1.ts";
import { CELL_LIMIT, type ChartModel, type SheetModel } from "../model/spreadsheet-store.ts";
import { EmbeddedChart, EmbeddedChartBuilder } from "./charts.ts";
import { Protection } from "./protection.ts";
import { intArg, makeRange, RangeService, writeCellValue } from "./range.ts";
import { type Runtime, Service } from "./runtime.ts";
import { SpreadsheetService } from "./spreadsheet.ts";

export class SheetService extends Service {
  static override gasName = "Sheet";

  constructor(
    rt: Runtime,
    readonly _sheet: SheetModel,
  ) {
    super(rt);
  }

  _alive(): SheetModel {
    if (!this._rt.store.sheets.includes(this._sheet))
      throw this._rt.exception(`The sheet ${this._sheet.name} has been deleted.`);
    return this._sheet;
  }

  _growCheck(extraCells: number): void {
    if (this._rt.store.totalCells() + extraCells > CELL_LIMIT)
      throw this._rt.exception(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
  }

  getName(): string {
    return this._sheet.name;
  }

  setName(name: string): this {
    const n = String(name);
    const clash = this._rt.store.sheets.find(
      (s) => s !== this._sheet && s.name.toLowerCase() === n.toLowerCase(),
    );
    if (clash)
      throw this._rt.exception(
        `A sheet with the name "${n}" already exists. Please enter another name.`,
      );
    this._sheet.name = n;
    return this;
  }

  getSheetId(): number {
    return this._sheet.id;
  }

  getSheetName(): string {
    return this._sheet.name;
  }

  getIndex(): number {
    return this._rt.store.sheets.indexOf(this._sheet) + 1;
  }

  getParent(): SpreadsheetService {
    return new SpreadsheetService(this._rt);
  }

  activate(): this {
    this._rt.store.activeSheetId = this._alive().id;
    return this;
  }

  isSheetHidden(): boolean {
    return this._sheet.hiddenSheet;
  }

  hideSheet(): this {
    const visible = this._rt.store.sheets.filter((s) => !s.hiddenSheet);
    if (visible.length === 1 && visible[0] === this._sheet)
      throw this._rt.exception("You can't hide all the sheets in a document.");
    this._sheet.hiddenSheet = true;
    return this;
  }

  showSheet(): this {
    this._sheet.hiddenSheet = false;
    return this;
  }

  setTabColor(color: string | null): this {
    this._sheet.tabColor = color ? String(color).toLowerCase() : null;
    return this;
  }

  getTabColor(): string | null {
    return this._sheet.tabColor;
  }

  // ---- ranges ----

  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): RangeService {
    const args = [a, b, c, d].filter((x) => x !== undefined);
    const m = "SpreadsheetApp.Sheet.getRange";
    if (typeof a === "string" && args.length === 1) return this._rangeA1(a);
    const row = intArg(this._rt, a, m, args);
    const col = intArg(this._rt, b, m, args);
    const numRows = c === undefined ? 1 : intArg(this._rt, c, m, args);
    const numCols = d === undefined ? 1 : intArg(this._rt, d, m, args);
    return makeRange(this._rt, this._alive(), row, col, numRows, numCols);
  }

  _rangeA1(a1: string): RangeService {
    const { sheet, ref } = splitSheetPrefix(a1.trim());
    if (sheet !== undefined && sheet !== this._sheet.name)
      throw this._rt.exception("Range not found");
    const rect = parseA1(ref, this._sheet.maxRows, this._sheet.maxCols);
    if (!rect) throw this._rt.exception("Range not found");
    return makeRange(this._rt, this._alive(), rect.row, rect.col, rect.numRows, rect.numCols);
  }

  getDataRange(): RangeService {
    const s = this._alive();
    return new RangeService(
      this._rt,
      s,
      1,
      1,
      Math.max(1, s.lastRow()),
      Math.max(1, s.lastColumn()),
    );
  }

  getActiveRange(): RangeService | null {
    const sel = this._rt.store.selection;
    if (!sel || sel.sheetId !== this._sheet.id)
      return new RangeService(this._rt, this._sheet, 1, 1, 1, 1);
    return new RangeService(this._rt, this._sheet, sel.row, sel.col, sel.numRows, sel.numCols);
  }

  getActiveCell(): RangeService {
    const sel = this._rt.store.selection;
    if (!sel || sel.sheetId !== this._sheet.id)
      return new RangeService(this._rt, this._sheet, 1, 1, 1, 1);
    return new RangeService(this._rt, this._sheet, sel.row, sel.col, 1, 1);
  }

  getCurrentCell(): RangeService {
    return this.getActiveCell();
  }

  setActiveRange(range: unknown): RangeService {
    const r = this._rt.unwrap(range, RangeService);
    if (!r) throw this._rt.signatureError("SpreadsheetApp.Sheet.setActiveRange", [range]);
    return r.activate();
  }

  setActiveSelection(range: unknown): RangeService {
    if (typeof range === "string") return this._rangeA1(range).activate();
    return this.setActiveRange(range);
  }

  getLastRow(): number {
    return this._alive().lastRow();
  }

  getLastColumn(): number {
    return this._alive().lastColumn();
  }

  getMaxRows(): number {
    return this._sheet.maxRows;
  }

  getMaxColumns(): number {
    return this._sheet.maxCols;
  }

  appendRow(rowContents: unknown): this {
    if (!Array.isArray(rowContents))
      throw this._rt.signatureError("SpreadsheetApp.Sheet.appendRow", [rowContents]);
    const s = this._alive();
    const row = s.lastRow() + 1;
    // appendRow grows the sheet when the data reaches its bottom or right edge.
    const extraRows = Math.max(0, row - s.maxRows);
    const extraCols = Math.max(0, rowContents.length - s.maxCols);
    this._growCheck(extraRows * s.maxCols + extraCols * (s.maxRows + extraRows));
    s.maxRows += extraRows;
    s.maxCols += extraCols;
    rowContents.forEach((v, i) => {
      writeCellValue(this._rt, s, row, i + 1, v);
    });
    return this;
  }

  // ---- rows and columns ----

  _rowsArg(pos: unknown, count: unknown, method: string): [number, number] {
    const args = [pos, count].filter((x) => x !== undefined);
    const p = intArg(this._rt, pos, `SpreadsheetApp.Sheet.${method}`, args);
    const n =
      count === undefined ? 1 : intArg(this._rt, count, `SpreadsheetApp.Sheet.${method}`, args);
    return [p, n];
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    const [after, n] = this._rowsArg(afterPosition, howMany, "insertRowsAfter");
    const s = this._alive();
    if (after < 1 || after > s.maxRows) throw this._rt.exception("Those rows are out of bounds.");
    if (n < 1) throw this._rt.exception("The number of rows to insert must be at least 1.");
    this._growCheck(n * s.maxCols);
    s.insertRows(after + 1, n);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    const [before, n] = this._rowsArg(beforePosition, howMany, "insertRowsBefore");
    const s = this._alive();
    if (before < 1 || before > s.maxRows) throw this._rt.exception("Those rows are out of bounds.");
    this._growCheck(n * s.maxCols);
    s.insertRows(before, n);
    return this;
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    const [after, n] = this._rowsArg(afterPosition, howMany, "insertColumnsAfter");
    const s = this._alive();
    if (after < 1 || after > s.maxCols)
      throw this._rt.exception("Those columns are out of bounds.");
    this._growCheck(n * s.maxRows);
    s.insertColumns(after + 1, n);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    const [before, n] = this._rowsArg(beforePosition, howMany, "insertColumnsBefore");
    const s = this._alive();
    if (before < 1 || before > s.maxCols)
      throw this._rt.exception("Those columns are out of bounds.");
    this._growCheck(n * s.maxRows);
    s.insertColumns(before, n);
    return this;
  }

  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const [start, n] = this._rowsArg(rowPosition, howMany, "deleteRows");
    const s = this._alive();
    if (start < 1 || start + n - 1 > s.maxRows)
      throw this._rt.exception("Those rows are out of bounds.");
    if (s.maxRows - n <= s.frozenRows)
      throw this._rt.exception("Sorry, it is not possible to delete all non-frozen rows.");
    s.deleteRows(start, n);
  }

  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const [start, n] = this._rowsArg(columnPosition, howMany, "deleteColumns");
    const s = this._alive();
    if (start < 1 || start + n - 1 > s.maxCols)
      throw this._rt.exception("Those columns are out of bounds.");
    if (s.maxCols - n <= s.frozenCols)
      throw this._rt.exception("Sorry, it is not possible to delete all non-frozen columns.");
    s.deleteColumns(start, n);
  }

  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  _hide(set: Set<number>, start: number, n: number, max: number, add: boolean): void {
    if (start < 1 || start + n - 1 > max)
      throw this._rt.exception(
        "The coordinates of the range are outside the dimensions of the sheet.",
      );
    for (let i = start; i < start + n; i++) {
      if (add) set.add(i);
      else set.delete(i);
    }
  }

  hideRows(rowIndex: number, numRows?: number): void {
    const [p, n] = this._rowsArg(rowIndex, numRows, "hideRows");
    this._hide(this._sheet.hiddenRows, p, n, this._sheet.maxRows, true);
  }

  showRows(rowIndex: number, numRows?: number): void {
    const [p, n] = this._rowsArg(rowIndex, numRows, "showRows");
    this._hide(this._sheet.hiddenRows, p, n, this._sheet.maxRows, false);
  }

  hideRow(row: unknown): void {
    const r = this._rt.unwrap(row, RangeService);
    if (!r) throw this._rt.signatureError("SpreadsheetApp.Sheet.hideRow", [row]);
    this._hide(this._sheet.hiddenRows, r._row, r._numRows, this._sheet.maxRows, true);
  }

  unhideRow(row: unknown): void {
    const r = this._rt.unwrap(row, RangeService);
    if (!r) throw this._rt.signatureError("SpreadsheetApp.Sheet.unhideRow", [row]);
    this._hide(this._sheet.hiddenRows, r._row, r._numRows, this._sheet.maxRows, false);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this._sheet.hiddenRows.has(rowPosition);
  }

  isRowHiddenByFilter(_rowPosition: number): boolean {
    return false;
  }

  hideColumns(columnIndex: number, numColumns?: number): void {
    const [p, n] = this._rowsArg(columnIndex, numColumns, "hideColumns");
    this._hide(this._sheet.hiddenCols, p, n, this._sheet.maxCols, true);
  }

  showColumns(columnIndex: number, numColumns?: number): void {
    const [p, n] = this._rowsArg(columnIndex, numColumns, "showColumns");
    this._hide(this._sheet.hiddenCols, p, n, this._sheet.maxCols, false);
  }

  hideColumn(column: unknown): void {
    const r = this._rt.unwrap(column, RangeService);
    if (!r) throw this._rt.signatureError("SpreadsheetApp.Sheet.hideColumn", [column]);
    this._hide(this._sheet.hiddenCols, r._col, r._numCols, this._sheet.maxCols, true);
  }

  unhideColumn(column: unknown): void {
    const r = this._rt.unwrap(column, RangeService);
    if (!r) throw this._rt.signatureError("SpreadsheetApp.Sheet.unhideColumn", [column]);
    this._hide(this._sheet.hiddenCols, r._col, r._numCols, this._sheet.maxCols, false);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._sheet.hiddenCols.has(columnPosition);
  }

  setFrozenRows(rows: number): void {
    const n = intArg(this._rt, rows, "SpreadsheetApp.Sheet.setFrozenRows", [rows]);
    if (n < 0 || n >= this._sheet.maxRows)
      throw this._rt.exception("Sorry, it is not possible to freeze all rows.");
    this._sheet.frozenRows = n;
  }

  getFrozenRows(): number {
    return this._sheet.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    const n = intArg(this._rt, columns, "SpreadsheetApp.Sheet.setFrozenColumns", [columns]);
    if (n < 0 || n >= this._sheet.maxCols)
      throw this._rt.exception("Sorry, it is not possible to freeze all columns.");
    this._sheet.frozenCols = n;
  }

  getFrozenColumns(): number {
    return this._sheet.frozenCols;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this._sheet.colWidths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this._sheet.colWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this._sheet.colWidths.get(columnPosition) ?? 100;
  }

  setRowHeight(rowPosition: number, height: number): this {
    this._sheet.rowHeights.set(rowPosition, height);
    return this;
  }

  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (let r = startRow; r < startRow + numRows; r++) this._sheet.rowHeights.set(r, height);
    return this;
  }

  getRowHeight(rowPosition: number): number {
    return this._sheet.rowHeights.get(rowPosition) ?? 21;
  }

  /** Approximates Sheets' auto-fit: about 7 px per character of the longest displayed value. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const s = this._sheet;
    const last = s.lastRow();
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 1; r <= last; r++) {
        const v = s.value(r, c);
        if (v !== undefined) longest = Math.max(longest, String(v).length);
      }
      s.colWidths.set(c, Math.max(40, Math.min(500, longest * 7 + 16)));
    }
    return this;
  }

  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const s = this._alive();
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly;
    s.clearRect(1, 1, s.maxRows, s.maxCols, {
      contents: !any || o.contentsOnly,
      formats: !any || o.formatOnly,
    });
    return this;
  }

  clearContents(): this {
    const s = this._alive();
    s.clearRect(1, 1, s.maxRows, s.maxCols, { contents: true });
    return this;
  }

  clearFormats(): this {
    const s = this._alive();
    s.clearRect(1, 1, s.maxRows, s.maxCols, { formats: true });
    return this;
  }

  clearNotes(): this {
    const s = this._alive();
    s.clearRect(1, 1, s.maxRows, s.maxCols, { notes: true });
    return this;
  }

  // ---- charts ----

  newChart(): EmbeddedChartBuilder {
    const model: ChartModel = {
      id: this._rt.store.newObjectId(),
      type: "COLUMN",
      ranges: [],
      options: {},
      anchor: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      transpose: false,
    };
    return new EmbeddedChartBuilder(this._rt, this._sheet, model);
  }

  insertChart(chart: unknown): void {
    const c = this._rt.unwrap(chart, EmbeddedChart);
    if (!c) throw this._rt.signatureError("SpreadsheetApp.Sheet.insertChart", [chart]);
    const model = structuredClone(c._model);
    if (this._sheet.charts.some((x) => x.id === model.id)) model.id = this._rt.store.newObjectId();
    this._sheet.charts.push(model);
    c._model.id = model.id;
  }

  updateChart(chart: unknown): void {
    const c = this._rt.unwrap(chart, EmbeddedChart);
    if (!c) throw this._rt.signatureError("SpreadsheetApp.Sheet.updateChart", [chart]);
    const i = this._sheet.charts.findIndex((x) => x.id === c._model.id);
    if (i < 0) throw this._rt.exception("The chart does not exist on this sheet.");
    this._sheet.charts[i] = structuredClone(c._model);
  }

  removeChart(chart: unknown): void {
    const c = this._rt.unwrap(chart, EmbeddedChart);
    if (!c) throw this._rt.signatureError("SpreadsheetApp.Sheet.removeChart", [chart]);
    this._sheet.charts = this._sheet.charts.filter((x) => x.id !== c._model.id);
  }

  getCharts(): EmbeddedChart[] {
    return this._sheet.charts.map((m) => new EmbeddedChart(this._rt, this._sheet, m));
  }

  // ---- protections ----

  protect(): Protection {
    const existing = this._sheet.protections.find((p) => p.kind === "SHEET");
    if (existing) return new Protection(this._rt, this._sheet, existing);
    const model = {
      id: this._rt.store.newObjectId(),
      kind: "SHEET" as const,
      description: "",
      warningOnly: false,
      editors: [this._rt.host.user.email],
    };
    this._sheet.protections.push(model);
    return new Protection(this._rt, this._sheet, model);
  }

  getProtections(type: string): Protection[] {
    return this._sheet.protections
      .filter((p) => p.kind === String(type))
      .map((p) => new Protection(this._rt, this._sheet, p));
  }
}
