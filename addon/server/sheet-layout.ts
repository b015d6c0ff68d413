// Which columns a form sheet was given: tells a column a new version added (appended) from one the user deleted (refused).
import type { FormId } from "../../core/form-ids.ts";
import type { FormSpec } from "../../core/form-spec.ts";
import { fieldLabelKey } from "../../core/form-spec.ts";
import { isMessageKey, type Lang, t } from "../../core/i18n.ts";
import { type Column, columnFormat, sheetColumns } from "../../core/sheet-columns.ts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const META_V1 = ["id", "created_at", "created_by", "updated_at", "check_status"];

/**
 * The column keys of each form sheet as version 0.1.0 created them, before sheets recorded their
 * layout: a sheet without a stored layout had exactly these. Frozen: never edit.
 */
export const LAYOUT_V1: Readonly<Record<FormId, readonly string[]>> = {
  person: [
    "full_name",
    "nik",
    "kk_number",
    "sex",
    "birth_date",
    "age_years",
    "village",
    "address",
    "categories",
    "disability_types",
    "wg_seeing",
    "wg_hearing",
    "wg_walking",
    "wg_cognition",
    "wg_selfcare",
    "wg_communication",
    "documents",
    "assistance",
    "dtsen",
    "needs",
    "consent_by",
    "consent_date",
    ...META_V1,
  ],
  case: [
    "report_date",
    "village",
    "person_id",
    "victim_sex",
    "victim_age",
    "victim_disability",
    "violence_forms",
    "place",
    "perpetrator_relation",
    "services",
    "referred_to",
    "status",
    "companion",
    "notes",
    ...META_V1,
  ],
  service: [
    "request_date",
    "person_id",
    "kind",
    "item",
    "agency",
    "status",
    "done_date",
    "notes",
    ...META_V1,
  ],
  activity: [
    "title",
    "kind",
    "planned_date",
    "done_date",
    "owner",
    "status",
    "participants_male",
    "participants_female",
    "participants_disability",
    "result",
    "follow_up",
    ...META_V1,
  ],
  member: [
    "full_name",
    "role",
    "division",
    "sex",
    "phone",
    "duties",
    "active",
    "since",
    ...META_V1,
  ],
  // Added after 0.1.0: no sheet of this form ever lacked a stored layout.
  proposal: [],
};

function layoutProperty(form: FormId): string {
  return `pilah.layout.${form}`;
}

/** The columns the form's sheet has been given so far (one property read); version 0.1.0's when none is stored. */
export function knownColumns(spec: FormSpec): ReadonlySet<string> {
  const stored = PropertiesService.getDocumentProperties().getProperty(layoutProperty(spec.id));
  if (stored) {
    try {
      const keys: unknown = JSON.parse(stored);
      if (Array.isArray(keys)) return new Set(keys.filter((k) => typeof k === "string"));
    } catch {
      // A damaged property reads as the oldest layout: then only truly new columns are added.
    }
  }
  return new Set(LAYOUT_V1[spec.id] ?? []);
}

/** Records that the sheet now has every column of the spec. */
export function rememberLayout(spec: FormSpec): void {
  PropertiesService.getDocumentProperties().setProperty(
    layoutProperty(spec.id),
    JSON.stringify(sheetColumns(spec).map((c) => c.key)),
  );
}

export function columnLabel(spec: FormSpec, c: Column, lang: Lang): string {
  const key = c.meta ? `field.meta.${c.key}` : fieldLabelKey(spec.id, c.key);
  return isMessageKey(key) ? t(lang, key) : c.key;
}

/**
 * Appends columns a newer version added to the form after the sheet's last column: key and label
 * in one write, their number formats in another, meta columns hidden. Returns their positions.
 */
export function appendColumns(
  sheet: Sheet,
  spec: FormSpec,
  added: readonly Column[],
  lastCol: number,
  lang: Lang,
): Map<string, number> {
  const placed = new Map<string, number>();
  if (!added.length) return placed;
  const first = lastCol + 1;
  const missing = first + added.length - 1 - sheet.getMaxColumns();
  if (missing > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), missing);
  sheet
    .getRange(1, first, 2, added.length)
    .setValues([added.map((c) => c.key), added.map((c) => columnLabel(spec, c, lang))]);
  const rows = sheet.getMaxRows() - 2;
  added.forEach((c, i) => {
    placed.set(c.key, first + i);
    // One format per column, however many rows: rows typed later keep NIKs and codes as text.
    if (rows > 0) sheet.getRange(3, first + i, rows, 1).setNumberFormat(columnFormat(c));
    if (c.meta) sheet.hideColumns(first + i);
  });
  rememberLayout(spec);
  return placed;
}
