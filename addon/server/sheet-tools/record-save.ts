// What saving a sidebar record needs, whether appended (submit) or written back in place (edit): validate, server verdict, cells, lock.
import type { FormId } from "../../../core/form-ids.ts";
import type { CheckStatus, FormSpec, RecordValues } from "../../../core/form-spec.ts";
import { getFormSpec, hasFormSpec } from "../../../core/forms/index.ts";
import { type Lang, t } from "../../../core/i18n.ts";
import type { RecordCheckResult } from "../../../core/record-check.ts";
import { toCell } from "../../../core/sheet-columns.ts";
import { type FieldIssue, validateRecord } from "../../../core/validate.ts";
import { isoDateIn, spreadsheetTimeZone } from "../dates.ts";
import { loadSettings, type Settings } from "../settings.ts";
import type { WorkerOutcome } from "../worker-client.ts";
import { checkRecordsRemote } from "./remote-check.ts";

export const LOCK_WAIT_MS = 10_000;

export type Refusal = { ok: false; errors: FieldIssue[]; message?: string };

export interface PreparedRecord {
  spec: FormSpec;
  settings: Settings;
  lang: Lang;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  timeZone: string;
  now: Date;
  /** Normalised values: every check of the sidebar passed. */
  value: RecordValues;
  warnings: FieldIssue[];
}

/** Validates a record sent by the sidebar exactly as the sidebar did (same spec, villages, today). */
export function prepareRecord(
  form: FormId,
  values: Record<string, unknown>,
): { ok: true; record: PreparedRecord } | Refusal {
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
  const checked = validateRecord(spec, isRecord(values) ? values : {}, ctx, lang);
  if (!checked.ok || !checked.value) return { ok: false, errors: checked.errors };
  const record = {
    spec,
    settings,
    lang,
    ss,
    timeZone,
    now,
    value: checked.value,
    warnings: checked.warnings,
  };
  return { ok: true, record };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A server answer as a row's status: an error beats a warning beats ok. */
export function statusOf(result: Pick<RecordCheckResult, "ok" | "warnings">): CheckStatus {
  return !result.ok ? "error" : result.warnings.length ? "warning" : "ok";
}

export interface Verdict {
  checkStatus: CheckStatus;
  warnings: FieldIssue[];
  remote: WorkerOutcome<unknown>;
}

/** Asks the server about one record (one UrlFetch); called before any lock, so a slow server blocks no writer. */
export function remoteVerdict(record: PreparedRecord, id: string): Verdict {
  const { settings, spec, value, lang } = record;
  const remote = checkRecordsRemote(settings, spec.id, [{ id, values: value }], lang);
  let checkStatus: CheckStatus = "unchecked";
  let warnings = record.warnings;
  if (remote.ok) {
    const result = remote.data.results[0];
    if (result) {
      checkStatus = statusOf(result);
      warnings = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    }
  }
  return { checkStatus, warnings, remote };
}

/** The record's field values as cells (multi-choices "a, b", integers as numbers). */
export function fieldCells(value: RecordValues): Record<string, string | number> {
  const cells: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(value)) cells[k] = toCell(v);
  return cells;
}

/** Who saves: the e-mail when the domain shares it, else Apps Script's per-user temporary key. */
export function currentUser(): string {
  return Session.getActiveUser().getEmail() || Session.getTemporaryActiveUserKey();
}

/** The server's reason for not checking, as the user reads it. */
export function reasonText(lang: Lang, remote: WorkerOutcome<unknown>): string {
  return remote.ok ? "" : t(lang, remote.reason, { status: remote.status ?? "" });
}

/** Runs `write` under the document lock; undefined when another writer holds it too long. */
export function withDocumentLock<T>(
  write: () => T,
  waitMs = LOCK_WAIT_MS,
): { value: T } | undefined {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(waitMs);
  } catch {
    return undefined;
  }
  try {
    return { value: write() };
  } finally {
    lock.releaseLock();
  }
}
