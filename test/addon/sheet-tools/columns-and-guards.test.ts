// Column tolerance (reordered, extra and deleted columns) on every path, and the guards a form sheet gets.
import { describe, expect, it } from "vitest";
import { t } from "../../../core/i18n.ts";
import { newHost, siti } from "../../support/addon.ts";
import {
  boot,
  cellOf,
  col,
  ERROR_BG,
  model,
  NOW,
  PERSON_SHEET,
  select,
  typeRow,
  value,
} from "./helpers.ts";

type Host = ReturnType<typeof newHost>["host"];

/** Reverses the columns and puts a column of the group's own first: what people do to a sheet. */
function rearrange(host: Host): void {
  const sheet = model(host, PERSON_SHEET);
  const width = sheet.lastColumn();
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    const reversed = Array.from({ length: width }, (_, i) => cells[width - 1 - i]);
    sheet.rows[r] = [undefined, ...reversed];
  }
  sheet.maxCols += 1;
  sheet.ensureCell(2, 1).v = "Catatan RT";
  sheet.ensureCell(3, 1).v = "rumah biru";
}

const MISSING_NIK =
  'Kolom "nik" hilang dari lembar "Warga Rentan". Tidak ada yang ditulis. Kembalikan kolom itu (misalnya dengan Urungkan, Ctrl+Z), lalu coba lagi.';

describe("a sheet whose columns were reordered or gained one", () => {
  it("appends, checks, edits and searches by the key row", () => {
    const { host } = newHost({ now: NOW });
    const first = host.call("submitRecord", "person", siti) as { id: string };
    rearrange(host);
    expect(col(host, PERSON_SHEET, "full_name")).not.toBe(1);

    // Append: every value under its own key, the extra column left alone.
    const second = host.call("submitRecord", "person", {
      ...siti,
      full_name: "Yohana",
      nik: "",
    }) as { ok: boolean; row: number };
    expect(second).toMatchObject({ ok: true, row: 4 });
    expect(value(host, PERSON_SHEET, 4, "full_name")).toBe("Yohana");
    expect(value(host, PERSON_SHEET, 4, "village")).toBe("73.09.03.2004");
    expect(model(host, PERSON_SHEET).value(3, 1)).toBe("rumah biru");

    // Check: marks land on the cell of the key, ids and statuses in their moved columns.
    typeRow(host, PERSON_SHEET, 5, { full_name: "Salah", sex: "X", age_years: "40" });
    host.call("checkAllData");
    expect(cellOf(host, PERSON_SHEET, 5, "sex")?.bg).toBe(ERROR_BG);
    expect(cellOf(host, PERSON_SHEET, 5, "full_name")?.bg).toBeUndefined();
    expect(value(host, PERSON_SHEET, 5, "check_status")).toBe("perlu diperbaiki");
    expect(value(host, PERSON_SHEET, 5, "id")).toBeTruthy();
    expect(model(host, PERSON_SHEET).cell(3, 1)?.v).toBe("rumah biru");
    // The dropdown follows the moved column.
    expect(cellOf(host, PERSON_SHEET, 10, "sex")?.dv?.criteria).toBe("VALUE_IN_LIST");

    // Edit: the row is read and written back by key; the group's own column keeps its value.
    select(host, PERSON_SHEET, 3);
    host.call("editSelectedRow");
    const edit = (
      boot(host) as {
        edit: { id: string; row: number; version: string; values: Record<string, unknown> };
      }
    ).edit;
    expect(edit).toMatchObject({ id: first.id, row: 3, values: { full_name: "Siti Aminah" } });
    const saved = host.call(
      "updateRecord",
      "person",
      { id: edit.id, row: 3, version: edit.version },
      {
        ...edit.values,
        address: "Jl. Poros",
      },
    ) as { ok: boolean };
    expect(saved.ok).toBe(true);
    expect(value(host, PERSON_SHEET, 3, "address")).toBe("Jl. Poros");
    expect(value(host, PERSON_SHEET, 3, "full_name")).toBe("Siti Aminah");
    expect(model(host, PERSON_SHEET).value(3, 1)).toBe("rumah biru");

    // Reading the register for the person search.
    const found = host.call("searchPersons", "yohana") as { label: string }[];
    expect(found.map((p) => p.label)).toEqual(["Yohana — Minasa Baji"]);
  });
});

describe("a sheet that lost a column", () => {
  function broken() {
    const t0 = newHost({ now: NOW });
    const first = t0.host.call("submitRecord", "person", siti) as { id: string };
    model(t0.host, PERSON_SHEET).deleteColumns(col(t0.host, PERSON_SHEET, "nik"), 1);
    t0.host.calls.reset();
    return { ...t0, id: first.id };
  }

  const writes = [
    "Range.setValues",
    "Range.setBackgrounds",
    "Range.setNotes",
    "Range.setDataValidation",
    "Range.setNumberFormats",
  ];

  it("check all data names the column and writes nothing to that sheet", () => {
    const { host } = broken();
    const summary = host.call("checkAllData") as {
      sheets: { form: string; problem?: string; rows: number }[];
    };
    expect(summary.sheets.find((s) => s.form === "person")).toMatchObject({
      rows: 0,
      problem: MISSING_NIK,
    });
    for (const w of writes) expect(host.calls.count(w), w).toBe(0);
    expect(host.calls.count("Range.protect")).toBe(0);
  });

  it("editing says so instead of opening the form, and saving writes nothing", () => {
    const { host, id } = broken();
    select(host, PERSON_SHEET, 3);
    host.call("editSelectedRow");
    expect(host.ui.alerts.at(-1)).toBe(MISSING_NIK);
    expect(host.ui.sidebar).toBeUndefined();
    const res = host.call("updateRecord", "person", { id, row: 3, version: "v" }, siti) as {
      ok: boolean;
      message: string;
    };
    expect(res).toMatchObject({ ok: false, message: MISSING_NIK });
    for (const w of writes) expect(host.calls.count(w), w).toBe(0);
  });

  it("the person search fails with the same message", () => {
    const { host } = broken();
    expect(() => host.call("searchPersons", "siti")).toThrow(MISSING_NIK);
  });
});

/** A person sheet as version 0.1.0 made it: no record-key column, no stored layout. */
function oldSheet() {
  const t = newHost({ now: NOW });
  t.host.call("submitRecord", "person", siti);
  const sheet = model(t.host, PERSON_SHEET);
  const keyCol = col(t.host, PERSON_SHEET, "record_key");
  for (const row of sheet.rows) row?.splice(keyCol - 1, 1);
  sheet.hiddenCols.delete(keyCol);
  delete t.host.store.properties.document["pilah.layout.person"];
  return t;
}

describe("a sheet from an older version", () => {
  it("gets the new record-key column at its end, hidden, the first time Pilah writes to it", () => {
    const { host } = oldSheet();
    const sheet = model(host, PERSON_SHEET);
    const width = sheet.lastColumn();
    expect(() => col(host, PERSON_SHEET, "record_key")).toThrow();
    host.call("submitRecord", "person", { ...siti, full_name: "Yohana", nik: "" });
    expect(col(host, PERSON_SHEET, "record_key")).toBe(width + 1);
    expect(sheet.value(2, width + 1)).toBe("Kunci acak baris");
    expect(sheet.hiddenCols.has(width + 1)).toBe(true);
    // The old row keeps all it had; the new row has its key; the old one gets its key at the check.
    expect(value(host, PERSON_SHEET, 3, "full_name")).toBe("Siti Aminah");
    expect(value(host, PERSON_SHEET, 3, "record_key") ?? "").toBe("");
    expect(Number(value(host, PERSON_SHEET, 4, "record_key"))).toBeGreaterThanOrEqual(0);
    host.call("checkAllData");
    expect(String(value(host, PERSON_SHEET, 3, "record_key"))).toMatch(/^\d{1,4}$/);
    expect(JSON.parse(host.store.properties.document["pilah.layout.person"] ?? "[]")).toContain(
      "record_key",
    );
  });

  it("is reported on and checked without a write when Pilah only reads it", () => {
    const { host } = oldSheet();
    host.calls.reset();
    expect(host.call("searchPersons", "siti")).toHaveLength(1);
    expect(host.calls.count("Range.setValues")).toBe(0);
  });

  it("still refuses a sheet that lost a column it once had, the new one included", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    const sheet = model(host, PERSON_SHEET);
    const keyCol = col(host, PERSON_SHEET, "record_key");
    for (const row of sheet.rows) row?.splice(keyCol - 1, 1);
    const res = host.call("submitRecord", "person", { ...siti, full_name: "Yohana", nik: "" }) as {
      ok: boolean;
      message: string;
    };
    expect(res).toMatchObject({ ok: false });
    expect(res.message).toContain('Kolom "record_key" hilang');
  });
});

describe("sheet guards", () => {
  it("gives single-choice columns a dropdown that still accepts anything typed", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    const sex = cellOf(host, PERSON_SHEET, 3, "sex")?.dv;
    expect(sex).toMatchObject({
      criteria: "VALUE_IN_LIST",
      values: [["L", "P"], true],
      allowInvalid: true,
    });
    expect(sex?.helpText).toBe("Pilih dari daftar: L = Laki-laki, P = Perempuan");
    expect(cellOf(host, PERSON_SHEET, 1000, "consent_by")?.dv?.values[0]).toEqual([
      "self",
      "parent",
      "guardian",
    ]);
    expect(cellOf(host, PERSON_SHEET, 3, "wg_seeing")?.dv?.values[0]).toEqual(["1", "2", "3", "4"]);
    expect(cellOf(host, PERSON_SHEET, 3, "categories")?.dv).toBeUndefined();
    expect(cellOf(host, PERSON_SHEET, 2, "sex")?.dv).toBeUndefined();
    // Nothing typed is lost: the check marks it later.
    expect(host.edit(PERSON_SHEET, 4, col(host, PERSON_SHEET, "sex"), "perempuan")).toEqual({
      ok: true,
    });
    expect(value(host, PERSON_SHEET, 4, "sex")).toBe("perempuan");
  });

  it("protects the two header rows with a warning only, and check all data restores both guards once", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    const sheet = model(host, PERSON_SHEET);
    expect(sheet.protections).toHaveLength(1);
    expect(sheet.protections[0]).toMatchObject({
      kind: "RANGE",
      warningOnly: true,
      description: t("id", "guard.header_protection"),
      range: { row: 1, numRows: 2 },
    });
    sheet.protections = [];
    const sexCol = col(host, PERSON_SHEET, "sex");
    for (let r = 3; r <= sheet.maxRows; r++) delete sheet.ensureCell(r, sexCol).dv;
    host.call("checkAllData");
    host.call("checkAllData");
    expect(sheet.protections).toHaveLength(1);
    expect(sheet.cell(500, sexCol)?.dv?.criteria).toBe("VALUE_IN_LIST");
  });
});
