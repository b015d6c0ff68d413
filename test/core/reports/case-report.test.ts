// The case report's SIMFONI-PPA tables, duration bands and medians, and registers written by the previous column layout.
import { describe, expect, it } from "vitest";
import { caseForm } from "../../../core/forms/case.ts";
import { parsePeriod } from "../../../core/period.ts";
import {
  caseDurationFigures,
  closureBand,
  durationBand,
  referralBand,
} from "../../../core/reports/case-report.ts";
import { summaryOf } from "../../../core/reports/compute.ts";
import { shapeIssues, summaryShape } from "../../../core/reports/summary-shape.ts";
import { sheetColumns } from "../../../core/sheet-columns.ts";
import { cross, list, run, TODAY, V1, V2 } from "./support.ts";

const base = { village: V1, status: "didampingi", violence_forms: "fisik" };
const c = (values: Record<string, unknown>) => ({
  report_date: "2026-10-01",
  victim_sex: "P",
  victim_age: 30,
  ...base,
  ...values,
});

const cases = [
  // Ages on each SIMFONI band edge.
  c({ victim_age: 0, victim_sex: "L" }),
  c({
    victim_age: 5,
    victim_sex: "P",
    victim_disability: "yes",
    violence_forms: "seksual, psikis",
  }),
  c({ victim_age: 6, victim_sex: "P" }),
  c({ victim_age: 12, victim_sex: "L", victim_disability: "yes" }),
  c({ victim_age: 17, victim_sex: "P", victim_disability: "yes", violence_forms: "seksual" }),
  c({ victim_age: 18, victim_sex: "P", victim_disability: "yes" }),
  c({ victim_age: 44, victim_sex: "P" }),
  c({ victim_age: 59, victim_sex: "L" }),
  c({ victim_age: 60, victim_sex: "P" }),
  // Relations (several), places, perpetrators, dates.
  c({
    violence_forms: "fisik, psikis",
    perpetrator_relation: "orang_tua, keluarga_saudara",
    place: "rumah_tangga",
    perpetrator_sex: "L",
    perpetrator_age_band: "25_44",
    incident_date: "2026-09-28",
    referral_date: "2026-10-05",
    closure_date: "2026-11-20",
  }),
  c({
    violence_forms: "seksual",
    perpetrator_relation: "tetangga",
    place: "fasilitas_umum",
    perpetrator_sex: "L",
    perpetrator_age_band: "tidak_diketahui",
    report_date: "2026-11-10",
    referral_date: "2026-11-25",
  }),
  c({ perpetrator_sex: "P", report_date: "2026-11-20", closure_date: "2026-11-25" }),
];

describe("case report, SIMFONI-PPA tables", () => {
  const report = run("case", cases);

  it("counts every case (none invalid)", () => {
    expect(report.invalid).toBe(0);
    expect(report.records).toHaveLength(cases.length);
  });

  it("victims by SIMFONI age band × sex, band edges in their band", () => {
    const t = cross(report, "victim_age_sex");
    expect(t.tab.rowValues).toEqual(["0-5", "6-12", "13-17", "18-24", "25-44", "45-59", "60+"]);
    expect(t.cell("0-5", "L")).toBe(1);
    expect(t.cell("0-5", "P")).toBe(1);
    expect(t.cell("6-12", "P")).toBe(1);
    expect(t.cell("6-12", "L")).toBe(1);
    expect(t.cell("13-17", "P")).toBe(1);
    expect(t.cell("18-24", "P")).toBe(1);
    // 44 and the three age-30 cases default to P.
    expect(t.cell("25-44", "P")).toBe(4);
    expect(t.cell("45-59", "L")).toBe(1);
    expect(t.cell("60+", "P")).toBe(1);
  });

  it("form of violence × relation counts each relation of a case, blanks as not filled", () => {
    const t = cross(report, "violence_relation");
    expect(t.cell("fisik", "orang_tua")).toBe(1);
    expect(t.cell("fisik", "keluarga_saudara")).toBe(1);
    expect(t.cell("psikis", "orang_tua")).toBe(1);
    expect(t.cell("seksual", "tetangga")).toBe(1);
    // Fisik cases without a relation: the 9 band cases minus 2 non-fisik, plus the last case.
    expect(t.cell("fisik", "_none")).toBe(8);
  });

  it("form of violence × place", () => {
    const t = cross(report, "violence_place");
    expect(t.cell("fisik", "rumah_tangga")).toBe(1);
    expect(t.cell("seksual", "fasilitas_umum")).toBe(1);
  });

  it("perpetrators by age band × sex", () => {
    const t = cross(report, "perpetrator_sex_age");
    expect(t.cell("25_44", "L")).toBe(1);
    expect(t.cell("tidak_diketahui", "L")).toBe(1);
    expect(t.cell("_none", "P")).toBe(1);
    expect(t.cell("_none", "_none")).toBe(cases.length - 3);
  });

  it("child victims with a disability by form: under 18 only", () => {
    const t = cross(report, "child_disability_violence");
    expect(t.cell("seksual", "P")).toBe(2);
    expect(t.cell("psikis", "P")).toBe(1);
    expect(t.cell("fisik", "L")).toBe(1);
    // The 18-year-old with a disability is an adult.
    expect(t.cell("fisik", "P")).toBe(0);
  });

  it("days from report to referral and to closure, by band; open cases by age on today", () => {
    const ref = cross(report, "referral_days_sex_age");
    expect(ref.cell("0-7", "P", "adult")).toBe(1);
    expect(ref.cell("8-30", "P", "adult")).toBe(1);
    expect(ref.rowTotal("not_referred")).toBe(cases.length - 2);
    const clo = cross(report, "closure_days_sex_age");
    expect(clo.cell("31-90", "P", "adult")).toBe(1);
    expect(clo.cell("0-7", "P", "adult")).toBe(1);
    expect(clo.rowTotal("open")).toBe(cases.length - 2);
  });

  it("medians and open cases over 30 days (on the report's day) stay on the sheet, not in the summary", () => {
    const d = list(report, "durations");
    // Referral: 4 and 15 days → 9.5; closure: 50 and 5 days → 27.5. Open on 2026-11-27:
    // reported 2026-10-01 (over 30 days), 2026-11-10 (17 days, not counted).
    expect(d.rows.map((r) => r.values)).toEqual([
      [2, 9.5],
      [2, 27.5],
      [cases.length - 3, null],
    ]);
    const summary = summaryOf(report);
    expect(summary.tables.map((t) => t.id)).not.toContain("durations");
    expect(summary.tables.map((t) => t.id)).toEqual(
      expect.arrayContaining(["victim_age_sex", "referral_days_sex_age", "closure_days_sex_age"]),
    );
  });

  it("its summary fits the shape the server checks, with bands, never dates, as keys", () => {
    const summary = summaryOf(report);
    const shapes = summaryShape("case", { period: parsePeriod("2026"), villages: [V1, V2] });
    expect(shapeIssues(summary, shapes, () => false)).toEqual([]);
    for (const t of summary.tables) {
      for (const cell of t.cells) {
        for (const k of cell.key) expect(k, t.id).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("bands days at their edges", () => {
    expect([0, 7, 8, 30, 31, 90, 91].map(durationBand)).toEqual([
      "0-7",
      "0-7",
      "8-30",
      "8-30",
      "31-90",
      "31-90",
      "91+",
    ]);
    expect(referralBand({ report_date: "2026-01-01" })).toBe("not_referred");
    expect(closureBand({ report_date: "2026-10-27" })).toBe("open");
    expect(closureBand({ report_date: "2026-10-27", closure_date: "2026-11-26" })).toBe("8-30");
    // The local count of cases open over 30 days: day 30 is not over, day 31 is.
    const open = (report_date: string) =>
      caseDurationFigures([{ report_date }], TODAY).rows[2]?.values[0];
    expect(open("2026-10-28")).toBe(0);
    expect(open("2026-10-27")).toBe(1);
  });
});

describe("a case register written by the previous column layout (commit 92eac39)", () => {
  // The case sheet's columns before the SIMFONI-PPA fields were added, written out as they were.
  const OLD_COLUMNS = [
    "report_date",
    "village",
    "person_id",
    "victim_sex",
    "victim_age",
    "victim_disability",
    "violence_forms",
    "place",
    "perpetrator_relation",
    "services",
    "referred_to",
    "status",
    "companion",
    "notes",
    "id",
    "created_at",
    "created_by",
    "updated_at",
    "check_status",
    "record_key",
  ];
  const oldRows: (string | number)[][] = [
    [
      "2026-03-02",
      V1,
      "",
      "P",
      14,
      "yes",
      "seksual, psikis",
      "rumah_tangga",
      "orang_tua",
      "pengaduan, pemulangan",
      "uptd_ppa",
      "dirujuk",
      "Ibu Ani",
      "",
      "r1",
      "2026-03-02T00:00:00Z",
      "a@x",
      "",
      "ok",
      "",
    ],
    [
      "2026-04-10",
      V2,
      "",
      "L",
      40,
      "no",
      "fisik",
      "",
      "",
      "",
      "",
      "baru",
      "",
      "",
      "r2",
      "2026-04-10T00:00:00Z",
      "a@x",
      "",
      "ok",
      "",
    ],
  ];
  // As the add-on reads a sheet: every column by its key, bookkeeping columns kept apart.
  const META = new Set(OLD_COLUMNS.slice(14));
  const raws = oldRows.map((row) =>
    Object.fromEntries(
      OLD_COLUMNS.map((k, i): [string, unknown] => [k, row[i]]).filter(([k]) => !META.has(k)),
    ),
  );

  it("keeps the old columns first, in their order: new ones are at the end", () => {
    const now = sheetColumns(caseForm).map((col) => col.key);
    const oldFields = OLD_COLUMNS.slice(0, 14);
    expect(now.slice(0, oldFields.length)).toEqual(oldFields);
    expect(now.slice(-6)).toEqual(OLD_COLUMNS.slice(14));
  });

  it("reports the old rows in the old and the new tables", () => {
    const report = run("case", raws);
    expect(report.invalid).toBe(0);
    expect(cross(report, "violence_sex_age").cell("seksual", "P", "child")).toBe(1);
    expect(cross(report, "relation_sex_age").cell("orang_tua", "P", "child")).toBe(1);
    expect(cross(report, "service_sex_age").cell("pemulangan", "P", "child")).toBe(1);
    expect(cross(report, "victim_age_sex").cell("13-17", "P")).toBe(1);
    expect(cross(report, "victim_age_sex").cell("25-44", "L")).toBe(1);
    expect(cross(report, "violence_relation").cell("fisik", "_none")).toBe(1);
    expect(cross(report, "perpetrator_sex_age").cell("_none", "_none")).toBe(2);
    expect(cross(report, "child_disability_violence").cell("seksual", "P")).toBe(1);
    expect(cross(report, "referral_days_sex_age").rowTotal("not_referred")).toBe(2);
    expect(cross(report, "closure_days_sex_age").rowTotal("open")).toBe(2);
    expect(list(report, "durations").rows[2]?.values[0]).toBe(2);
  });
});
