// Saves a sidebar entry: validate again, ask the worker to check it, append under the document lock.
import type { FormId } from "../../core/form-ids.ts";
import type { CheckStatus } from "../../core/form-spec.ts";
import { getFormSpec, hasFormSpec } from "../../core/forms/index.ts";
import { t } from "../../core/i18n.ts";
import { toCell } from "../../core/sheet-columns.ts";
import { validateRecord } from "../../core/validate.ts";
import type { SubmitResult } from "../shared/api/forms-api.ts";
import { isoDateIn, spreadsheetTimeZone } from "./dates.ts";
import { appendRow, createFormSheet, MissingColumnError } from "./form-sheet.ts";
import { loadSettings } from "./settings.ts";
import { checkRecordsRemote } from "./worker-client.ts";

const LOCK_WAIT_MS = 10_000;

export function submitRecord(form: FormId, values: Record<string, unknown>): SubmitResult {
  const settings = loadSettings();
  const lang = settings.lang;
  if (!hasFormSpec(form)) {
    return {
      ok: false,
      errors: [{ field: "", code: "error.unknown_form", message: t(lang, "error.unknown_form") }],
    };
  }
  const spec = getFormSpec(form);
  const ss = SpreadsheetApp.getActive();
  const timeZone = spreadsheetTimeZone(ss);
  const now = new Date();
  const ctx = { today: isoDateIn(now, timeZone), villages: settings.villages };
  const checked = validateRecord(spec, values, ctx, lang);
  if (!checked.ok || !checked.value) return { ok: false, errors: checked.errors };

  const id = Utilities.getUuid();
  // The network call happens before taking the lock, so a slow server never blocks other writers.
  const remote = checkRecordsRemote(settings, form, [{ id, values: checked.value }], lang);
  let checkStatus: CheckStatus = "unchecked";
  let warnings = checked.warnings;
  if (remote.ok) {
    const result = remote.data.results[0];
    if (result) {
      checkStatus = !result.ok ? "error" : result.warnings.length ? "warning" : "ok";
      warnings = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    }
  }

  const cells: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(checked.value)) cells[k] = toCell(v);
  const stamp = now.toISOString();
  Object.assign(cells, {
    id,
    created_at: stamp,
    created_by: Session.getActiveUser().getEmail() || Session.getTemporaryActiveUserKey(),
    updated_at: stamp,
    check_status: checkStatus,
  });

  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    return { ok: false, errors: [], message: t(lang, "error.busy") };
  }
  let row: number;
  try {
    const sheet = ss.getSheetByName(spec.sheetName) ?? createFormSheet(ss, spec, lang);
    row = appendRow(sheet, spec, cells);
  } catch (e) {
    if (e instanceof MissingColumnError) {
      const message = t(lang, "error.sheet_column_missing", { column: e.column, sheet: e.sheet });
      return { ok: false, errors: [], message };
    }
    throw e;
  } finally {
    lock.releaseLock();
  }
  const message = remote.ok
    ? t(lang, "sidebar.saved", { row, sheet: spec.sheetName })
    : t(lang, "sidebar.saved_unchecked", {
        row,
        sheet: spec.sheetName,
        reason: t(lang, remote.reason, { status: remote.status ?? "" }),
      });
  return { ok: true, sheet: spec.sheetName, row, id, checkStatus, warnings, message };
}
