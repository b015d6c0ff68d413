// Runs a form's report definition over its rows: validity, the period filter, the tables, and the counts-only summary.
import { type AgeBand, SIMFONI_BANDS } from "../age-bands.ts";
import { type Tabulation, tabulate } from "../crosstab.ts";
import type { FormSpec, RecordValues } from "../form-spec.ts";
import type { Period } from "../period.ts";
import type { Summary, SummaryTable } from "../summary.ts";
import { formSchema } from "../validate.ts";
import {
  type CrossTableDef,
  type FormReportDef,
  type ListRow,
  type ListTableDef,
  PART_SEP,
  type ReportContext,
  type TableDef,
} from "./definition.ts";

export interface ComputedCross {
  kind: "cross";
  def: CrossTableDef;
  tab: Tabulation;
}

export interface ComputedList {
  kind: "list";
  def: ListTableDef;
  rows: ListRow[];
  total: ListRow;
}

export type ComputedTable = ComputedCross | ComputedList;

export interface FormReport {
  def: FormReportDef;
  ctx: ReportContext;
  /** What the report counts: valid records, and for a dated register those within the period. */
  records: readonly RecordValues[];
  /** Valid records of a dated register dated outside the period. */
  outOfPeriod: number;
  tables: ComputedTable[];
}

/**
 * The bands of the shared summary, whatever a group shows in its sheet: the server adds up
 * every group's counts, which only works when all use one scheme. SIMFONI-PPA is the national one.
 */
export const SUMMARY_BANDS: readonly AgeBand[] = SIMFONI_BANDS;

/** Normalised values of the rows that pass the form's checks (the same schema as the sidebar), and how many do not. */
export function validRecords(
  spec: FormSpec,
  raws: Iterable<Record<string, unknown>>,
  today: string,
): { valid: RecordValues[]; invalid: number } {
  const schema = formSchema(spec, { today });
  const valid: RecordValues[] = [];
  let invalid = 0;
  for (const raw of raws) {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      invalid++;
      continue;
    }
    const value: RecordValues = {};
    for (const [k, v] of Object.entries(parsed.data as RecordValues))
      if (v !== undefined) value[k] = v;
    valid.push(value);
  }
  return { valid, invalid };
}

/** A period as written ("2026", "2026-Q3", "2026-07"): the key its summary is shared under. */
export function periodKey(p: Period): string {
  if (p.kind === "year") return String(p.year);
  return p.kind === "quarter" ? `${p.year}-Q${p.quarter}` : p.start.slice(0, 7);
}

/** Whether an ISO date lies in the period (ISO dates compare as text). */
export function isInPeriod(date: unknown, period: Period): boolean {
  return typeof date === "string" && date >= period.start && date <= period.end;
}

function computeTable(def: TableDef, records: readonly RecordValues[]): ComputedTable {
  if (def.kind === "list") return { kind: "list", def, ...def.compute(records) };
  const rows = def.where ? records.filter(def.where) : records;
  return { kind: "cross", def, tab: tabulate(rows, def.rows, def.cols, def.weight) };
}

/** Every table of a form's report, on valid records. */
export function computeReport(
  def: FormReportDef,
  valid: readonly RecordValues[],
  ctx: ReportContext,
): FormReport {
  const field = def.dateField;
  const records = field ? valid.filter((r) => isInPeriod(r[field], ctx.period)) : valid;
  return {
    def,
    ctx,
    records,
    outOfPeriod: valid.length - records.length,
    tables: def.tables(ctx, records).map((t) => computeTable(t, records)),
  };
}

function summaryTable(c: ComputedCross): SummaryTable {
  const dims = [c.def.rows, ...c.def.cols];
  const split = dims.map((d) => d.parts !== undefined);
  return {
    id: c.def.id,
    dimensions: dims.flatMap((d) => d.parts ?? [d.id]),
    cells: c.tab.cells.map((cell) => ({
      key: cell.key.flatMap((v, i) => (split[i] ? v.split(PART_SEP) : [v])),
      count: cell.count,
    })),
  };
}

/**
 * The counts a group shares: the shared cross-tables only (never free text, shares or medians),
 * with the summary's age bands.
 */
export function summaryOf(report: FormReport): Summary {
  const sameBands =
    report.ctx.bands.map((b) => b.key).join() === SUMMARY_BANDS.map((b) => b.key).join();
  const tables = sameBands
    ? report.tables
    : report.def
        .tables({ ...report.ctx, bands: SUMMARY_BANDS }, report.records)
        .map((t) => computeTable(t, report.records));
  return {
    form: report.def.form,
    tables: tables
      .filter((t): t is ComputedCross => t.kind === "cross" && t.def.shared)
      .map(summaryTable),
  };
}
