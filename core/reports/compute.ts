// Runs a form's report definition over its rows: validity, the period filter, the tables, and the counts-only summary.
import { type AgeBand, SIMFONI_BANDS } from "../age-bands.ts";
import { combosOf, type Tabulation, tabulate, valuePositions } from "../crosstab.ts";
import type { FormSpec, RecordValues } from "../form-spec.ts";
import type { Period } from "../period.ts";
import { RECORD_KEY_SPACE } from "../record-key.ts";
import { ALL, compareKeys, type Summary, type SummaryCell, type SummaryTable } from "../summary.ts";
import { formValidator, validValues } from "../validate.ts";
import {
  type CrossTableDef,
  type FormReportDef,
  type ListRow,
  type ListTableDef,
  PART_SEP,
  type ReportContext,
  type ReportDim,
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

/**
 * Where a record's record key travels with its values (it is not a field: the form's schema would
 * refuse it, so it is set aside while the fields are checked and put back on the valid value).
 */
export const RECORD_KEY_FIELD = "record_key";

/**
 * Normalised values of the rows that pass the form's checks (the same schema as the sidebar), and
 * how many do not. `each` hears of every valid row with its index, so a caller needing the values
 * by row (the person join) does not validate the rows again.
 */
export function validRecords(
  spec: FormSpec,
  raws: Iterable<Record<string, unknown>>,
  today: string,
  each?: (index: number, value: RecordValues) => void,
): { valid: RecordValues[]; invalid: number } {
  // The record key is passed over by the checks, so a row is checked as it is, not copied without it.
  const validator = formValidator(spec, { today }, { ignore: new Set([RECORD_KEY_FIELD]) });
  const valid: RecordValues[] = [];
  let invalid = 0;
  let index = -1;
  for (const row of raws) {
    index++;
    const recordKey = row[RECORD_KEY_FIELD];
    const value = validValues(validator, row);
    if (!value) {
      invalid++;
      continue;
    }
    if (typeof recordKey === "number") value[RECORD_KEY_FIELD] = recordKey;
    valid.push(value);
    each?.(index, value);
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

/** Every subset of the given positions, the empty one first. */
function subsets(positions: readonly number[]): number[][] {
  let out: number[][] = [[]];
  for (const p of positions) out = [...out, ...out.map((s) => [...s, p])];
  return out;
}

/**
 * The summary cells of one shared cross-table: per combination its count (or summed weight) and
 * its cell key, the sum of the counted records' record keys. For every set of multi-answer
 * dimensions, cells with ALL in their places count each record once (see ALL): the server builds
 * margins from these, so totals are of persons, not of ticks, without a total being uploaded.
 *
 * Values are positions in each dimension's list (ALL one past the last) and a cell one number,
 * so a record costs a few array writes rather than keys joined as text; a table too wide for
 * that takes the plain way (`summaryCellsByText`), which gives the same cells.
 */
export function summaryCells(def: CrossTableDef, records: readonly RecordValues[]): SummaryCell[] {
  const dims = [def.rows, ...def.cols];
  const n = dims.length;
  const overlapping = dims.flatMap((d, i) => (d.overlaps ? [i] : []));
  if (def.weight && overlapping.length) {
    throw new Error(`${def.id}: a weighted table cannot have a multi-answer dimension`);
  }
  // Each dimension's values and ALL: the cell space, numbered in mixed radix.
  const radix = dims.map((d) => d.values.length + 1);
  const space = radix.reduce((a, b) => a * b, 1);
  if (space > MAX_CELL_SPACE || dims.some((d) => d.values.includes(ALL)))
    return summaryCellsByText(def, records);
  const strides: number[] = new Array(n).fill(1);
  for (let i = n - 2; i >= 0; i--)
    strides[i] = (strides[i + 1] as number) * (radix[i + 1] as number);
  const dependent = dims.map((d) => d.of.length >= 2);
  const projections = subsets(overlapping);
  // Per projection, whether each dimension stands at ALL.
  const projected = projections.map((all) => dims.map((_, i) => all.includes(i)));

  const counts = new Float64Array(space);
  const ckeys = new Float64Array(space);
  const met = new Uint8Array(space);
  // The last (record, projection) that counted a cell: within one, a record counts once per cell.
  const stamp = new Int32Array(space).fill(-1);
  let stampNo = 0;
  const order: number[] = [];

  // The record's combinations as positions (n per combination) and their weights, in arrays
  // reused for every record; each dimension's positions in its own buffer (a value at most once).
  const combos: number[] = [];
  const weights: number[] = [];
  let nCombos = 0;
  const chosen: number[] = new Array(n).fill(0);
  const prefix: string[] = new Array(n).fill("");
  const { buffers, positions } = valuePositions(dims);
  const found = new Int32Array(n);
  const visit = (d: number, r: RecordValues): void => {
    if (d === n) {
      // The weight of a combination, asked once (it depends on the record and the combination).
      weights[nCombos] = def.weight ? def.weight(r, prefix.slice()) : 1;
      for (let i = 0; i < n; i++) combos[nCombos * n + i] = chosen[i] as number;
      nCombos++;
      return;
    }
    const count = dependent[d] ? positions(d, r, prefix.slice(0, d)) : (found[d] as number);
    const values = (dims[d] as ReportDim).values;
    const buf = buffers[d] as Int32Array;
    for (let k = 0; k < count; k++) {
      const at = buf[k] as number;
      chosen[d] = at;
      prefix[d] = values[at] as string;
      visit(d + 1, r);
    }
  };

  const rows = def.where ? records.filter(def.where) : records;
  for (const r of rows) {
    let empty = false;
    for (let d = 0; d < n && !empty; d++) {
      if (dependent[d]) continue;
      found[d] = positions(d, r, []);
      if (!found[d]) empty = true;
    }
    if (empty) continue;
    nCombos = 0;
    visit(0, r);
    if (!nCombos) continue;
    const rk = r[RECORD_KEY_FIELD];
    const recordKey = typeof rk === "number" ? rk : 0;
    for (const all of projected) {
      stampNo++;
      for (let k = 0; k < nCombos; k++) {
        const w = weights[k] as number;
        if (!(w > 0)) continue;
        let id = 0;
        for (let i = 0; i < n; i++) {
          const at = all[i] ? (radix[i] as number) - 1 : (combos[k * n + i] as number);
          id += at * (strides[i] as number);
        }
        // The first combination to reach a cell gives its weight, as in the plain loop.
        if (stamp[id] === stampNo) continue;
        stamp[id] = stampNo;
        if (!met[id]) {
          met[id] = 1;
          order.push(id);
        }
        counts[id] = (counts[id] as number) + w;
        ckeys[id] = ((ckeys[id] as number) + recordKey) % RECORD_KEY_SPACE;
      }
    }
  }
  // Composite dimensions (kind/item) keep their codes apart in the summary.
  const split = dims.map((d) => d.parts !== undefined);
  return order
    .map((id) => {
      const key: string[] = [];
      let rest = id;
      for (let i = 0; i < n; i++) {
        const at = Math.floor(rest / (strides[i] as number));
        rest -= at * (strides[i] as number);
        const values = (dims[i] as ReportDim).values;
        const v = at === values.length ? ALL : (values[at] as string);
        if (split[i] && v !== ALL) for (const part of v.split(PART_SEP)) key.push(part);
        else key.push(v);
      }
      return { key, count: counts[id] as number, ckey: ckeys[id] as number };
    })
    .sort((a, b) => compareKeys(a.key, b.key));
}

/** Beyond this many possible cells (with ALL) a table's cells are keyed by text instead. */
const MAX_CELL_SPACE = 1 << 22;

/** The summary cells with keys joined as text: for tables whose cell space is too wide to number. */
function summaryCellsByText(def: CrossTableDef, records: readonly RecordValues[]): SummaryCell[] {
  const dims = [def.rows, ...def.cols];
  const allowed = dims.map((d) => new Set(d.values));
  const overlapping = dims.flatMap((d, i) => (d.overlaps ? [i] : []));
  const projections = subsets(overlapping);
  const cells = new Map<string, { key: string[]; count: number; ckey: number }>();
  const rows = def.where ? records.filter(def.where) : records;
  for (const r of rows) {
    const combos = combosOf(r, dims, allowed);
    if (!combos.length) continue;
    const rk = r[RECORD_KEY_FIELD];
    const recordKey = typeof rk === "number" ? rk : 0;
    for (const all of projections) {
      // Within one projection a record counts once per distinct cell (ALL merges its combinations).
      const seen = new Map<string, { key: string[]; w: number }>();
      for (const combo of combos) {
        const w = def.weight ? def.weight(r, combo) : 1;
        if (!(w > 0)) continue;
        const key = all.length ? combo.map((v, i) => (all.includes(i) ? ALL : v)) : combo;
        const id = JSON.stringify(key);
        if (!seen.has(id)) seen.set(id, { key, w });
      }
      for (const [id, { key, w }] of seen) {
        const cell = cells.get(id) ?? { key, count: 0, ckey: 0 };
        cell.count += w;
        cell.ckey = (cell.ckey + recordKey) % RECORD_KEY_SPACE;
        cells.set(id, cell);
      }
    }
  }
  const split = dims.map((d) => d.parts !== undefined);
  return [...cells.values()]
    .map((c) => ({
      key: c.key.flatMap((v, i) => (split[i] && v !== ALL ? v.split(PART_SEP) : [v])),
      count: c.count,
      ckey: c.ckey,
    }))
    .sort((a, b) => compareKeys(a.key, b.key));
}

function summaryTable(def: CrossTableDef, records: readonly RecordValues[]): SummaryTable {
  const dims = [def.rows, ...def.cols];
  return {
    id: def.id,
    dimensions: dims.flatMap((d) => d.parts ?? [d.id]),
    cells: summaryCells(def, records),
  };
}

/**
 * The counts a group shares: the shared cross-tables only (never free text, shares or medians),
 * with the summary's age bands, each cell with its cell key.
 */
export function summaryOf(report: FormReport): Summary {
  const defs = report.def
    .tables({ ...report.ctx, bands: SUMMARY_BANDS }, report.records)
    .filter((t): t is CrossTableDef => t.kind === "cross" && t.shared);
  return {
    form: report.def.form,
    tables: defs.map((d) => summaryTable(d, report.records)),
  };
}
