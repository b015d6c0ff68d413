// Ubah data terpilih: the selected row opens in its form; the edit is saved back in place only if the row still holds the same record.
import * as z from "zod";
import { checkStatusLabel } from "../../../core/check-status.ts";
import { isNeedsLinkNote } from "../../../core/field/needs-link.ts";
import type { FormId } from "../../../core/form-ids.ts";
import type { CheckStatus } from "../../../core/form-spec.ts";
import { allFormSpecs } from "../../../core/forms/index.ts";
import { t } from "../../../core/i18n.ts";
import { newRecordKey, parseRecordKey } from "../../../core/record-key.ts";
import { rowVersion } from "../../../core/row-version.ts";
import { fromCell, sheetColumns } from "../../../core/sheet-columns.ts";
import type { EditRef, UpdateResult } from "../../shared/api/sheet-tools-api.ts";
import { spreadsheetTimeZone } from "../dates.ts";
import {
  FIRST_DATA_ROW,
  missingColumnMessage,
  readColumnMap,
  recordFromLine,
  rowLayout,
  writableColumns,
} from "../form-sheet.ts";
import { loadSettings } from "../settings.ts";
import { openSidebar } from "../ui.ts";
import { addIssues, applyMarks, type MarkPlan } from "./marks.ts";
import { isPersonRef, personRefWarnings } from "./person-search.ts";
import {
  fieldCells,
  prepareRecord,
  reasonText,
  remoteVerdict,
  withDocumentLock,
} from "./record-save.ts";

const editRefSchema = z.object({
  id: z.string().trim().min(1).max(128),
  row: z.number().int().min(FIRST_DATA_ROW),
  version: z.string().min(1).max(32),
  needsLink: z.boolean().optional(),
});

/** The version of a row as read: its cells under every column of the form (absent columns empty). */
function versionOf(
  spec: Parameters<typeof sheetColumns>[0],
  map: ReadonlyMap<string, number>,
  line: readonly unknown[],
): string {
  return rowVersion(
    sheetColumns(spec).map((c) => {
      const col = map.get(c.key);
      return col === undefined ? "" : line[col - 1];
    }),
  );
}

/** Menu: Pilah → Ubah data terpilih. Reads the key row and the selected row, nothing else. */
export function editSelectedRow(): void {
  const lang = loadSettings().lang;
  const ss = SpreadsheetApp.getActive();
  const ui = SpreadsheetApp.getUi();
  const sheet = ss.getActiveSheet();
  const specs = allFormSpecs();
  const spec = specs.find((s) => s.sheetName === sheet.getName());
  if (!spec) {
    ui.alert(t(lang, "edit.not_form_sheet", { sheets: specs.map((s) => s.sheetName).join(", ") }));
    return;
  }
  const row = sheet.getActiveRange()?.getRow() ?? 0;
  if (row < FIRST_DATA_ROW) {
    ui.alert(t(lang, "edit.not_data_row", { row, first: FIRST_DATA_ROW }));
    return;
  }
  if (row > sheet.getLastRow()) {
    ui.alert(t(lang, "edit.empty_row", { row }));
    return;
  }
  let layout: ReturnType<typeof readColumnMap>;
  try {
    layout = readColumnMap(sheet, spec);
  } catch (e) {
    const message = missingColumnMessage(e, lang);
    if (!message) throw e;
    ui.alert(message);
    return;
  }
  const line = sheet.getRange(row, 1, 1, layout.lastCol).getValues()[0] ?? [];
  const rec = recordFromLine(spec, layout.map, line, row, spreadsheetTimeZone(ss));
  if (!rec) {
    ui.alert(t(lang, "edit.empty_row", { row }));
    return;
  }
  const id = rec.meta.id ?? "";
  if (!id) {
    ui.alert(t(lang, "edit.no_id", { row }));
    return;
  }
  const values: Record<string, unknown> = {};
  for (const f of spec.fields) {
    const v = fromCell(f, rec.raw[f.key]);
    if (v !== undefined) values[f.key] = v;
  }
  // A phone's case or service the importer could not link: its status cell's note says so.
  const refs = spec.fields.filter(isPersonRef);
  const statusCol = layout.map.get("check_status");
  const needsLink =
    refs.length > 0 &&
    refs.every((f) => !values[f.key]) &&
    statusCol !== undefined &&
    isNeedsLinkNote(sheet.getRange(row, statusCol).getNote());
  openSidebar(spec.id, {
    edit: {
      id,
      row,
      version: versionOf(spec, layout.map, line),
      values,
      ...(needsLink ? { needsLink } : {}),
    },
  });
}

/**
 * RPC: validates like a submit, asks the server (one UrlFetch, before the lock), then under the
 * document lock writes the row back in one setValues if it still holds the record's id.
 * created_at and created_by stay; updated_at and check_status change.
 */
export function updateRecord(
  form: FormId,
  target: EditRef,
  values: Record<string, unknown>,
): UpdateResult {
  const prepared = prepareRecord(form, values);
  if (!prepared.ok) return prepared;
  const record = prepared.record;
  const { spec, lang, ss, now } = record;
  const ref = editRefSchema.safeParse(target);
  if (!ref.success) {
    const message = t(lang, "edit.conflict", { row: "?", sheet: spec.sheetName });
    return { ok: false, errors: [], message, conflict: true };
  }
  const { id, row, version } = ref.data;
  let written = "";
  const linkWarnings = personRefWarnings(ss, spec, record.value, lang);
  const verdict = remoteVerdict(record, id);
  let checkStatus: CheckStatus = verdict.checkStatus;
  if (checkStatus === "ok" && linkWarnings.length) checkStatus = "warning";
  const warnings = [...verdict.warnings, ...linkWarnings];

  // The refusal when nothing was written, null once the row is saved.
  const outcome = withDocumentLock((): Extract<UpdateResult, { ok: false }> | null => {
    const sheet = ss.getSheetByName(spec.sheetName);
    if (!sheet) {
      return {
        ok: false,
        errors: [],
        message: t(lang, "edit.sheet_missing", { sheet: spec.sheetName }),
      };
    }
    let layout: { map: Map<string, number>; lastCol: number };
    try {
      layout = writableColumns(sheet, spec, readColumnMap(sheet, spec), lang);
    } catch (e) {
      const message = missingColumnMessage(e, lang);
      if (!message) throw e;
      return { ok: false, errors: [], message };
    }
    const refuse = (key: "edit.conflict" | "edit.stale") => ({
      ok: false as const,
      errors: [],
      message: t(lang, key, { row, sheet: spec.sheetName }),
      conflict: true as const,
    });
    if (row > sheet.getLastRow()) return refuse("edit.conflict");
    const range = sheet.getRange(row, 1, 1, layout.lastCol);
    const line = range.getValues()[0] ?? [];
    const col = (key: string) => layout.map.get(key) as number;
    // Another edit, a deletion or a sort moved the record: never overwrite what is there now.
    if (String(line[col("id") - 1] ?? "").trim() !== id) return refuse("edit.conflict");
    // Someone saved this row (or typed into it) since the form was opened: their change stays.
    if (versionOf(spec, layout.map, line) !== version) return refuse("edit.stale");
    const formats = range.getNumberFormats()[0] ?? [];
    const cells: Record<string, unknown> = {
      ...fieldCells(record.value),
      id,
      created_at: line[col("created_at") - 1] ?? "",
      created_by: line[col("created_by") - 1] ?? "",
      updated_at: now.toISOString(),
      check_status: checkStatusLabel(lang, checkStatus),
      // Created once and never changed; a row from before record keys gets its key now.
      record_key: parseRecordKey(line[col("record_key") - 1]) ?? newRecordKey(),
    };
    const next = rowLayout(spec, layout.map, cells, { values: line, formats });
    range.setNumberFormats([next.formats]);
    range.setValues([next.values]);
    written = versionOf(spec, layout.map, next.values);
    // The row's old marks go; what is left to note are its warnings.
    const plan: MarkPlan = new Map();
    for (const w of warnings) {
      const c = layout.map.get(w.field);
      if (c !== undefined) addIssues(plan, row, c, "warnings", w);
    }
    const fieldCols = spec.fields.map((f) => col(f.key));
    const left = Math.min(...fieldCols);
    const right = Math.max(...fieldCols);
    applyMarks(sheet, { top: row, left, rows: 1, cols: right - left + 1 }, plan, lang);
    // Linked by hand: the importer's "Perlu ditautkan" note goes; any other note stays.
    if (
      ref.data.needsLink &&
      spec.fields.some((f) => isPersonRef(f) && record.value[f.key as keyof typeof record.value])
    ) {
      const status = sheet.getRange(row, col("check_status"));
      if (isNeedsLinkNote(status.getNote())) status.setNote("");
    }
    return null;
  });
  if (!outcome) return { ok: false, errors: [], message: t(lang, "error.busy") };
  if (outcome.value) return outcome.value;
  const message = verdict.remote.ok
    ? t(lang, "edit.saved", { row, sheet: spec.sheetName })
    : t(lang, "edit.saved_unchecked", {
        row,
        sheet: spec.sheetName,
        reason: reasonText(lang, verdict.remote),
      });
  return {
    ok: true,
    sheet: spec.sheetName,
    row,
    id,
    checkStatus,
    warnings,
    message,
    version: written,
  };
}
