// The report period and age bands from Pengaturan, snapshots held back from past periods, failures said in the toast.
import { describe, expect, it } from "vitest";
import { caseForm } from "../../../core/forms/case.ts";
import { memberForm } from "../../../core/forms/member.ts";
import { personForm } from "../../../core/forms/person.ts";
import { cases, members, persons } from "../../core/reports/fixtures.ts";
import { newHost, SERVER, sheetValues } from "../../support/addon.ts";
import { fillWithCopies, pasteRecords, reportTable } from "./support.ts";

const NOW = new Date("2026-11-27T03:00:00Z");
const VIOLENCE = "Bentuk kekerasan menurut jenis kelamin korban, anak/dewasa";
const VILLAGE = "Warga rentan menurut desa/kelurahan, jenis kelamin dan kelompok umur";

function withSettings(doc: Record<string, string>, opts: Parameters<typeof newHost>[0] = {}) {
  const t = newHost({ now: NOW, ...opts });
  Object.assign(t.host.store.properties.document, doc);
  return t;
}

type Outcome = { period: string; reports: { form: string; counted: number; sent: boolean }[] };

describe("report period", () => {
  it("filters dated registers to the chosen quarter, files summaries under it, and holds snapshots back", () => {
    const { host, worker } = withSettings({ "pilah.reportPeriod": "2026-Q1" });
    pasteRecords(host, personForm, persons);
    pasteRecords(host, caseForm, cases);
    pasteRecords(host, memberForm, members);
    const out = host.call("buildReport") as Outcome;
    expect(out.period).toBe("2026-Q1");
    expect(out.reports.map((r) => [r.form, r.counted, r.sent])).toEqual([
      ["person", 5, false],
      ["case", 2, true],
      ["member", 5, false],
    ]);
    const values = sheetValues(host, "Laporan Kasus");
    expect(values[1]?.slice(0, 3)).toEqual(["Periode", "2026-Q1", "2026-01-01 – 2026-03-31"]);
    expect(values[4]?.[0]).toBe("3 baris di luar periode ini tidak dihitung.");
    const v = reportTable(host, "Laporan Kasus", VIOLENCE);
    expect(v.cell("Fisik", "Perempuan", "Anak (di bawah 18)")).toBe(1);
    expect(v.cell("Fisik", "Laki-laki", "Anak (di bawah 18)")).toBe(0);
    expect(v.total()).toBe(2);
    const months = reportTable(
      host,
      "Laporan Kasus",
      "Kasus per bulan laporan menurut jenis kelamin korban, anak/dewasa",
    );
    expect(months.rows.map((r) => r[0])).toEqual([
      "Januari 2026",
      "Februari 2026",
      "Maret 2026",
      "Jumlah",
    ]);

    const puts = worker.requests.filter((r) => r.method === "PUT");
    expect(puts.map((p) => p.url)).toEqual([`${SERVER}/v1/summaries/2026-Q1`]);
    expect(JSON.parse(puts[0]?.payload ?? "{}").form).toBe("case");
    expect(host.ui.toasts.at(-1)?.message).toContain(
      "Warga Rentan, Anggota tidak dikirim untuk 2026-Q1: daftar ini hanya keadaan saat ini",
    );
  });

  it("uses the current year in the spreadsheet's time zone when no period is set", () => {
    // 2025-12-31 20:00 UTC is already 2026-01-01 in Makassar (UTC+8), the host's zone.
    const { host, worker } = withSettings({}, { now: new Date("2025-12-31T20:00:00Z") });
    pasteRecords(host, caseForm, [
      { ...cases[0], report_date: "2025-12-31" },
      { ...cases[0], report_date: "2026-01-01" },
    ]);
    const out = host.call("buildReport") as Outcome;
    expect(out.period).toBe("2026");
    expect(out.reports[0]?.counted).toBe(1);
    expect(worker.requests.find((r) => r.method === "PUT")?.url).toBe(
      `${SERVER}/v1/summaries/2026`,
    );
  });

  it("makes the same service calls for 10 and 10,000 rows of a dated register", () => {
    const snapshots = [10, 10_000].map((n) => {
      const { host } = withSettings({});
      pasteRecords(host, caseForm, cases.slice(0, 1));
      fillWithCopies(host, caseForm.sheetName, n);
      host.calls.reset();
      const out = host.call("buildReport") as Outcome;
      expect(out.reports[0]?.counted).toBe(n);
      const v = reportTable(host, "Laporan Kasus", VIOLENCE);
      expect(v.cell("Psikis", "Perempuan", "Anak (di bawah 18)")).toBe(n);
      return host.calls.snapshot();
    });
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect(snapshots[0]?.["Range.getValues"]).toBe(1);
    // The report sheet, and once the record keys the pasted rows lacked, in one column block.
    expect(snapshots[0]?.["Range.setValues"]).toBe(2);
    expect(snapshots[0]?.["UrlFetchApp.fetchAll"]).toBe(1);
  });

  it("gives pasted rows their record keys once: the next report writes none", () => {
    const { host } = withSettings({});
    pasteRecords(host, caseForm, cases);
    host.call("buildReport");
    const keys = sheetValues(host, caseForm.sheetName).map((r) => r.at(-1));
    host.calls.reset();
    host.call("buildReport");
    expect(host.calls.count("Range.setValues")).toBe(1);
    expect(sheetValues(host, caseForm.sheetName).map((r) => r.at(-1))).toEqual(keys);
  });

  it("reads each form sheet once and writes each report sheet once, whatever the number of forms", () => {
    const { host } = withSettings({});
    pasteRecords(host, personForm, persons);
    pasteRecords(host, caseForm, cases);
    pasteRecords(host, memberForm, members);
    host.calls.reset();
    host.call("buildReport");
    const calls = host.calls.snapshot();
    expect(calls["Range.getValues"]).toBe(3);
    // Three report sheets, and the record keys of each register's pasted rows (one block each).
    expect(calls["Range.setValues"]).toBe(6);
    expect(calls["Range.setFontWeights"]).toBe(3);
    expect(calls["Range.setBackgrounds"]).toBe(3);
    expect(calls["Range.setNumberFormats"]).toBe(3);
    expect(calls["UrlFetchApp.fetchAll"]).toBe(1);
    // One chart per table: person (17 with the planning-meeting tables), case (17 with the SIMFONI tables), service.
    expect(calls["Sheet.insertChart"]).toBe(17 + 17 + 2);
  });
});

describe("age bands", () => {
  it("shows the OpenSID bands in the sheet and still shares SIMFONI-PPA bands", () => {
    const { host, worker } = withSettings({ "pilah.ageBands": "opensid" });
    pasteRecords(host, personForm, persons);
    host.call("buildReport");
    const t = reportTable(host, "Laporan Warga Rentan", VILLAGE);
    expect(t.cell("Jumlah", "Laki-laki", "<1")).toBe(1);
    expect(t.cell("Jumlah", "Perempuan", "16–18")).toBe(1);
    expect(t.cell("Jumlah", "Perempuan", "19–60")).toBe(1);
    expect(t.cell("Jumlah", "Laki-laki", ">60")).toBe(1);
    expect(t.total()).toBe(5);
    const summary = JSON.parse(worker.requests.find((r) => r.method === "PUT")?.payload ?? "{}");
    const village = summary.tables.find((x: { id: string }) => x.id === "village_sex_age");
    expect(village.cells.map((c: { key: string[] }) => c.key[2]).sort()).toEqual([
      "0-5",
      "13-17",
      "25-44",
      "6-12",
      "60+",
    ]);
  });

  it("shows child / adult / elderly", () => {
    const { host } = withSettings({ "pilah.ageBands": "life_stage" });
    pasteRecords(host, personForm, persons);
    host.call("buildReport");
    const t = reportTable(host, "Laporan Warga Rentan", VILLAGE);
    expect(t.cell("Jumlah", "Perempuan", "0–17")).toBe(2);
    expect(t.cell("Jumlah", "Perempuan", "18–59")).toBe(1);
    expect(t.cell("Jumlah", "Laki-laki", "60+")).toBe(1);
  });
});

describe("when counts cannot be sent", () => {
  it("sends nothing without a server address and says so", () => {
    const { host, worker } = newHost({ now: NOW, serverUrl: "" });
    pasteRecords(host, caseForm, cases);
    host.calls.reset();
    host.call("buildReport");
    expect(worker.requests).toHaveLength(0);
    expect(host.calls.snapshot()["UrlFetchApp.fetchAll"]).toBeUndefined();
    expect(host.ui.toasts.at(-1)?.message).toContain(
      "Rekap angka belum terkirim ke server: alamat server atau kunci kelompok belum diisi di Pengaturan",
    );
    expect(host.store.sheet("Laporan Kasus")).toBeDefined();
  });

  it("says when the server answers with an error", () => {
    const { host, worker } = newHost({ now: NOW });
    worker.mode = "error";
    pasteRecords(host, caseForm, cases);
    host.call("buildReport");
    expect(host.ui.toasts.at(-1)?.message).toContain(
      "Rekap angka belum terkirim ke server: server sedang bermasalah (kode 400)",
    );
  });

  it("writes nothing when no register has been started", () => {
    const { host, worker } = newHost({ now: NOW });
    const out = host.call("buildReport") as Outcome;
    expect(out.reports).toEqual([]);
    expect(host.ui.toasts.at(-1)?.message).toBe("Belum ada lembar data untuk dilaporkan.");
    expect(host.store.sheets.some((s) => s.name.startsWith("Laporan"))).toBe(false);
    expect(worker.requests).toHaveLength(0);
  });
});
