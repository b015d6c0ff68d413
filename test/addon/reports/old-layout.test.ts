// A person register written with the column layout before issue 8 (no dusun, RT, RW, insurance, aids, consent method) still reports.
import { describe, expect, it } from "vitest";
import { personForm } from "../../../core/forms/person.ts";
import { persons } from "../../core/reports/fixtures.ts";
import { newHost } from "../../support/addon.ts";
import { pasteRecords, reportTable } from "./support.ts";

/** The person sheet's columns at commit 92eac39, written out so a change to the spec cannot move them. */
const OLD_COLUMNS = [
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
  "id",
  "created_at",
  "created_by",
  "updated_at",
  "check_status",
  "record_key",
];

describe("a person register with the previous column layout", () => {
  it("keeps every old column in place (new ones only after them)", () => {
    const keys = [...personForm.fields.map((f) => f.key)];
    const oldFields = OLD_COLUMNS.slice(0, 22);
    expect(keys.slice(0, oldFields.length)).toEqual(oldFields);
  });

  it("is reported in full, nothing lost", () => {
    const { host } = newHost({ now: new Date("2026-11-27T03:00:00Z") });
    const sheet = host.store.addSheet(personForm.sheetName);
    sheet.maxCols = OLD_COLUMNS.length;
    OLD_COLUMNS.forEach((key, i) => {
      sheet.ensureCell(1, i + 1).v = key;
      sheet.ensureCell(2, i + 1).v = key;
    });
    // The fixture residents use only the old fields (and one invalid row).
    for (const p of persons) {
      for (const k of Object.keys(p)) expect(OLD_COLUMNS).toContain(k);
    }
    pasteRecords(host, personForm, persons);
    const out = host.call("buildReport") as {
      reports: { form: string; counted: number; skipped: number }[];
    };
    const person = out.reports.find((r) => r.form === "person");
    expect(person).toMatchObject({ counted: 5, skipped: 1 });
    const village = reportTable(
      host,
      "Laporan Warga Rentan",
      "Warga rentan menurut desa/kelurahan, jenis kelamin dan kelompok umur",
    );
    expect(village.total()).toBe(5);
    const categories = reportTable(
      host,
      "Laporan Warga Rentan",
      "Kategori kerentanan menurut jenis kelamin",
    );
    expect(categories.cell("Rumah tangga miskin", "Perempuan")).toBe(2);
    expect(categories.cell("Anak (di bawah 18 tahun)", "Jumlah")).toBe(3);
    expect(categories.cell("Lansia (60 tahun ke atas)", "Laki-laki")).toBe(1);
    // The old data is still in its columns, untouched.
    expect(sheet.value(3, OLD_COLUMNS.indexOf("full_name") + 1)).toBe("Putri Satu");
  });
});
