// Lays a computed report out as one sheet: header lines, then each table with totals, its chart data and its chart's place.
import type { Lang } from "../i18n.ts";
import { t } from "../i18n.ts";
import { type ComputedCross, type ComputedList, type FormReport, periodKey } from "./compute.ts";
import { type ChartType, type ListFormat, type ListRow, text } from "./definition.ts";

export type SheetValue = string | number;

export interface ChartSpec {
  /** The chart's data range (1-based), header row and label column included. */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /** Top-left cell the chart is anchored at: beside its table. */
  anchorRow: number;
  anchorCol: number;
  type: ChartType;
  title: string;
}

/** Everything the sheet gets, as whole-block grids: one write each, whatever the number of rows. */
export interface RenderedSheet {
  name: string;
  values: SheetValue[][];
  fontWeights: ("bold" | "normal")[][];
  backgrounds: string[][];
  numberFormats: string[][];
  charts: ChartSpec[];
  /** Columns the sheet needs, the charts' area included. */
  columns: number;
}

/** Rows above the first table: title, period, generated, two notes, a blank line. */
export const TABLES_TOP = 7;
export const CHART_WIDTH_PX = 480;
export const CHART_HEIGHT_PX = 300;
/** Rows and columns a chart covers at default sizes (21 px rows, 100 px columns), so charts never overlap. */
const CHART_ROWS = 16;
const CHART_COLS = 5;
const HEADER_BG = "#e8f0fe";
const PLAIN_BG = "#ffffff";
const FORMATS: Record<ListFormat, string> = { count: "0", percent: "0%", decimal: "0.0" };

interface Style {
  bold?: boolean;
  bg?: string;
  format?: string;
}

class Grid {
  private readonly rows: ({ v: SheetValue; s: Style } | undefined)[][] = [];

  put(row: number, col: number, v: SheetValue, s: Style = {}): void {
    let line = this.rows[row - 1];
    if (!line) {
      line = [];
      this.rows[row - 1] = line;
    }
    line[col - 1] = { v, s };
  }

  line(row: number, col: number, values: readonly SheetValue[], s: Style = {}): void {
    values.forEach((v, i) => {
      this.put(row, col + i, v, s);
    });
  }

  width(): number {
    return this.rows.reduce((w, line) => Math.max(w, line?.length ?? 0), 1);
  }

  grids(height: number, width: number) {
    const at = (r: number, c: number) => this.rows[r]?.[c];
    const grid = <T>(f: (cell: { v: SheetValue; s: Style } | undefined) => T): T[][] =>
      Array.from({ length: height }, (_, r) =>
        Array.from({ length: width }, (_, c) => f(at(r, c))),
      );
    return {
      values: grid((x) => x?.v ?? ""),
      fontWeights: grid((x) => (x?.s.bold ? "bold" : "normal") as "bold" | "normal"),
      backgrounds: grid((x) => x?.s.bg ?? PLAIN_BG),
      // Text cells are plain text so labels such as "2026" or "2026-01" stay as written.
      numberFormats: grid((x) => (typeof x?.v === "number" ? (x.s.format ?? "0") : "@")),
    };
  }
}

interface Placed {
  height: number;
  chart: ChartSpec;
  right: number;
}

function notesOf(c: ComputedCross | ComputedList, report: FormReport, lang: Lang): string[] {
  const notes: string[] = [];
  if (c.kind === "cross" && [c.def.rows, ...c.def.cols].some((d) => d.overlaps)) {
    notes.push(t(lang, "report.note.overlap", { unit: t(lang, report.def.unit) }));
  }
  if (c.def.note) notes.push(t(lang, c.def.note));
  return notes;
}

function renderCross(
  g: Grid,
  top: number,
  c: ComputedCross,
  report: FormReport,
  lang: Lang,
): Placed {
  const { def, tab } = c;
  const total = t(lang, "report.total");
  const head = { bold: true, bg: HEADER_BG };
  const rowHeading = def.rows.heading(lang);
  const labels = tab.rowValues.map((v) => def.rows.label(v, lang));
  g.put(top, 1, t(lang, def.title), { bold: true });
  const headerRow = top + 1;
  let bodyRow: number;
  let width: number;
  let chartCol = 1;
  let chartCols: number;
  if (def.cols.length === 0) {
    g.line(headerRow, 1, [rowHeading, text(lang, def.measure ?? "report.total")], head);
    bodyRow = headerRow + 1;
    labels.forEach((l, i) => {
      g.line(bodyRow + i, 1, [l, tab.rowTotals[i] as number]);
    });
    g.line(bodyRow + labels.length, 1, [total, tab.total], { bold: true });
    width = 2;
    chartCols = 2;
  } else if (def.cols.length === 1) {
    const dim = def.cols[0] as (typeof def.cols)[number];
    const colLabels = tab.colValues.map((cv) => dim.label(cv[0] as string, lang));
    g.line(headerRow, 1, [rowHeading, ...colLabels, total], head);
    bodyRow = headerRow + 1;
    labels.forEach((l, i) => {
      g.line(bodyRow + i, 1, [l, ...(tab.counts[i] as number[]), tab.rowTotals[i] as number]);
    });
    g.line(bodyRow + labels.length, 1, [total, ...tab.colTotals, tab.total], { bold: true });
    width = colLabels.length + 2;
    chartCols = colLabels.length + 1;
  } else if (def.cols.length === 2) {
    const [outer, inner] = def.cols as [(typeof def.cols)[number], (typeof def.cols)[number]];
    const innerValues = inner.values;
    const n = innerValues.length;
    const header1: SheetValue[] = [rowHeading];
    const header2: SheetValue[] = [""];
    for (const gv of tab.groupValues) {
      header1.push(outer.label(gv, lang), ...innerValues.map(() => ""));
      header2.push(...innerValues.map((v) => inner.label(v, lang)), total);
    }
    header1.push(total);
    header2.push("");
    g.line(headerRow, 1, header1, head);
    g.line(headerRow + 1, 1, header2, head);
    bodyRow = headerRow + 2;
    const line = (label: string, counts: number[], groups: number[], all: number): SheetValue[] => [
      label,
      ...groups.flatMap((sub, gi) => [...counts.slice(gi * n, (gi + 1) * n), sub]),
      all,
    ];
    labels.forEach((l, i) => {
      g.line(
        bodyRow + i,
        1,
        line(
          l,
          tab.counts[i] as number[],
          tab.groupCounts[i] as number[],
          tab.rowTotals[i] as number,
        ),
      );
    });
    g.line(bodyRow + labels.length, 1, line(total, tab.colTotals, tab.groupTotals, tab.total), {
      bold: true,
    });
    width = header1.length;
    // Chart data beside the table: rows × outer values (subtotals), one clean range for the chart.
    chartCol = width + 2;
    const groupLabels = tab.groupValues.map((gv) => outer.label(gv, lang));
    g.line(headerRow + 1, chartCol, [rowHeading, ...groupLabels], head);
    labels.forEach((l, i) => {
      g.line(bodyRow + i, chartCol, [l, ...(tab.groupCounts[i] as number[])]);
    });
    chartCols = groupLabels.length + 1;
  } else {
    throw new Error(`${def.id}: at most two column dimensions`);
  }
  let r = bodyRow + labels.length + 1;
  for (const note of notesOf(c, report, lang)) g.put(r++, 1, note);
  const chartHeader = def.cols.length === 2 ? headerRow + 1 : headerRow;
  const right = Math.max(width, chartCol + chartCols - 1);
  return {
    height: Math.max(r - top, CHART_ROWS) + 1,
    right,
    chart: {
      row: chartHeader,
      col: chartCol,
      numRows: labels.length + 1,
      numCols: chartCols,
      anchorRow: top,
      anchorCol: right + 2,
      type: def.chart,
      title: t(lang, def.title),
    },
  };
}

function listLabel(row: ListRow, lang: Lang): string {
  return typeof row.label === "string" ? row.label : t(lang, row.label.key);
}

function renderList(g: Grid, top: number, c: ComputedList, report: FormReport, lang: Lang): Placed {
  const { def } = c;
  g.put(top, 1, t(lang, def.title), { bold: true });
  const headerRow = top + 1;
  g.line(
    headerRow,
    1,
    [t(lang, def.rowHeading), ...def.columns.map((col) => t(lang, col.heading))],
    { bold: true, bg: HEADER_BG },
  );
  const put = (row: number, line: ListRow, bold: boolean) => {
    g.put(row, 1, listLabel(line, lang), { bold });
    line.values.forEach((v, i) => {
      g.put(row, i + 2, v ?? "", { bold, format: FORMATS[def.columns[i]?.format ?? "count"] });
    });
  };
  c.rows.forEach((line, i) => {
    put(headerRow + 1 + i, line, false);
  });
  put(headerRow + 1 + c.rows.length, { ...c.total, label: { key: "report.total" } }, true);
  let r = headerRow + c.rows.length + 2;
  for (const note of notesOf(c, report, lang)) g.put(r++, 1, note);
  const width = def.columns.length + 1;
  return {
    height: Math.max(r - top, CHART_ROWS) + 1,
    right: width,
    chart: {
      row: headerRow,
      col: 1,
      numRows: c.rows.length + 1,
      numCols: def.chartColumns + 1,
      anchorRow: top,
      anchorCol: width + 2,
      type: def.chart,
      title: t(lang, def.title),
    },
  };
}

export interface RenderHead {
  /** When the report was made, as the user reads it (e.g. "2026-11-27 10:00 (Asia/Makassar)"). */
  generated: string;
  /** Rows of the form sheet that did not pass the form's checks. */
  invalid: number;
}

export function renderReport(report: FormReport, lang: Lang, head: RenderHead): RenderedSheet {
  const g = new Grid();
  const { def, ctx } = report;
  g.put(1, 1, t(lang, def.title), { bold: true });
  g.put(2, 1, t(lang, "report.period"), { bold: true });
  if (def.dateField) {
    const p = ctx.period;
    g.line(2, 2, [periodKey(p), `${p.start} – ${p.end}`]);
  } else {
    g.put(2, 2, t(lang, "report.snapshot", { date: ctx.today }));
  }
  g.put(3, 1, t(lang, "report.generated"), { bold: true });
  g.put(3, 2, head.generated);
  if (head.invalid) g.put(4, 1, t(lang, "report.rows_skipped", { count: head.invalid }));
  if (report.outOfPeriod) {
    g.put(5, 1, t(lang, "report.rows_out_of_period", { count: report.outOfPeriod }));
  }
  const charts: ChartSpec[] = [];
  let top = TABLES_TOP;
  let right = 1;
  for (const table of report.tables) {
    const placed =
      table.kind === "cross"
        ? renderCross(g, top, table, report, lang)
        : renderList(g, top, table, report, lang);
    charts.push(placed.chart);
    right = Math.max(right, placed.chart.anchorCol + CHART_COLS);
    top += placed.height;
  }
  const height = top - 1;
  const width = g.width();
  return {
    name: def.sheetName,
    ...g.grids(height, width),
    charts,
    columns: Math.max(width, right),
  };
}
