// Typed values get a code of the field's choices or of the group's villages; unknown values stay unmapped.
import { describe, expect, it } from "vitest";
import { findField } from "../../../core/form-spec.ts";
import { getFormSpec } from "../../../core/forms/index.ts";
import { splitMulti, suggestValues, valueMatcher } from "../../../core/import/match-values.ts";

const person = getFormSpec("person");
const VILLAGES = ["73.09.03.2004", "73.09.03.2005", "73.09.03.2006", "73.09.04.1001"];
const matcher = (key: string) => {
  const f = findField(person, key);
  if (!f) throw new Error(key);
  const m = valueMatcher(f, VILLAGES);
  if (!m) throw new Error(`no matcher for ${key}`);
  return m;
};

describe("valueMatcher", () => {
  it.each(["L", "l", "Laki", "Laki-laki", "LAKI LAKI", "Pria", "lk", "Male"])(
    "reads %s as L",
    (v) => {
      expect(matcher("sex")(v)).toBe("L");
    },
  );
  it.each(["P", "Wanita", "Perempuan", "pr", "perempuan ", "Female"])("reads %s as P", (v) => {
    expect(matcher("sex")(v)).toBe("P");
  });
  it("reads yes/no words and ticks", () => {
    const m = matcher("dtsen");
    expect(["Ya", "✓", "x", "Terdaftar"].map(m)).toEqual(["yes", "yes", "yes", "yes"]);
    expect(["Tidak", "tdk", "Belum"].map(m)).toEqual(["no", "no", "no"]);
    expect(m("Tidak tahu")).toBe("unknown");
  });
  it("reads disability words as the UU 8/2016 types", () => {
    const m = matcher("disability_types");
    expect(
      ["Tuna Netra", "tunarungu", "Bisu", "Daksa", "ODGJ", "Tuna Grahita", "Ganda"].map(m),
    ).toEqual([
      "sensorik_netra",
      "sensorik_rungu",
      "sensorik_wicara",
      "fisik",
      "mental",
      "intelektual",
      "ganda",
    ]);
    expect(m("Tunanetro")).toBe("sensorik_netra");
  });
  it("reads village names, with a prefix or small misspellings, as codes of the group's villages", () => {
    const m = matcher("village");
    expect(m("Tukamasea")).toBe("73.09.03.2005");
    expect(m("Desa Tukamasea")).toBe("73.09.03.2005");
    expect(m("Tukamase")).toBe("73.09.03.2005");
    expect(m("Tukamasia")).toBe("73.09.03.2005");
    expect(m("minasa baji")).toBe("73.09.03.2004");
    expect(m("Minasabaji")).toBe("73.09.03.2004");
    expect(m("Kel. Baji Pamai")).toBe("73.09.04.1001");
    expect(m("7309032006")).toBe("73.09.03.2006");
  });
  it("never guesses: unknown or far-off values stay unmapped", () => {
    expect(matcher("village")("Mangeloreng")).toBeUndefined(); // a real village, but not the group's
    expect(matcher("village")("Tamalate")).toBeUndefined();
    expect(matcher("sex")("X")).toBeUndefined();
    expect(matcher("disability_types")("Autis")).toBeUndefined();
  });
  it("has no matcher for free text", () => {
    const f = findField(person, "full_name");
    expect(f && valueMatcher(f, VILLAGES)).toBeUndefined();
  });
});

describe("suggestValues", () => {
  it("lists distinct values with counts, multi-choice cells split into parts", () => {
    const f = findField(person, "disability_types");
    if (!f) throw new Error();
    expect(suggestValues(f, ["Netra, Rungu", "netra", "Autis", "", "Netra"], VILLAGES)).toEqual([
      { value: "Netra", code: "sensorik_netra", count: 2 },
      { value: "Rungu", code: "sensorik_rungu", count: 1 },
      { value: "netra", code: "sensorik_netra", count: 1 },
      { value: "Autis", code: null, count: 1 },
    ]);
  });
  it("splits on commas, slashes, plus and 'dan'", () => {
    expect(splitMulti("PKH/BPNT")).toEqual(["PKH", "BPNT"]);
    expect(splitMulti("fisik dan wicara; netra + rungu")).toEqual([
      "fisik",
      "wicara",
      "netra",
      "rungu",
    ]);
  });
});
