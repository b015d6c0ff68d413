// The person form's cross-field rules: age against the child/elderly categories and the consent.
import { describe, expect, it } from "vitest";
import { isFieldShown } from "../../../core/form-spec.ts";
import { personAge, personForm } from "../../../core/forms/person.ts";
import { validateRecord } from "../../../core/validate.ts";
import { codes, ctx, messageOf, warningCodes } from "./helpers.ts";

const base = {
  full_name: "Wa Ode Sitti",
  sex: "P",
  village: "73.09.03.2004",
  // A guardian may consent at any age; the parent-for-an-adult warning is tested on its own.
  consent_by: "guardian",
  consent_date: "2026-01-10",
};
/** The birth date `years` years before ctx.today, moved `daysLater` days later (then not yet that old). */
const bornYearsAgo = (years: number, daysLater = 0) => {
  const d = new Date(`${ctx.today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() + daysLater);
  return d.toISOString().slice(0, 10);
};
const check = (values: Record<string, unknown>, lang: "id" | "en" = "id") =>
  validateRecord(personForm, { ...base, ...values }, ctx, lang);

describe("person age", () => {
  it("is exact from the birth date and estimated from the age in years", () => {
    expect(personAge({ birth_date: bornYearsAgo(18) }, ctx.today)).toEqual({
      years: 18,
      exact: true,
    });
    expect(personAge({ birth_date: bornYearsAgo(18, 1) }, ctx.today)).toEqual({
      years: 17,
      exact: true,
    });
    expect(personAge({ age_years: 40 }, ctx.today)).toEqual({ years: 40, exact: false });
    expect(personAge({}, ctx.today)).toBeUndefined();
  });
});

describe("child and elderly categories against the age", () => {
  it("notes (warns, does not block) 'elderly' for a child by birth date, in Indonesian and English", () => {
    const birth_date = bornYearsAgo(11);
    const r = check({ birth_date, categories: ["elderly"] });
    expect(r.ok).toBe(true);
    expect(warningCodes(r)).toEqual(["categories:rule.person.elderly_age"]);
    expect(messageOf(r.warnings, "categories")).toBe(
      "Umur 11 tahun belum termasuk lansia (60 tahun ke atas); laporan mengikuti umur dan mengabaikan centang ini. Hapus centang Lansia, atau periksa tanggal lahir atau umur.",
    );
    const en = check({ birth_date, categories: ["elderly"] }, "en");
    expect(messageOf(en.warnings, "categories")).toBe(
      "Age 11 is not elderly (60 and over); reports follow the age and ignore this tick. Untick Elderly, or check the birth date or age.",
    );
  });

  it("notes 'child' for someone 60 or over by birth date", () => {
    const r = check({ birth_date: bornYearsAgo(60), categories: ["child"] });
    expect(warningCodes(r)).toEqual(["categories:rule.person.child_age"]);
    expect(messageOf(r.warnings, "categories")).toContain("60");
  });

  it("only warns when the age is an estimate", () => {
    const young = check({ age_years: 10, categories: ["elderly"] });
    expect(young.ok).toBe(true);
    expect(warningCodes(young)).toEqual(["categories:rule.person.elderly_age"]);
    const old = check({ age_years: 70, categories: "child" }, "en");
    expect(old.ok).toBe(true);
    expect(warningCodes(old)).toEqual(["categories:rule.person.child_age"]);
    expect(old.warnings[0]?.message).toBe(
      "Age 70 is not a child (a child is under 18); reports follow the age and ignore this tick. Untick Child, or check the birth date or age.",
    );
  });

  it("only warns between 18 and 59, even by birth date", () => {
    const r = check({ birth_date: bornYearsAgo(45), categories: ["elderly", "child"] });
    expect(r.ok).toBe(true);
    expect(warningCodes(r)).toEqual([
      "categories:rule.person.child_age",
      "categories:rule.person.elderly_age",
    ]);
  });

  it("takes the day of the birthday into account", () => {
    expect(check({ birth_date: bornYearsAgo(60), categories: ["elderly"] }).warnings).toEqual([]);
    const dayBefore = check({ birth_date: bornYearsAgo(60, 1), categories: ["elderly"] });
    expect(warningCodes(dayBefore)).toEqual(["categories:rule.person.elderly_age"]);
    expect(check({ birth_date: bornYearsAgo(18, 1), categories: ["child"] }).warnings).toEqual([]);
    expect(
      warningCodes(check({ birth_date: bornYearsAgo(18, 1), categories: ["elderly"] })),
    ).toEqual(["categories:rule.person.elderly_age"]);
    const adult = check({ birth_date: bornYearsAgo(18), categories: ["elderly"] });
    expect(adult.ok).toBe(true);
    expect(warningCodes(adult)).toEqual(["categories:rule.person.elderly_age"]);
  });

  it("accepts matching categories", () => {
    const child = check({ birth_date: bornYearsAgo(9), categories: ["child", "disability"] });
    expect(child.ok).toBe(true);
    expect(child.warnings).toEqual([]);
    const elderly = check({ age_years: 75, categories: "elderly" });
    expect(elderly.ok).toBe(true);
    expect(elderly.warnings).toEqual([]);
  });

  it("prefers the birth date over the age in years", () => {
    const r = check({ birth_date: bornYearsAgo(8), age_years: 65, categories: ["elderly"] });
    expect(warningCodes(r)).toEqual(["categories:rule.person.elderly_age"]);
  });

  it("says nothing about the age when the birth date itself is wrong", () => {
    const r = check({ birth_date: "2030-01-01", categories: ["elderly"], consent_by: "self" });
    expect(codes(r)).toEqual(["birth_date:error.date_in_future"]);
    expect(r.warnings).toEqual([]);
  });
});

describe("consent of a child", () => {
  it("must come from a parent or guardian", () => {
    const r = check({ birth_date: bornYearsAgo(18, 1), consent_by: "self" });
    expect(codes(r)).toEqual(["consent_by:rule.person.child_consent"]);
    expect(messageOf(r.errors, "consent_by")).toBe(
      "Umur 17 tahun masih anak: persetujuan diberikan oleh orang tua atau wali. Pilih Orang tua atau Wali.",
    );
    const en = check({ birth_date: bornYearsAgo(18, 1), consent_by: "self" }, "en");
    expect(messageOf(en.errors, "consent_by")).toBe(
      "Age 17 is a child: consent is given by a parent or guardian. Choose Parent or Guardian.",
    );
    for (const consent_by of ["parent", "guardian"]) {
      expect(check({ birth_date: bornYearsAgo(17), consent_by }).ok).toBe(true);
    }
  });

  it("is an error with an estimated age too", () => {
    expect(codes(check({ age_years: "12", consent_by: "self" }))).toEqual([
      "consent_by:rule.person.child_consent",
    ]);
  });

  it("lets an adult consent themself", () => {
    expect(check({ birth_date: bornYearsAgo(18), consent_by: "self" }).ok).toBe(true);
    expect(check({ age_years: 18, consent_by: "self" }).ok).toBe(true);
  });

  it("is reported together with other mistakes", () => {
    const r = check({ full_name: "", age_years: 7, consent_by: "self", categories: ["elderly"] });
    expect(codes(r)).toEqual(["consent_by:rule.person.child_consent", "full_name:error.required"]);
    expect(warningCodes(r)).toEqual(["categories:rule.person.elderly_age"]);
  });
});

describe("woman head of household", () => {
  it("refuses a man recorded as a woman head of household", () => {
    const r = check({ age_years: 40, sex: "L", categories: ["woman_head_of_household"] });
    expect(codes(r)).toEqual(["categories:rule.person.woman_head_sex"]);
    expect(messageOf(r.errors, "categories")).toContain("perempuan (P)");
  });

  it("accepts a woman as a woman head of household", () => {
    const r = check({ age_years: 40, sex: "P", categories: ["woman_head_of_household"] });
    expect(codes(r)).toEqual([]);
  });
});

describe("explicit 'none' answers", () => {
  it("refuses 'none' with another answer, on the field it is in", () => {
    const r = check({ age_years: 40, documents: ["kk", "none"], assistance: ["none", "pkh"] });
    expect(codes(r)).toEqual([
      "assistance:rule.person.none_alone",
      "documents:rule.person.none_alone",
    ]);
    expect(messageOf(r.errors, "documents")).toContain("Tidak punya satu pun");
  });

  it("accepts 'none' alone", () => {
    expect(codes(check({ age_years: 40, documents: ["none"], assistance: ["none"] }))).toEqual([]);
  });
});

describe("consent by a parent", () => {
  it("warns when a parent consents for an adult, not for a child", () => {
    const adult = check({ age_years: 30, consent_by: "parent" });
    expect(adult.ok).toBe(true);
    expect(warningCodes(adult)).toEqual(["consent_by:rule.person.adult_parent_consent"]);
    expect(warningCodes(check({ age_years: 12, consent_by: "parent" }))).toEqual([]);
  });
});

describe("Washington Group questions in the form", () => {
  const wgSeeing = personForm.fields.find((f) => f.key === "wg_seeing");
  if (!wgSeeing) throw new Error("no wg_seeing");
  const shown = (v: Record<string, unknown>) => isFieldShown(wgSeeing, v, ctx.today);

  it("are hidden under age 5 and shown from 5, by birth date or age", () => {
    expect(shown({ age_years: 3 })).toBe(false);
    expect(shown({ age_years: "4" })).toBe(false);
    expect(shown({ age_years: 5 })).toBe(true);
    expect(shown({ birth_date: bornYearsAgo(5, 1) })).toBe(false);
    expect(shown({ birth_date: bornYearsAgo(5) })).toBe(true);
    // The birth date wins over the age in years.
    expect(shown({ birth_date: bornYearsAgo(2), age_years: 40 })).toBe(false);
  });

  it("are shown while the age is unknown", () => {
    expect(shown({})).toBe(true);
    expect(shown({ birth_date: "2026-13-01", age_years: "" })).toBe(true);
  });
});

describe("a married child's own consent", () => {
  it("is refused for an unmarried child, and for a married one waits for the confirmation", () => {
    expect(codes(check({ age_years: 16, consent_by: "self" }))).toEqual([
      "consent_by:rule.person.child_consent",
    ]);
    const married = check({ age_years: 16, consent_by: "self", married: "yes" });
    expect(codes(married)).toEqual([
      "married_child_consent_confirmed:rule.person.married_child_consent_confirm",
    ]);
    expect(warningCodes(married)).toEqual(["consent_by:rule.person.married_child_consent"]);
    const confirmed = check({
      age_years: 16,
      consent_by: "self",
      married: "yes",
      married_child_consent_confirmed: "yes",
    });
    expect(confirmed.ok).toBe(true);
    expect(warningCodes(confirmed)).toEqual(["consent_by:rule.person.married_child_consent"]);
  });
});

describe("child and elderly shown read-only in the form", () => {
  const status = personForm.derived?.find((d) => d.key === "age_status");
  if (!status) throw new Error("no age_status");
  const said = (v: Record<string, unknown>) => status.derive(v, ctx.today);

  it("waits for a birth date or an age", () => {
    expect(said({})).toEqual({ key: "derived.person.age_status.pending" });
    expect(said({ birth_date: "", age_years: "" })).toEqual({
      key: "derived.person.age_status.pending",
    });
  });

  it("says child under 18 and elderly from 60, by birth date first, else the typed age", () => {
    expect(said({ age_years: "17" })).toMatchObject({ key: "derived.person.age_status.child" });
    expect(said({ age_years: "18" })).toMatchObject({ key: "derived.person.age_status.adult" });
    expect(said({ age_years: "59" })).toMatchObject({ key: "derived.person.age_status.adult" });
    expect(said({ age_years: "72" })).toEqual({
      key: "derived.person.age_status.elderly",
      params: { age: 72 },
    });
    expect(said({ birth_date: bornYearsAgo(60, 1), age_years: "70" })).toEqual({
      key: "derived.person.age_status.adult",
      params: { age: 59 },
    });
    expect(said({ birth_date: bornYearsAgo(18, 1) })).toMatchObject({
      key: "derived.person.age_status.child",
    });
  });

  it("no longer offers the child and elderly ticks, while old rows holding them stay valid", () => {
    const categories = personForm.fields.find((f) => f.key === "categories");
    expect(categories && "derivedChoices" in categories && categories.derivedChoices).toEqual({
      choices: ["child", "elderly"],
      by: "age_status",
    });
    expect(check({ age_years: 72, categories: ["elderly", "poor_household"] }).ok).toBe(true);
  });
});
