// The optional hourly pull of phones' entries: one installable time-driven trigger, switched on and off from Anggota lapangan.
import { fieldEntryEnabled } from "./field-auto-pull.ts";
import type { FieldResult } from "./field-members.ts";

/** The top-level function the trigger runs (see entry/field-entry.ts). */
export const HOURLY_HANDLER = "pullFieldEntriesHourly";

function ours(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((tr) => tr.getHandlerFunction() === HOURLY_HANDLER);
}

export function hourlyPullOn(): boolean {
  return ours().length > 0;
}

/** Apps Script lets an add-on hold one time-driven trigger per user and document: kept at one. */
export function setHourlyFieldPull(on: boolean): FieldResult<{ hourly: boolean }> {
  const existing = ours();
  if (on) {
    if (!fieldEntryEnabled()) return { ok: false, reason: "field.not_enabled" };
    if (!existing.length) ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
    return { ok: true, hourly: true };
  }
  for (const tr of existing) ScriptApp.deleteTrigger(tr);
  return { ok: true, hourly: false };
}
