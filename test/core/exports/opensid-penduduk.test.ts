// The OpenSID import sheet: OpenSID's own column list and codes; rows lacking a required column are left out.
import { describe, expect, it } from "vitest";
import {
  addressParts,
  cacatCode,
  OPENSID_PENDUDUK_COLUMNS,
  opensidRow,
} from "../../../core/exports/opensid-penduduk.ts";

describe("OpenSID penduduk import", () => {
  it("has the 37 columns of Import_model.php in its order", () => {
    expect(OPENSID_PENDUDUK_COLUMNS).toHaveLength(37);
    expect(OPENSID_PENDUDUK_COLUMNS.slice(0, 8)).toEqual([
      "alamat",
      "dusun",
      "rw",
      "rt",
      "nama",
      "no_kk",
      "nik",
      "sex",
    ]);
    expect(OPENSID_PENDUDUK_COLUMNS.indexOf("cacat_id")).toBe(30);
    expect(OPENSID_PENDUDUK_COLUMNS.slice(33)).toEqual([
      "ktp_el",
      "status_rekam",
      "alamat_sekarang",
      "status_dasar",
    ]);
  });

  it("writes OpenSID's codes where Pilah knows the value, blank elsewhere", () => {
    const out = opensidRow({
      full_name: "Siti Aminah",
      nik: "7309034509900001",
      kk_number: "7309031201100003",
      sex: "P",
      birth_date: "1990-09-05",
      address: "Dusun Bontoa RT 1 RW 2",
      disability_types: ["sensorik_netra"],
      documents: ["ktp_el", "kk"],
    });
    if (!out.ok) throw new Error("row left out");
    const cell = (c: string) => out.cells[OPENSID_PENDUDUK_COLUMNS.indexOf(c as never)];
    expect([cell("dusun"), cell("rt"), cell("rw")]).toEqual(["Bontoa", "001", "002"]);
    expect([cell("nama"), cell("nik"), cell("no_kk")]).toEqual([
      "Siti Aminah",
      "7309034509900001",
      "7309031201100003",
    ]);
    expect([cell("sex"), cell("tanggallahir"), cell("cacat_id"), cell("ktp_el")]).toEqual([
      "2",
      "1990-09-05",
      "2",
      "2",
    ]);
    expect([cell("agama_id"), cell("status_dasar"), cell("hamil")]).toEqual(["", "", ""]);
    expect(
      opensidRow({
        full_name: "A",
        nik: "7309031208850001",
        sex: "L",
        address: "Dsn. Satu, RT 3/RW 4",
      }),
    ).toMatchObject({ ok: true });
  });

  it("maps disability types to KODE_CACAT", () => {
    expect(cacatCode(["fisik"])).toBe("1");
    expect(cacatCode(["sensorik_rungu", "sensorik_wicara"])).toBe("3");
    expect(cacatCode(["mental"])).toBe("4");
    expect(cacatCode(["fisik", "mental"])).toBe("5");
    expect(cacatCode(["fisik", "sensorik_netra"])).toBe("6");
    expect(cacatCode(["intelektual"])).toBe("6");
    expect(cacatCode([])).toBe("");
  });

  it("leaves a row out, listing what is missing, without nama, a 16-digit NIK, dusun, RT or RW", () => {
    expect(
      opensidRow({ full_name: "B", nik: "730903120885000?", address: "Dusun Satu RT 1" }),
    ).toEqual({
      ok: false,
      missing: ["nik", "rw"],
    });
    expect(opensidRow({ nik: "7309031208850001" })).toEqual({
      ok: false,
      missing: ["nama", "dusun", "rt", "rw"],
    });
  });

  it("prefers the register's own dusun/RT/RW fields", () => {
    expect(
      addressParts({ dusun: "Satu", rt: "5", rw: "7", address: "Dusun Dua RT 1 RW 1" }),
    ).toEqual({
      dusun: "Satu",
      rw: "007",
      rt: "005",
    });
  });
});
