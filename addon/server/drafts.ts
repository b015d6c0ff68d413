// Drafts: a new entry's unsaved values, in the user's own properties (per spreadsheet and form), never sent to the worker.
import type { FormId } from "../../core/form-ids.ts";
import { hasFormSpec } from "../../core/forms/index.ts";

const PREFIX = "pilah.draft.";
/** Apps Script allows 9 kB per property value; a draft over this is refused rather than cut. */
export const MAX_DRAFT_CHARS = 9000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Per spreadsheet too: user properties are shared by every spreadsheet the user opens Pilah in. */
function draftKey(form: FormId, ss: Spreadsheet = SpreadsheetApp.getActive()): string {
  return `${PREFIX}${ss.getId()}.${form}`;
}

/** The draft of a form for the current user, or undefined. */
export function readDraft(form: FormId, ss: Spreadsheet): Record<string, unknown> | undefined {
  const text = PropertiesService.getUserProperties().getProperty(draftKey(form, ss));
  if (!text) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === "object" && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Only strings and lists of strings: what a form's controls hold. */
function cleanValues(values: Record<string, unknown>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === "string" && v !== "") out[k] = v;
    else if (Array.isArray(v)) {
      const list = v.filter((x): x is string => typeof x === "string");
      if (list.length) out[k] = list;
    }
  }
  return out;
}

export function saveDraft(form: FormId, values: Record<string, unknown> | null): boolean {
  if (!hasFormSpec(form)) return false;
  const props = PropertiesService.getUserProperties();
  const clean = values && typeof values === "object" ? cleanValues(values) : {};
  if (!Object.keys(clean).length) {
    props.deleteProperty(draftKey(form));
    return true;
  }
  const text = JSON.stringify(clean);
  if (text.length > MAX_DRAFT_CHARS) return false;
  props.setProperty(draftKey(form), text);
  return true;
}

/** After a save: the form starts empty next time. */
export function clearDraft(form: FormId, ss: Spreadsheet): void {
  PropertiesService.getUserProperties().deleteProperty(draftKey(form, ss));
}
