// Headers map to the register's fields through synonyms, labels and small misspellings, one column per field.
import { describe, expect, it } from "vitest";
import type { FormSpec } from "../../../core/form-spec.ts";
import { getFormSpec } from "../../../core/forms/index.ts";
import { suggestColumns } from "../../../core/import/match-columns.ts";

const person = getFormSpec("person");
const fields = (spec: FormSpec, headers: string[]) =>
  suggestColumns(spec, headers).map((s) => s.field);

describe("suggestColumns", () => {
  it("maps the headers groups really use", () => {
    expect(
      fields(person, [
        "No",
        "Nama",
        "NIK",
        "No KK",
        "JK",
        "Tgl Lahir",
        "Umur",
        "Desa",
        "Jenis Disabilitas",
        "Bantuan",
        "Ket.",
      ]),
    ).toEqual([
      undefined,
      "full_name",
      "nik",
      "kk_number",
      "sex",
      "birth_date",
      "age_years",
      "village",
      "disability_types",
      "assistance",
      undefined,
    ]);
  });

  it.each([
    ["L/P", "sex"],
    ["Jenis Kelamin", "sex"],
    ["Sex", "sex"],
    ["TTL", "birth_date"],
    ["Tanggal Lahir", "birth_date"],
    ["Tempat, Tgl Lahir", "birth_date"],
    ["Tgl. Lahir (dd/mm/yyyy)", "birth_date"],
    ["Kelurahan", "village"],
    ["Negeri", "village"],
    ["NAMA LENGKAP", "full_name"],
    ["Nama Lengkp", "full_name"],
    ["Jenis Disabilitsa", "disability_types"],
    ["Usia", "age_years"],
    ["Date of birth", "birth_date"],
  ])("suggests a field for %s", (header, field) => {
    expect(fields(person, [header])).toEqual([field]);
  });

  it("gives each field one column, the best fitting first", () => {
    expect(fields(person, ["Nama Desa", "Nama"])).toEqual(["village", "full_name"]);
    expect(fields(person, ["Umur", "Usia"])).toEqual(["age_years", undefined]);
  });

  it("leaves unknown headers unmapped", () => {
    expect(fields(person, ["Golongan Darah", "Hobi", ""])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("follows the spec: a field added later is matched by its key and labels", () => {
    const extended: FormSpec = {
      ...person,
      fields: [...person.fields, { key: "blood_type", kind: "text", maxLength: 3, pii: false }],
    };
    expect(fields(extended, ["Blood type"])).toEqual(["blood_type"]);
    expect(fields(getFormSpec("case"), ["Nama"]).length).toBe(1);
  });
});
