// The drafts' part of the sidebar contract: what is typed into a new entry, kept for that user until it is saved.
import type { FormId } from "../../../core/form-ids.ts";

export interface DraftsApi {
  /**
   * Keeps the form's unsaved values for the current user (Apps Script user properties), or
   * forgets them when `values` is null. Never sent anywhere else. False when refused (too large).
   */
  saveDraft(form: FormId, values: Record<string, unknown> | null): boolean;
}
