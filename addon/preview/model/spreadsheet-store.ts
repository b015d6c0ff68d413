// The in-memory spreadsheet the services read and write: sheets of cells with values and formats, charts, protections, properties; JSON round-trip.
import { type CellValue, displayValue, isDate } from "./values.ts";

export interface Cell {
  v?: CellValue;
  /** number format; "@" is plain text */
  nf?: string;
  bg?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  fontSize?: number;
  note?: string;
  halign?: string;
  valign?: string;
  wrap?: boolean;
  border?: boolean;
  dv?: ValidationRule;
}

export interface ValidationRule {
  /** a SpreadsheetApp.DataValidationCriteria name, e.g. VALUE_IN_LIST */
  criteria: string;
  /** JSON-safe criteria values; a range is stored as { range: RangeRef } */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface RangeRef {
  sheetId: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface ChartModel {
  id: number;
  type: string;
  ranges: RangeRef[];
  options: Record<string, unknown>;
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
}

export interface ProtectionModel {
  id: number;
  kind: "SHEET" | "RANGE";
  range?: RangeRef;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

export interface Selection {
  sheetId: number;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface PropertyStores {
  document: Record<string, string>;
  script: Record<string, string>;
  /** per user e-mail */
  user: Record<string, Record<string, string>>;
}

/** Sheets' limit on cells in one spreadsheet. */
export const CELL_LIMIT = 10_000_000;
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;

export class SheetModel {
  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLS;
  frozenRows = 0;
  frozenCols = 0;
  hiddenSheet = false;
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  tabColor: string | null = null;
  charts: ChartModel[] = [];
  protections: ProtectionModel[] = [];
  /** rows[r-1][c-1]; sparse, grown on write */
  rows: (Array<Cell | undefined> | undefined)[] = [];

  constructor(
    public id: number,
    public name: string,
  ) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensureCell(row: number, col: number): Cell {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[col - 1];
    if (!c) {
      c = {};
      r[col - 1] = c;
    }
    return c;
  }

  value(row: number, col: number): CellValue | undefined {
    return this.cell(row, col)?.v;
  }

  /** Last row with a value (0 when the sheet is empty), like Sheet.getLastRow(). */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const cells = this.rows[r - 1];
      if (cells?.some((c) => c?.v !== undefined)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length; c > last; c--) {
        if (cells[c - 1]?.v !== undefined) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Values of the data range (A1 to last row/column), "" for empty cells: for tests. */
  values(): CellValue[][] {
    const rows = this.lastRow();
    const cols = this.lastColumn();
    const out: CellValue[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: CellValue[] = [];
      for (let c = 1; c <= cols; c++) line.push(this.value(r, c) ?? "");
      out.push(line);
    }
    return out;
  }

  displayValues(locale: string, tz: string): string[][] {
    return this.values().map((line, r) =>
      line.map((_, c) => {
        const cell = this.cell(r + 1, c + 1);
        return displayValue(cell?.v, cell?.nf, locale, tz);
      }),
    );
  }

  insertRows(before: number, count: number): void {
    this.rows.splice(before - 1, 0, ...new Array<undefined>(count).fill(undefined));
    this.maxRows += count;
    this.hiddenRows = shiftSet(this.hiddenRows, before, count);
    this.rowHeights = shiftMap(this.rowHeights, before, count);
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start - 1, count);
    this.maxRows -= count;
    this.hiddenRows = shiftSet(this.hiddenRows, start + count, -count, start);
    this.rowHeights = shiftMap(this.rowHeights, start + count, -count, start);
  }

  insertColumns(before: number, count: number): void {
    for (const cells of this.rows) {
      if (cells && cells.length >= before)
        cells.splice(before - 1, 0, ...new Array<undefined>(count).fill(undefined));
    }
    this.maxCols += count;
    this.hiddenCols = shiftSet(this.hiddenCols, before, count);
    this.colWidths = shiftMap(this.colWidths, before, count);
  }

  deleteColumns(start: number, count: number): void {
    for (const cells of this.rows) cells?.splice(start - 1, count);
    this.maxCols -= count;
    this.hiddenCols = shiftSet(this.hiddenCols, start + count, -count, start);
    this.colWidths = shiftMap(this.colWidths, start + count, -count, start);
  }

  /** Drops values and/or formats in a rectangle. */
  clearRect(
    row: number,
    col: number,
    numRows: number,
    numCols: number,
    what: { contents?: boolean; formats?: boolean; notes?: boolean; validations?: boolean },
  ): void {
    for (let r = row; r < row + numRows && r <= this.rows.length; r++) {
      const cells = this.rows[r - 1];
      if (!cells) continue;
      for (let c = col; c < col + numCols && c <= cells.length; c++) {
        const cell = cells[c - 1];
        if (!cell) continue;
        if (what.contents) delete cell.v;
        if (what.formats) {
          for (const k of [
            "nf",
            "bg",
            "bold",
            "italic",
            "color",
            "fontSize",
            "halign",
            "valign",
            "wrap",
            "border",
          ] as const)
            delete cell[k];
        }
        if (what.notes) delete cell.note;
        if (what.validations) delete cell.dv;
        if (Object.keys(cell).length === 0) cells[c - 1] = undefined;
      }
    }
  }
}

function shiftSet(set: Set<number>, from: number, by: number, dropFrom = Infinity): Set<number> {
  const out = new Set<number>();
  for (const n of set) {
    if (n >= dropFrom && n < from) continue;
    out.add(n >= from ? n + by : n);
  }
  return out;
}

function shiftMap<V>(map: Map<number, V>, from: number, by: number, dropFrom = Infinity) {
  const out = new Map<number, V>();
  for (const [n, v] of map) {
    if (n >= dropFrom && n < from) continue;
    out.set(n >= from ? n + by : n, v);
  }
  return out;
}

export interface StoreOptions {
  id?: string;
  name?: string;
  locale?: string;
  timeZone?: string;
}

export class SpreadsheetStore {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  sheets: SheetModel[] = [];
  activeSheetId = 0;
  selection: Selection | null = null;
  nextSheetId = 0;
  nextObjectId = 1;
  properties: PropertyStores = { document: {}, script: {}, user: {} };

  constructor(opts: StoreOptions = {}) {
    this.id = opts.id ?? "1PiLaHpReViEwSpReAdShEeT0000000000000000000";
    this.name = opts.name ?? "Spreadsheet tanpa judul";
    this.locale = opts.locale ?? "in_ID";
    this.timeZone = opts.timeZone ?? "Asia/Makassar";
  }

  /** A new spreadsheet as Sheets makes one: a single empty 1000×26 "Sheet1". */
  static create(opts: StoreOptions = {}): SpreadsheetStore {
    const store = new SpreadsheetStore(opts);
    const first = store.addSheet("Sheet1");
    store.activeSheetId = first.id;
    return store;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetModel {
    const active = this.sheetById(this.activeSheetId);
    if (active) return active;
    const first = this.sheets[0];
    if (!first) throw new Error("spreadsheet has no sheets");
    return first;
  }

  addSheet(name: string, index = this.sheets.length): SheetModel {
    const id = this.nextSheetId === 0 ? 0 : this.nextSheetId;
    // Sheets gives the first sheet id 0 and later ones large numbers.
    this.nextSheetId = id === 0 ? 1_000_000_001 : id + 7919;
    const sheet = new SheetModel(id, name);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? 0;
    if (this.selection?.sheetId === sheet.id) this.selection = null;
  }

  totalCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }

  newObjectId(): number {
    return this.nextObjectId++;
  }

  toJSON(): StoreJSON {
    return {
      format: 1,
      id: this.id,
      name: this.name,
      locale: this.locale,
      timeZone: this.timeZone,
      activeSheetId: this.activeSheetId,
      selection: this.selection,
      nextSheetId: this.nextSheetId,
      nextObjectId: this.nextObjectId,
      properties: this.properties,
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        maxRows: s.maxRows,
        maxCols: s.maxCols,
        frozenRows: s.frozenRows,
        frozenCols: s.frozenCols,
        hiddenSheet: s.hiddenSheet,
        hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
        hiddenCols: [...s.hiddenCols].sort((a, b) => a - b),
        colWidths: Object.fromEntries(s.colWidths),
        rowHeights: Object.fromEntries(s.rowHeights),
        tabColor: s.tabColor,
        charts: s.charts,
        protections: s.protections,
        rows: s.rows.map((cells) => (cells ? cells.map((c) => (c ? cellToJSON(c) : null)) : null)),
      })),
    };
  }

  static fromJSON(json: StoreJSON): SpreadsheetStore {
    if (json.format !== 1) throw new Error(`unknown preview store format ${String(json.format)}`);
    const store = new SpreadsheetStore(json);
    store.activeSheetId = json.activeSheetId;
    store.selection = json.selection;
    store.nextSheetId = json.nextSheetId;
    store.nextObjectId = json.nextObjectId;
    store.properties = {
      document: { ...json.properties.document },
      script: { ...json.properties.script },
      user: { ...json.properties.user },
    };
    for (const s of json.sheets) {
      const sheet = new SheetModel(s.id, s.name);
      sheet.maxRows = s.maxRows;
      sheet.maxCols = s.maxCols;
      sheet.frozenRows = s.frozenRows;
      sheet.frozenCols = s.frozenCols;
      sheet.hiddenSheet = s.hiddenSheet;
      sheet.hiddenRows = new Set(s.hiddenRows);
      sheet.hiddenCols = new Set(s.hiddenCols);
      sheet.colWidths = new Map(Object.entries(s.colWidths).map(([k, v]) => [Number(k), v]));
      sheet.rowHeights = new Map(Object.entries(s.rowHeights).map(([k, v]) => [Number(k), v]));
      sheet.tabColor = s.tabColor;
      sheet.charts = s.charts;
      sheet.protections = s.protections;
      sheet.rows = s.rows.map((cells) =>
        cells ? cells.map((c) => (c ? cellFromJSON(c) : undefined)) : undefined,
      );
      store.sheets.push(sheet);
    }
    return store;
  }
}

type CellJSON = Omit<Cell, "v"> & { v?: string | number | boolean | { $date: number } };

function cellToJSON(c: Cell): CellJSON {
  if (isDate(c.v)) return { ...c, v: { $date: c.v.getTime() } };
  return c as CellJSON;
}

function cellFromJSON(c: CellJSON): Cell {
  const { v, ...rest } = c;
  if (v !== null && typeof v === "object") return { ...rest, v: new Date(v.$date) };
  return v === undefined ? rest : { ...rest, v };
}

export interface StoreJSON {
  format: number;
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  activeSheetId: number;
  selection: Selection | null;
  nextSheetId: number;
  nextObjectId: number;
  properties: PropertyStores;
  sheets: {
    id: number;
    name: string;
    maxRows: number;
    maxCols: number;
    frozenRows: number;
    frozenCols: number;
    hiddenSheet: boolean;
    hiddenRows: number[];
    hiddenCols: number[];
    colWidths: Record<string, number>;
    rowHeights: Record<string, number>;
    tabColor: string | null;
    charts: ChartModel[];
    protections: ProtectionModel[];
    rows: (Array<CellJSON | null> | null)[];
  }[];
}
