// The derived schema: normalising, required, conditional and dependent fields, NIK agreement, cross-field rules.
import { describe, expect, it } from "vitest";
import type { FormSpec } from "../../core/form-spec.ts";
import { personForm } from "../../core/forms/person.ts";
import { validRecords } from "../../core/reports/compute.ts";
import { validateRecord } from "../../core/validate.ts";

const ctx = { today: "2026-11-27" };
const siti = {
  full_name: " Siti Aminah ",
  sex: "P",
  birth_date: "1990-09-05",
  village: "73.09.03.2004",
  consent_by: "self",
  consent_date: "2026-01-10",
};
const codes = (r: { errors: { field: string; code: string }[] }) =>
  r.errors.map((e) => `${e.field}:${e.code}`).sort();

describe("person form validation", () => {
  it("accepts a minimal record and normalises it", () => {
    const r = validateRecord(
      personForm,
      { ...siti, nik: "7309 0345 0990 0001", age_years: "" },
      ctx,
      "id",
    );
    expect(r.errors).toEqual([]);
    expect(r.value).toEqual({ ...siti, full_name: "Siti Aminah", nik: "7309034509900001" });
  });

  it("normalises what a sheet gives back: numbers, dates, comma lists", () => {
    const r = validateRecord(
      personForm,
      {
        ...siti,
        birth_date: new Date(Date.UTC(1990, 8, 5)),
        age_years: undefined,
        wg_walking: 3,
        categories: "elderly, disability,disability",
        disability_types: "fisik",
      },
      ctx,
      "id",
    );
    expect(r.ok).toBe(true);
    expect(r.value?.birth_date).toBe("1990-09-05");
    expect(r.value?.wg_walking).toBe("3");
    expect(r.value?.categories).toEqual(["disability", "elderly"]);
  });

  it("reports every missing required field at once, in Indonesian", () => {
    const r = validateRecord(personForm, {}, ctx, "id");
    expect(codes(r)).toEqual([
      "age_years:error.one_of_required",
      "birth_date:error.one_of_required",
      "consent_by:error.required",
      "consent_date:error.required",
      "full_name:error.required",
      "sex:error.required",
      "village:error.required",
    ]);
    expect(r.errors.find((e) => e.field === "full_name")?.message).toBe("Wajib diisi.");
  });

  it("accepts age in years instead of a birth date", () => {
    const r = validateRecord(personForm, { ...siti, birth_date: "", age_years: "67" }, ctx, "en");
    expect(r.ok).toBe(true);
    expect(r.value?.age_years).toBe(67);
  });

  it("rejects bad values with field messages", () => {
    const r = validateRecord(
      personForm,
      {
        ...siti,
        sex: "X",
        birth_date: "2027-01-01",
        village: "99.99.99.9999",
        age_years: "-1",
        wg_seeing: "5",
        documents: ["ktp_el", "sim"],
        full_name: "x".repeat(121),
        unexpected: "1",
      },
      ctx,
      "en",
    );
    expect(codes(r)).toEqual([
      "age_years:error.number_too_small",
      "birth_date:error.date_in_future",
      "documents:error.invalid_choice",
      "full_name:error.text_too_long",
      "sex:error.invalid_choice",
      "unexpected:error.unknown_field",
      "village:error.invalid_village",
      "wg_seeing:error.invalid_choice",
    ]);
    expect(r.errors.find((e) => e.field === "full_name")?.message).toBe(
      "Too long: at most 120 characters. Shorten it.",
    );
  });

  it("allows disability types only with the disability category", () => {
    const without = validateRecord(personForm, { ...siti, disability_types: ["fisik"] }, ctx, "id");
    expect(codes(without)).toEqual(["disability_types:error.only_with_disability"]);
    const withIt = validateRecord(
      personForm,
      { ...siti, categories: ["disability"], disability_types: ["fisik", "ganda"] },
      ctx,
      "id",
    );
    expect(withIt.ok).toBe(true);
  });

  it("restricts the village to the group's villages when they are set", () => {
    const r = validateRecord(personForm, siti, { ...ctx, villages: ["73.09.03.2005"] }, "id");
    expect(codes(r)).toEqual(["village:error.village_not_in_group"]);
  });

  describe("NIK against the form", () => {
    it.each([
      ["impossible date (31 Feb)", "7309037102900001", "nik.day"],
      ["wrong length", "730903450990001", "nik.length"],
      ["unknown province", "9909034509900001", "nik.province"],
    ])("rejects %s on the NIK field", (_what, nik, code) => {
      const r = validateRecord(personForm, { ...siti, nik }, ctx, "id");
      expect(r.ok).toBe(false);
      expect(r.errors.map((e) => e.field)).toEqual(["nik"]);
      expect(r.errors.map((e) => e.code)).toContain(code);
    });

    it("warns on a woman's NIK for a man, and waits for the check to be confirmed", () => {
      const r = validateRecord(
        personForm,
        { ...siti, sex: "L", nik: "7309034509900001" },
        ctx,
        "id",
      );
      expect(codes(r)).toEqual(["sex_differs_confirmed:rule.person.nik_sex_confirm"]);
      expect(r.warnings.map((w) => `${w.field}:${w.code}`)).toEqual(["nik:nik.sex_is_female"]);
      const confirmed = validateRecord(
        personForm,
        { ...siti, sex: "L", nik: "7309034509900001", sex_differs_confirmed: "yes" },
        ctx,
        "id",
      );
      expect(confirmed.ok).toBe(true);
      expect(confirmed.warnings.map((w) => `${w.field}:${w.code}`)).toEqual([
        "nik:nik.sex_is_female",
      ]);
    });

    it("warns on a man's NIK for a woman until confirmed", () => {
      const r = validateRecord(personForm, { ...siti, nik: "7309030509900001" }, ctx, "id");
      expect(codes(r)).toEqual(["sex_differs_confirmed:rule.person.nik_sex_confirm"]);
      expect(r.warnings.map((w) => w.code)).toContain("nik.sex_is_male");
    });

    it("only warns when the NIK's birth date differs from the form's", () => {
      const r = validateRecord(personForm, { ...siti, nik: "7309034509910001" }, ctx, "id");
      expect(r.ok).toBe(true);
      expect(r.warnings.map((w) => `${w.field}:${w.code}`)).toEqual([
        "nik:nik.birth_date_mismatch",
      ]);
      expect(r.warnings[0]?.message).toContain("1991-09-05");
    });

    it("checks sex even when the birth date is not known", () => {
      const r = validateRecord(
        personForm,
        { ...siti, birth_date: "", age_years: 36, sex: "L", nik: "7309034509900001" },
        ctx,
        "id",
      );
      expect(codes(r)).toEqual(["sex_differs_confirmed:rule.person.nik_sex_confirm"]);
    });
  });
});

describe("warnings while the form is unfinished", () => {
  it("shows the NIK birth-date warning before other fields are filled", () => {
    const r = validateRecord(
      personForm,
      { full_name: "Siti", sex: "P", birth_date: "1990-09-05", nik: "7309034509910001" },
      ctx,
      "id",
    );
    expect(r.ok).toBe(false);
    expect(r.warnings.map((w) => `${w.field}:${w.code}`)).toEqual(["nik:nik.birth_date_mismatch"]);
  });

  it("gives no warning on a field that has an error", () => {
    const r = validateRecord(
      personForm,
      { sex: "L", birth_date: "1990-09-05", nik: "7309033509910001" },
      ctx,
      "id",
    );
    expect(r.errors.map((e) => e.field)).toContain("nik");
    expect(r.warnings.filter((w) => w.field === "nik")).toEqual([]);
  });
});

describe("spec mechanisms on a made-up form", () => {
  // Field keys without catalogue labels: messages then show the key itself, which is enough here.
  const spec: FormSpec = {
    id: "activity",
    sheetName: "Test",
    fields: [
      { key: "start", kind: "date", pii: false },
      { key: "end", kind: "date", pii: false },
      { key: "topics", kind: "multi", choices: ["a", "b", "c"], pii: false },
      {
        key: "detail",
        kind: "multi",
        choices: ["a1", "a2", "b1", "x"],
        choicesBy: {
          field: "topics",
          choices: { a: ["a1", "a2", "x"], b: ["b1", "x"], c: [] },
          error: "error.invalid_choice",
        },
        pii: false,
      },
      { key: "note", kind: "text", maxLength: 50, pii: true },
      { key: "who", kind: "person_ref", pii: true },
      { key: "count", kind: "integer", min: 0, max: 10, pii: false },
    ],
    rules: [
      { kind: "date_not_before", field: "end", other: "start", severity: "warning" },
      {
        kind: "required_when",
        field: "note",
        when: { field: "topics", values: ["c"] },
        severity: "warning",
        message: "error.required",
      },
      {
        kind: "custom",
        fields: ["count", "who"],
        check: (v) =>
          typeof v.count === "number" && v.count > 5 && v.who === undefined
            ? [{ field: "who", severity: "error", code: "error.required", params: {} }]
            : [],
      },
    ],
  };
  const run = (values: Record<string, unknown>) => validateRecord(spec, values, ctx, "en");

  it("turns warning rules into warnings, with the generic message and the field key as label", () => {
    const r = run({ start: "2026-05-02", end: "2026-05-01" });
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      {
        field: "end",
        code: "rule.date_not_before",
        message: 'This date is earlier than "field.activity.start" (2026-05-02). Check both dates.',
      },
    ]);
  });

  it("uses a rule's own message", () => {
    const r = run({ topics: "c" });
    expect(r.warnings.map((w) => `${w.field}:${w.code}:${w.message}`)).toEqual([
      "note:error.required:Required.",
    ]);
    expect(run({ topics: "c", note: "ok" }).warnings).toEqual([]);
  });

  it("allows the union of the lists of every parent value a multi field holds", () => {
    expect(run({ topics: ["a", "b"], detail: ["a2", "b1"] }).ok).toBe(true);
    const r = run({ topics: ["b"], detail: ["x", "a1"] });
    expect(r.errors.map((e) => `${e.field}:${e.code}`)).toEqual(["detail:error.invalid_choice"]);
    expect(run({ topics: ["c"], detail: ["x"] }).ok).toBe(false);
  });

  it("runs custom checks on valid values only", () => {
    expect(run({ count: 6 }).errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      "who:error.required",
    ]);
    expect(run({ count: 6, who: "p1" }).ok).toBe(true);
    // A bad id is its own error; the rule does not pile "required" on top of it.
    expect(run({ count: 6, who: "p 1" }).errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      "who:error.invalid_person_ref",
    ]);
  });

  it("keeps rule warnings while other fields have errors, but not on a field with an error", () => {
    const r = run({ start: "2026-05-02", end: "2026-05-01", count: 11 });
    expect(r.errors.map((e) => e.field)).toEqual(["count"]);
    expect(r.warnings.map((w) => w.field)).toEqual(["end"]);
    const bad = run({ start: "2026-05-02", end: "2026-05-01", count: 6 });
    expect(bad.errors.map((e) => e.field)).toEqual(["who"]);
    expect(bad.warnings.map((w) => w.field)).toEqual(["end"]);
  });
});

describe("keys the form does not know", () => {
  it("names them, and a JSON '__proto__' key neither sets the record's prototype nor counts as a field", () => {
    const raw = JSON.parse(
      `{"__proto__": {"sex": "P", "consent_by": "self"}, "full_name": " Siti ", "birth_date": "1990-09-05", "village": "73.09.03.2004", "consent_date": "2026-01-10"}`,
    ) as Record<string, unknown>;
    const r = validateRecord(personForm, raw, ctx, "en");
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual([
      "__proto__:error.unknown_field",
      "consent_by:error.required",
      "sex:error.required",
    ]);
  });

  it("gives the values back as a new object in the form's order, never the caller's record or lists", () => {
    const raw = { ...siti, categories: ["elderly"], age_years: 67 };
    const { birth_date: _, ...withAge } = raw;
    const r = validateRecord(personForm, withAge, ctx, "id");
    expect(r.ok).toBe(true);
    expect(r.value).not.toBe(withAge);
    expect(r.value?.categories).not.toBe(withAge.categories);
    expect(Object.keys(r.value ?? {})).toEqual(
      personForm.fields.map((f) => f.key).filter((k) => k in (r.value ?? {})),
    );
  });
});

describe("a warning that must be confirmed (confirm rule)", () => {
  const spec: FormSpec = {
    id: "activity",
    sheetName: "Test",
    fields: [
      { key: "start", kind: "date", pii: false },
      { key: "end", kind: "date", pii: false },
      { key: "end_checked", kind: "choice", choices: ["yes"], pii: false },
      { key: "title", kind: "text", maxLength: 5, pii: false },
    ],
    rules: [
      { kind: "date_not_before", field: "end", other: "start", severity: "warning" },
      {
        kind: "confirm",
        severity: "error",
        warnings: ["rule.date_not_before"],
        field: "end_checked",
        message: "rule.person.nik_sex_confirm",
      },
    ],
  };
  const check = (v: Record<string, unknown>) => validateRecord(spec, v, ctx, "id");
  const late = { start: "2026-02-01", end: "2026-01-01" };

  it("blocks saving on the confirm field while the warning applies and is not confirmed", () => {
    const r = check(late);
    expect(codes(r)).toEqual(["end_checked:rule.person.nik_sex_confirm"]);
    expect(r.warnings.map((w) => `${w.field}:${w.code}`)).toEqual(["end:rule.date_not_before"]);
  });

  it("saves a confirmed warning, which stays a note on the row", () => {
    const r = check({ ...late, end_checked: "yes" });
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(["rule.date_not_before"]);
  });

  it("asks nothing when the warning does not apply, or its field has an error of its own", () => {
    expect(check({ start: "2026-01-01", end: "2026-02-01" }).ok).toBe(true);
    expect(codes(check({ start: "2026-02-01", end: "2026-13-01" }))).toEqual([
      "end:error.invalid_date",
    ]);
  });

  it("decides validity in the sheet check too, where warnings are not collected", () => {
    const rows = [late, { ...late, end_checked: "yes" }, { start: "2026-01-01" }];
    expect(validRecords(spec, rows, ctx.today)).toMatchObject({ invalid: 1 });
    expect(validRecords(spec, rows, ctx.today).valid).toHaveLength(2);
  });
});
