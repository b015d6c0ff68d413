// Ubah data terpilih: the selected row opens in its form, is saved back in place, and a concurrent change is never overwritten.
import { describe, expect, it } from "vitest";
import { newHost, siti } from "../../support/addon.ts";
import { freePort } from "../../support/free-port.ts";
import {
  boot,
  cellOf,
  ERROR_BG,
  model,
  NOW,
  PERSON_SHEET,
  select,
  typeRow,
  value,
} from "./helpers.ts";

type Edit = { id: string; row: number; version: string; values: Record<string, unknown> };
type Result = {
  ok: boolean;
  row?: number;
  id?: string;
  checkStatus?: string;
  warnings?: { code: string }[];
  errors?: { field: string; code: string }[];
  message?: string;
  conflict?: boolean;
  version?: string;
};

/** Selects a row and opens it in its form, as Pilah → Ubah data terpilih does. */
function open(host: ReturnType<typeof newHost>["host"], row: number): Edit {
  select(host, PERSON_SHEET, row);
  host.call("editSelectedRow");
  return opened(host);
}

function opened(host: ReturnType<typeof newHost>["host"]): Edit {
  return (boot(host) as { edit: Edit }).edit;
}

describe("editSelectedRow", () => {
  it("opens the selected row in its form with one read of the key row and one of the row", () => {
    const { host } = newHost({ now: NOW });
    const saved = host.call("submitRecord", "person", { ...siti, age_years: 36 }) as Result;
    select(host, PERSON_SHEET, 3, 5);
    host.calls.reset();
    host.call("editSelectedRow");
    expect(boot(host)).toMatchObject({ page: "person" });
    expect(opened(host)).toEqual({
      id: saved.id,
      row: 3,
      version: expect.stringMatching(/^[0-9a-z]{1,12}$/),
      values: {
        full_name: "Siti Aminah",
        nik: "7309034509900001",
        sex: "P",
        birth_date: "1990-09-05",
        age_years: 36,
        village: "73.09.03.2004",
        categories: ["disability", "woman_head_of_household"],
        disability_types: ["fisik"],
        consent_by: "self",
        consent_date: "2026-01-10",
      },
    });
    expect(host.calls.count("Range.getValues")).toBe(2);
  });

  it("says so when the selection is not a data row of a form sheet", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    select(host, "Sheet1", 3);
    host.call("editSelectedRow");
    expect(host.ui.alerts.at(-1)).toMatch(
      /^Pilih satu baris data di lembar formulir Pilah \(Warga Rentan, /,
    );
    select(host, PERSON_SHEET, 2);
    host.call("editSelectedRow");
    expect(host.ui.alerts.at(-1)).toBe(
      "Baris 2 bukan baris data. Data dimulai dari baris 3; pilih salah satu baris data, lalu coba lagi.",
    );
    select(host, PERSON_SHEET, 9);
    host.call("editSelectedRow");
    expect(host.ui.alerts.at(-1)).toBe(
      "Baris 9 kosong. Pilih baris yang berisi data, lalu coba lagi.",
    );
    typeRow(host, PERSON_SHEET, 4, { full_name: "Tanpa ID" });
    select(host, PERSON_SHEET, 4);
    host.call("editSelectedRow");
    expect(host.ui.alerts.at(-1)).toMatch(/^Baris 4 belum punya ID/);
    expect(host.ui.sidebar).toBeUndefined();
  });

  it("speaks English to an English user", () => {
    const { host } = newHost({ now: NOW, locale: "en" });
    select(host, "Sheet1", 1);
    host.call("editSelectedRow");
    expect(host.ui.alerts.at(-1)).toMatch(/^Select a data row in a Pilah form sheet/);
  });
});

describe("updateRecord", () => {
  it("writes the row back in place with one check, one lock and one write; created_* stay", () => {
    const later = new Date(NOW.getTime() + 3_600_000);
    const first = newHost({ now: NOW });
    const saved = first.host.call("submitRecord", "person", siti) as Result;
    first.host.call("submitRecord", "person", { ...siti, full_name: "Yohana", nik: "" });
    // Same spreadsheet, an hour later.
    const { host, worker } = newHost({ now: later });
    Object.assign(host.store, { sheets: first.host.store.sheets });
    const createdAt = value(host, PERSON_SHEET, 3, "created_at");
    select(host, PERSON_SHEET, 3);
    host.call("editSelectedRow");
    const edit = opened(host);
    host.calls.reset();
    const res = host.call(
      "updateRecord",
      "person",
      { id: edit.id, row: edit.row, version: edit.version },
      {
        ...edit.values,
        full_name: "Siti Aminah Daeng",
        disability_types: [],
        categories: ["woman_head_of_household"],
      },
    ) as Result;
    expect(res).toMatchObject({
      ok: true,
      row: 3,
      id: saved.id,
      checkStatus: "ok",
      message: 'Perubahan tersimpan di baris 3 lembar "Warga Rentan".',
    });
    expect(value(host, PERSON_SHEET, 3, "full_name")).toBe("Siti Aminah Daeng");
    expect(value(host, PERSON_SHEET, 3, "categories")).toBe("woman_head_of_household");
    expect(value(host, PERSON_SHEET, 3, "disability_types") ?? "").toBe("");
    expect(value(host, PERSON_SHEET, 3, "nik")).toBe("7309034509900001");
    expect(value(host, PERSON_SHEET, 3, "id")).toBe(saved.id);
    expect(value(host, PERSON_SHEET, 3, "created_at")).toBe(createdAt);
    expect(value(host, PERSON_SHEET, 3, "created_by")).toBe("pokja@example.org");
    expect(value(host, PERSON_SHEET, 3, "updated_at")).toBe(later.toISOString());
    expect(value(host, PERSON_SHEET, 4, "full_name")).toBe("Yohana");
    expect(model(host, PERSON_SHEET).lastRow()).toBe(4);
    const calls = host.calls.snapshot();
    expect(calls["UrlFetchApp.fetch"]).toBe(1);
    expect(calls["Range.setValues"]).toBe(1);
    expect(calls["Lock.waitLock"]).toBe(1);
    expect(calls["Range.getValues"]).toBe(2);
    expect(worker.requests).toHaveLength(1);
    expect(JSON.parse(worker.requests[0]?.payload ?? "{}").records[0].id).toBe(saved.id);
  });

  it("refuses, writing nothing, when the row no longer holds the record", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    host.call("submitRecord", "person", { ...siti, full_name: "Yohana", nik: "" });
    select(host, PERSON_SHEET, 3);
    host.call("editSelectedRow");
    const edit = opened(host);
    // Meanwhile someone else deletes row 3: Yohana moves up into it.
    model(host, PERSON_SHEET).deleteRows(3, 1);
    host.calls.reset();
    const res = host.call(
      "updateRecord",
      "person",
      { id: edit.id, row: 3, version: edit.version },
      {
        ...edit.values,
        full_name: "Siti Baru",
      },
    ) as Result;
    expect(res).toMatchObject({ ok: false, conflict: true, errors: [] });
    expect(res.message).toBe(
      'Baris 3 lembar "Warga Rentan" sudah berubah sejak formulir ini dibuka (diubah orang lain, atau baris bergeser). Tidak ada yang ditulis. Pilih barisnya lagi, lalu pilih Ubah data terpilih.',
    );
    expect(value(host, PERSON_SHEET, 3, "full_name")).toBe("Yohana");
    expect(host.calls.count("Range.setValues")).toBe(0);

    // A row past the end, or a target that is not one, is refused the same way.
    const gone = host.call(
      "updateRecord",
      "person",
      { id: edit.id, row: 40, version: edit.version },
      edit.values,
    ) as Result;
    expect(gone).toMatchObject({ ok: false, conflict: true });
    const junk = host.call("updateRecord", "person", { id: "", row: 1 }, edit.values) as Result;
    expect(junk).toMatchObject({ ok: false, conflict: true });
    expect(host.calls.count("Range.setValues")).toBe(0);
  });

  it("validates exactly like a submit and writes nothing on an error", () => {
    const { host, worker } = newHost({ now: NOW });
    const saved = host.call("submitRecord", "person", siti) as Result;
    worker.requests.length = 0;
    host.calls.reset();
    const res = host.call(
      "updateRecord",
      "person",
      { id: saved.id, row: 3 },
      {
        ...siti,
        nik: "7309030509900001",
        consent_date: "",
      },
    ) as Result;
    expect(res.ok).toBe(false);
    expect(res.errors?.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      "consent_date:error.required",
      "sex_differs_confirmed:rule.person.nik_sex_confirm",
    ]);
    expect(worker.requests).toHaveLength(0);
    expect(host.calls.count("Range.setValues")).toBe(0);
    const unknown = host.call("updateRecord", "nope", { id: saved.id, row: 3 }, siti) as Result;
    expect(unknown.errors?.[0]?.code).toBe("error.unknown_form");
  });

  it("clears the marks of a fixed row and keeps warnings marked", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    typeRow(host, PERSON_SHEET, 4, { full_name: "Budi", sex: "X", village: "73.09.03.2004" });
    host.call("checkAllData");
    expect(cellOf(host, PERSON_SHEET, 4, "sex")?.bg).toBe(ERROR_BG);
    select(host, PERSON_SHEET, 4);
    host.call("editSelectedRow");
    const edit = opened(host);
    expect(edit.values).toMatchObject({ full_name: "Budi", sex: "X" });
    const res = host.call(
      "updateRecord",
      "person",
      { id: edit.id, row: 4, version: edit.version },
      {
        ...siti,
        full_name: "Budi",
        birth_date: "1990-09-06",
      },
    ) as Result;
    expect(res).toMatchObject({ ok: true, checkStatus: "warning" });
    expect(res.warnings?.map((w) => w.code)).toEqual(["nik.birth_date_mismatch"]);
    expect(cellOf(host, PERSON_SHEET, 4, "sex")?.bg).toBeUndefined();
    expect(cellOf(host, PERSON_SHEET, 4, "sex")?.note).toBeUndefined();
    expect(cellOf(host, PERSON_SHEET, 4, "nik")?.note).toMatch(/^\[Pilah\] Perhatian: /);
    expect(value(host, PERSON_SHEET, 4, "check_status")).toBe("ada peringatan");
  });

  it("still saves, marked unchecked, when the server cannot be reached", async () => {
    const port = await freePort();
    const { host } = newHost({
      now: NOW,
      serverUrl: `http://127.0.0.1:${port}`,
      realNetwork: true,
    });
    host.call("submitRecord", "person", siti);
    const edit = open(host, 3);
    const res = host.call(
      "updateRecord",
      "person",
      { id: edit.id, row: 3, version: edit.version },
      {
        ...siti,
        address: "Dusun 2",
      },
    ) as Result;
    expect(res).toMatchObject({ ok: true, checkStatus: "unchecked" });
    expect(res.message).toContain("belum diperiksa server (server tidak dapat dihubungi;");
    expect(value(host, PERSON_SHEET, 3, "address")).toBe("Dusun 2");
    expect(value(host, PERSON_SHEET, 3, "check_status")).toBe("belum diperiksa");
  });

  it("refuses the second of two edits of one row, so the first is never lost", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    // Two volunteers open the same row in two sidebars.
    const mine = open(host, 3);
    const theirs = open(host, 3);
    const first = host.call(
      "updateRecord",
      "person",
      { id: theirs.id, row: 3, version: theirs.version },
      { ...theirs.values, full_name: "Siti Aminah Daeng" },
    ) as Result;
    expect(first).toMatchObject({ ok: true, row: 3 });
    host.calls.reset();
    const second = host.call(
      "updateRecord",
      "person",
      { id: mine.id, row: 3, version: mine.version },
      { ...mine.values, address: "Dusun 3" },
    ) as Result;
    expect(second).toMatchObject({ ok: false, conflict: true, errors: [] });
    expect(second.message).toContain("Orang lain sudah mengubah baris 3");
    expect(second.message).toContain("Isian Anda masih ada di formulir ini");
    expect(host.calls.count("Range.setValues")).toBe(0);
    expect(value(host, PERSON_SHEET, 3, "full_name")).toBe("Siti Aminah Daeng");
    expect(value(host, PERSON_SHEET, 3, "address") ?? "").toBe("");

    // The first sidebar goes on with the version its save returned.
    const again = host.call(
      "updateRecord",
      "person",
      { id: theirs.id, row: 3, version: first.version },
      { ...theirs.values, full_name: "Siti Aminah Daeng", address: "Dusun 1" },
    ) as Result;
    expect(again).toMatchObject({ ok: true });
    expect(value(host, PERSON_SHEET, 3, "address")).toBe("Dusun 1");
  });

  it("refuses an edit of a row someone typed into since it was opened", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    const edit = open(host, 3);
    typeRow(host, PERSON_SHEET, 3, { address: "diketik langsung" });
    const res = host.call(
      "updateRecord",
      "person",
      { id: edit.id, row: 3, version: edit.version },
      { ...edit.values, full_name: "Siti Lain" },
    ) as Result;
    expect(res).toMatchObject({ ok: false, conflict: true });
    expect(value(host, PERSON_SHEET, 3, "address")).toBe("diketik langsung");
    expect(value(host, PERSON_SHEET, 3, "full_name")).toBe("Siti Aminah");
  });

  it("keeps a row's record key when it is edited", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    const key = value(host, PERSON_SHEET, 3, "record_key");
    expect(Number(key)).toBeGreaterThanOrEqual(0);
    const edit = open(host, 3);
    host.call(
      "updateRecord",
      "person",
      { id: edit.id, row: 3, version: edit.version },
      { ...edit.values, address: "Dusun 4" },
    );
    expect(value(host, PERSON_SHEET, 3, "record_key")).toBe(key);
  });
});
