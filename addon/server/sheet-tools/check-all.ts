// Periksa semua data: every row of every form sheet validated, bad cells marked, ids given, unchecked rows sent to the server in one fetchAll.
import { checkStatusLabel, parseCheckStatus } from "../../../core/check-status.ts";
import type { CheckStatus, FormSpec } from "../../../core/form-spec.ts";
import { CHECK_STATUSES } from "../../../core/form-spec.ts";
import { allFormSpecs } from "../../../core/forms/index.ts";
import { type Lang, t } from "../../../core/i18n.ts";
import { newRowId } from "../../../core/random-id.ts";
import { newRecordKey, parseRecordKey } from "../../../core/record-key.ts";
import {
  type FieldIssue,
  formValidator,
  type ValidationContext,
  validateRecord,
} from "../../../core/validate.ts";
import type { CheckSheetSummary, CheckSummary } from "../../shared/api/sheet-tools-api.ts";
import { isoDateIn, spreadsheetTimeZone } from "../dates.ts";
import { pullBeforeUse } from "../field-auto-pull.ts";
import {
  applySheetGuards,
  columnBlock,
  completeColumns,
  FIRST_DATA_ROW,
  isUnchanged,
  missingColumnMessage,
  readSheet,
  type SheetData,
  type SheetRecord,
} from "../form-sheet.ts";
import { loadSettings } from "../settings.ts";
import { openSidebar } from "../ui.ts";
import { addIssues, applyMarks, type MarkPlan } from "./marks.ts";
import { unknownPersonIssues } from "./person-search.ts";
import { statusOf, withDocumentLock } from "./record-save.ts";
import {
  type BatchOutcome,
  batchesOf,
  type CheckRecord,
  checkBatchesRemote,
} from "./remote-check.ts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How many bad row numbers the summary lists per sheet. */
export const MAX_LISTED_ROWS = 20;
/** Writing a large sheet's marks can outlast a submit's wait; the check waits longer for its turn. */
const CHECK_LOCK_WAIT_MS = 30_000;

interface RowPlan {
  rec: SheetRecord;
  id: string;
  newId: boolean;
  /** A record key given now (a row typed by hand, or from before record keys), else undefined. */
  newKey?: number;
  errors: FieldIssue[];
  warnings: FieldIssue[];
  /** Issues only the add-on can see (links to the person register); kept when the server answers. */
  localWarnings: FieldIssue[];
  /** The status cell as read (a label, or a code on rows written before labels). */
  storedText: string;
  stored: CheckStatus | undefined;
  status: CheckStatus;
  send: boolean;
}

interface SheetRun {
  spec: FormSpec;
  sheet: Sheet;
  data: SheetData;
  rows: RowPlan[];
  problem?: string;
}

const RANK: Record<CheckStatus, number> = { unchecked: -1, ok: 0, warning: 1, error: 2 };

function worst(a: CheckStatus, b: CheckStatus): CheckStatus {
  return RANK[a] >= RANK[b] ? a : b;
}

function isFinal(status: CheckStatus | undefined): status is Exclude<CheckStatus, "unchecked"> {
  return status === "ok" || status === "warning" || status === "error";
}

function mergeIssues(into: FieldIssue[], more: readonly FieldIssue[]): void {
  for (const i of more)
    if (!into.some((x) => x.field === i.field && x.code === i.code)) into.push(i);
}

/** Validates a sheet's rows in memory and decides new ids and which rows the server must check. */
function planSheet(
  spec: FormSpec,
  data: SheetData,
  ctx: ValidationContext,
  lang: Lang,
  personIds: ReadonlySet<string> | undefined,
): RowPlan[] {
  const validator = formValidator(spec, ctx);
  const seen = new Set<string>();
  return data.records.map((rec) => {
    const v = validateRecord(spec, rec.raw, ctx, lang, validator);
    const failed = new Set(v.errors.map((e) => e.field));
    const localWarnings = personIds
      ? unknownPersonIssues(spec, rec.raw, personIds, lang).filter((i) => !failed.has(i.field))
      : [];
    // A pasted copy of a row brings its hidden id along: the copy gets its own.
    let id = rec.meta.id ?? "";
    const newId = id === "" || seen.has(id);
    if (newId) id = newRowId();
    seen.add(id);
    // A copy is a record of its own, with its own key; a key, once given, is never changed.
    const newKey =
      newId || parseRecordKey(rec.meta.record_key) === undefined ? newRecordKey() : undefined;
    const local: CheckStatus = v.errors.length
      ? "error"
      : v.warnings.length || localWarnings.length
        ? "warning"
        : "ok";
    const storedText = rec.meta.check_status ?? "";
    const stored = parseCheckStatus(storedText);
    // New rows, unchecked rows and rows changed since their check (the status no longer fits).
    const send = newId || !isFinal(stored) || stored !== local;
    return {
      rec,
      id,
      newId,
      newKey,
      errors: [...v.errors],
      warnings: [...v.warnings, ...localWarnings],
      localWarnings,
      storedText,
      stored,
      status: isFinal(stored) ? stored : "unchecked",
      send,
    };
  });
}

/** Applies the server's answers; rows of a failed batch stay (or become) unchecked. */
function applyOutcomes(
  targets: RowPlan[][],
  outcomes: readonly BatchOutcome[],
): { checked: number; failure?: Extract<BatchOutcome, { ok: false }> } {
  let checked = 0;
  let failure: Extract<BatchOutcome, { ok: false }> | undefined;
  targets.forEach((rows, b) => {
    const outcome = outcomes[b];
    rows.forEach((row, i) => {
      const result = outcome?.ok ? outcome.data.results[i] : undefined;
      if (!result) {
        row.status = "unchecked";
        return;
      }
      checked++;
      mergeIssues(row.errors, result.errors);
      mergeIssues(row.warnings, result.warnings);
      row.status = worst(statusOf(result), row.localWarnings.length ? "warning" : "ok");
    });
    if (outcome && !outcome.ok) failure ??= outcome;
  });
  return { checked, failure };
}

/** Ids, record keys, statuses, marks and guards of one sheet; nothing when its rows or columns moved since the read. */
function writeSheet(run: SheetRun, lang: Lang): void {
  const { sheet, data, spec } = run;
  if (!isUnchanged(sheet, data)) {
    run.problem = t(lang, "check.sheet_changed", { sheet: spec.sheetName });
    return;
  }
  // Columns a newer version added (the record key) are appended before anything is written by column.
  completeColumns(sheet, spec, data, lang);
  const dataRows = data.values.length - FIRST_DATA_ROW + 1;
  if (dataRows > 0) {
    const ids = new Map<number, string>();
    const keys = new Map<number, string | number>();
    const statuses = new Map<number, string>();
    const plan: MarkPlan = new Map();
    for (const row of run.rows) {
      if (row.newId) ids.set(row.rec.row, row.id);
      if (row.newKey !== undefined) keys.set(row.rec.row, row.newKey);
      // A changed status, or an old code, is written as the label people read.
      const label = checkStatusLabel(lang, row.status);
      if (row.status !== row.stored || row.storedText === row.status)
        statuses.set(row.rec.row, label);
      for (const kind of ["errors", "warnings"] as const) {
        for (const issue of row[kind]) {
          const col = data.map.get(issue.field);
          if (col !== undefined) addIssues(plan, row.rec.row, col, kind, issue);
        }
      }
    }
    const idCol = data.map.get("id") as number;
    const keyCol = data.map.get("record_key") as number;
    const statusCol = data.map.get("check_status") as number;
    if (ids.size)
      sheet.getRange(FIRST_DATA_ROW, idCol, dataRows, 1).setValues(columnBlock(data, idCol, ids));
    if (keys.size)
      sheet
        .getRange(FIRST_DATA_ROW, keyCol, dataRows, 1)
        .setValues(columnBlock(data, keyCol, keys));
    if (statuses.size)
      sheet
        .getRange(FIRST_DATA_ROW, statusCol, dataRows, 1)
        .setValues(columnBlock(data, statusCol, statuses));
    // Marks cover the field columns only, wherever the user moved them.
    const fieldCols = spec.fields.map((f) => data.map.get(f.key) as number);
    const left = Math.min(...fieldCols);
    const right = Math.max(...fieldCols);
    applyMarks(
      sheet,
      { top: FIRST_DATA_ROW, left, rows: dataRows, cols: right - left + 1 },
      plan,
      lang,
    );
  }
  applySheetGuards(sheet, spec, data.map, lang);
}

function emptyStatus(): Record<CheckStatus, number> {
  return Object.fromEntries(CHECK_STATUSES.map((s) => [s, 0])) as Record<CheckStatus, number>;
}

function sheetSummary(run: SheetRun): CheckSheetSummary {
  const status = emptyStatus();
  const bad: number[] = [];
  let badCells = 0;
  let warningCells = 0;
  let warningRows = 0;
  for (const row of run.rows) {
    status[row.status]++;
    const errFields = new Set(row.errors.map((e) => e.field));
    const warnFields = new Set(row.warnings.map((w) => w.field).filter((f) => !errFields.has(f)));
    badCells += errFields.size;
    warningCells += warnFields.size;
    if (row.errors.length) bad.push(row.rec.row);
    else if (row.warnings.length) warningRows++;
  }
  return {
    form: run.spec.id,
    sheet: run.spec.sheetName,
    rows: run.rows.length,
    badRows: bad.length,
    warningRows,
    badCells,
    warningCells,
    idsAssigned: run.rows.filter((r) => r.newId).length,
    firstBadRows: bad.slice(0, MAX_LISTED_ROWS),
    status,
    ...(run.problem ? { problem: run.problem } : {}),
  };
}

function skippedSummary(spec: FormSpec, problem: string): CheckSheetSummary {
  return {
    form: spec.id,
    sheet: spec.sheetName,
    rows: 0,
    badRows: 0,
    warningRows: 0,
    badCells: 0,
    warningCells: 0,
    idsAssigned: 0,
    firstBadRows: [],
    status: emptyStatus(),
    problem,
  };
}

/** Runs the whole check and returns its summary (the menu item also shows it in the sidebar). */
export function runCheck(): CheckSummary {
  const settings = loadSettings();
  const lang = settings.lang;
  const ss = SpreadsheetApp.getActive();
  const timeZone = spreadsheetTimeZone(ss);
  const now = new Date();
  const ctx = { today: isoDateIn(now, timeZone), villages: settings.villages };
  const title = t(lang, "menu.check_all");
  ss.toast(t(lang, "check.progress_start"), title);
  // Entries waiting on phones are checked with the rest (nothing is fetched when field entry is off).
  const field = pullBeforeUse(lang);

  // The register first: its ids are what the person_id columns of the other sheets must name.
  const specs = [...allFormSpecs()].sort(
    (a, b) => Number(b.id === "person") - Number(a.id === "person"),
  );
  const runs: SheetRun[] = [];
  const skipped = new Map<string, CheckSheetSummary>();
  // Unknown while the register cannot be read: then links are not judged at all.
  let personIds: Set<string> | undefined = new Set();
  for (const spec of specs) {
    const sheet = ss.getSheetByName(spec.sheetName);
    if (!sheet) continue;
    let data: SheetData;
    try {
      data = readSheet(sheet, spec, timeZone);
    } catch (e) {
      const problem = missingColumnMessage(e, lang);
      if (!problem) throw e;
      skipped.set(spec.id, skippedSummary(spec, problem));
      if (spec.id === "person") personIds = undefined;
      continue;
    }
    const rows = planSheet(spec, data, ctx, lang, spec.id === "person" ? undefined : personIds);
    if (spec.id === "person") personIds = new Set(rows.map((r) => r.id));
    runs.push({ spec, sheet, data, rows });
  }

  // Every batch of every sheet in one fetchAll; the network call holds no lock.
  const batches: { form: FormSpec["id"]; records: CheckRecord[] }[] = [];
  const targets: RowPlan[][] = [];
  for (const run of runs) {
    const sending = run.rows.filter((r) => r.send);
    let offset = 0;
    for (const batch of batchesOf(
      run.spec.id,
      sending.map((r) => ({ id: r.id, values: r.rec.raw })),
    )) {
      batches.push(batch);
      targets.push(sending.slice(offset, offset + batch.records.length));
      offset += batch.records.length;
    }
  }
  const sent = targets.reduce((n, rows) => n + rows.length, 0);
  if (sent) ss.toast(t(lang, "check.progress_server", { count: sent }), title);
  const { checked, failure } = applyOutcomes(targets, checkBatchesRemote(settings, batches, lang));

  const written = withDocumentLock(() => {
    for (const run of runs) writeSheet(run, lang);
  }, CHECK_LOCK_WAIT_MS);
  if (!written) for (const run of runs) run.problem = t(lang, "error.busy");

  const byForm = new Map(runs.map((r) => [r.spec.id, sheetSummary(r)]));
  const sheets = allFormSpecs()
    .map((s) => byForm.get(s.id) ?? skipped.get(s.id))
    .filter((s): s is CheckSheetSummary => s !== undefined);
  const total = { rows: 0, badRows: 0, warningRows: 0, idsAssigned: 0 };
  for (const s of sheets) {
    total.rows += s.rows;
    total.badRows += s.badRows;
    total.warningRows += s.warningRows;
    total.idsAssigned += s.idsAssigned;
  }
  const summary: CheckSummary = {
    sheets,
    total,
    server: {
      sent,
      checked,
      ...(failure ? { reason: t(lang, failure.reason, { status: failure.status ?? "" }) } : {}),
    },
    checkedAt: `${Utilities.formatDate(now, timeZone, "yyyy-MM-dd HH:mm")} (${timeZone})`,
    ...(field ? { field } : {}),
  };
  ss.toast(
    t(lang, "check.progress_done", {
      rows: total.rows,
      bad: total.badRows,
      warnings: total.warningRows,
    }),
    title,
  );
  return summary;
}

/** Menu: Pilah → Periksa semua data. */
export function checkAllData(): CheckSummary {
  const summary = runCheck();
  openSidebar("check", { data: summary });
  return summary;
}
