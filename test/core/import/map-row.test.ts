// A source row becomes the register's raw record: cleaned where sure, as typed where not, notes for the rest.
import { describe, expect, it } from "vitest";
import { getFormSpec } from "../../../core/forms/index.ts";
import type { ImportPlan } from "../../../core/import/import-plan.ts";
import { mapRow } from "../../../core/import/map-row.ts";

const person = getFormSpec("person");
const today = new Date("2026-12-06T00:00:00Z");
const plan: ImportPlan = {
  sheet: "Lansia 2025",
  headerRow: 2,
  headers: [
    "Nama",
    "NIK",
    "JK",
    "TTL",
    "Umur",
    "Desa",
    "Jenis Disabilitas",
    "Golongan Darah",
    "No KK",
  ],
  columns: [
    "full_name",
    "nik",
    "sex",
    "birth_date",
    "age_years",
    "village",
    "disability_types",
    null,
    "kk_number",
  ],
  values: {
    sex: { Lk: "L", Pr: "P", X: null },
    village: { Tukamase: "73.09.03.2005" },
    disability_types: { Netra: "sensorik_netra", Rungu: "sensorik_rungu" },
  },
};

describe("mapRow", () => {
  it("cleans and maps a messy row, keeping the unknown column in the notes", () => {
    const out = mapRow(
      person,
      plan,
      [
        " Ani ",
        "'7309035208850002",
        "Pr",
        "Makassar, 12-08-1985",
        "41 th",
        "Tukamase",
        "Netra, Rungu",
        "O",
        "7309 0312 0101 0003",
      ],
      today,
    );
    expect(out).toEqual({
      raw: {
        full_name: "Ani",
        nik: "7309035208850002",
        sex: "P",
        birth_date: "1985-08-12",
        age_years: 41,
        village: "73.09.03.2005",
        disability_types: ["sensorik_netra", "sensorik_rungu"],
        kk_number: "7309031201010003",
      },
      notes: ["Golongan Darah: O"],
      issues: [],
      empty: false,
    });
  });

  it("keeps what it cannot read as typed, so the form check marks it", () => {
    const out = mapRow(
      person,
      plan,
      ["Budi", 7309031208850000, "X", "kemarin", "tua", "Bontoa", "Netra, Autis", "", ""],
      today,
    );
    expect(out.raw).toEqual({
      full_name: "Budi",
      nik: "730903120885000?",
      sex: "X",
      birth_date: "kemarin",
      age_years: "tua",
      village: "Bontoa",
      disability_types: "Netra, Autis",
    });
    expect(out.issues).toEqual([
      { field: "nik", severity: "error", code: "import.id_number_format" },
    ]);
    expect(out.notes).toEqual([]);
  });

  it("keeps a bare year in the notes with a warning, and reads Sheets date values", () => {
    const out = mapRow(
      person,
      plan,
      ["Cici", "7.30903E+15", "Lk", 1950, "", "", "", "", ""],
      today,
    );
    expect(out.raw.birth_date).toBeUndefined();
    expect(out.raw.nik).toBe("7.30903E+15");
    expect(out.notes).toEqual(["TTL: 1950"]);
    expect(out.issues.map((i) => i.code)).toEqual(["import.id_number_format", "import.year_only"]);
    expect(
      mapRow(person, plan, ["D", "", "", new Date("1985-08-12T00:00:00Z")], today).raw.birth_date,
    ).toBe("1985-08-12");
    expect(mapRow(person, plan, ["D", "", "", 31271], today).raw.birth_date).toBe("1985-08-12");
  });

  it("tells an empty row", () => {
    expect(mapRow(person, plan, ["", " ", null], today).empty).toBe(true);
  });
});
