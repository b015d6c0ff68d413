// The planning-meeting tables of the person report against counts made here with plain loops over a generated register.
import { describe, expect, it } from "vitest";
import { NONE } from "../../../core/reports/definition.ts";
import { cross, run, V1, V2 } from "./support.ts";

/** A small deterministic generator, so the register is the same on every run. */
function rng(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const CATS = [
  "disability",
  "elderly",
  "child",
  "woman_head_of_household",
  "poor_household",
  "other",
];
const DEVICES = ["kursi_roda", "kruk_tongkat", "alat_bantu_dengar", "kacamata"];
const ACCOM = ["aksesibilitas_rumah", "pendamping", "juru_bahasa_isyarat"];
const DOCS = ["ktp_el", "kk", "akta_kelahiran"];
const ASSIST = ["pkh", "bpnt", "blt_dd"];

function register(n: number): Record<string, unknown>[] {
  const r = rng(8);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const some = (xs: readonly string[]) => xs.filter(() => r() < 0.35);
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const sex = r() < 0.5 ? "L" : "P";
    const cats = some(CATS).filter((c) => c !== "woman_head_of_household" || sex === "P");
    const docsMode = r();
    const assistMode = r();
    const rec: Record<string, unknown> = {
      full_name: `Warga ${i}`,
      sex,
      age_years: Math.floor(r() * 95),
      village: r() < 0.5 ? V1 : V2,
      consent_by: "guardian",
      consent_date: "2026-01-10",
      categories: cats,
      documents: docsMode < 0.3 ? [] : docsMode < 0.45 ? ["none"] : some(DOCS),
      assistance: assistMode < 0.3 ? [] : assistMode < 0.5 ? ["none"] : some(ASSIST),
      dtsen: pick(["yes", "no", "unknown", ""]),
      health_insurance: pick(["bpjs_pbi", "bpjs_mandiri", "none", ""]),
      dusun: pick(["Dusun I", "Dusun II", " Lingkungan Bonto ", ""]),
      assistive_devices_needed: some(DEVICES),
      accommodation_needed: some(ACCOM),
    };
    if (r() < 0.3) rec.wg_walking = pick(["1", "2", "3", "4"]);
    out.push(rec);
  }
  return out;
}

/** Written here from the law, not taken from the report code: child under 18, elderly from 60. */
function categoriesOf(p: Record<string, unknown>): string[] {
  const age = p.age_years as number;
  const ticked = (p.categories as string[]).filter((c) => c !== "child" && c !== "elderly");
  if (age < 18) ticked.push("child");
  if (age >= 60) ticked.push("elderly");
  return ticked.length ? ticked : [NONE];
}
const simfoni = (a: number) =>
  a <= 5
    ? "0-5"
    : a <= 12
      ? "6-12"
      : a <= 17
        ? "13-17"
        : a <= 24
          ? "18-24"
          : a <= 44
            ? "25-44"
            : a <= 59
              ? "45-59"
              : "60+";
function missingOf(p: Record<string, unknown>): string[] {
  const held = p.documents as string[];
  if (held.length === 0) return ["_not_recorded"];
  const age = p.age_years as number;
  const out: string[] = [];
  if (age < 18 && !held.includes("akta_kelahiran")) out.push("akta_kelahiran");
  if (age >= 17 && !held.includes("ktp_el")) out.push("ktp_el");
  if (!held.includes("kk")) out.push("kk");
  return out;
}
const disabled = (p: Record<string, unknown>) =>
  (p.categories as string[]).includes("disability") ||
  ((p.age_years as number) >= 5 && ["3", "4"].includes(p.wg_walking as string));

function count(
  records: Record<string, unknown>[],
  keys: (p: Record<string, unknown>) => string[][],
) {
  const out: Record<string, number> = {};
  for (const p of records) {
    // Every combination of the record's values, once each.
    let combos: string[][] = [[]];
    for (const vals of keys(p)) combos = combos.flatMap((c) => vals.map((v) => [...c, v]));
    for (const c of combos) {
      const k = c.join("|");
      out[k] = (out[k] ?? 0) + 1;
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe("person report: planning-meeting tables", () => {
  const records = register(400);
  const report = run("person", records);
  const blankOr = (v: unknown, none: string) => (typeof v === "string" && v !== "" ? [v] : [none]);

  it("counts every generated resident", () => {
    expect(report.invalid).toBe(0);
    expect(report.records).toHaveLength(400);
  });

  it("category × village", () => {
    expect(cross(report, "category_village").nonZero()).toEqual(
      count(records, (p) => [categoriesOf(p), [p.village as string]]),
    );
  });

  it("category × dusun (blank dusun: belum didata)", () => {
    expect(cross(report, "category_dusun").nonZero()).toEqual(
      count(records, (p) => [
        categoriesOf(p),
        blankOr((p.dusun as string).trim(), "_not_recorded"),
      ]),
    );
  });

  it("category × age band", () => {
    expect(cross(report, "category_age").nonZero()).toEqual(
      count(records, (p) => [categoriesOf(p), [simfoni(p.age_years as number)]]),
    );
  });

  it("missing documents × category × village", () => {
    expect(cross(report, "missing_document_category_village").nonZero()).toEqual(
      count(records, (p) => [missingOf(p), categoriesOf(p), [p.village as string]]),
    );
  });

  it("assistance status × eligible group × sex, with 'eligible but receives nothing'", () => {
    const expected = count(records, (p) => {
      const cats = categoriesOf(p);
      const groups = ["poor_household", "disability", "elderly", "woman_head_of_household"].filter(
        (g) => (g === "disability" ? disabled(p) : cats.includes(g)),
      );
      const a = p.assistance as string[];
      const status = a.length === 0 ? "not_recorded" : a.includes("none") ? "none" : "receives";
      return [[status], groups, [p.sex as string]];
    });
    expect(cross(report, "assistance_status_eligible").nonZero()).toEqual(expected);
    expect(Object.keys(expected).some((k) => k.startsWith("none|"))).toBe(true);
  });

  it("DTSEN and health insurance × category (blank: belum didata)", () => {
    expect(cross(report, "dtsen_category").nonZero()).toEqual(
      count(records, (p) => [blankOr(p.dtsen, NONE), categoriesOf(p)]),
    );
    expect(cross(report, "health_insurance_category").nonZero()).toEqual(
      count(records, (p) => [blankOr(p.health_insurance, NONE), categoriesOf(p)]),
    );
  });

  it("assistive devices and accommodation needed × village", () => {
    expect(cross(report, "device_needed_village").nonZero()).toEqual(
      count(records, (p) => [p.assistive_devices_needed as string[], [p.village as string]]),
    );
    expect(cross(report, "accommodation_needed_village").nonZero()).toEqual(
      count(records, (p) => [p.accommodation_needed as string[], [p.village as string]]),
    );
  });
});
