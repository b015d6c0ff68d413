// The JSON the preview server sends the page: one visible window of the active sheet, tabs, charts, menus and new UI events.
import type { MenuModel, UiEvent } from "../gas/ui-state.ts";

export type { MenuEntry, MenuModel, UiEvent } from "../gas/ui-state.ts";

export interface CellView {
  /** display value */
  d: string;
  /** what the formula bar shows, when it differs from d */
  e?: string;
  bg?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  note?: string;
  halign?: string;
  wrap?: boolean;
  border?: boolean;
  /** the value is a number/date: right-aligned by default */
  num?: boolean;
  /** dropdown choices of a list validation */
  choices?: string[];
  /** value breaks the cell's validation rule */
  invalid?: boolean;
}

export interface RowView {
  row: number;
  hidden: boolean;
  frozen: boolean;
  /** index = column - firstCol; null = empty unformatted cell */
  cells: (CellView | null)[];
}

export interface ColumnView {
  col: number;
  letter: string;
  width: number;
  hidden: boolean;
}

export interface GridView {
  sheet: string;
  maxRows: number;
  maxCols: number;
  lastRow: number;
  lastCol: number;
  frozenRows: number;
  /** rows the grid pages over: the used area plus a margin */
  shownRows: number;
  page: number;
  pageSize: number;
  pages: number;
  columns: ColumnView[];
  rows: RowView[];
}

export interface ChartView {
  index: number;
  id: number;
  type: string;
  title: string;
  labels: string[];
  series: { name: string; values: number[] }[];
  /** where Sheets floats the chart: over this cell, offset in pixels */
  anchor: { row: number; col: number; offsetX: number; offsetY: number };
}

export interface PageState {
  version: number;
  title: string;
  locale: string;
  sheets: { name: string; tabColor: string | null; protected: boolean }[];
  active: string;
  selection: { row: number; col: number } | null;
  grid: GridView;
  charts: ChartView[];
  menus: MenuModel[];
  sidebar: { title: string; seq: number } | null;
  lastSeq: number;
  events: UiEvent[];
  /** why Code.js could not be loaded (not built yet, syntax error) */
  bundleError?: string;
}

export interface CallResult {
  ok: boolean;
  result?: unknown;
  error?: { name: string; message: string };
  lastSeq?: number;
}
