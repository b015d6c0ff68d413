// SpreadsheetApp Range: 1-based rectangles over a sheet model, reads/writes with Sheets' value typing and Apps Script's dimension errors.
import { rectToA1 } from "../model/a1.ts";
import type { Cell, SheetModel } from "../model/spreadsheet-store.ts";
import {
  type CellValue,
  DEFAULT_NUMBER_FORMAT,
  displayValue,
  isAutomatic,
  isDate,
  typeString,
} from "../model/values.ts";
import { DataValidation } from "./data-validation.ts";
import { Protection } from "./protection.ts";
import { type Runtime, Service } from "./runtime.ts";
import { SheetService } from "./sheet.ts";

/** Sheets' limit on characters in one cell. */
const MAX_CELL_CHARS = 50_000;

/** Integer argument as Apps Script converts it (a fraction is truncated; anything else is a signature error). */
export function intArg(rt: Runtime, v: unknown, method: string, args: unknown[]): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw rt.signatureError(method, args);
  return Math.trunc(v);
}

/** Builds a range, throwing exactly what Sheet.getRange throws for bad coordinates. */
export function makeRange(
  rt: Runtime,
  sheet: SheetModel,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): RangeService {
  if (row < 1) throw rt.exception("The starting row of the range is too small.");
  if (col < 1) throw rt.exception("The starting column of the range is too small.");
  if (numRows < 1) throw rt.exception("The number of rows in the range must be at least 1.");
  if (numCols < 1) throw rt.exception("The number of columns in the range must be at least 1.");
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols)
    throw rt.exception("The coordinates of the range are outside the dimensions of the sheet.");
  return new RangeService(rt, sheet, row, col, numRows, numCols);
}

/** Writes one value the way setValue(s) does: strings typed by Sheets, others kept. */
export function writeCellValue(
  rt: Runtime,
  sheet: SheetModel,
  r: number,
  c: number,
  input: unknown,
) {
  if (input === null || input === undefined || input === "") {
    const cell = sheet.cell(r, c);
    if (cell) delete cell.v;
    return;
  }
  const cell = sheet.ensureCell(r, c);
  if (typeof input === "string") {
    if (input.length > MAX_CELL_CHARS)
      throw rt.exception(
        `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
      );
    const typed = typeString(input, cell.nf, rt.store.timeZone);
    if (typed.value === undefined) delete cell.v;
    else cell.v = typed.value;
    if (typed.numberFormat && isAutomatic(cell.nf)) cell.nf = typed.numberFormat;
    return;
  }
  if (typeof input === "number") {
    cell.v = Number.isFinite(input) ? input : "#NUM!";
    return;
  }
  if (typeof input === "boolean") {
    cell.v = input;
    return;
  }
  if (isDate(input)) {
    cell.v = new Date(input.getTime());
    return;
  }
  const text = String(input);
  cell.v = typeString(text, cell.nf, rt.store.timeZone).value ?? text;
}

function readValue(cell: Cell | undefined): CellValue {
  const v = cell?.v;
  if (v === undefined) return "";
  return isDate(v) ? new Date(v.getTime()) : v;
}

export class RangeService extends Service {
  static override gasName = "Range";

  constructor(
    rt: Runtime,
    readonly _sheet: SheetModel,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
  ) {
    super(rt);
  }

  // ---- internals ----

  _map<T>(f: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this._row; r < this._row + this._numRows; r++) {
      const line: T[] = [];
      for (let c = this._col; c < this._col + this._numCols; c++)
        line.push(f(this._sheet.cell(r, c), r, c));
      out.push(line);
    }
    return out;
  }

  _each(f: (r: number, c: number) => void): void {
    for (let r = this._row; r < this._row + this._numRows; r++)
      for (let c = this._col; c < this._col + this._numCols; c++) f(r, c);
  }

  /** Checks a 2-D argument's shape against the range, with Apps Script's messages. */
  _checkGrid(method: string, grid: unknown): unknown[][] {
    if (!Array.isArray(grid))
      throw this._rt.signatureError(`SpreadsheetApp.Range.${method}`, [grid]);
    if (grid.length !== this._numRows)
      throw this._rt.exception(
        `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this._numRows}.`,
      );
    for (const line of grid) {
      if (!Array.isArray(line))
        throw this._rt.signatureError(`SpreadsheetApp.Range.${method}`, [grid]);
      if (line.length !== this._numCols)
        throw this._rt.exception(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this._numCols}.`,
        );
    }
    return grid as unknown[][];
  }

  _setGrid(method: string, grid: unknown, apply: (cell: Cell, v: unknown) => void): this {
    const rows = this._checkGrid(method, grid);
    this._each((r, c) => apply(this._sheet.ensureCell(r, c), rows[r - this._row]?.[c - this._col]));
    return this;
  }

  _setAll(apply: (cell: Cell) => void): this {
    this._each((r, c) => apply(this._sheet.ensureCell(r, c)));
    return this;
  }

  _first(): Cell | undefined {
    return this._sheet.cell(this._row, this._col);
  }

  // ---- values ----

  getValues(): CellValue[][] {
    return this._map(readValue);
  }

  getValue(): CellValue {
    return readValue(this._first());
  }

  setValues(values: unknown): this {
    const rows = this._checkGrid("setValues", values);
    this._each((r, c) =>
      writeCellValue(this._rt, this._sheet, r, c, rows[r - this._row]?.[c - this._col]),
    );
    return this;
  }

  setValue(value: unknown): this {
    if (Array.isArray(value))
      throw this._rt.signatureError("SpreadsheetApp.Range.setValue", [value]);
    this._each((r, c) => writeCellValue(this._rt, this._sheet, r, c, value));
    return this;
  }

  getDisplayValues(): string[][] {
    const { locale, timeZone } = this._rt.store;
    return this._map((cell) => displayValue(cell?.v, cell?.nf, locale, timeZone));
  }

  getDisplayValue(): string {
    const cell = this._first();
    return displayValue(cell?.v, cell?.nf, this._rt.store.locale, this._rt.store.timeZone);
  }

  isBlank(): boolean {
    return this._map((cell) => cell?.v === undefined).every((line) => line.every(Boolean));
  }

  clearContent(): this {
    this._sheet.clearRect(this._row, this._col, this._numRows, this._numCols, { contents: true });
    return this;
  }

  clearFormat(): this {
    this._sheet.clearRect(this._row, this._col, this._numRows, this._numCols, { formats: true });
    return this;
  }

  clearNote(): this {
    this._sheet.clearRect(this._row, this._col, this._numRows, this._numCols, { notes: true });
    return this;
  }

  clearDataValidations(): this {
    this._sheet.clearRect(this._row, this._col, this._numRows, this._numCols, {
      validations: true,
    });
    return this;
  }

  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): this {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    this._sheet.clearRect(this._row, this._col, this._numRows, this._numCols, {
      contents: !any || o.contentsOnly,
      formats: !any || o.formatOnly,
      notes: o.commentsOnly,
      validations: o.validationsOnly,
    });
    return this;
  }

  // ---- geometry ----

  getRow(): number {
    return this._row;
  }

  getRowIndex(): number {
    return this._row;
  }

  getColumn(): number {
    return this._col;
  }

  getNumRows(): number {
    return this._numRows;
  }

  getNumColumns(): number {
    return this._numCols;
  }

  getHeight(): number {
    return this._numRows;
  }

  getWidth(): number {
    return this._numCols;
  }

  getLastRow(): number {
    return this._row + this._numRows - 1;
  }

  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }

  getA1Notation(): string {
    return rectToA1({
      row: this._row,
      col: this._col,
      numRows: this._numRows,
      numCols: this._numCols,
    });
  }

  getGridId(): number {
    return this._sheet.id;
  }

  getSheet(): SheetService {
    return new SheetService(this._rt, this._sheet);
  }

  offset(
    rowOffset: number,
    columnOffset: number,
    numRows?: number,
    numColumns?: number,
  ): RangeService {
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((a) => a !== undefined);
    const m = "SpreadsheetApp.Range.offset";
    const ro = intArg(this._rt, rowOffset, m, args);
    const co = intArg(this._rt, columnOffset, m, args);
    const nr = numRows === undefined ? this._numRows : intArg(this._rt, numRows, m, args);
    const nc = numColumns === undefined ? this._numCols : intArg(this._rt, numColumns, m, args);
    const row = this._row + ro;
    const col = this._col + co;
    if (
      row < 1 ||
      col < 1 ||
      row + nr - 1 > this._sheet.maxRows ||
      col + nc - 1 > this._sheet.maxCols
    )
      throw this._rt.exception(
        "The coordinates of the range are outside the dimensions of the sheet.",
      );
    return makeRange(this._rt, this._sheet, row, col, nr, nc);
  }

  getCell(row: number, column: number): RangeService {
    const m = "SpreadsheetApp.Range.getCell";
    const r = intArg(this._rt, row, m, [row, column]);
    const c = intArg(this._rt, column, m, [row, column]);
    if (r < 1 || c < 1 || r > this._numRows || c > this._numCols)
      throw this._rt.exception("Cell reference out of range");
    return new RangeService(this._rt, this._sheet, this._row + r - 1, this._col + c - 1, 1, 1);
  }

  activate(): this {
    this._rt.store.activeSheetId = this._sheet.id;
    this._rt.store.selection = {
      sheetId: this._sheet.id,
      row: this._row,
      col: this._col,
      numRows: this._numRows,
      numCols: this._numCols,
    };
    return this;
  }

  activateAsCurrentCell(): this {
    return this.activate();
  }

  // ---- formats ----

  setFontWeight(fontWeight: string | null): this {
    return this._setAll((cell) => {
      if (fontWeight === "bold") cell.bold = true;
      else delete cell.bold;
    });
  }

  setFontWeights(fontWeights: unknown): this {
    return this._setGrid("setFontWeights", fontWeights, (cell, v) => {
      if (v === "bold") cell.bold = true;
      else delete cell.bold;
    });
  }

  getFontWeight(): string {
    return this._first()?.bold ? "bold" : "normal";
  }

  getFontWeights(): string[][] {
    return this._map((cell) => (cell?.bold ? "bold" : "normal"));
  }

  setFontStyle(fontStyle: string | null): this {
    return this._setAll((cell) => {
      if (fontStyle === "italic") cell.italic = true;
      else delete cell.italic;
    });
  }

  getFontStyle(): string {
    return this._first()?.italic ? "italic" : "normal";
  }

  setFontColor(color: string | null): this {
    return this._setAll((cell) => {
      if (color) cell.color = color.toLowerCase();
      else delete cell.color;
    });
  }

  getFontColor(): string {
    return this._first()?.color ?? "#000000";
  }

  setFontSize(size: number): this {
    return this._setAll((cell) => {
      cell.fontSize = size;
    });
  }

  getFontSize(): number {
    return this._first()?.fontSize ?? 10;
  }

  setBackground(color: string | null): this {
    return this._setAll((cell) => {
      if (color) cell.bg = color.toLowerCase();
      else delete cell.bg;
    });
  }

  setBackgrounds(colors: unknown): this {
    return this._setGrid("setBackgrounds", colors, (cell, v) => {
      if (typeof v === "string" && v) cell.bg = v.toLowerCase();
      else delete cell.bg;
    });
  }

  getBackground(): string {
    return this._first()?.bg ?? "#ffffff";
  }

  getBackgrounds(): string[][] {
    return this._map((cell) => cell?.bg ?? "#ffffff");
  }

  setNote(note: string | null): this {
    return this._setAll((cell) => {
      if (note === null || note === undefined || note === "") delete cell.note;
      else cell.note = String(note);
    });
  }

  setNotes(notes: unknown): this {
    return this._setGrid("setNotes", notes, (cell, v) => {
      if (v === null || v === undefined || v === "") delete cell.note;
      else cell.note = String(v);
    });
  }

  getNote(): string {
    return this._first()?.note ?? "";
  }

  getNotes(): string[][] {
    return this._map((cell) => cell?.note ?? "");
  }

  setNumberFormat(numberFormat: string): this {
    return this._setAll((cell) => {
      cell.nf = String(numberFormat);
    });
  }

  setNumberFormats(numberFormats: unknown): this {
    return this._setGrid("setNumberFormats", numberFormats, (cell, v) => {
      cell.nf = String(v);
    });
  }

  getNumberFormat(): string {
    return this._first()?.nf ?? DEFAULT_NUMBER_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this._map((cell) => cell?.nf ?? DEFAULT_NUMBER_FORMAT);
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this._setAll((cell) => {
      if (alignment && alignment !== "normal" && alignment !== "general") cell.halign = alignment;
      else delete cell.halign;
    });
  }

  setHorizontalAlignments(alignments: unknown): this {
    return this._setGrid("setHorizontalAlignments", alignments, (cell, v) => {
      if (typeof v === "string" && v !== "normal" && v !== "general") cell.halign = v;
      else delete cell.halign;
    });
  }

  getHorizontalAlignment(): string {
    return this._first()?.halign ?? "general";
  }

  setVerticalAlignment(alignment: string | null): this {
    return this._setAll((cell) => {
      if (alignment) cell.valign = alignment;
      else delete cell.valign;
    });
  }

  setWrap(isWrapEnabled: boolean): this {
    return this._setAll((cell) => {
      if (isWrapEnabled) cell.wrap = true;
      else delete cell.wrap;
    });
  }

  setWraps(wraps: unknown): this {
    return this._setGrid("setWraps", wraps, (cell, v) => {
      if (v) cell.wrap = true;
      else delete cell.wrap;
    });
  }

  getWrap(): boolean {
    return this._first()?.wrap === true;
  }

  setWrapStrategy(_strategy: unknown): this {
    return this;
  }

  /** Borders are kept as one flag per cell: the preview draws them, tests rarely care which sides. */
  setBorder(top: boolean | null, ..._rest: unknown[]): this {
    return this._setAll((cell) => {
      if (top) cell.border = true;
      else delete cell.border;
    });
  }

  // ---- data validation ----

  setDataValidation(rule: unknown): this {
    const dv = rule === null ? undefined : this._rt.unwrap(rule, DataValidation);
    if (rule !== null && !dv)
      throw this._rt.signatureError("SpreadsheetApp.Range.setDataValidation", [rule]);
    return this._setAll((cell) => {
      if (dv) cell.dv = dv._toModel();
      else delete cell.dv;
    });
  }

  setDataValidations(rules: unknown): this {
    return this._setGrid("setDataValidations", rules, (cell, v) => {
      const dv = v === null ? undefined : this._rt.unwrap(v, DataValidation);
      if (dv) cell.dv = dv._toModel();
      else delete cell.dv;
    });
  }

  getDataValidation(): DataValidation | null {
    const dv = this._first()?.dv;
    return dv ? new DataValidation(this._rt, dv) : null;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this._map((cell) => (cell?.dv ? new DataValidation(this._rt, cell.dv) : null));
  }

  // ---- protection ----

  protect(): Protection {
    const model = {
      id: this._rt.store.newObjectId(),
      kind: "RANGE" as const,
      range: {
        sheetId: this._sheet.id,
        row: this._row,
        col: this._col,
        numRows: this._numRows,
        numCols: this._numCols,
      },
      description: "",
      warningOnly: false,
      editors: [this._rt.host.user.email],
    };
    this._sheet.protections.push(model);
    return new Protection(this._rt, this._sheet, model);
  }
}
