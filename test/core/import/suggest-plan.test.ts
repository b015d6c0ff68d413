// The first proposal for a messy tab: header found below titles, columns and values suggested, unknowns reported.
import { describe, expect, it } from "vitest";
import { getFormSpec } from "../../../core/forms/index.ts";
import { mapRow } from "../../../core/import/map-row.ts";
import { suggestPlan, unmappedValues } from "../../../core/import/suggest-plan.ts";

const person = getFormSpec("person");
const tab = [
  ["DATA DISABILITAS DESA TUKAMASEA", "", "", "", "", "", ""],
  ["", "", "", "", "", "", ""],
  ["No", "Nama", "L/P", "TTL", "Desa", "Jenis Disabilitas", "Ket."],
  [1, "Ani", "Pr", "Makassar, 12-08-1985", "Tukamase", "Tuna Netra", "pindah 2024"],
  [2, "Budi", "Lk", "1960", "Minasabaji", "Daksa, Autis", ""],
  [3, "Cici", "?", "3 Mei 1970", "Bontoa", "", ""],
];

describe("suggestPlan", () => {
  const plan = suggestPlan(person, "Data Disabilitas", tab, ["73.09.03.2004", "73.09.03.2005"]);
  it("finds the header and suggests a field per column", () => {
    expect(plan?.headerRow).toBe(2);
    expect(plan?.columns).toEqual([
      null,
      "full_name",
      "sex",
      "birth_date",
      "village",
      "disability_types",
      null,
    ]);
  });
  it("suggests codes for the typed values and reports the unknown ones", () => {
    expect(plan?.values.sex).toEqual({ Pr: "P", Lk: "L", "?": null });
    expect(plan?.values.village).toEqual({
      Tukamase: "73.09.03.2005",
      Minasabaji: "73.09.03.2004",
      Bontoa: null,
    });
    expect(plan && unmappedValues(plan)).toEqual({
      sex: ["?"],
      village: ["Bontoa"],
      disability_types: ["Autis"],
    });
  });
  it("maps rows with it, the unknown column going to the notes", () => {
    if (!plan) throw new Error();
    const today = new Date("2026-12-06T00:00:00Z");
    const ani = mapRow(person, plan, tab[3] as unknown[], today);
    expect(ani.raw).toMatchObject({
      full_name: "Ani",
      sex: "P",
      birth_date: "1985-08-12",
      village: "73.09.03.2005",
    });
    expect(ani.notes).toEqual(["No: 1", "Ket.: pindah 2024"]);
  });
  it("gives up clearly when no header row exists", () => {
    expect(
      suggestPlan(
        person,
        "x",
        [
          [1, 2],
          [3, 4],
        ],
        [],
      ),
    ).toBeUndefined();
  });
});
