// Periksa semua data: marks and unmarks bad cells, gives ids, never changes a value, batches the server check.
import { describe, expect, it } from "vitest";
import type { CheckSummary } from "../../../addon/shared/api/sheet-tools-api.ts";
import { newHost, sheetValues, siti } from "../../support/addon.ts";
import {
  boot,
  cellOf,
  col,
  ERROR_BG,
  model,
  NOW,
  PERSON_SHEET,
  pasteCopies,
  typeRow,
  UUID,
  value,
  WARNING_BG,
} from "./helpers.ts";

/** The summary as the shared contract types it, so the test and the sidebar agree on its shape. */
type Summary = CheckSummary;

/** A NIK with a day that belongs to nobody (35), no consent date, no birth date or age: four bad cells. */
const badRow = {
  full_name: "Budi Ketik",
  nik: "7309033509900002",
  sex: "L",
  village: "73.09.03.2004",
  consent_by: "self",
};
/** Valid, but the birth date differs from the NIK's: a warning. */
const warnRow = {
  full_name: "Wati Ketik",
  nik: "7309034509900003",
  sex: "P",
  birth_date: "1990-09-06",
  village: "73.09.03.2005",
  consent_by: "self",
  consent_date: "2026-01-10",
};

function withoutBookkeeping(host: ReturnType<typeof newHost>["host"]) {
  const values = sheetValues(host, PERSON_SHEET);
  const drop = new Set(
    ["id", "check_status", "record_key"].map((k) => col(host, PERSON_SHEET, k) - 1),
  );
  return values.map((r) => r.filter((_, i) => !drop.has(i)));
}

function setUp(opts: { locale?: string } = {}) {
  const t = newHost({ now: NOW, ...opts });
  t.host.call("submitRecord", "person", siti);
  typeRow(t.host, PERSON_SHEET, 4, badRow);
  typeRow(t.host, PERSON_SHEET, 5, warnRow);
  return t;
}

describe("checkAllData", () => {
  it("marks bad cells with notes in Indonesian and warnings in another colour, without changing a value", () => {
    const { host } = setUp();
    const before = withoutBookkeeping(host);
    const summary = host.call("checkAllData") as Summary;

    const nik = cellOf(host, PERSON_SHEET, 4, "nik");
    expect(nik?.bg).toBe(ERROR_BG);
    expect(nik?.note).toBe(
      "[Pilah] Angka ke-7 dan ke-8 NIK adalah tanggal lahir (pada perempuan ditambah 40), tetapi tanggal itu tidak ada. Cocokkan NIK dengan KTP-el atau Kartu Keluarga.",
    );
    expect(cellOf(host, PERSON_SHEET, 4, "consent_date")?.note).toBe("[Pilah] Wajib diisi.");
    expect(cellOf(host, PERSON_SHEET, 4, "birth_date")?.bg).toBe(ERROR_BG);
    expect(cellOf(host, PERSON_SHEET, 4, "age_years")?.note).toBe(
      "[Pilah] Isi tanggal lahir, atau umur bila tanggal lahir tidak diketahui.",
    );
    expect(cellOf(host, PERSON_SHEET, 4, "full_name")?.bg).toBeUndefined();
    const warned = cellOf(host, PERSON_SHEET, 5, "nik");
    expect(warned?.bg).toBe(WARNING_BG);
    expect(warned?.note).toMatch(/^\[Pilah\] Perhatian: Tanggal lahir di NIK \(1990-09-05\)/);
    // The row saved through the form is clean.
    for (let c = 1; c <= model(host, PERSON_SHEET).lastColumn(); c++)
      expect(model(host, PERSON_SHEET).cell(3, c)?.note).toBeUndefined();

    expect(withoutBookkeeping(host)).toEqual(before);
    const id3 = value(host, PERSON_SHEET, 3, "id");
    expect(value(host, PERSON_SHEET, 4, "id")).toMatch(UUID);
    expect(value(host, PERSON_SHEET, 5, "id")).toMatch(UUID);
    expect(value(host, PERSON_SHEET, 4, "id")).not.toBe(value(host, PERSON_SHEET, 5, "id"));
    // The status column reads in Indonesian; the codes stay what the summary counts.
    expect(value(host, PERSON_SHEET, 3, "check_status")).toBe("benar");
    expect(value(host, PERSON_SHEET, 4, "check_status")).toBe("perlu diperbaiki");
    expect(value(host, PERSON_SHEET, 5, "check_status")).toBe("ada peringatan");

    const person = summary.sheets.find((s) => s.form === "person");
    expect(person).toMatchObject({
      sheet: PERSON_SHEET,
      rows: 3,
      badRows: 1,
      warningRows: 1,
      badCells: 4,
      warningCells: 1,
      idsAssigned: 2,
      firstBadRows: [4],
      status: { ok: 1, warning: 1, error: 1, unchecked: 0 },
    });
    expect(summary.server).toEqual({ sent: 2, checked: 2 });
    expect(summary.total).toEqual({ rows: 3, badRows: 1, warningRows: 1, idsAssigned: 2 });
    expect(value(host, PERSON_SHEET, 3, "id")).toBe(id3);

    expect(boot(host)).toMatchObject({ page: "check", data: summary });
    expect(host.ui.toasts.at(-1)?.message).toBe(
      "Selesai: 3 baris diperiksa, 1 perlu diperbaiki, 1 dengan peringatan.",
    );
  });

  it("writes its notes in English for an English user", () => {
    const { host } = setUp({ locale: "en_US" });
    host.call("checkAllData");
    expect(cellOf(host, PERSON_SHEET, 4, "consent_date")?.note).toBe("[Pilah] Required.");
    expect(cellOf(host, PERSON_SHEET, 5, "nik")?.note).toMatch(
      /^\[Pilah\] Please note: The birth date in the NIK \(1990-09-05\) differs/,
    );
  });

  it("clears its marks once a cell is fixed, keeping the user's own notes and colours", () => {
    const { host } = setUp();
    host.call("checkAllData");
    const sheet = model(host, PERSON_SHEET);
    // The user's own note on a bad cell, and a colour of their own elsewhere.
    const consent = sheet.ensureCell(4, col(host, PERSON_SHEET, "consent_date"));
    consent.note = `${consent.note}\nTanya ke RT`;
    sheet.ensureCell(4, col(host, PERSON_SHEET, "full_name")).bg = "#00ff00";

    typeRow(host, PERSON_SHEET, 4, {
      nik: "7309034509900002",
      sex: "P",
      consent_date: "2026-01-11",
      age_years: "36",
    });
    const summary = host.call("checkAllData") as Summary;

    for (const key of ["nik", "sex", "birth_date", "age_years"]) {
      expect(cellOf(host, PERSON_SHEET, 4, key)?.bg, key).toBeUndefined();
      expect(cellOf(host, PERSON_SHEET, 4, key)?.note, key).toBeUndefined();
    }
    expect(cellOf(host, PERSON_SHEET, 4, "consent_date")?.note).toBe("Tanya ke RT");
    expect(cellOf(host, PERSON_SHEET, 4, "full_name")?.bg).toBe("#00ff00");
    // The warning elsewhere stays; the fixed row is sent again and is now ok.
    expect(cellOf(host, PERSON_SHEET, 5, "nik")?.bg).toBe(WARNING_BG);
    expect(value(host, PERSON_SHEET, 4, "check_status")).toBe("benar");
    expect(summary.server.sent).toBe(1);
    expect(summary.sheets[0]).toMatchObject({ badRows: 0, warningRows: 1, idsAssigned: 0 });
  });

  it("writes nothing when everything is already marked and checked", () => {
    const { host } = setUp();
    host.call("checkAllData");
    host.calls.reset();
    const summary = host.call("checkAllData") as Summary;
    expect(summary.server.sent).toBe(0);
    for (const write of ["Range.setValues", "Range.setBackgrounds", "Range.setNotes"])
      expect(host.calls.count(write), write).toBe(0);
    expect(host.calls.count("UrlFetchApp.fetchAll")).toBe(0);
  });

  it("gives a pasted copy its own id and checks it again", () => {
    const { host, worker } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    pasteCopies(host, PERSON_SHEET, 3, 1, (_r, set) => set("full_name", "Salinan"));
    const original = value(host, PERSON_SHEET, 3, "id");
    expect(value(host, PERSON_SHEET, 4, "id")).toBe(original);
    worker.requests.length = 0;
    const summary = host.call("checkAllData") as Summary;
    expect(value(host, PERSON_SHEET, 3, "id")).toBe(original);
    expect(value(host, PERSON_SHEET, 4, "id")).toMatch(UUID);
    expect(value(host, PERSON_SHEET, 4, "id")).not.toBe(original);
    expect(summary.sheets[0]?.idsAssigned).toBe(1);
    // The copy is a record of its own: its own record key too; the original keeps its key.
    const key3 = value(host, PERSON_SHEET, 3, "record_key");
    expect(value(host, PERSON_SHEET, 4, "record_key")).not.toBe(key3);
    const sent = JSON.parse(worker.requests[0]?.payload ?? "{}");
    expect(sent.records.map((r: { id: string }) => r.id)).toEqual([
      value(host, PERSON_SHEET, 4, "id"),
    ]);
  });

  it("sends the server no name, address or other personal text, only what its checks need", () => {
    const { host, worker } = newHost({ now: NOW });
    // A sidebar save and a check of a row typed into the sheet: both ask the server.
    host.call("submitRecord", "person", { ...siti, address: "Jl. Poros 7", needs: "kursi roda" });
    typeRow(host, PERSON_SHEET, 4, { ...badRow, address: "Lorong Mawar" });
    host.call("checkAllData");
    expect(worker.requests).toHaveLength(2);
    const payloads = worker.requests.map((r) => r.payload ?? "").join("\n");
    expect(payloads).toContain(siti.nik);
    expect(payloads).toContain(badRow.nik);
    for (const secret of [
      "Siti Aminah",
      "Jl. Poros 7",
      "kursi roda",
      "Lorong Mawar",
      badRow.full_name,
    ])
      expect(payloads).not.toContain(secret);
    const sent = JSON.parse(worker.requests[0]?.payload ?? "{}") as {
      records: { values: Record<string, unknown> }[];
    };
    for (const r of sent.records) {
      expect(Object.keys(r.values)).not.toContain("full_name");
      expect(Object.keys(r.values)).not.toContain("address");
    }
  });
});

describe("checkAllData and the server", () => {
  it("sends 2,500 unchecked rows as three requests in one fetchAll", () => {
    const { host, worker } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    pasteCopies(host, PERSON_SHEET, 3, 2499, (r, set) => {
      set("id", `row-${r}`);
      set("check_status", "unchecked");
    });
    host.calls.reset();
    worker.requests.length = 0;
    const summary = host.call("checkAllData") as Summary;
    expect(host.calls.count("UrlFetchApp.fetchAll")).toBe(1);
    expect(host.calls.count("UrlFetchApp.fetch")).toBe(0);
    expect(
      worker.requests.map((r) => JSON.parse(r.payload ?? "{}").records.length as number),
    ).toEqual([1000, 1000, 499]);
    expect(summary.server).toEqual({ sent: 2499, checked: 2499 });
    expect(summary.sheets[0]?.status).toEqual({ ok: 2500, warning: 0, error: 0, unchecked: 0 });
    // Rows pasted with the old code "unchecked" are read as such and get the label people read.
    expect(value(host, PERSON_SHEET, 2501, "check_status")).toBe("benar");
  });

  it("makes the same service calls for 10 and for 5,000 rows", () => {
    const snapshots = [10, 5000].map((n) => {
      const { host } = newHost({ now: NOW });
      host.call("submitRecord", "person", siti);
      pasteCopies(host, PERSON_SHEET, 3, n - 1, (r, set) => {
        set("id", `row-${r}`);
        set("check_status", "unchecked");
        // Every tenth row is wrong, so marks are written too.
        if (r % 10 === 0) set("sex", "X");
      });
      host.calls.reset();
      const summary = host.call("checkAllData") as Summary;
      expect(summary.total.rows).toBe(n);
      expect(summary.total.badRows).toBe(Math.floor(n / 10));
      const calls = host.calls.snapshot();
      // A response is read once per 1000 rows (one request each), not per row.
      for (const k of Object.keys(calls)) if (k.startsWith("HTTPResponse.")) delete calls[k];
      return calls;
    });
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect(snapshots[0]?.["Range.getValues"]).toBe(1);
    expect(snapshots[0]?.["Range.setValues"]).toBe(1);
    expect(snapshots[0]?.["Range.setBackgrounds"]).toBe(1);
    expect(snapshots[0]?.["Range.setNotes"]).toBe(1);
    expect(snapshots[0]?.["UrlFetchApp.fetchAll"]).toBe(1);
  });

  it("leaves rows unchecked and says why when the server rejects the key", () => {
    const { host, worker } = setUp();
    worker.mode = "reject-key";
    const summary = host.call("checkAllData") as Summary;
    expect(summary.server).toEqual({
      sent: 2,
      checked: 0,
      reason:
        "server menolak kunci kelompok; periksa kunci di Pengaturan atau minta kunci baru kepada admin kabupaten/kota",
    });
    expect(value(host, PERSON_SHEET, 4, "check_status")).toBe("belum diperiksa");
    // The marks come from the add-on's own check and do not wait for the server.
    expect(cellOf(host, PERSON_SHEET, 4, "nik")?.bg).toBe(ERROR_BG);
    expect(summary.sheets[0]?.status).toMatchObject({ ok: 1, unchecked: 2 });
  });

  it("says the server is not set up without calling it", () => {
    const { host, worker } = newHost({ now: NOW, serverUrl: "" });
    host.call("submitRecord", "person", siti);
    typeRow(host, PERSON_SHEET, 4, warnRow);
    const summary = host.call("checkAllData") as Summary;
    expect(summary.server.reason).toBe(
      "alamat server atau kunci kelompok belum diisi di Pengaturan",
    );
    expect(worker.requests).toHaveLength(0);
    expect(value(host, PERSON_SHEET, 4, "check_status")).toBe("belum diperiksa");
  });

  it("writes nothing to a sheet whose rows moved while the server was checking", () => {
    const { host, worker } = setUp();
    const answer = worker.urlFetch.bind(worker);
    // Another user deletes row 3 while the request is out: ids written now would land one row off.
    worker.urlFetch = (req) => {
      model(host, PERSON_SHEET).deleteRows(3, 1);
      return answer(req);
    };
    host.calls.reset();
    const summary = host.call("checkAllData") as Summary;
    expect(summary.sheets[0]?.problem).toBe(
      'Lembar "Warga Rentan" berubah selama pemeriksaan (baris atau kolom ditambah/dihapus). Tidak ada yang ditulis di lembar ini; jalankan Periksa semua data lagi.',
    );
    for (const write of ["Range.setValues", "Range.setBackgrounds", "Range.setNotes"])
      expect(host.calls.count(write), write).toBe(0);
    expect(value(host, PERSON_SHEET, 3, "id") ?? "").toBe("");
    expect(value(host, PERSON_SHEET, 3, "full_name")).toBe("Budi Ketik");
  });
});
