// The record check receives only what its checks need: no personal free text, no link to a person's row.
import { describe, expect, it } from "vitest";
import { FORM_IDS } from "../../core/form-ids.ts";
import { getFormSpec } from "../../core/forms/index.ts";
import {
  checkRecords,
  checkSpecOf,
  isSentToCheck,
  valuesForCheck,
} from "../../core/record-check.ts";

const siti = {
  full_name: "Siti Aminah",
  nik: "7309035708850003",
  sex: "P",
  birth_date: "1985-08-17",
  village: "73.09.03.2004",
  address: "Jl. Poros Maros 12",
  needs: "kursi roda",
  consent_by: "self",
  consent_date: "2026-01-10",
};

describe("what the record check receives", () => {
  it("never a personal text field or a person link, in any form", () => {
    for (const form of FORM_IDS) {
      for (const f of getFormSpec(form).fields) {
        const personalText = f.pii && (f.kind === "text" || f.kind === "person_ref");
        expect(isSentToCheck(f), `${form}.${f.key}`).toBe(!personalText);
      }
    }
    const sent = checkSpecOf(getFormSpec("person")).fields.map((f) => f.key);
    expect(sent).not.toContain("full_name");
    expect(sent).not.toContain("address");
    expect(sent).not.toContain("needs");
    // The NIK check needs the NIK, the sex and the birth date.
    expect(sent).toEqual(expect.arrayContaining(["nik", "sex", "birth_date", "kk_number"]));
  });

  it("strips those fields from a record, keeps the rest and keys the form does not know", () => {
    const values = valuesForCheck(getFormSpec("person"), { ...siti, extra: "x", dtsen: "" });
    expect(values).toEqual({
      nik: siti.nik,
      sex: "P",
      birth_date: siti.birth_date,
      village: siti.village,
      consent_by: "self",
      consent_date: "2026-01-10",
      extra: "x",
    });
  });

  it("checks a record without its name (required in the sheet) and ignores one sent anyway", () => {
    const { full_name: _, address: __, ...rest } = siti;
    const [bare, full] = checkRecords(
      "person",
      [
        { id: "a", values: rest },
        { id: "b", values: siti },
      ],
      { lang: "id", today: "2026-11-27" },
    );
    expect(bare).toMatchObject({ id: "a", ok: true, errors: [] });
    expect(full).toMatchObject({ id: "b", ok: true, errors: [] });
    expect(JSON.stringify(full)).not.toContain("Siti");
  });

  it("still finds what the checks are for: a woman's NIK with Laki-laki", () => {
    const [r] = checkRecords("person", [{ id: "a", values: { ...siti, sex: "L" } }], {
      lang: "id",
      today: "2026-11-27",
    });
    expect(r?.ok).toBe(false);
    // The NIK's sex is a warning; saving waits for the confirmation the form asks for.
    expect(r?.errors.map((e) => e.field)).toContain("sex_differs_confirmed");
    expect(r?.warnings.map((w) => w.field)).toContain("nik");
  });
});
