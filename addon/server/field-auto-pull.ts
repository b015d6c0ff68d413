// Taking phones' entries without the menu: before reports are built or all data is checked.
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
