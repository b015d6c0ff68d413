// Ekspor: the OpenSID penduduk sheet and the Usulan DTSEN as new tabs of this spreadsheet (downloaded with File → Download, never sent).
import { findVillage } from "../../../core/areas.ts";
import { DTSEN_REASON_LABELS, dtsenProposals } from "../../../core/exports/dtsen-proposal.ts";
import { A9_COLUMNS, a9Table } from "../../../core/exports/opensid-a9.ts";
import { OPENSID_PENDUDUK_COLUMNS, opensidRow } from "../../../core/exports/opensid-penduduk.ts";
import { isUptdReferral, referralRows } from "../../../core/exports/uptd-referral.ts";
import type { FormSpec, RecordValues } from "../../../core/form-spec.ts";
import { caseForm } from "../../../core/forms/case.ts";
import { personForm } from "../../../core/forms/person.ts";
import { t } from "../../../core/i18n.ts";
import { formValidator, validValues } from "../../../core/validate.ts";
import { isoDateIn, spreadsheetTimeZone } from "../dates.ts";
import { readRecords } from "../form-sheet.ts";
import { loadSettings } from "../settings.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ExportResult {
  sheet: string;
  rows: number;
  /** Register rows left out, with why (sheet row: reason). */
  leftOut: string[];
}

/** A register's valid records with their sheet rows and ids, from one read. */
function validRecords(
  ss: Spreadsheet,
  spec: FormSpec,
  today: string,
): { row: number; id: string; values: RecordValues }[] {
  const sheet = ss.getSheetByName(spec.sheetName);
  if (!sheet) return [];
  const validator = formValidator(spec, { today });
  const out: { row: number; id: string; values: RecordValues }[] = [];
  for (const r of readRecords(sheet, spec, spreadsheetTimeZone(ss))) {
    const values = validValues(validator, r.raw);
    if (values) out.push({ row: r.row, id: r.meta.id ?? "", values });
  }
  return out;
}

function persons(ss: Spreadsheet, today: string) {
  return validRecords(ss, personForm, today);
}

/** A new tab (an older one of that name replaced): what it holds on top, then the table, in one write. */
function writeTab(ss: Spreadsheet, name: string, about: string[], table: string[][]): void {
  const old = ss.getSheetByName(name);
  if (old) ss.deleteSheet(old);
  const sheet = ss.insertSheet(name);
  const width = Math.max(1, ...table.map((r) => r.length));
  const rows = [
    ...about.map((a) => [a, ...new Array(width - 1).fill("")]),
    new Array(width).fill(""),
    ...table,
  ];
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows.length)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  const range = sheet.getRange(1, 1, rows.length, width);
  // Text, so NIKs and codes such as "001" stay as written.
  range.setNumberFormat("@");
  range.setValues(rows);
}

function about(kind: string, today: string, now: string): string[] {
  const { lang, villages } = loadSettings();
  const names = villages.map((c) => findVillage(c)?.name ?? c).join(", ");
  return [
    t(lang, kind as "export.opensid.title"),
    t(lang, "export.scope", { date: today, villages: names }),
    t(lang, "export.made", { time: now }),
  ];
}

function clock(ss: Spreadsheet): { today: string; now: string } {
  const tz = spreadsheetTimeZone(ss);
  const d = new Date();
  return { today: isoDateIn(d, tz), now: Utilities.formatDate(d, tz, "yyyy-MM-dd HH:mm") };
}

export function exportOpensid(): ExportResult {
  return announce(exportOpensidTab());
}

function exportOpensidTab(): ExportResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { today, now } = clock(ss);
  const { lang } = loadSettings();
  const table: string[][] = [[...OPENSID_PENDUDUK_COLUMNS]];
  const leftOut: string[] = [];
  for (const p of persons(ss, today)) {
    const r = opensidRow(p.values);
    if (r.ok) table.push([...r.cells]);
    else leftOut.push(t(lang, "export.left_out", { row: p.row, columns: r.missing.join(", ") }));
  }
  const name = t(lang, "export.opensid.sheet");
  writeTab(ss, name, about("export.opensid.title", today, now), table);
  return { sheet: name, rows: table.length - 1, leftOut };
}

export function exportDtsen(): ExportResult {
  return announce(exportDtsenTab());
}

function exportDtsenTab(): ExportResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { today, now } = clock(ss);
  const { lang } = loadSettings();
  const header = ["name", "nik", "kk", "village", "dusun", "rw", "rt", "reasons"].map((k) =>
    t(lang, `export.dtsen.col.${k}` as "export.dtsen.col.name"),
  );
  const rows = dtsenProposals(
    persons(ss, today).map((p) => p.values),
    today,
  ).map((p) => [
    p.name,
    p.nik,
    p.kk,
    findVillage(p.village)?.name ?? p.village,
    p.dusun,
    p.rw,
    p.rt,
    p.reasons.map((r) => t(lang, DTSEN_REASON_LABELS[r])).join(", "),
  ]);
  const name = t(lang, "export.dtsen.sheet");
  writeTab(ss, name, about("export.dtsen.title", today, now), [header, ...rows]);
  return { sheet: name, rows: rows.length, leftOut: [] };
}

export function exportA9(): ExportResult {
  return announce(exportA9Tab());
}

function exportA9Tab(): ExportResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { today, now } = clock(ss);
  const { lang } = loadSettings();
  const table = a9Table(
    persons(ss, today).map((p) => p.values),
    today,
  ).map((r) => r.map(String));
  const name = t(lang, "export.a9.sheet");
  writeTab(ss, name, about("export.a9.title", today, now), [[...A9_COLUMNS], ...table]);
  return { sheet: name, rows: table.length - 1, leftOut: [] };
}

/** One tab per case referred to the UPTD PPA, for printing or handing over; the victim's identity from the person register. */
export function exportReferrals(): ExportResult {
  return announce(exportReferralsTab());
}

function exportReferralsTab(): ExportResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { today, now } = clock(ss);
  const { lang } = loadSettings();
  const byId = new Map(persons(ss, today).map((p) => [p.id, p.values]));
  const cases = validRecords(ss, caseForm, today).filter((c) => isUptdReferral(c.values));
  const prefix = t(lang, "export.referral.sheet");
  for (const c of cases) {
    const person =
      typeof c.values.person_id === "string" ? byId.get(c.values.person_id) : undefined;
    writeTab(
      ss,
      `${prefix} ${c.row}`,
      about("export.referral.title", today, now),
      referralRows(caseForm, personForm, c.values, person, lang),
    );
  }
  return { sheet: prefix, rows: cases.length, leftOut: [] };
}

/** Tells the user what was made (and what was left out) in a toast: one call. */
function announce(r: ExportResult): ExportResult {
  const { lang } = loadSettings();
  let msg = t(lang, "export.done", { sheet: r.sheet, rows: r.rows });
  if (r.leftOut.length)
    msg += ` ${t(lang, "export.done_left_out", { count: r.leftOut.length, rows: r.leftOut.slice(0, 5).join(" ") })}`;
  SpreadsheetApp.getActiveSpreadsheet().toast(msg, "Pilah", 15);
  return r;
}
