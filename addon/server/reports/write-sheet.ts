// Writes a rendered report sheet in place of the previous one: one write per grid, a constant number of calls per chart.
import {
  CHART_HEIGHT_PX,
  CHART_WIDTH_PX,
  type RenderedSheet,
} from "../../../core/reports/render.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LABEL_COLUMN_PX = 280;

/** Deletes the old report sheet and writes the new one where it was (a fresh sheet leaves no stale cells or charts). */
export function writeReportSheet(ss: Spreadsheet, r: RenderedSheet): Sheet {
  const old = ss.getSheetByName(r.name);
  let index: number | undefined;
  if (old) {
    index = old.getIndex() - 1;
    ss.deleteSheet(old);
  }
  const sheet = index === undefined ? ss.insertSheet(r.name) : ss.insertSheet(r.name, index);
  const height = r.values.length;
  const width = r.values[0]?.length ?? 1;
  if (sheet.getMaxColumns() < r.columns)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), r.columns - sheet.getMaxColumns());
  if (sheet.getMaxRows() < height)
    sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  const range = sheet.getRange(1, 1, height, width);
  // Formats first: text cells are "@", so labels such as "2026" stay as written.
  range.setNumberFormats(r.numberFormats);
  range.setValues(r.values);
  range.setFontWeights(r.fontWeights);
  range.setBackgrounds(r.backgrounds);
  sheet.setColumnWidth(1, LABEL_COLUMN_PX);
  for (const c of r.charts) {
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType[c.type])
      .addRange(sheet.getRange(c.row, c.col, c.numRows, c.numCols))
      .setPosition(c.anchorRow, c.anchorCol, 0, 0)
      .setOption("title", c.title)
      .setOption("isStacked", true)
      .setOption("width", CHART_WIDTH_PX)
      .setOption("height", CHART_HEIGHT_PX)
      .build();
    sheet.insertChart(chart);
  }
  return sheet;
}
