// The exports through the built bundle: new tabs stating what they hold, OpenSID's column list and codes, the DTSEN proposal.
import { describe, expect, it } from "vitest";
import { OPENSID_PENDUDUK_COLUMNS } from "../../../core/exports/opensid-penduduk.ts";
import { newHost, sheetValues, siti } from "../../support/addon.ts";
import { NOW } from "../sheet-tools/helpers.ts";

const baco = {
  full_name: "Baco",
  nik: "7309031208500001",
  kk_number: "7309031201100003",
  sex: "L",
  birth_date: "1950-08-12",
  village: "73.09.03.2005",
  address: "Dusun Bontoa RT 2 RW 1",
  categories: ["elderly", "disability", "poor_household"],
  disability_types: ["fisik", "mental"],
  documents: ["ktp_el"],
  dtsen: "no",
  consent_by: "self",
  consent_date: "2026-01-10",
};

describe("exports", () => {
  const { host } = newHost({ now: NOW });
  const ids = [siti, baco].map(
    (p) => (host.call("submitRecord", "person", p) as { ok: boolean; id: string }).id,
  );
  const kasus = {
    report_date: "2026-11-20",
    village: "73.09.03.2005",
    person_id: ids[1],
    victim_sex: "L",
    victim_age: 76,
    violence_forms: ["psikis"],
    referred_to: ["uptd_ppa"],
    status: "dirujuk",
    companion: "Bu Rahma",
  };
  expect(host.call("submitRecord", "case", kasus)).toMatchObject({ ok: true });
  expect(host.call("submitRecord", "case", { ...kasus, referred_to: ["polisi"] })).toMatchObject({
    ok: true,
  });

  it("writes the OpenSID sheet: what it holds on top, then Import_model.php's 37 columns and codes", () => {
    const out = host.call("exportOpensid") as { sheet: string; rows: number; leftOut: string[] };
    expect(out.sheet).toBe("Ekspor OpenSID penduduk");
    expect(out.rows).toBe(1);
    // Siti has no address: no dusun, RT or RW.
    expect(out.leftOut).toEqual(["Baris 3 tidak ditulis: dusun, rt, rw kosong atau salah."]);
    const toast = host.ui.toasts[host.ui.toasts.length - 1];
    expect(toast?.message).toBe(
      'Lembar "Ekspor OpenSID penduduk" dibuat: 1 baris. Unduh lewat File → Download; data tetap di spreadsheet ini. 1 baris tidak ditulis karena isiannya kurang: Baris 3 tidak ditulis: dusun, rt, rw kosong atau salah.',
    );
    const v = sheetValues(host, out.sheet);
    expect(String(v[0]?.[0])).toMatch(/^Data penduduk untuk Impor Data Penduduk OpenSID/);
    expect(String(v[1]?.[0])).toMatch(
      /^Semua data sampai 2026-11-27; desa\/kelurahan: Minasa Baji, Tukamasea\.$/,
    );
    expect(String(v[2]?.[0])).toMatch(/^Dibuat 2026-11-27/);
    expect(v[4]).toEqual([...OPENSID_PENDUDUK_COLUMNS]);
    const row = v[5] as unknown[];
    const at = (c: (typeof OPENSID_PENDUDUK_COLUMNS)[number]) =>
      row[OPENSID_PENDUDUK_COLUMNS.indexOf(c)];
    expect([at("dusun"), at("rw"), at("rt"), at("nama"), at("nik"), at("no_kk")]).toEqual([
      "Bontoa",
      "001",
      "002",
      "Baco",
      "7309031208500001",
      "7309031201100003",
    ]);
    expect([at("sex"), at("tanggallahir"), at("cacat_id"), at("ktp_el"), at("agama_id")]).toEqual([
      "1",
      "1950-08-12",
      "5",
      "2",
      "",
    ]);
  });

  it("writes the DTSEN proposal with reasons, again in place of the old tab", () => {
    host.call("exportDtsen");
    const out = host.call("exportDtsen") as { sheet: string; rows: number };
    expect(out).toMatchObject({ sheet: "Usulan DTSEN", rows: 1 });
    expect(host.store.sheets.filter((s) => s.name === "Usulan DTSEN")).toHaveLength(1);
    const v = sheetValues(host, "Usulan DTSEN");
    expect(v[4]).toEqual([
      "Nama",
      "NIK",
      "Nomor Kartu Keluarga",
      "Desa/kelurahan",
      "Dusun",
      "RW",
      "RT",
      "Alasan diusulkan",
    ]);
    expect(v[5]).toEqual([
      "Baco",
      "7309031208500001",
      "7309031201100003",
      "Tukamasea",
      "Bontoa",
      "001",
      "002",
      "Rumah tangga miskin, Penyandang disabilitas, Lansia (60 tahun ke atas)",
    ]);
  });

  it("writes Lampiran A-9 with OpenSID's columns and counts", () => {
    const out = host.call("exportA9") as { sheet: string; rows: number };
    expect(out).toMatchObject({ sheet: "Lampiran A-9", rows: 2 });
    const v = sheetValues(host, "Lampiran A-9");
    expect(String(v[0]?.[0])).toMatch(/^Data pilah kependudukan menurut umur/);
    expect(v[4]?.slice(0, 6)).toEqual(["Dusun", "RW", "RT", "L", "P", "Dibawah 1 Tahun"]);
    // Siti (no address, 36, disability) and Baco (Bontoa 001/002, 76, disability).
    expect(v[5]).toEqual(["", "", "", "0", "1", "0", "0", "0", "0", "0", "0", "1", "", "", ""]);
    expect(v[6]).toEqual([
      "Bontoa",
      "001",
      "002",
      "1",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "1",
      "1",
      "",
      "",
      "",
    ]);
    expect(v[7]?.slice(0, 12)).toEqual([
      "Total",
      "",
      "",
      "1",
      "1",
      "0",
      "0",
      "0",
      "0",
      "0",
      "1",
      "2",
    ]);
  });

  it("writes one Rujukan UPTD PPA tab per case referred there, with the victim's identity", () => {
    const out = host.call("exportReferrals") as { rows: number };
    expect(out.rows).toBe(1);
    const tabs = host.store.sheets
      .map((s) => s.name)
      .filter((n) => n.startsWith("Rujukan UPTD PPA"));
    expect(tabs).toEqual(["Rujukan UPTD PPA baris 3"]);
    const v = sheetValues(host, "Rujukan UPTD PPA baris 3");
    expect(String(v[0]?.[0])).toMatch(/^Rujukan ke UPTD PPA/);
    const byLabel = Object.fromEntries(v.slice(4).map((r) => [String(r[0]), String(r[1])]));
    expect(byLabel["Nama lengkap"]).toBe("Baco");
    expect(byLabel.NIK).toBe("7309031208500001");
    expect(Object.values(byLabel)).toContain("Bu Rahma");
    expect(Object.values(byLabel)).toContain("76");
  });
});
