// Imports a tab the group already keeps into a Pilah register: one read of the source, writes in blocks, progress saved after each.

import { findVillage } from "../../../core/areas.ts";
import { dateFromIso } from "../../../core/dates.ts";
import type { FormId } from "../../../core/form-ids.ts";
import type { FormSpec } from "../../../core/form-spec.ts";
import {
  choiceLabelKey,
  fieldLabelKey,
  findField,
  isChoiceField,
} from "../../../core/form-spec.ts";
import { getFormSpec } from "../../../core/forms/index.ts";
import { isMessageKey, type Lang, t } from "../../../core/i18n.ts";
import type { ImportPlan } from "../../../core/import/import-plan.ts";
import {
  afterBlock,
  type ImportProgress,
  nextBlock,
  parseProgress,
  startProgress,
} from "../../../core/import/import-progress.ts";
import { type MappedRow, mapRow } from "../../../core/import/map-row.ts";
import {
  classifyRows,
  countKinds,
  DEFAULT_CHOICES,
  type RowChoice,
  type RowKind,
  type RowOutcome,
  rowAction,
} from "../../../core/import/preview-rows.ts";
import { suggestPlan, unmappedValues } from "../../../core/import/suggest-plan.ts";
import type { ImportPreview, ImportRunResult } from "../../shared/api/import-api.ts";
import { isoDateIn, spreadsheetTimeZone } from "../dates.ts";
import {
  createFormSheet,
  LABEL_ROW,
  readColumnMap,
  readRecords,
  writableColumns,
} from "../form-sheet.ts";
import { loadSettings, userLang } from "../settings.ts";
import { addIssues, applyMarks, type MarkPlan } from "../sheet-tools/marks.ts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The register column that keeps each imported row's origin and its unmapped columns' text. */
export const IMPORT_NOTES_KEY = "import_notes";
/** Rows written per block: one value write, one format write and one marks pass each. */
export const IMPORT_BLOCK_ROWS = 500;
/** A run stops starting blocks after this long, well inside Apps Script's 6 minutes; the next run continues. */
export const IMPORT_TIME_BUDGET_MS = 270_000;

const planKey = (sheet: string, form: FormId) => `pilah.import.plan.${form}.${sheet}`;
const progressKey = (sheet: string, form: FormId) => `pilah.import.progress.${form}.${sheet}`;

function todayIso(timeZone: string): string {
  return isoDateIn(new Date(), timeZone);
}

/** The source tab's values from one read, Sheets dates as ISO dates in the spreadsheet's zone. */
function readSource(sheetName: string, timeZone: string): unknown[][] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const src = ss.getSheetByName(sheetName);
  if (!src) throw new Error(`No sheet ${sheetName}`);
  return src
    .getDataRange()
    .getValues()
    .map((row) => row.map((v) => (v instanceof Date ? isoDateIn(v, timeZone) : v)));
}

function registerRows(spec: FormSpec, timeZone: string): Record<string, unknown>[] {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(spec.sheetName);
  return sheet ? readRecords(sheet, spec, timeZone).map((r) => r.raw) : [];
}

function savedPlan(sheetName: string, form: FormId): ImportPlan | undefined {
  const s = PropertiesService.getDocumentProperties().getProperty(planKey(sheetName, form));
  if (!s) return undefined;
  try {
    return JSON.parse(s) as ImportPlan;
  } catch {
    return undefined;
  }
}

interface Prepared {
  spec: FormSpec;
  values: unknown[][];
  plan: ImportPlan;
  progress: ImportProgress;
  timeZone: string;
  lang: Lang;
  villages: string[];
  /** Today where the spreadsheet is, read once per run. */
  today: string;
}

function prepare(sheetName: string, form: FormId, plan?: ImportPlan): Prepared {
  const spec = getFormSpec(form);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheetTimeZone(ss);
  const villages = loadSettings().villages;
  const values = readSource(sheetName, timeZone);
  const chosen =
    plan ?? savedPlan(sheetName, form) ?? suggestPlan(spec, sheetName, values, villages);
  if (!chosen) throw new Error(t(userLang(), "import.no_header_row"));
  const stored = PropertiesService.getDocumentProperties().getProperty(
    progressKey(sheetName, form),
  );
  const progress =
    parseProgress(stored, sheetName, form) ?? startProgress(sheetName, form, chosen.headerRow);
  return {
    spec,
    values,
    plan: chosen,
    progress,
    timeZone,
    lang: userLang(),
    villages,
    today: todayIso(timeZone),
  };
}

function classify(
  p: Prepared,
  rows: MappedRow[],
  register: Record<string, unknown>[],
): RowOutcome[] {
  return classifyRows(p.spec, rows, register, { today: p.today, villages: p.villages }, p.lang);
}

/** What an import would do with the rows not imported yet; nothing is written. */
export function previewImport(sheetName: string, form: FormId, plan?: ImportPlan): ImportPreview {
  const p = prepare(sheetName, form, plan);
  const today = dateFromIso(p.today);
  const rows = p.values.slice(p.progress.nextRow).map((r) => mapRow(p.spec, p.plan, r, today));
  const outcomes = classify(p, rows, registerRows(p.spec, p.timeZone));
  const label = (key: string, fallback: string) => (isMessageKey(key) ? t(p.lang, key) : fallback);
  const options: ImportPreview["options"] = {};
  for (const key of Object.keys(p.plan.values)) {
    const f = findField(p.spec, key);
    if (f && isChoiceField(f))
      options[key] = f.choices.map((code) => ({
        code,
        label: label(choiceLabelKey(f, code), code),
      }));
    else if (f?.kind === "village")
      options[key] = p.villages.map((code) => ({ code, label: findVillage(code)?.name ?? code }));
  }
  return {
    plan: p.plan,
    unmapped: unmappedValues(p.plan),
    counts: countKinds(outcomes),
    pending: outcomes.filter((o) => o.kind !== "empty").length,
    fields: p.spec.fields.map((f) => ({
      key: f.key,
      label: label(fieldLabelKey(p.spec.id, f.key), f.key),
    })),
    options,
  };
}

function registerSheet(spec: FormSpec, lang: Lang): Sheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return ss.getSheetByName(spec.sheetName) ?? createFormSheet(ss, spec, lang);
}

/** The notes column's position: found in the key row, else added after the last column. */
function notesColumn(sheet: Sheet, map: Map<string, number>, lastCol: number, lang: Lang): number {
  const found = map.get(IMPORT_NOTES_KEY);
  if (found !== undefined) return found;
  const col = lastCol + 1;
  if (col > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
  sheet.getRange(1, col, 2, 1).setValues([[IMPORT_NOTES_KEY], [t(lang, "import.notes_column")]]);
  return col;
}

function cellOf(v: unknown): string | number {
  if (Array.isArray(v)) return v.join(", ");
  if (typeof v === "number") return v;
  return v === undefined || v === null ? "" : String(v);
}

/**
 * Writes the rows not imported yet, block by block, until done or the time budget is spent.
 * The plan is saved first, and the progress after each block, so a stopped run and "Impor lagi"
 * go on from the first row not written. `maxBlocks` stops early (tests of the resumable path).
 */
export function runImport(
  sheetName: string,
  form: FormId,
  plan?: ImportPlan,
  choices: Readonly<Record<RowKind, RowChoice>> = DEFAULT_CHOICES,
  opts: { maxBlocks?: number; blockRows?: number } = {},
): ImportRunResult {
  const started = Date.now();
  const p = prepare(sheetName, form, plan);
  const props = PropertiesService.getDocumentProperties();
  props.setProperty(planKey(sheetName, form), JSON.stringify(p.plan));
  const sheet = registerSheet(p.spec, p.lang);
  const { map, lastCol } = writableColumns(sheet, p.spec, readColumnMap(sheet, p.spec), p.lang);
  const notesCol = notesColumn(sheet, map, lastCol, p.lang);
  const width = Math.max(lastCol, notesCol);
  const register = registerRows(p.spec, p.timeZone);
  const today = dateFromIso(p.today);
  const size = opts.blockRows ?? IMPORT_BLOCK_ROWS;
  let nextRow = Math.max(sheet.getLastRow(), LABEL_ROW) + 1;
  let progress = p.progress;
  const result: ImportRunResult = { written: 0, skipped: 0, marked: 0, finished: false };
  let blocks = 0;
  for (
    let block = nextBlock(progress, p.values.length, size);
    block;
    block = nextBlock(progress, p.values.length, size)
  ) {
    if (blocks >= (opts.maxBlocks ?? Number.POSITIVE_INFINITY)) break;
    if (Date.now() - started > IMPORT_TIME_BUDGET_MS) break;
    blocks++;
    const rows = p.values.slice(block.from, block.to).map((r) => mapRow(p.spec, p.plan, r, today));
    const outcomes = classify(p, rows, register);
    const lines: unknown[][] = [];
    const marks: MarkPlan = new Map();
    outcomes.forEach((o, i) => {
      const action = rowAction(o, choices);
      const row = rows[i] as MappedRow;
      if (action === "skip") {
        if (o.kind !== "empty") result.skipped++;
        return;
      }
      const line = new Array<unknown>(width).fill("");
      for (const [key, v] of Object.entries(row.raw)) {
        const col = map.get(key);
        if (col !== undefined) line[col - 1] = cellOf(v);
      }
      const origin = t(p.lang, "import.notes_origin", {
        sheet: sheetName,
        row: block.from + i + 1,
      });
      line[notesCol - 1] = [origin, ...row.notes].join("\n");
      const sheetRow = nextRow + lines.length;
      if (action === "mark") {
        for (const e of o.errors)
          addIssues(marks, sheetRow, map.get(e.field) ?? notesCol, "errors", e);
        for (const w of o.warnings)
          addIssues(marks, sheetRow, map.get(w.field) ?? notesCol, "warnings", w);
        if (o.errors.length || o.warnings.length) result.marked++;
      }
      lines.push(line);
      register.push(row.raw);
    });
    if (lines.length) {
      const missing = nextRow + lines.length - 1 - sheet.getMaxRows();
      if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
      const range = sheet.getRange(nextRow, 1, lines.length, width);
      // Text format first, so NIKs and codes stay text; integers keep their number.
      range.setNumberFormat("@");
      range.setValues(lines);
      applyMarks(sheet, { top: nextRow, left: 1, rows: lines.length, cols: width }, marks, p.lang);
      nextRow += lines.length;
      result.written += lines.length;
    }
    progress = afterBlock(progress, block, lines.length, p.values.length);
    props.setProperty(progressKey(sheetName, form), JSON.stringify(progress));
  }
  result.finished = nextBlock(progress, p.values.length, size) === undefined;
  return result;
}
