// The activity agenda: planned dates may be ahead, held activities need a date, participant counts add up.
import { describe, expect, it } from "vitest";
import { activityForm } from "../../../core/forms/activity.ts";
import { validateRecord } from "../../../core/validate.ts";
import { codes, ctx, messageOf } from "./helpers.ts";

const planned = {
  title: "Musrenbang desa: usulan data pilah",
  kind: "advokasi",
  planned_date: "2027-01-15",
  status: "rencana",
};
const held = {
  ...planned,
  planned_date: "2026-11-10",
  status: "terlaksana",
  done_date: "2026-11-12",
};
const check = (values: Record<string, unknown>, lang: "id" | "en" = "id") =>
  validateRecord(activityForm, values, ctx, lang);

describe("activity form", () => {
  it("accepts a plan for a future date", () => {
    expect(check(planned).errors).toEqual([]);
  });

  it("accepts a held activity with participants, as numbers", () => {
    const r = check({
      ...held,
      owner: "Pak Rahman",
      participants_male: "12",
      participants_female: 15,
      participants_disability: "3",
      result: "Usulan diterima.",
      follow_up: "Kawal di RKP Desa.",
    });
    expect(r.errors).toEqual([]);
    expect(r.value?.participants_male).toBe(12);
  });

  it("reports every missing required field", () => {
    expect(codes(check({}))).toEqual([
      "kind:error.required",
      "planned_date:error.required",
      "status:error.required",
      "title:error.required",
    ]);
  });

  it("needs the date held once the activity is held", () => {
    const r = check({ ...held, done_date: "" });
    expect(codes(r)).toEqual(["done_date:rule.required_when"]);
    expect(messageOf(r.errors, "done_date")).toBe(
      'Wajib diisi karena "Status" adalah "Terlaksana". Isi, atau ubah "Status".',
    );
    expect(messageOf(check({ ...held, done_date: "" }, "en").errors, "done_date")).toBe(
      'Required because "Status" is "Held". Fill it in, or change "Status".',
    );
    expect(check({ ...planned, status: "batal" }).ok).toBe(true);
  });

  it("was not held before it was planned", () => {
    const r = check({ ...held, done_date: "2026-11-09" });
    expect(codes(r)).toEqual(["done_date:rule.date_not_before"]);
    expect(messageOf(r.errors, "done_date")).toBe(
      'Tanggal ini lebih awal dari "Tanggal rencana" (2026-11-10). Periksa kedua tanggal.',
    );
    expect(check({ ...held, done_date: held.planned_date }).ok).toBe(true);
  });

  it("was not held in the future", () => {
    expect(codes(check({ ...held, done_date: "2026-11-28" }))).toEqual([
      "done_date:error.date_in_future",
    ]);
  });

  it.each([
    ["participants_male", "-1", "error.number_too_small"],
    ["participants_female", "2.5", "error.invalid_integer"],
    ["participants_disability", "banyak", "error.invalid_integer"],
    ["participants_male", "10001", "error.number_too_large"],
  ])("rejects %s = %s", (field, value, code) => {
    expect(codes(check({ ...held, [field]: value }))).toEqual([`${field}:${code}`]);
  });

  it("counts participants with a disability among the men and women", () => {
    const r = check({
      ...held,
      participants_male: 2,
      participants_female: 3,
      participants_disability: 6,
    });
    expect(codes(r)).toEqual(["participants_disability:rule.activity.disability_over_total"]);
    expect(messageOf(r.errors, "participants_disability")).toBe(
      "Lebih banyak dari peserta laki-laki dan perempuan bersama (5). Peserta penyandang disabilitas sudah termasuk di dalamnya; periksa angkanya.",
    );
    const en = check(
      { ...held, participants_male: 2, participants_female: 3, participants_disability: 6 },
      "en",
    );
    expect(messageOf(en.errors, "participants_disability")).toBe(
      "More than the male and female participants together (5). Participants with a disability are counted among them; check the numbers.",
    );
    const equal = { participants_male: 2, participants_female: 3, participants_disability: 5 };
    expect(check({ ...held, ...equal }).ok).toBe(true);
    expect(check({ ...held, participants_disability: 4 }).ok).toBe(true);
  });

  it("checks the other rules even when a count is not a whole number", () => {
    const r = check({ ...held, done_date: "", participants_male: 1.5 });
    expect(codes(r)).toEqual([
      "done_date:rule.required_when",
      "participants_male:error.invalid_integer",
    ]);
  });
});
