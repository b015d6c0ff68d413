// The person report's tables against counts worked out by hand for five residents (fixtures.ts).
import { describe, expect, it } from "vitest";
import { NONE } from "../../../core/reports/definition.ts";
import {
  ageOf,
  missingDocuments,
  NOT_RECORDED,
  personReport,
  wgStatus,
} from "../../../core/reports/person-report.ts";
import { persons } from "./fixtures.ts";
import { cross, run, TODAY, V1, V2 } from "./support.ts";

describe("person report helpers", () => {
  it("computes ages on the report date from birth date or age", () => {
    expect(ageOf({ birth_date: "2008-11-28" }, TODAY)).toBe(17);
    expect(ageOf({ birth_date: "2008-11-27" }, TODAY)).toBe(18);
    expect(ageOf({ age_years: 44 }, TODAY)).toBe(44);
    expect(ageOf({}, TODAY)).toBeUndefined();
  });

  it("applies the WG cut-off: one domain at 3 or 4 is a disability", () => {
    expect(wgStatus({})).toBe("not_asked");
    expect(wgStatus({ wg_hearing: "4" })).toBe("disability");
    expect(wgStatus({ wg_hearing: "2", wg_seeing: "3" })).toBe("disability");
    expect(wgStatus({ wg_hearing: "2" })).toBe("incomplete");
    const allTwo = Object.fromEntries(
      ["seeing", "hearing", "walking", "cognition", "selfcare", "communication"].map((d) => [
        `wg_${d}`,
        "2",
      ]),
    );
    expect(wgStatus(allTwo)).toBe("no_disability");
  });

  it("knows which documents an age needs", () => {
    expect(missingDocuments({ documents: ["none"] }, 16)).toEqual(["akta_kelahiran", "kk"]);
    expect(missingDocuments({ documents: ["none"] }, 17)).toEqual([
      "akta_kelahiran",
      "ktp_el",
      "kk",
    ]);
    // Never asked is not "has none".
    expect(missingDocuments({ documents: [] }, 30)).toEqual([NOT_RECORDED]);
    expect(missingDocuments({}, 30)).toEqual([NOT_RECORDED]);
    expect(missingDocuments({ documents: ["kk"] }, 18)).toEqual(["ktp_el"]);
    expect(missingDocuments({ documents: ["ktp_el", "kk"] }, 40)).toEqual([]);
  });
});

describe("person report", () => {
  const report = run("person", persons);

  it("counts valid residents and skips the invalid row", () => {
    expect(report.invalid).toBe(1);
    expect(report.records).toHaveLength(5);
    expect(report.outOfPeriod).toBe(0);
    expect(report.tables.map((t) => t.def.id)).toEqual([
      "village_sex_age",
      "category_sex",
      "disability_type_sex",
      "wg_status_sex",
      "wg_domain_sex",
      "missing_document_sex_age",
      "assistance_target_sex",
      "dtsen_target_sex",
      "category_village",
      "category_dusun",
      "category_age",
      "missing_document_category_village",
      "assistance_status_eligible",
      "dtsen_category",
      "health_insurance_category",
      "device_needed_village",
      "accommodation_needed_village",
    ]);
  });

  it("village × sex × age band", () => {
    const t = cross(report, "village_sex_age");
    expect(t.nonZero()).toEqual({
      [`${V1}|L|0-5`]: 1,
      [`${V1}|L|60+`]: 1,
      [`${V1}|P|6-12`]: 1,
      [`${V2}|P|13-17`]: 1,
      [`${V2}|P|25-44`]: 1,
    });
    expect(t.group(V1, "L")).toBe(2);
    expect(t.group(V1, "P")).toBe(1);
    expect(t.rowTotal(V1)).toBe(3);
    expect(t.rowTotal(V2)).toBe(2);
    expect(t.groupTotal("P")).toBe(3);
    expect(t.tab.total).toBe(5);
  });

  it("vulnerability category × sex, each resident once in the totals", () => {
    const t = cross(report, "category_sex");
    // Putri Tiga (17, nothing ticked) is a child by age: child and elderly come from the age.
    expect(t.nonZero()).toEqual({
      "child|L": 1,
      "child|P": 2,
      "disability|L": 1,
      "disability|P": 1,
      "elderly|L": 1,
      "poor_household|P": 2,
      "woman_head_of_household|P": 1,
    });
    expect(t.colTotal("L")).toBe(2);
    expect(t.colTotal("P")).toBe(3);
    expect(t.tab.total).toBe(5);
  });

  it("disability type × sex among residents in the disability category", () => {
    const t = cross(report, "disability_type_sex");
    expect(t.nonZero()).toEqual({ "fisik|L": 1, "sensorik_netra|L": 1, [`${NONE}|P`]: 1 });
    expect(t.colTotal("L")).toBe(1);
    expect(t.tab.total).toBe(2);
  });

  it("WG-SS status × sex", () => {
    const t = cross(report, "wg_status_sex");
    expect(t.nonZero()).toEqual({
      "disability|L": 1,
      "no_disability|P": 1,
      "incomplete|P": 1,
      // Lintang Lima is under 5: the Short Set does not apply.
      "not_applicable|L": 1,
      "not_asked|P": 1,
    });
    expect(t.tab.total).toBe(5);
  });

  it("WG-SS answers per domain × sex", () => {
    const t = cross(report, "wg_domain_sex");
    expect(t.nonZero()).toEqual({
      "wg_seeing|L|3": 1,
      "wg_seeing|P|1": 1,
      "wg_hearing|P|1": 1,
      "wg_hearing|P|2": 1,
      "wg_walking|L|4": 1,
      "wg_walking|P|2": 1,
      "wg_cognition|P|1": 1,
      "wg_cognition|P|2": 1,
      "wg_selfcare|P|1": 1,
      "wg_communication|P|2": 1,
    });
    expect(t.rowTotal("wg_seeing")).toBe(2);
    expect(t.rowTotal("wg_selfcare")).toBe(1);
    // Residents with a 2 somewhere: Putri Tiga (walking, communication) and Siti Empat.
    expect(t.colTotal("P", "2")).toBe(2);
    expect(t.groupTotal("L")).toBe(1);
    expect(t.groupTotal("P")).toBe(2);
    expect(t.tab.total).toBe(3);
  });

  it("missing documents × sex × age band", () => {
    const t = cross(report, "missing_document_sex_age");
    expect(t.nonZero()).toEqual({
      "akta_kelahiran|L|0-5": 1,
      "akta_kelahiran|P|6-12": 1,
      "ktp_el|P|13-17": 1,
      "kk|L|0-5": 1,
      "kk|L|60+": 1,
    });
    // The baby lacks two documents: one resident in the column total.
    expect(t.colTotal("L", "0-5")).toBe(1);
    expect(t.groupTotal("L")).toBe(2);
    expect(t.tab.total).toBe(4);
  });

  it("assistance and DTSEN among poor households and persons with disabilities × sex", () => {
    const a = cross(report, "assistance_target_sex");
    expect(a.nonZero()).toEqual({
      "pkh|poor_household|P": 1,
      "bpnt|poor_household|P": 1,
      "bpnt|disability|P": 1,
      "pbi_jk|poor_household|P": 1,
      "pbi_jk|disability|P": 1,
      [`${NONE}|disability|L`]: 1,
    });
    expect(a.groupTotal("poor_household")).toBe(2);
    expect(a.groupTotal("disability")).toBe(2);
    expect(a.rowTotal("bpnt")).toBe(1);
    expect(a.tab.total).toBe(3);

    const d = cross(report, "dtsen_target_sex");
    expect(d.nonZero()).toEqual({
      "yes|poor_household|P": 2,
      "yes|disability|P": 1,
      [`${NONE}|disability|L`]: 1,
    });
    expect(d.rowTotal("yes")).toBe(2);
    expect(d.tab.total).toBe(3);
  });

  it("uses the age band scheme chosen in Pengaturan", () => {
    const opensid = cross(run("person", persons, { bands: "opensid" }), "village_sex_age");
    expect(opensid.nonZero()).toEqual({
      [`${V1}|L|<1`]: 1,
      [`${V1}|L|>60`]: 1,
      [`${V1}|P|6-12`]: 1,
      [`${V2}|P|16-18`]: 1,
      [`${V2}|P|19-60`]: 1,
    });
    const five = cross(run("person", persons, { bands: "opensid_five_year" }), "village_sex_age");
    expect(five.nonZero()).toEqual({
      [`${V1}|L|<1`]: 1,
      [`${V1}|L|70-74`]: 1,
      [`${V1}|P|5-9`]: 1,
      [`${V2}|P|15-19`]: 1,
      [`${V2}|P|35-39`]: 1,
    });
    const life = cross(run("person", persons, { bands: "life_stage" }), "village_sex_age");
    expect(life.tab.colValues.map((c) => c.join("|"))).toEqual([
      "L|0-17",
      "L|18-59",
      "L|60+",
      "P|0-17",
      "P|18-59",
      "P|60+",
    ]);
    expect(life.nonZero()).toEqual({
      [`${V1}|L|0-17`]: 1,
      [`${V1}|L|60+`]: 1,
      [`${V1}|P|0-17`]: 1,
      [`${V2}|P|0-17`]: 1,
      [`${V2}|P|18-59`]: 1,
    });
  });

  it("keeps the group's villages as rows even with no one counted, and a stray village as its own row", () => {
    const empty = cross(run("person", [], { villages: [V1] }), "village_sex_age");
    expect(empty.tab.rowValues).toEqual([V1]);
    expect(empty.tab.total).toBe(0);
    const stray = cross(run("person", persons, { villages: [V2] }), "village_sex_age");
    expect(stray.tab.rowValues).toEqual([V1, V2]);
  });

  it("keeps the benchmark's entry point", () => {
    const r = personReport(report.records, { today: TODAY, villages: [] });
    expect(cross(r, "village_sex_age").tab.total).toBe(5);
  });
});

describe("person counting rules", () => {
  const consent = { consent_by: "self", consent_date: "2026-01-10" };
  const resident = (extra: Record<string, unknown>) => ({
    full_name: "Warga",
    village: V1,
    ...consent,
    ...extra,
  });

  it("counts a 72-year-old without the tick as elderly, and ignores an elderly tick at 40", () => {
    const report = run("person", [
      resident({ sex: "L", age_years: 72 }),
      resident({ sex: "P", birth_date: "1925-03-01" }),
      resident({ sex: "P", age_years: 40, categories: ["elderly"] }),
    ]);
    expect(report.invalid).toBe(0);
    const t = cross(report, "category_sex");
    expect(t.cell("elderly", "L")).toBe(1);
    expect(t.cell("elderly", "P")).toBe(1);
    expect(t.cell(NONE, "P")).toBe(1);
  });

  it("does not count a 3-year-old with WG answers as having a disability", () => {
    const wg4 = { wg_seeing: "4", wg_walking: "4" };
    const report = run("person", [
      resident({
        sex: "L",
        age_years: 3,
        consent_by: "parent",
        categories: ["poor_household"],
        ...wg4,
      }),
      resident({ sex: "L", age_years: 5, consent_by: "parent", ...wg4 }),
    ]);
    expect(report.invalid).toBe(0);
    const status = cross(report, "wg_status_sex");
    expect(status.nonZero()).toEqual({ "not_applicable|L": 1, "disability|L": 1 });
    // Only the 5-year-old's answers are counted per domain.
    expect(cross(report, "wg_domain_sex").nonZero()).toEqual({
      "wg_seeing|L|4": 1,
      "wg_walking|L|4": 1,
    });
    // The 3-year-old is not in the disability target group of the assistance table.
    const assistance = cross(report, "assistance_target_sex");
    expect(assistance.cell(NONE, "disability", "L")).toBe(1);
    expect(assistance.cell(NONE, "poor_household", "L")).toBe(1);
  });

  it("counts blank documents and assistance as belum didata, never as none", () => {
    const report = run("person", [
      // Three men aged 25–44 whose documents and assistance were never asked.
      resident({ sex: "L", age_years: 30 }),
      resident({ sex: "L", age_years: 35, categories: ["poor_household"] }),
      resident({ sex: "L", age_years: 40 }),
      // One who holds none, and one who receives nothing.
      resident({ sex: "L", age_years: 30, documents: ["none"] }),
      resident({
        sex: "P",
        age_years: 30,
        documents: ["ktp_el", "kk"],
        categories: ["poor_household"],
        assistance: ["none"],
      }),
    ]);
    expect(report.invalid).toBe(0);
    const docs = cross(report, "missing_document_sex_age");
    expect(docs.nonZero()).toEqual({
      [`${NOT_RECORDED}|L|25-44`]: 3,
      "ktp_el|L|25-44": 1,
      "kk|L|25-44": 1,
    });
    const a = cross(report, "assistance_target_sex");
    expect(a.nonZero()).toEqual({
      [`${NONE}|poor_household|L`]: 1,
      "none|poor_household|P": 1,
    });
    expect(a.tab.rowValues).toEqual([
      "pkh",
      "bpnt",
      "pbi_jk",
      "blt_dd",
      "pip",
      "atensi",
      "none",
      NONE,
    ]);
  });

  it("refuses 'none' together with another answer", () => {
    const report = run("person", [
      resident({ sex: "L", age_years: 30, documents: ["none", "kk"] }),
      resident({ sex: "L", age_years: 30, assistance: ["pkh", "none"] }),
    ]);
    expect(report.invalid).toBe(2);
  });

  it("gives the WG status 'not applicable' under 5 whatever the answers", () => {
    expect(wgStatus({ wg_hearing: "4" }, 4)).toBe("not_applicable");
    expect(wgStatus({ wg_hearing: "4" }, 5)).toBe("disability");
  });
});
