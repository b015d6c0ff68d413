// SpreadsheetApp and the active Spreadsheet: sheets by name, insertion and deletion, toasts, locale and time zone, enums.
import { parseA1, splitSheetPrefix } from "../model/a1.ts";
import { CELL_LIMIT, DEFAULT_COLS, DEFAULT_ROWS } from "../model/spreadsheet-store.ts";
import { DATA_VALIDATION_CRITERIA, DataValidationBuilder } from "./data-validation.ts";
import { makeRange, RangeService } from "./range.ts";
import { Service } from "./runtime.ts";
import { SheetService } from "./sheet.ts";
import { UiService } from "./ui.ts";

function enumOf(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, n]));
}

export class SpreadsheetService extends Service {
  static override gasName = "Spreadsheet";

  getId(): string {
    return this._rt.store.id;
  }

  getName(): string {
    return this._rt.store.name;
  }

  rename(newName: string): void {
    this._rt.store.name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._rt.store.id}/edit`;
  }

  getSheets(): SheetService[] {
    return this._rt.store.sheets.map((s) => new SheetService(this._rt, s));
  }

  getNumSheets(): number {
    return this._rt.store.sheets.length;
  }

  getSheetByName(name: string): SheetService | null {
    const s = this._rt.store.sheet(String(name));
    return s ? new SheetService(this._rt, s) : null;
  }

  getSheetById(id: number): SheetService | null {
    const s = this._rt.store.sheetById(id);
    return s ? new SheetService(this._rt, s) : null;
  }

  insertSheet(a?: unknown, b?: unknown, _c?: unknown): SheetService {
    const store = this._rt.store;
    let name: string | undefined;
    let index = store.sheets.length;
    if (typeof a === "string") name = a;
    else if (typeof a === "number") index = Math.trunc(a);
    if (typeof b === "number") index = Math.trunc(b);
    if (index < 0 || index > store.sheets.length)
      throw this._rt.exception(`Sheet index is out of range: ${index}`);
    if (name === undefined) {
      let n = store.sheets.length + 1;
      while (store.sheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (name.trim() === "") throw this._rt.exception("Invalid argument: sheetName");
    const lower = name.toLowerCase();
    if (store.sheets.some((s) => s.name.toLowerCase() === lower))
      throw this._rt.exception(
        `A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    if (store.totalCells() + DEFAULT_ROWS * DEFAULT_COLS > CELL_LIMIT)
      throw this._rt.exception(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    const sheet = store.addSheet(name, index);
    // Sheets makes the new sheet the active one.
    store.activeSheetId = sheet.id;
    return new SheetService(this._rt, sheet);
  }

  deleteSheet(sheet: unknown): void {
    const s = this._rt.unwrap(sheet, SheetService);
    if (!s) throw this._rt.signatureError("SpreadsheetApp.Spreadsheet.deleteSheet", [sheet]);
    if (this._rt.store.sheets.length <= 1)
      throw this._rt.exception("You can't remove all the sheets in a document.");
    this._rt.store.removeSheet(s._sheet);
  }

  getActiveSheet(): SheetService {
    return new SheetService(this._rt, this._rt.store.activeSheet());
  }

  setActiveSheet(sheet: unknown, _restoreSelection?: boolean): SheetService {
    const s = this._rt.unwrap(sheet, SheetService);
    if (!s) throw this._rt.signatureError("SpreadsheetApp.Spreadsheet.setActiveSheet", [sheet]);
    return s.activate();
  }

  getActiveRange(): RangeService | null {
    return new SheetService(this._rt, this._rt.store.activeSheet()).getActiveRange();
  }

  getActiveCell(): RangeService {
    return new SheetService(this._rt, this._rt.store.activeSheet()).getActiveCell();
  }

  getCurrentCell(): RangeService {
    return this.getActiveCell();
  }

  getDataRange(): RangeService {
    return new SheetService(this._rt, this._rt.store.activeSheet()).getDataRange();
  }

  getRange(a1Notation: string): RangeService {
    const { sheet, ref } = splitSheetPrefix(String(a1Notation).trim());
    const model = sheet === undefined ? this._rt.store.activeSheet() : this._rt.store.sheet(sheet);
    if (!model) throw this._rt.exception("Range not found");
    const rect = parseA1(ref, model.maxRows, model.maxCols);
    if (!rect) throw this._rt.exception("Range not found");
    return makeRange(this._rt, model, rect.row, rect.col, rect.numRows, rect.numCols);
  }

  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    const toast = {
      message: String(msg ?? ""),
      title: title === undefined || title === null ? "" : String(title),
      timeoutSeconds: typeof timeoutSeconds === "number" ? timeoutSeconds : 5,
    };
    this._rt.host.ui.toasts.push(toast);
    this._rt.host.ui.emit({ kind: "toast", toast });
  }

  getSpreadsheetLocale(): string {
    return this._rt.store.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this._rt.store.locale = String(locale);
  }

  getSpreadsheetTimeZone(): string {
    return this._rt.store.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this._rt.store.timeZone = String(timezone);
  }

  getOwner(): null {
    return null;
  }
}

export class SpreadsheetAppService extends Service {
  static override gasName = "SpreadsheetApp";

  getActive(): SpreadsheetService {
    return new SpreadsheetService(this._rt);
  }

  getActiveSpreadsheet(): SpreadsheetService {
    return new SpreadsheetService(this._rt);
  }

  getActiveSheet(): SheetService {
    return new SheetService(this._rt, this._rt.store.activeSheet());
  }

  getActiveRange(): RangeService | null {
    return new SpreadsheetService(this._rt).getActiveRange();
  }

  getCurrentCell(): RangeService {
    return new SpreadsheetService(this._rt).getActiveCell();
  }

  setActiveSheet(sheet: unknown): SheetService {
    return new SpreadsheetService(this._rt).setActiveSheet(sheet);
  }

  setActiveRange(range: unknown): RangeService {
    const r = this._rt.unwrap(range, RangeService);
    if (!r) throw this._rt.signatureError("SpreadsheetApp.setActiveRange", [range]);
    return r.activate();
  }

  getUi(): UiService {
    return new UiService(this._rt);
  }

  flush(): void {}

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this._rt);
  }

  get DataValidationCriteria(): Record<string, string> {
    return enumOf(DATA_VALIDATION_CRITERIA);
  }

  get ProtectionType(): Record<string, string> {
    return enumOf(["RANGE", "SHEET"]);
  }

  get BorderStyle(): Record<string, string> {
    return enumOf(["DOTTED", "DASHED", "SOLID", "SOLID_MEDIUM", "SOLID_THICK", "DOUBLE"]);
  }

  get WrapStrategy(): Record<string, string> {
    return enumOf(["WRAP", "OVERFLOW", "CLIP"]);
  }

  get SheetType(): Record<string, string> {
    return enumOf(["GRID", "OBJECT", "DATASOURCE"]);
  }
}
