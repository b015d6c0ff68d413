// Finding persons for a person_id field: the register is read once on the server, the sidebar gets at most 20 labels.
import { findVillage } from "../../../core/areas.ts";
import type { FieldSpec, FormSpec, RecordValues } from "../../../core/form-spec.ts";
import { getFormSpec } from "../../../core/forms/index.ts";
import { type Lang, t } from "../../../core/i18n.ts";
import type { FieldIssue } from "../../../core/validate.ts";
import type { PersonOption } from "../../shared/api/sheet-tools-api.ts";
import { spreadsheetTimeZone } from "../dates.ts";
import { missingColumnMessage, readSheet, type SheetRecord } from "../form-sheet.ts";
import { loadSettings } from "../settings.ts";

export const MAX_RESULTS = 20;
const MAX_QUERY = 100;
const MAX_IDS = 200;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function personSpec(): FormSpec {
  return getFormSpec("person");
}

/** The register's rows (one getValues); a lost column becomes an error the sidebar shows as is. */
function registerRows(ss: Spreadsheet, lang: Lang): SheetRecord[] {
  const spec = personSpec();
  const sheet = ss.getSheetByName(spec.sheetName);
  if (!sheet) return [];
  try {
    return readSheet(sheet, spec, spreadsheetTimeZone(ss)).records;
  } catch (e) {
    const message = missingColumnMessage(e, lang);
    throw message ? new Error(message) : e;
  }
}

function text(v: unknown): string {
  return v === undefined || v === null ? "" : String(v).trim();
}

export function personLabel(raw: Record<string, unknown>, lang: Lang): string {
  const code = text(raw.village);
  const village = findVillage(code)?.name ?? code;
  const nik = text(raw.nik);
  const name = text(raw.full_name);
  return nik
    ? t(lang, "search.person_label_nik", { name, village, nik })
    : t(lang, "search.person_label", { name, village });
}

function haystack(raw: Record<string, unknown>): string {
  const code = text(raw.village);
  return [text(raw.full_name), text(raw.nik), code, findVillage(code)?.name ?? ""]
    .join("\n")
    .toLowerCase();
}

/** Persons whose name, NIK or village (name or code) contains every word of the query. */
export function searchPersons(query: unknown): PersonOption[] {
  const words = (typeof query === "string" ? query.slice(0, MAX_QUERY) : "")
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (!words.length) return [];
  const lang = loadSettings().lang;
  const hits: { option: PersonOption; rank: number }[] = [];
  for (const rec of registerRows(SpreadsheetApp.getActive(), lang)) {
    const id = rec.meta.id;
    if (!id) continue;
    const hay = haystack(rec.raw);
    if (!words.every((w) => hay.includes(w))) continue;
    // Names starting with the first word come first; otherwise the sheet's order.
    const rank = text(rec.raw.full_name)
      .toLowerCase()
      .startsWith(words[0] as string)
      ? 0
      : 1;
    hits.push({ option: { id, label: personLabel(rec.raw, lang) }, rank });
  }
  return hits
    .sort((a, b) => a.rank - b.rank)
    .slice(0, MAX_RESULTS)
    .map((h) => h.option);
}

/** Labels for ids already chosen (an edited record); ids not in the register are left out. */
export function describePersons(ids: unknown): Record<string, string> {
  const wanted = new Set(
    (Array.isArray(ids) ? ids : [])
      .filter((x): x is string => typeof x === "string" && x !== "")
      .slice(0, MAX_IDS),
  );
  const out: Record<string, string> = {};
  if (!wanted.size) return out;
  const lang = loadSettings().lang;
  for (const rec of registerRows(SpreadsheetApp.getActive(), lang)) {
    const id = rec.meta.id;
    if (id && wanted.has(id) && !(id in out)) out[id] = personLabel(rec.raw, lang);
  }
  return out;
}

export function isPersonRef(f: FieldSpec): boolean {
  return f.kind === "person_ref";
}

/** Warnings for person_id values that name no row of the register (deleted, or typed wrong). */
export function unknownPersonIssues(
  spec: FormSpec,
  values: Readonly<Record<string, unknown>>,
  personIds: ReadonlySet<string>,
  lang: Lang,
): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const f of spec.fields) {
    if (!isPersonRef(f)) continue;
    const v = text(values[f.key]);
    if (v !== "" && !personIds.has(v)) {
      const code = "check.person_not_found";
      out.push({ field: f.key, code, message: t(lang, code) });
    }
  }
  return out;
}

/** For a record saved from the sidebar: the register is read (one getValues) only when it links a person. */
export function personRefWarnings(
  ss: Spreadsheet,
  spec: FormSpec,
  value: RecordValues,
  lang: Lang,
): FieldIssue[] {
  if (!spec.fields.some((f) => isPersonRef(f) && text(value[f.key]) !== "")) return [];
  const ids = new Set<string>();
  for (const rec of registerRows(ss, lang)) if (rec.meta.id) ids.add(rec.meta.id);
  return unknownPersonIssues(spec, value, ids, lang);
}
