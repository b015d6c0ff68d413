// Buat laporan through the bundle: the person report against hand counts, one upload batch, calls that do not grow with rows.
import { describe, expect, it } from "vitest";
import { personForm } from "../../core/forms/person.ts";
import { persons } from "../core/reports/fixtures.ts";
import { KEY, newHost, SERVER, sheetValues, siti } from "../support/addon.ts";
import { fillWithCopies, pasteRecords, reportTable } from "./reports/support.ts";
import { model, value } from "./sheet-tools/helpers.ts";

const NOW = new Date("2026-11-27T03:00:00Z");
const V1 = "73.09.03.2004";
const V2 = "73.09.03.2005";
const SHEET = "Laporan Warga Rentan";

interface Outcome {
  period: string;
  reports: { form: string; counted: number; skipped: number; sent: boolean; revision?: number }[];
  message: string;
}

describe("buildReport", () => {
  it("writes the person report with totals and charts, and sends counts only", () => {
    const { host, worker } = newHost({ now: NOW });
    const [valid, invalid] = [persons.slice(0, 5), persons.slice(5)];
    for (const r of valid)
      expect((host.call("submitRecord", "person", r) as { ok: boolean }).ok).toBe(true);
    pasteRecords(host, personForm, invalid);
    const out = host.call("buildReport") as Outcome;
    expect(out.period).toBe("2026");
    expect(out.reports).toEqual([
      {
        form: "person",
        sheet: SHEET,
        counted: 5,
        skipped: 1,
        outOfPeriod: 0,
        sent: true,
        revision: 1,
      },
    ]);

    const values = sheetValues(host, SHEET);
    expect(values[0]?.[0]).toBe("Laporan Warga Rentan: data pilah");
    expect(values[1]?.[1]).toBe("Keadaan per 2026-11-27 (daftar terkini, tidak dibatasi periode)");
    expect(values[3]?.[0]).toBe(
      "1 baris tidak dihitung karena isinya belum benar. Jalankan Periksa semua data untuk melihat sel yang perlu diperbaiki.",
    );

    const village = reportTable(
      host,
      SHEET,
      "Warga rentan menurut desa/kelurahan, jenis kelamin dan kelompok umur",
    );
    const minasa = `Minasa Baji (${V1})`;
    expect(village.cell(minasa, "Laki-laki", "0–5")).toBe(1);
    expect(village.cell(minasa, "Laki-laki", "60+")).toBe(1);
    expect(village.cell(minasa, "Laki-laki", "Jumlah")).toBe(2);
    expect(village.cell(minasa, "Perempuan", "6–12")).toBe(1);
    expect(village.cell(minasa, "Jumlah")).toBe(3);
    expect(village.cell("Jumlah", "Perempuan", "13–17")).toBe(1);
    expect(village.cell("Jumlah", "Perempuan", "25–44")).toBe(1);
    expect(village.total()).toBe(5);

    const categories = reportTable(host, SHEET, "Kategori kerentanan menurut jenis kelamin");
    expect(categories.cell("Rumah tangga miskin", "Perempuan")).toBe(2);
    expect(categories.cell("Penyandang disabilitas", "Jumlah")).toBe(2);
    // The 17-year-old with nothing ticked is a child by age (anak, UU 35/2014), not "no category".
    expect(categories.cell("Tanpa kategori", "Perempuan")).toBe(0);
    expect(categories.cell("Anak (di bawah 18 tahun)", "Perempuan")).toBe(2);
    // Column totals count each resident once, though some have several categories.
    expect(categories.cell("Jumlah", "Laki-laki")).toBe(2);
    expect(categories.total()).toBe(5);

    const wg = reportTable(
      host,
      SHEET,
      "Disabilitas menurut Washington Group (WG-SS) dan jenis kelamin",
    );
    expect(wg.cell("Disabilitas (ada jawaban 3 atau 4)", "Laki-laki")).toBe(1);
    // The baby is under 5: the Short Set does not apply to him.
    expect(wg.cell("Belum ditanyakan", "Jumlah")).toBe(1);
    expect(wg.cell("Tidak berlaku (di bawah 5 tahun)", "Laki-laki")).toBe(1);

    const docs = reportTable(
      host,
      SHEET,
      "Dokumen kependudukan yang belum dimiliki, menurut jenis kelamin dan kelompok umur",
    );
    expect(docs.cell("Akta kelahiran", "Laki-laki", "0–5")).toBe(1);
    expect(docs.cell("Akta kelahiran", "Perempuan", "6–12")).toBe(1);
    expect(docs.cell("KTP-el", "Perempuan", "13–17")).toBe(1);
    expect(docs.cell("Kartu Keluarga", "Laki-laki", "Jumlah")).toBe(2);
    expect(docs.total()).toBe(4);

    const assistance = reportTable(
      host,
      SHEET,
      "Bantuan sosial yang diterima rumah tangga miskin dan penyandang disabilitas, menurut jenis kelamin",
    );
    expect(
      assistance.cell(
        "BPNT / Program Sembako (Bantuan Pangan Non Tunai)",
        "Rumah tangga miskin",
        "Perempuan",
      ),
    ).toBe(1);
    expect(
      assistance.cell(
        // Assistance never asked: belum didata, not "receives none".
        "Belum didata",
        "Penyandang disabilitas (kategori atau WG-SS)",
        "Laki-laki",
      ),
    ).toBe(1);
    expect(assistance.total()).toBe(3);

    expect(host.store.sheet(SHEET)?.charts).toHaveLength(17);
    expect(host.ui.toasts.at(-1)?.message).toContain(
      "Rekap angka (tanpa data pribadi) terkirim ke server untuk periode 2026: Warga Rentan (revisi 1).",
    );

    const puts = worker.requests.filter((r) => r.method === "PUT");
    expect(puts).toHaveLength(1);
    expect(puts[0]?.url).toBe(`${SERVER}/v1/summaries/2026`);
    expect(puts[0]?.headers.Authorization).toBe(`Bearer ${KEY}`);
    const summary = JSON.parse(puts[0]?.payload ?? "{}");
    expect(summary.form).toBe("person");
    const table = summary.tables.find((t: { id: string }) => t.id === "village_sex_age");
    expect(table.dimensions).toEqual(["village", "sex", "age_band"]);
    expect(table.cells).toContainEqual(
      expect.objectContaining({ key: [V2, "P", "25-44"], count: 1 }),
    );
    expect(table.cells.reduce((a: number, c: { count: number }) => a + c.count, 0)).toBe(5);
    // Each cell's key is the sum of its rows' record keys: over the whole table, of the five valid
    // rows (the report gave the pasted rows their keys and wrote them to the sheet).
    const register = model(host, "Warga Rentan");
    let keys = 0;
    for (let r = 3; r <= register.lastRow(); r++) {
      const key = value(host, "Warga Rentan", r, "record_key");
      expect(Number.isInteger(Number(key)) && key !== "").toBe(true);
      if (value(host, "Warga Rentan", r, "sex") !== "X") keys += Number(key);
    }
    const ckeys = table.cells.reduce((a: number, c: { ckey: number }) => a + c.ckey, 0);
    expect(ckeys % 4096).toBe(keys % 4096);
    for (const secret of ["Putri", "Lukas", "Siti", "7309034509900001", "1990-09-05", "2020-05-01"])
      expect(puts[0]?.payload).not.toContain(secret);
  });

  it("replaces the previous report and notes rows it could not count", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    host.call("buildReport");
    // A row typed straight into the sheet with an impossible NIK is skipped, not deleted.
    const sheet = host.store.sheet("Warga Rentan");
    host.edit("Warga Rentan", 4, 1, "Ketik Manual");
    host.edit("Warga Rentan", 4, 2, "7309037102900001");
    expect(sheet?.lastRow()).toBe(4);
    const out = host.call("buildReport") as Outcome;
    expect(out.reports[0]).toMatchObject({ counted: 1, skipped: 1 });
    expect(host.store.sheets.filter((s) => s.name === SHEET)).toHaveLength(1);
    expect(host.store.sheet(SHEET)?.charts).toHaveLength(17);
    expect(sheetValues(host, SHEET)[3]?.[0]).toBe(
      "1 baris tidak dihitung karena isinya belum benar. Jalankan Periksa semua data untuk melihat sel yang perlu diperbaiki.",
    );
    expect(sheet?.value(4, 1)).toBe("Ketik Manual");
  });

  it("tells the user, and keeps the report, when the counts cannot be sent", () => {
    const { host, worker } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    worker.mode = "reject-key";
    const out = host.call("buildReport") as Outcome;
    expect(out.reports[0]?.sent).toBe(false);
    expect(host.ui.toasts.at(-1)?.message).toContain(
      "Rekap angka belum terkirim ke server: server menolak kunci kelompok",
    );
    expect(host.store.sheet(SHEET)).toBeDefined();
  });

  it("makes the same service calls for 10 and for 10,000 rows", () => {
    const snapshots = [10, 10_000].map((n) => {
      const { host } = newHost({ now: NOW });
      host.call("submitRecord", "person", siti);
      fillWithCopies(host, "Warga Rentan", n);
      host.calls.reset();
      const out = host.call("buildReport") as Outcome;
      expect(out.reports[0]?.counted).toBe(n);
      return host.calls.snapshot();
    });
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect(snapshots[0]?.["Range.getValues"]).toBe(1);
    expect(snapshots[0]?.["Range.setValues"]).toBe(1);
    expect(snapshots[0]?.["UrlFetchApp.fetchAll"]).toBe(1);
    expect(snapshots[0]?.["UrlFetchApp.fetch"]).toBeUndefined();
  });
});
