// Helpers for report tests: run a form's report on raw rows, and read a table's cells by their codes.
import { AGE_BANDS, type AgeBandScheme } from "../../../core/age-bands.ts";
import type { FormId } from "../../../core/form-ids.ts";
import { getFormSpec } from "../../../core/forms/index.ts";
import { parsePeriod } from "../../../core/period.ts";
import {
  type ComputedCross,
  type ComputedList,
  computeReport,
  type FormReport,
  validRecords,
} from "../../../core/reports/compute.ts";
import type { ReportContext } from "../../../core/reports/definition.ts";
import { reportDef } from "../../../core/reports/index.ts";

export const TODAY = "2026-11-27";
export const V1 = "73.09.03.2004";
export const V2 = "73.09.03.2005";

export function run(
  form: FormId,
  raws: Record<string, unknown>[],
  opts: {
    period?: string;
    bands?: AgeBandScheme;
    villages?: string[];
    persons?: ReadonlyMap<string, Record<string, unknown>>;
  } = {},
): FormReport & { invalid: number } {
  const { valid, invalid } = validRecords(getFormSpec(form), raws, TODAY);
  const report = computeReport(reportDef(form), valid, {
    today: TODAY,
    period: parsePeriod(opts.period ?? "2026"),
    villages: opts.villages ?? [V1, V2],
    bands: AGE_BANDS[opts.bands ?? "simfoni"],
    persons: opts.persons as ReportContext["persons"],
  });
  return { ...report, invalid };
}

/** A cross-table by id, read by codes: cell(row, ...cols), row and column totals, subtotals. */
export function cross(report: FormReport, id: string) {
  const table = report.tables.find((t) => t.def.id === id);
  if (table?.kind !== "cross") throw new Error(`no cross-table ${id}`);
  const tab = (table as ComputedCross).tab;
  const row = (r: string) => {
    const i = tab.rowValues.indexOf(r);
    if (i < 0) throw new Error(`${id}: no row ${r}`);
    return i;
  };
  const col = (cols: string[]) => {
    const i = tab.colValues.findIndex((c) => c.join() === cols.join());
    if (i < 0) throw new Error(`${id}: no column ${cols}`);
    return i;
  };
  return {
    tab,
    cell: (r: string, ...cols: string[]) => tab.counts[row(r)]?.[col(cols)],
    rowTotal: (r: string) => tab.rowTotals[row(r)],
    colTotal: (...cols: string[]) => tab.colTotals[col(cols)],
    group: (r: string, g: string) => tab.groupCounts[row(r)]?.[tab.groupValues.indexOf(g)],
    groupTotal: (g: string) => tab.groupTotals[tab.groupValues.indexOf(g)],
    /** Every non-zero cell as "code|code|…": count, for comparing whole tables. */
    nonZero: () =>
      Object.fromEntries(
        tab.cells
          .map((c): [string, number] => [c.key.join("|"), c.count])
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
  };
}

export function list(report: FormReport, id: string): ComputedList {
  const table = report.tables.find((t) => t.def.id === id);
  if (table?.kind !== "list") throw new Error(`no list table ${id}`);
  return table;
}
