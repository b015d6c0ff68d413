// Preview kinds use the forms' own checks and messages; duplicates and broken numbers are told apart.
import { describe, expect, it } from "vitest";
import { getFormSpec } from "../../../core/forms/index.ts";
import type { ImportPlan } from "../../../core/import/import-plan.ts";
import { mapRow } from "../../../core/import/map-row.ts";
import {
  classifyRows,
  countKinds,
  DEFAULT_CHOICES,
  rowAction,
} from "../../../core/import/preview-rows.ts";

const person = getFormSpec("person");
const today = new Date("2026-12-06T00:00:00Z");
const ctx = { today: "2026-12-06", villages: ["73.09.03.2005"] };
const plan: ImportPlan = {
  sheet: "Data",
  headerRow: 0,
  headers: ["Nama", "NIK", "JK", "Tgl Lahir", "Desa", "Persetujuan", "Tgl Persetujuan"],
  columns: ["full_name", "nik", "sex", "birth_date", "village", "consent_by", "consent_date"],
  values: {
    sex: { L: "L", P: "P" },
    village: { Tukamasea: "73.09.03.2005" },
    consent_by: { Sendiri: "self" },
  },
};
const row = (...cells: unknown[]) => mapRow(person, plan, cells, today);

describe("classifyRows", () => {
  const rows = [
    row("Ani", "7309035208850002", "P", "12/08/1985", "Tukamasea", "Sendiri", "01/01/2025"),
    row("Budi", 7309031208850000, "L", "12/08/1985", "Tukamasea", "Sendiri", "01/01/2025"),
    row("Cici", "", "P", "12/08/1985", "Bontoa", "Sendiri", "01/01/2025"),
    row("Ani", "7309035208850002", "P", "12/08/1985", "Tukamasea", "Sendiri", "01/01/2025"),
    row("Dodo", "7309031208850009", "P", "12/08/1985", "Tukamasea", "Sendiri", "01/01/2025"),
    row("", "", "", "", "", "", ""),
    row("Eka", "7309034101900001", "P", "01/01/1990", "Tukamasea", "Sendiri", "01/01/2025"),
  ];
  const register = [{ full_name: "Eka", nik: "7309034101900001" }];
  const out = classifyRows(person, rows, register, ctx, "id");

  it("sorts each row into one kind", () => {
    expect(out.map((o) => o.kind)).toEqual([
      "ok",
      "error",
      "error",
      "duplicate_source",
      "error",
      "empty",
      "duplicate_register",
    ]);
    expect(countKinds(out)).toEqual({
      ok: 1,
      warning: 0,
      error: 3,
      duplicate_register: 1,
      duplicate_source: 1,
    });
  });

  it("reports a broken NIK with its own message, and other errors with the forms' messages", () => {
    expect(out[1]?.errors.map((e) => [e.field, e.code])).toEqual([
      ["nik", "import.id_number_format"],
    ]);
    expect(out[1]?.errors[0]?.message).toMatch(/rusak karena format angka/);
    expect(out[2]?.errors.map((e) => e.field)).toEqual(["village"]);
    // A man's NIK on a woman: the same check as the form — a warning, and the row waits for the
    // user to confirm that the recorded sex is right (a NIK is not re-issued after a correction).
    expect(out[4]?.warnings.map((e) => e.code)).toContain("nik.sex_is_male");
    expect(out[4]?.errors.map((e) => [e.field, e.code])).toEqual([
      ["sex_differs_confirmed", "rule.person.nik_sex_confirm"],
    ]);
  });

  it("applies the user's choice per kind", () => {
    expect(out.map((o) => rowAction(o, DEFAULT_CHOICES))).toEqual([
      "import",
      "mark",
      "mark",
      "skip",
      "mark",
      "skip",
      "skip",
    ]);
    const strict = {
      ...DEFAULT_CHOICES,
      error: "skip" as const,
      duplicate_source: "import" as const,
    };
    expect(out.map((o) => rowAction(o, strict))).toEqual([
      "import",
      "skip",
      "skip",
      "import",
      "skip",
      "skip",
      "skip",
    ]);
  });
});
