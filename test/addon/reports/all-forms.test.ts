// Buat laporan for every form through the bundle: one sheet per form against hand counts, all summaries in one fetchAll.
import { describe, expect, it } from "vitest";
import { activityForm } from "../../../core/forms/activity.ts";
import { caseForm } from "../../../core/forms/case.ts";
import { memberForm } from "../../../core/forms/member.ts";
import { personForm } from "../../../core/forms/person.ts";
import { serviceForm } from "../../../core/forms/service.ts";
import { summarySchema } from "../../../core/summary.ts";
import { activities, cases, members, persons, services } from "../../core/reports/fixtures.ts";
import { newHost, SERVER, sheetValues } from "../../support/addon.ts";
import { pasteRecords, reportTable } from "./support.ts";

const NOW = new Date("2026-11-27T03:00:00Z");
const V1 = "73.09.03.2004";

function everyForm(opts: Parameters<typeof newHost>[0] = {}) {
  const t = newHost({ now: NOW, ...opts });
  pasteRecords(t.host, personForm, persons);
  pasteRecords(t.host, caseForm, cases);
  pasteRecords(t.host, serviceForm, services);
  pasteRecords(t.host, activityForm, activities);
  pasteRecords(t.host, memberForm, members);
  return t;
}

describe("buildReport with every form", () => {
  const { host, worker } = everyForm();
  host.calls.reset();
  const out = host.call("buildReport") as {
    period: string;
    reports: {
      form: string;
      sheet: string;
      counted: number;
      skipped: number;
      outOfPeriod: number;
      sent: boolean;
    }[];
  };

  it("writes one report sheet per form, with what it counted", () => {
    expect(out.reports).toEqual([
      {
        form: "person",
        sheet: "Laporan Warga Rentan",
        counted: 5,
        skipped: 1,
        outOfPeriod: 0,
        sent: true,
        revision: 1,
      },
      {
        form: "case",
        sheet: "Laporan Kasus",
        counted: 4,
        skipped: 1,
        outOfPeriod: 1,
        sent: true,
        revision: 2,
      },
      {
        form: "service",
        sheet: "Laporan Layanan",
        counted: 6,
        skipped: 1,
        outOfPeriod: 1,
        sent: true,
        revision: 3,
      },
      {
        form: "activity",
        sheet: "Laporan Kegiatan",
        counted: 4,
        skipped: 0,
        outOfPeriod: 1,
        sent: true,
        revision: 4,
      },
      {
        form: "member",
        sheet: "Laporan Anggota",
        counted: 5,
        skipped: 0,
        outOfPeriod: 0,
        sent: true,
        revision: 5,
      },
    ]);
    for (const r of out.reports)
      expect(host.store.sheet(r.sheet)?.charts.length).toBeGreaterThan(0);
    expect(host.store.sheet("Laporan Kasus")?.charts).toHaveLength(17);
    expect(host.store.sheet("Laporan Layanan")?.charts).toHaveLength(7);
  });

  it("cases: form of violence × victim sex × child/adult, referrals, per month", () => {
    const sheet = "Laporan Kasus";
    const values = sheetValues(host, sheet);
    expect(values[1]?.slice(0, 3)).toEqual(["Periode", "2026", "2026-01-01 – 2026-12-31"]);
    expect(values[4]?.[0]).toBe("1 baris di luar periode ini tidak dihitung.");
    const v = reportTable(
      host,
      sheet,
      "Bentuk kekerasan menurut jenis kelamin korban, anak/dewasa",
    );
    expect(v.cell("Fisik", "Perempuan", "Anak (di bawah 18)")).toBe(1);
    expect(v.cell("Fisik", "Laki-laki", "Anak (di bawah 18)")).toBe(1);
    expect(v.cell("Seksual", "Perempuan", "Dewasa (18+)")).toBe(1);
    expect(v.cell("Fisik", "Jumlah")).toBe(2);
    // Five ticks, four cases: the total counts cases.
    expect(v.cell("Jumlah", "Laki-laki", "Jumlah")).toBe(2);
    expect(v.total()).toBe(4);
    const r = reportTable(host, sheet, "Rujukan menurut jenis kelamin korban, anak/dewasa");
    expect(r.cell("Tidak dirujuk", "Laki-laki", "Anak (di bawah 18)")).toBe(1);
    expect(r.cell("Tidak dirujuk", "Jumlah")).toBe(2);
    const m = reportTable(
      host,
      sheet,
      "Kasus per bulan laporan menurut jenis kelamin korban, anak/dewasa",
    );
    expect(m.rows).toHaveLength(13);
    expect(m.cell("Februari 2026", "Perempuan", "Jumlah")).toBe(2);
    expect(m.cell("Agustus 2026", "Laki-laki", "Anak (di bawah 18)")).toBe(1);
    expect(m.cell("Januari 2026", "Jumlah")).toBe(0);
    const village = reportTable(
      host,
      sheet,
      "Kasus per desa/kelurahan menurut jenis kelamin korban, anak/dewasa",
    );
    expect(village.cell(`Minasa Baji (${V1})`, "Jumlah")).toBe(2);
  });

  it("services: kind/item × status, and per agency share completed and median days", () => {
    const sheet = "Laporan Layanan";
    const t = reportTable(host, sheet, "Layanan menurut jenis, rincian dan status");
    const ktp = "Dokumen kependudukan (adminduk): KTP-el";
    expect(t.cell(ktp, "Selesai")).toBe(1);
    expect(t.cell(ktp, "Diproses")).toBe(1);
    expect(t.cell(ktp, "Jumlah")).toBe(2);
    expect(t.cell("Lainnya", "Diajukan")).toBe(1);
    expect(t.cell("Kesehatan: Pengobatan/pemeriksaan (puskesmas, rumah sakit)", "Selesai")).toBe(1);
    expect(t.cell("Jumlah", "Selesai")).toBe(3);
    expect(t.total()).toBe(6);
    const agency = reportTable(
      host,
      sheet,
      "Per instansi tujuan: pengajuan, hasil dan lama penyelesaian",
    );
    expect(agency.rows.map((r) => r[0])).toEqual([
      "Dinas Sosial",
      "Dukcapil Maros",
      "Puskesmas",
      "Tidak diisi",
      "Jumlah",
    ]);
    expect(agency.rows[1]?.slice(1, 7)).toEqual([3, 2, 0, 1, 2 / 3, 7]);
    expect(agency.rows[4]?.slice(1, 7)).toEqual([6, 3, 1, 2, 0.5, 7]);
  });

  it("activities: planned against carried out, participants by sex and disability", () => {
    const sheet = "Laporan Kegiatan";
    const k = reportTable(host, sheet, "Kegiatan direncanakan dan terlaksana, menurut jenis");
    expect(k.cell("Pelatihan", "Terlaksana")).toBe(1);
    expect(k.cell("Pelatihan", "Rencana")).toBe(1);
    expect(k.cell("Advokasi", "Batal")).toBe(1);
    expect(k.total()).toBe(4);
    const p = reportTable(host, sheet, "Peserta kegiatan menurut jenis kelamin");
    expect(p.rows.find((r) => r[0] === "Pelatihan")?.slice(1, 4)).toEqual([10, 15, 25]);
    expect(p.rows.find((r) => r[0] === "Advokasi")?.slice(1, 4)).toEqual([4, 0, 4]);
    expect(p.total()).toBe(29);
    const d = reportTable(host, sheet, "Peserta penyandang disabilitas");
    expect(d.total()).toBe(3);
  });

  it("members: a snapshot of roles and activity by sex", () => {
    const sheet = "Laporan Anggota";
    expect(sheetValues(host, sheet)[1]?.[1]).toContain("Keadaan per 2026-11-27");
    const roles = reportTable(host, sheet, "Jabatan anggota aktif menurut jenis kelamin");
    expect(roles.cell("Jumlah", "Perempuan")).toBe(3);
    expect(roles.total()).toBe(4);
    const active = reportTable(host, sheet, "Anggota aktif dan tidak aktif menurut jenis kelamin");
    expect(active.total()).toBe(5);
  });

  it("sends every form's summary in one fetchAll, counts only", () => {
    expect(host.calls.snapshot()["UrlFetchApp.fetchAll"]).toBe(1);
    const puts = worker.requests.filter((r) => r.method === "PUT");
    expect(puts.map((p) => p.url)).toEqual(Array(5).fill(`${SERVER}/v1/summaries/2026`));
    const forms = puts.map((p) => {
      const summary = JSON.parse(p.payload ?? "{}");
      expect(summarySchema.safeParse(summary).success).toBe(true);
      return summary.form;
    });
    expect(forms).toEqual(["person", "case", "service", "activity", "member"]);
    const sent = puts.map((p) => p.payload).join("\n");
    for (const secret of [
      "Putri",
      "Siti",
      "7309034509900001",
      "Catatan rahasia",
      "Ibu Pendamping",
      "Dukcapil",
      "Puskesmas",
      "Pelatihan paralegal",
      "Audiensi",
      "Ketua Kelompok",
      "081234567890",
      "p-1",
    ])
      expect(sent).not.toContain(secret);
  });

  it("shows progress while it runs and says what was sent", () => {
    const messages = host.ui.toasts.map((t) => t.message);
    expect(messages).toContain("Membuat Laporan Kasus (2/5)…");
    expect(messages.at(-1)).toContain(
      "terkirim ke server untuk periode 2026: Warga Rentan (revisi 1), Kasus (revisi 2), Layanan (revisi 3), Kegiatan (revisi 4), Anggota (revisi 5).",
    );
  });

  it("writes headings in English for an English user", () => {
    const en = everyForm({ locale: "en" }).host;
    en.call("buildReport");
    expect(sheetValues(en, "Laporan Kasus")[0]?.[0]).toBe("Cases Report");
    const v = reportTable(en, "Laporan Kasus", "Forms of violence by victim's sex, child/adult");
    expect(v.cell("Total", "Female", "Child (under 18)")).toBe(1);
  });
});
