// The header row is found below titles and merged title rows.
import { describe, expect, it } from "vitest";
import { findHeaderRow } from "../../../core/import/header-row.ts";

describe("findHeaderRow", () => {
  it("takes the first row when it holds the headers", () => {
    expect(
      findHeaderRow([
        ["Nama", "NIK", "JK"],
        ["Ani", "7309031208850001", "P"],
      ]),
    ).toBe(0);
  });

  it("skips merged title rows, blank rows and a subtitle", () => {
    const rows = [
      ["DATA DISABILITAS DESA TUKAMASEA", "", "", "", ""],
      ["Tahun 2025", "", "", "", ""],
      ["", "", "", "", ""],
      ["No", "Nama", "NIK", "Tgl Lahir", "Ket."],
      [1, "Ani", "7309031208850001", "12/08/1985", ""],
    ];
    expect(findHeaderRow(rows)).toBe(3);
  });

  it("does not take a row of numbers or dates, nor a short label row above wide data", () => {
    const rows = [
      ["Dibuat", "2025"],
      ["Nama", "NIK", "JK", "Umur", "Dusun"],
      ["Ani", 7309031208850000, "P", 40, "Satu"],
    ];
    expect(findHeaderRow(rows)).toBe(1);
    expect(
      findHeaderRow([
        [1, 2, 3],
        ["12/08/1985", "3", "4"],
      ]),
    ).toBeUndefined();
    expect(findHeaderRow([])).toBeUndefined();
  });
});
