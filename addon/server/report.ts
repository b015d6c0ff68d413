// Pilah → Buat laporan: one read of the register, one write of the table, a chart, counts to the server.
import { bandLabel } from "../../core/age-bands.ts";
import { findVillage } from "../../core/areas.ts";
import { choiceLabelKey, isChoiceField } from "../../core/form-spec.ts";
import { personForm } from "../../core/forms/person.ts";
import { isMessageKey, type Lang, t } from "../../core/i18n.ts";
import { type PersonReport, personReport } from "../../core/reports/person-report.ts";
import { formSchema, validateRecord } from "../../core/validate.ts";
import { isoDateIn, spreadsheetTimeZone } from "./dates.ts";
import { readRecords } from "./form-sheet.ts";
import { loadSettings } from "./settings.ts";
import { putSummary } from "./worker-client.ts";

export const REPORT_SHEET = "Laporan Warga Rentan";
/** Rows above the table: title, period, generated, skipped note, blank. */
const TABLE_TOP = 6;

export interface ReportOutcome {
  counted: number;
  skipped: number;
  period: string;
  sent: boolean;
  revision?: number;
  message: string;
}

function sexLabel(lang: Lang, sex: string): string {
  const f = personForm.fields.find((x) => x.key === "sex");
  const key = f && isChoiceField(f) ? choiceLabelKey(f, sex) : "";
  return isMessageKey(key) ? t(lang, key) : sex;
}

function villageLabel(code: string): string {
  const v = findVillage(code);
  return v ? `${v.name} (${code})` : code;
}

/** The whole report as one rectangular block: header lines, the pivot with totals, chart data beside it. */
export function reportBlock(
  report: PersonReport,
  lang: Lang,
  head: { period: string; generated: string; skipped: number },
): { values: (string | number)[][]; tableWidth: number; chartCol: number } {
  const p = report.pivot;
  const sexes = [...new Set(p.colValues.map((c) => c[0] as string))];
  const bands = [...new Set(p.colValues.map((c) => c[1] as string))];
  const total = t(lang, "report.total");
  const header1: (string | number)[] = [t(lang, "report.village")];
  const header2: (string | number)[] = [""];
  for (const s of sexes) {
    header1.push(sexLabel(lang, s), ...bands.map(() => ""));
    header2.push(...bands.map(bandLabel), total);
  }
  header1.push(total);
  header2.push("");
  const line = (label: string, counts: number[], rowTotal: number) => {
    const out: (string | number)[] = [label];
    sexes.forEach((_, si) => {
      const part = counts.slice(si * bands.length, (si + 1) * bands.length);
      out.push(
        ...part,
        part.reduce((a, b) => a + b, 0),
      );
    });
    out.push(rowTotal);
    return out;
  };
  const body = p.rowValues.map((v, i) =>
    line(villageLabel(v), p.counts[i] as number[], p.rowTotals[i] as number),
  );
  body.push(line(total, p.colTotals, p.total));
  const table = [header1, header2, ...body];
  const tableWidth = header1.length;

  // Chart data: village × sex totals, next to the table so the chart has one clean source.
  const chart = [
    [t(lang, "report.village"), ...sexes.map((s) => sexLabel(lang, s))],
    ...p.rowValues.map((v, i) => [
      villageLabel(v),
      ...sexes.map((_, si) =>
        (p.counts[i] as number[])
          .slice(si * bands.length, (si + 1) * bands.length)
          .reduce((a, b) => a + b, 0),
      ),
    ]),
  ];
  const chartCol = tableWidth + 2;
  const width = chartCol + sexes.length;
  const top = [
    [t(lang, "report.title")],
    [t(lang, "report.period"), head.period],
    [t(lang, "report.generated"), head.generated],
    [head.skipped ? t(lang, "report.rows_skipped", { count: head.skipped }) : ""],
    [],
  ];
  const rows = Math.max(table.length, chart.length);
  const values: (string | number)[][] = top.map((r) => pad(r, width));
  for (let i = 0; i < rows; i++) {
    values.push(pad([...pad(table[i] ?? [], tableWidth), "", ...(chart[i] ?? [])], width));
  }
  return { values, tableWidth, chartCol };
}

function pad(row: (string | number)[], width: number): (string | number)[] {
  return [...row, ...new Array(Math.max(0, width - row.length)).fill("")];
}

export function buildReport(): ReportOutcome {
  const settings = loadSettings();
  const lang = settings.lang;
  const ss = SpreadsheetApp.getActive();
  const timeZone = spreadsheetTimeZone(ss);
  const now = new Date();
  const today = isoDateIn(now, timeZone);
  const period = today.slice(0, 4);

  const source = ss.getSheetByName(personForm.sheetName);
  const rows = source ? readRecords(source, personForm, timeZone) : [];
  const ctx = { today };
  const schema = formSchema(personForm, ctx);
  const valid = [];
  for (const r of rows) {
    const v = validateRecord(personForm, r.raw, ctx, lang, schema);
    if (v.ok && v.value) valid.push(v.value);
  }
  const report = personReport(valid, { today, villages: settings.villages });
  const skipped = rows.length - report.counted;
  const generated = Utilities.formatDate(now, timeZone, "yyyy-MM-dd HH:mm");
  const block = reportBlock(report, lang, {
    period,
    generated: `${generated} (${timeZone})`,
    skipped,
  });
  writeReportSheet(ss, block, report.pivot.rowValues.length, lang);

  const notices = [t(lang, "report.done", { count: report.counted })];
  const upload = putSummary(settings, period, { form: "person", tables: [report.table] });
  if (upload.ok) notices.push(t(lang, "report.sent", { revision: upload.data.revision }));
  else
    notices.push(
      t(lang, "report.not_sent", {
        reason: t(lang, upload.reason, { status: upload.status ?? "" }),
      }),
    );
  const message = notices.join(" ");
  ss.toast(message, "Pilah", 10);
  return {
    counted: report.counted,
    skipped,
    period,
    sent: upload.ok,
    revision: upload.ok ? upload.data.revision : undefined,
    message,
  };
}

function writeReportSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  block: ReturnType<typeof reportBlock>,
  villageRows: number,
  lang: Lang,
): void {
  const old = ss.getSheetByName(REPORT_SHEET);
  if (old) ss.deleteSheet(old);
  const sheet = ss.insertSheet(REPORT_SHEET);
  const height = block.values.length;
  const width = block.values[0]?.length ?? 1;
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, height, width).setValues(block.values);
  sheet.getRange(1, 1).setFontWeight("bold");
  sheet.setColumnWidth(1, 240);
  sheet.getRange(TABLE_TOP, 1, 2, width).setFontWeight("bold").setBackground("#e8f0fe");
  sheet.getRange(TABLE_TOP + 2 + villageRows, 1, 1, block.tableWidth).setFontWeight("bold");
  const chartRows = villageRows + 1;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(TABLE_TOP, block.chartCol, chartRows, width - block.chartCol + 1))
    .setPosition(TABLE_TOP + villageRows + 4, 1, 0, 0)
    .setOption("title", t(lang, "report.chart_title"))
    .setOption("isStacked", true)
    .build();
  sheet.insertChart(chart);
}
