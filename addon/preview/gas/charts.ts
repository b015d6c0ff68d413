// Embedded charts: Charts.ChartType, Sheet.newChart()'s EmbeddedChartBuilder and the EmbeddedChart it builds, stored as JSON-safe models.
import type { ChartModel, RangeRef, SheetModel } from "../model/spreadsheet-store.ts";
import { RangeService } from "./range.ts";
import { type Runtime, Service } from "./runtime.ts";

export const CHART_TYPES = [
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "LINE",
  "ORG",
  "PIE",
  "RADAR",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TIMELINE",
  "TREEMAP",
  "WATERFALL",
] as const;

function enumOf(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, n]));
}

/** The Charts global: enums only (charts are built through Sheet.newChart()). */
export class ChartsService extends Service {
  static override gasName = "Charts";

  get ChartType(): Record<string, string> {
    return enumOf(CHART_TYPES);
  }

  get Position(): Record<string, string> {
    return enumOf(["TOP", "RIGHT", "BOTTOM", "NONE"]);
  }

  get LegendPosition(): Record<string, string> {
    return enumOf(["TOP", "RIGHT", "BOTTOM", "NONE"]);
  }

  get ChartHiddenDimensionStrategy(): Record<string, string> {
    return enumOf(["IGNORE_BOTH", "IGNORE_ROWS", "IGNORE_COLUMNS", "SHOW_BOTH"]);
  }

  get ChartMergeStrategy(): Record<string, string> {
    return enumOf(["MERGE_COLUMNS", "MERGE_ROWS"]);
  }
}

function refOf(range: RangeService): RangeRef {
  return {
    sheetId: range._sheet.id,
    row: range._row,
    col: range._col,
    numRows: range._numRows,
    numCols: range._numCols,
  };
}

function rangeOf(rt: Runtime, ref: RangeRef): RangeService | undefined {
  const sheet = rt.store.sheetById(ref.sheetId);
  return sheet
    ? new RangeService(rt, sheet, ref.row, ref.col, ref.numRows, ref.numCols)
    : undefined;
}

export class ContainerInfo extends Service {
  static override gasName = "ContainerInfo";

  constructor(
    rt: Runtime,
    readonly _anchor: ChartModel["anchor"],
  ) {
    super(rt);
  }

  getAnchorRow(): number {
    return this._anchor.row;
  }

  getAnchorColumn(): number {
    return this._anchor.col;
  }

  getOffsetX(): number {
    return this._anchor.offsetX;
  }

  getOffsetY(): number {
    return this._anchor.offsetY;
  }
}

export class ChartOptions extends Service {
  static override gasName = "ChartOptions";

  constructor(
    rt: Runtime,
    readonly _options: Record<string, unknown>,
  ) {
    super(rt);
  }

  get(option: string): unknown {
    return this._options[option] ?? null;
  }

  getOrDefault(option: string): unknown {
    return this._options[option] ?? null;
  }
}

/**
 * Sheet.newChart() and the typed builders from asColumnChart() etc. share this class: the typed
 * builders only add setters that end up as options (title, axis titles, legend, colours).
 */
export class EmbeddedChartBuilder extends Service {
  static override gasName = "EmbeddedChartBuilder";

  constructor(
    rt: Runtime,
    readonly _sheet: SheetModel,
    readonly _model: ChartModel,
  ) {
    super(rt);
  }

  addRange(range: unknown): this {
    const r = this._rt.unwrap(range, RangeService);
    if (!r) throw this._rt.signatureError("SpreadsheetApp.EmbeddedChartBuilder.addRange", [range]);
    this._model.ranges.push(refOf(r));
    return this;
  }

  removeRange(range: unknown): this {
    const r = this._rt.unwrap(range, RangeService);
    if (!r) return this;
    const ref = refOf(r);
    this._model.ranges = this._model.ranges.filter(
      (x) => JSON.stringify(x) !== JSON.stringify(ref),
    );
    return this;
  }

  clearRanges(): this {
    this._model.ranges = [];
    return this;
  }

  getRanges(): RangeService[] {
    return this._model.ranges.flatMap((ref) => rangeOf(this._rt, ref) ?? []);
  }

  setChartType(type: string): this {
    this._model.type = String(type);
    return this;
  }

  getChartType(): string {
    return this._model.type;
  }

  asAreaChart(): this {
    return this.setChartType("AREA");
  }

  asBarChart(): this {
    return this.setChartType("BAR");
  }

  asColumnChart(): this {
    return this.setChartType("COLUMN");
  }

  asComboChart(): this {
    return this.setChartType("COMBO");
  }

  asHistogramChart(): this {
    return this.setChartType("HISTOGRAM");
  }

  asLineChart(): this {
    return this.setChartType("LINE");
  }

  asPieChart(): this {
    return this.setChartType("PIE");
  }

  asScatterChart(): this {
    return this.setChartType("SCATTER");
  }

  asTableChart(): this {
    return this.setChartType("TABLE");
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this._model.anchor = {
      row: anchorRowPos,
      col: anchorColPos,
      offsetX: offsetX ?? 0,
      offsetY: offsetY ?? 0,
    };
    return this;
  }

  getContainer(): ContainerInfo {
    return new ContainerInfo(this._rt, this._model.anchor);
  }

  setOption(option: string, value: unknown): this {
    this._model.options[String(option)] = JSON.parse(JSON.stringify(value ?? null));
    return this;
  }

  setNumHeaders(headers: number): this {
    this._model.numHeaders = headers;
    return this;
  }

  setTransposeRowsAndColumns(transpose: boolean): this {
    this._model.transpose = Boolean(transpose);
    return this;
  }

  setHiddenDimensionStrategy(_strategy: string): this {
    return this;
  }

  setMergeStrategy(_strategy: string): this {
    return this;
  }

  // typed-builder setters
  setTitle(title: string): this {
    return this.setOption("title", title);
  }

  setXAxisTitle(title: string): this {
    return this.setOption("hAxis.title", title);
  }

  setYAxisTitle(title: string): this {
    return this.setOption("vAxis.title", title);
  }

  setLegendPosition(position: string): this {
    return this.setOption("legend.position", String(position).toLowerCase());
  }

  setStacked(): this {
    return this.setOption("isStacked", true);
  }

  setColors(cssValues: string[]): this {
    return this.setOption("colors", cssValues);
  }

  set3D(): this {
    return this.setOption("is3D", true);
  }

  build(): EmbeddedChart {
    return new EmbeddedChart(this._rt, this._sheet, structuredClone(this._model));
  }
}

export class EmbeddedChart extends Service {
  static override gasName = "EmbeddedChart";

  constructor(
    rt: Runtime,
    readonly _sheet: SheetModel,
    readonly _model: ChartModel,
  ) {
    super(rt);
  }

  getChartId(): number | null {
    return this._sheet.charts.some((c) => c.id === this._model.id) ? this._model.id : null;
  }

  getId(): string {
    return `u${this._model.id}`;
  }

  getRanges(): RangeService[] {
    return this._model.ranges.flatMap((ref) => rangeOf(this._rt, ref) ?? []);
  }

  getOptions(): ChartOptions {
    return new ChartOptions(this._rt, this._model.options);
  }

  getContainerInfo(): ContainerInfo {
    return new ContainerInfo(this._rt, this._model.anchor);
  }

  getNumHeaders(): number {
    return this._model.numHeaders;
  }

  getTransposeRowsAndColumns(): boolean {
    return this._model.transpose;
  }

  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this._rt, this._sheet, structuredClone(this._model));
  }
}
