// The messy fixture imported through the built bundle: every row's outcome, marks as for typed rows, source tabs unchanged, resumable.
import { beforeAll, describe, expect, it } from "vitest";
import type { AddonHost } from "../../../addon/preview/addon-host.ts";
import { newHost, siti } from "../../support/addon.ts";
import { MESSY_TABS } from "../../support/messy-tabs.ts";
import {
  col,
  ERROR_BG,
  model,
  NOW,
  PERSON_SHEET,
  value,
  WARNING_BG,
} from "../sheet-tools/helpers.ts";

function seed(host: AddonHost, name: string, rows: unknown[][]): void {
  const s = host.store.addSheet(name);
  rows.forEach((r, i) => {
    r.forEach((v, c) => {
      if (v !== "") s.ensureCell(i + 1, c + 1).v = v as string | number | Date;
    });
  });
}

const snapshot = (host: AddonHost, name: string) => JSON.stringify(model(host, name).rows);

interface Run {
  written: number;
  skipped: number;
  marked: number;
  finished: boolean;
}

describe("import of the messy fixture through the bundle", () => {
  const { host } = newHost({ now: NOW });
  const before = new Map<string, string>();
  const previews: Record<
    string,
    { counts: Record<string, number>; unmapped: Record<string, string[]> }
  > = {};
  const runs: Record<string, Run> = {};

  beforeAll(() => {
    host.call("submitRecord", "person", siti);
    for (const tab of MESSY_TABS) seed(host, tab.name, tab.rows);
    for (const tab of MESSY_TABS) before.set(tab.name, snapshot(host, tab.name));
    for (const tab of MESSY_TABS) {
      previews[tab.name] = host.call(
        "previewImport",
        tab.name,
        "person",
      ) as (typeof previews)[string];
      runs[tab.name] = host.call("runImport", tab.name, "person") as Run;
    }
  });

  it("previews the counts per kind and reports values without a code", () => {
    expect(previews["Data Disabilitas Desa Tukamasea"]?.counts).toEqual({
      ok: 1,
      warning: 0,
      error: 3,
      duplicate_register: 0,
      duplicate_source: 1,
    });
    expect(previews["Lansia 2025"]?.counts).toEqual({
      ok: 2,
      warning: 0,
      error: 1,
      duplicate_register: 1,
      duplicate_source: 0,
    });
    expect(previews["Lansia 2025"]?.unmapped).toEqual({ sex: ["X"], village: ["Bontoa"] });
    // Each tab is previewed after the tabs before it were imported: Ahmad Yani and Wa Ode are in.
    expect(previews["Rekap Dusun"]?.counts).toEqual({
      ok: 1,
      warning: 0,
      error: 0,
      duplicate_register: 2,
      duplicate_source: 0,
    });
  });

  it("writes, skips and marks each row as chosen", () => {
    expect(runs).toEqual({
      "Data Disabilitas Desa Tukamasea": { written: 4, skipped: 1, marked: 3, finished: true },
      "Lansia 2025": { written: 3, skipped: 1, marked: 1, finished: true },
      Anak: { written: 3, skipped: 0, marked: 1, finished: true },
      PEKKA: { written: 2, skipped: 0, marked: 1, finished: true },
      "Rekap Dusun": { written: 1, skipped: 2, marked: 0, finished: true },
    });
    const names = [];
    for (let r = 3; r <= model(host, PERSON_SHEET).lastRow(); r++)
      names.push(value(host, PERSON_SHEET, r, "full_name"));
    expect(names).toEqual([
      "Siti Aminah",
      "Ahmad Yani",
      "Becce",
      "Coba Daeng",
      "Daeng Sese",
      "Hj. Fatimah",
      "Baco",
      "Tenri",
      "Nur",
      "Ilham",
      "Rina",
      "Wa Ode",
      "Sitti",
      "Andi",
    ]);
  });

  const cell = (row: number, key: string) =>
    model(host, PERSON_SHEET).cell(row, col(host, PERSON_SHEET, key));

  it("cleans and maps values: NIK text, codes, ISO dates from every format", () => {
    expect(value(host, PERSON_SHEET, 4, "nik")).toBe("7309031208850001");
    expect(value(host, PERSON_SHEET, 4, "sex")).toBe("L");
    expect(value(host, PERSON_SHEET, 4, "village")).toBe("73.09.03.2005");
    expect(value(host, PERSON_SHEET, 4, "disability_types")).toBe("sensorik_netra");
    expect(value(host, PERSON_SHEET, 5, "birth_date")).toBe("1970-03-05");
    expect(value(host, PERSON_SHEET, 5, "village")).toBe("73.09.03.2005");
    expect(value(host, PERSON_SHEET, 6, "birth_date")).toBe("1985-08-12");
    expect(value(host, PERSON_SHEET, 7, "village")).toBe("73.09.03.2004");
    expect(value(host, PERSON_SHEET, 8, "birth_date")).toBe("1950-07-15");
    expect(value(host, PERSON_SHEET, 11, "birth_date")).toBe("2015-04-01");
    expect(value(host, PERSON_SHEET, 11, "consent_by")).toBe("parent");
    expect(value(host, PERSON_SHEET, 12, "birth_date")).toBe("2012-08-12");
    expect(value(host, PERSON_SHEET, 14, "birth_date")).toBe("1985-08-12");
    expect(value(host, PERSON_SHEET, 14, "categories")).toBe("woman_head_of_household");
  });

  it("never imports a NIK broken by the number format as valid, and marks it with its message", () => {
    expect(value(host, PERSON_SHEET, 5, "nik")).toBe("730903450370000?");
    expect(value(host, PERSON_SHEET, 6, "nik")).toBe("7.30903E+15");
    for (const row of [5, 6]) {
      expect(cell(row, "nik")?.bg).toBe(ERROR_BG);
      expect(cell(row, "nik")?.note).toMatch(/rusak karena format angka/);
    }
  });

  it("marks rows with errors and warnings like rows typed into the sheet", () => {
    // A year alone: kept in the notes, a warning on the birth date, and neither date nor age.
    expect(value(host, PERSON_SHEET, 7, "birth_date") ?? "").toBe("");
    expect(cell(7, "birth_date")?.note).toMatch(/Hanya tahun/);
    expect(String(value(host, PERSON_SHEET, 7, "import_notes"))).toContain("Tgl Lahir: 1950");
    // Tenri: unknown sex, an unreadable date and a village outside the group, all kept as typed.
    expect(value(host, PERSON_SHEET, 10, "sex")).toBe("X");
    expect(value(host, PERSON_SHEET, 10, "birth_date")).toBe("kemarin");
    expect(value(host, PERSON_SHEET, 10, "village")).toBe("Bontoa");
    for (const key of ["sex", "birth_date", "village"]) expect(cell(10, key)?.bg).toBe(ERROR_BG);
    expect(cell(13, "consent_by")?.bg).toBe(ERROR_BG);
    expect(cell(15, "consent_by")?.bg).toBe(ERROR_BG);
    expect(cell(15, "consent_date")?.bg).toBe(ERROR_BG);
    // Valid rows carry no mark.
    for (const row of [4, 8, 9, 11, 12, 14, 16]) {
      for (const key of ["nik", "sex", "birth_date", "village", "consent_by"]) {
        expect([undefined, null, "#ffffff"]).toContain(cell(row, key)?.bg);
      }
    }
    expect(WARNING_BG).not.toBe(ERROR_BG);
  });

  it("keeps each row's origin and unknown columns' text in the notes column", () => {
    expect(value(host, PERSON_SHEET, 4, "import_notes")).toBe(
      "Asal: lembar Data Disabilitas Desa Tukamasea baris 5\nNo: 1",
    );
    expect(value(host, PERSON_SHEET, 5, "import_notes")).toBe(
      "Asal: lembar Data Disabilitas Desa Tukamasea baris 6\nNo: 2\nKet.: pindah ke Gowa",
    );
    expect(value(host, PERSON_SHEET, 8, "import_notes")).toBe(
      "Asal: lembar Lansia 2025 baris 2\nGolongan Darah: O",
    );
    expect(value(host, PERSON_SHEET, 16, "import_notes")).toBe(
      "Asal: lembar Rekap Dusun baris 4\nCatatan RT: ketua RT",
    );
  });

  it("leaves every source tab byte-identical", () => {
    for (const tab of MESSY_TABS) expect(snapshot(host, tab.name)).toBe(before.get(tab.name));
  });

  it("Impor lagi brings only the rows added since", () => {
    const s = model(host, "Lansia 2025");
    const r = s.lastRow() + 1;
    [
      "Karaeng",
      "'7309032002450007",
      "L",
      "20/02/1945",
      "",
      "Tukamasea",
      "Sendiri",
      "10/01/2025",
      "B",
    ].forEach((v, c) => {
      s.ensureCell(r, c + 1).v = v;
    });
    const again = host.call("runImport", "Lansia 2025", "person") as Run;
    expect(again).toEqual({ written: 1, skipped: 0, marked: 0, finished: true });
    expect(value(host, PERSON_SHEET, 17, "full_name")).toBe("Karaeng");
    expect(host.call("runImport", "Lansia 2025", "person")).toEqual({
      written: 0,
      skipped: 0,
      marked: 0,
      finished: true,
    });
  });
});

describe("a run stopped midway", () => {
  it("continues where it stopped, without duplicates", () => {
    const { host } = newHost({ now: NOW });
    const rows: unknown[][] = [["Nama", "JK", "Umur", "Desa", "Persetujuan", "Tgl Persetujuan"]];
    for (let i = 1; i <= 25; i++)
      rows.push([`Warga ${i}`, i % 2 ? "L" : "P", 30 + i, "Tukamasea", "Sendiri", "01/02/2025"]);
    seed(host, "Data Lama", rows);
    const first = host.call("runImport", "Data Lama", "person", undefined, undefined, {
      blockRows: 10,
      maxBlocks: 1,
    }) as Run;
    expect(first).toEqual({ written: 10, skipped: 0, marked: 0, finished: false });
    const second = host.call("runImport", "Data Lama", "person", undefined, undefined, {
      blockRows: 10,
    }) as Run;
    expect(second).toEqual({ written: 15, skipped: 0, marked: 0, finished: true });
    const names = [];
    for (let r = 3; r <= model(host, PERSON_SHEET).lastRow(); r++)
      names.push(value(host, PERSON_SHEET, r, "full_name"));
    expect(names).toEqual(Array.from({ length: 25 }, (_, i) => `Warga ${i + 1}`));
  });
});
