// Saves a new sidebar entry: validate again, ask the worker to check it, append under the document lock.
import { checkStatusLabel } from "../../core/check-status.ts";
import type { FormId } from "../../core/form-ids.ts";
import { t } from "../../core/i18n.ts";
import { newRowId } from "../../core/random-id.ts";
import { newRecordKey } from "../../core/record-key.ts";
import type { SubmitResult } from "../shared/api/forms-api.ts";
import { clearDraft } from "./drafts.ts";
import { appendRow, createFormSheet, missingColumnMessage } from "./form-sheet.ts";
import { personRefWarnings } from "./sheet-tools/person-search.ts";
import {
  currentUser,
  fieldCells,
  prepareRecord,
  reasonText,
  remoteVerdict,
  withDocumentLock,
} from "./sheet-tools/record-save.ts";

export function submitRecord(form: FormId, values: Record<string, unknown>): SubmitResult {
  const prepared = prepareRecord(form, values);
  if (!prepared.ok) return prepared;
  const record = prepared.record;
  const { spec, lang, ss, now } = record;
  const id = newRowId();
  // A person_id that names no row of the register is a warning, as "check all data" says it.
  const linkWarnings = personRefWarnings(ss, spec, record.value, lang);
  // The network call happens before taking the lock, so a slow server never blocks other writers.
  const verdict = remoteVerdict(record, id);
  const checkStatus =
    verdict.checkStatus === "ok" && linkWarnings.length ? "warning" : verdict.checkStatus;
  const stamp = now.toISOString();
  const cells = {
    ...fieldCells(record.value),
    id,
    created_at: stamp,
    created_by: currentUser(),
    updated_at: stamp,
    check_status: checkStatusLabel(lang, checkStatus),
    record_key: newRecordKey(),
  };
  let written: { value: number } | undefined;
  try {
    written = withDocumentLock(() => {
      const sheet = ss.getSheetByName(spec.sheetName) ?? createFormSheet(ss, spec, lang);
      return appendRow(sheet, spec, cells, lang);
    });
  } catch (e) {
    const message = missingColumnMessage(e, lang);
    if (message) return { ok: false, errors: [], message };
    throw e;
  }
  if (!written) return { ok: false, errors: [], message: t(lang, "error.busy") };
  clearDraft(spec.id, ss);
  const row = written.value;
  const message = verdict.remote.ok
    ? t(lang, "sidebar.saved", { row, sheet: spec.sheetName })
    : t(lang, "sidebar.saved_unchecked", {
        row,
        sheet: spec.sheetName,
        reason: reasonText(lang, verdict.remote),
      });
  const warnings = [...verdict.warnings, ...linkWarnings];
  return { ok: true, sheet: spec.sheetName, row, id, checkStatus, warnings, message };
}
