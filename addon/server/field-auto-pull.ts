// Taking phones' entries without the menu: before reports are built or all data is checked, and from the hourly trigger.
import { isMessageKey, type Lang, t } from "../../core/i18n.ts";
import { FIELD_SECRET_KEY, importFieldEntries } from "./field-import.ts";

/** Whether field entry is on here: one property read, no network. */
export function fieldEntryEnabled(): boolean {
  return PropertiesService.getDocumentProperties().getProperty(FIELD_SECRET_KEY) !== null;
}

/**
 * Pulls the inbox when field entry is on (one UrlFetch, two when there were items to acknowledge)
 * and returns a short note for the user, if there is anything to say. Never throws: the report or
 * the check goes on with the sheet as it is.
 */
export function pullBeforeUse(lang: Lang): string | undefined {
  if (!fieldEntryEnabled()) return undefined;
  let reason: string;
  try {
    const result = importFieldEntries();
    if (result.ok)
      return result.added ? t(lang, "field.pulled", { added: result.added }) : undefined;
    if (result.added) return t(lang, "field.pulled", { added: result.added });
    reason = result.reason ?? "";
  } catch (e) {
    reason = e instanceof Error ? e.message : String(e);
  }
  return t(lang, "field.pull_failed", { reason: isMessageKey(reason) ? t(lang, reason) : reason });
}

/**
 * The hourly trigger's handler: no one is looking, so nothing is shown; a failure waits for the
 * next hour. With only the current-document scope it needs Apps Script to run it with its
 * spreadsheet as the active one; without one it does nothing (docs/field-entry.md).
 */
export function pullFieldEntriesHourly(): void {
  try {
    if (!SpreadsheetApp.getActiveSpreadsheet()) {
      console.warn("field pull: the trigger ran without its spreadsheet");
      return;
    }
    if (fieldEntryEnabled()) importFieldEntries();
  } catch (e) {
    console.warn(`field pull: ${e instanceof Error ? e.message : String(e)}`);
  }
}
