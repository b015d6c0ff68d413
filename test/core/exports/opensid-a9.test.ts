// Lampiran A-9: OpenSID's columns, its age bands (under 1 … over 60), disability counts, unknowns blank.
import { describe, expect, it } from "vitest";
import { A9_COLUMNS, a9Table } from "../../../core/exports/opensid-a9.ts";

const today = "2026-12-06";

describe("Lampiran A-9", () => {
  it("has OpenSID's 15 columns", () => {
    expect(A9_COLUMNS).toHaveLength(15);
    expect(A9_COLUMNS.slice(5, 11)).toEqual([
      "Dibawah 1 Tahun",
      "1-5 Tahun",
      "6-12 Tahun",
      "13-15 Tahun",
      "16-18 Tahun",
      "Diatas 60 Tahun",
    ]);
  });

  it("counts per dusun/RW/RT with OpenSID's band edges", () => {
    const table = a9Table(
      [
        { sex: "P", birth_date: "2026-06-01", address: "Dusun Satu RT 1 RW 1" }, // 0
        { sex: "L", birth_date: "2021-12-06", address: "Dusun Satu RT 1 RW 1" }, // 5
        { sex: "L", birth_date: "2008-12-06", address: "Dusun Satu RT 1 RW 1" }, // 18
        {
          sex: "P",
          birth_date: "1966-12-06",
          address: "Dusun Satu RT 1 RW 1",
          categories: ["disability"],
        }, // 60: not over 60
        {
          sex: "P",
          birth_date: "1965-12-05",
          address: "Dusun Dua RT 3 RW 2",
          disability_types: ["fisik"],
        }, // 61
        { sex: "L", age_years: 70, address: "Dusun Dua RT 3 RW 2" }, // estimated age: no band
      ],
      today,
    );
    expect(table).toEqual([
      ["Dua", "002", "003", 1, 1, 0, 0, 0, 0, 0, 1, 1, "", "", ""],
      ["Satu", "001", "001", 2, 2, 1, 1, 0, 0, 1, 0, 1, "", "", ""],
      ["Total", "", "", 3, 3, 1, 1, 0, 0, 1, 1, 2, "", "", ""],
    ]);
  });
});
