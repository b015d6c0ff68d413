// The same person twice: by NIK, or by name + birth date + village, against the register and within the source.
import { describe, expect, it } from "vitest";
import type { FormSpec } from "../../../core/form-spec.ts";
import { getFormSpec } from "../../../core/forms/index.ts";
import { findDuplicates, identityFields } from "../../../core/import/duplicates.ts";

const person = getFormSpec("person");
const id = identityFields(person);

describe("identityFields", () => {
  it("reads the identifying fields from the spec", () => {
    expect(id).toEqual({
      nik: "nik",
      name: "full_name",
      birthDate: "birth_date",
      village: "village",
    });
    expect(identityFields(getFormSpec("service"))).toBeUndefined();
    const renamed: FormSpec = {
      ...person,
      fields: person.fields.map((f) => (f.kind === "nik" ? { ...f, key: "nomor_nik" } : f)),
    };
    expect(identityFields(renamed)?.nik).toBe("nomor_nik");
  });
});

describe("findDuplicates", () => {
  if (!id) throw new Error("person has a NIK");
  const register = [
    {
      full_name: "Ani",
      nik: "7309035208850002",
      birth_date: "1985-08-12",
      village: "73.09.03.2005",
    },
    { full_name: "Budi Santoso", birth_date: "1950-01-01", village: "73.09.03.2004" },
  ];
  it("finds register duplicates by NIK and by name + birth date + village", () => {
    const rows = [
      { full_name: "Ani Lain", nik: "7309035208850002" },
      { full_name: "budi  santoso", birth_date: "1950-01-01", village: "73.09.03.2004" },
      { full_name: "Budi Santoso", birth_date: "1950-01-01", village: "73.09.03.2005" },
    ];
    expect(findDuplicates(id, register, rows)).toEqual([
      { kind: "register", index: 0 },
      { kind: "register", index: 1 },
      undefined,
    ]);
  });
  it("finds a person twice in the source, keeping the first", () => {
    const rows = [
      { full_name: "Cici", nik: "7309034101900001" },
      { full_name: "Dedi", birth_date: "1970-02-02", village: "73.09.03.2004" },
      { full_name: "Cici K", nik: "7309034101900001" },
      { full_name: "DEDI", birth_date: "1970-02-02", village: "73.09.03.2004" },
    ];
    expect(findDuplicates(id, register, rows)).toEqual([
      undefined,
      undefined,
      { kind: "source", index: 0 },
      { kind: "source", index: 1 },
    ]);
  });
  it("does not take a broken or short NIK, or a name without birth date, as a match", () => {
    const rows = [
      { full_name: "E", nik: "730903520885000?" },
      { full_name: "E", nik: "730903520885000?" },
      { full_name: "Ani" },
      { full_name: "Ani" },
    ];
    expect(findDuplicates(id, register, rows)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
