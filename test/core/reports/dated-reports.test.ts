// Case, service and activity reports against hand counts, filtered by the report period; the member snapshot.
import { describe, expect, it } from "vitest";
import { NONE } from "../../../core/reports/definition.ts";
import { daysBetween, median } from "../../../core/reports/service-report.ts";
import { activities, cases, members, services } from "./fixtures.ts";
import { cross, list, run, V1, V2 } from "./support.ts";

describe("case report", () => {
  const report = run("case", cases);

  it("counts cases reported in the period; others are out of period or invalid", () => {
    expect(report.records).toHaveLength(4);
    expect(report.outOfPeriod).toBe(1);
    expect(report.invalid).toBe(1);
  });

  it("form of violence × victim sex × child/adult, each case once in the totals", () => {
    const t = cross(report, "violence_sex_age");
    expect(t.nonZero()).toEqual({
      "fisik|L|child": 1,
      "fisik|P|child": 1,
      "psikis|P|child": 1,
      "seksual|P|adult": 1,
      "penelantaran|L|child": 1,
    });
    expect(t.colTotal("P", "child")).toBe(1);
    expect(t.colTotal("L", "child")).toBe(2);
    expect(t.groupTotal("P")).toBe(2);
    expect(t.tab.total).toBe(4);
  });

  it("status, referrals, place, relation, disability, village", () => {
    expect(cross(report, "status_sex_age").nonZero()).toEqual({
      "didampingi|P|child": 1,
      "dirujuk|P|adult": 1,
      "selesai|L|child": 1,
      "ditutup|L|child": 1,
    });
    const referral = cross(report, "referral_sex_age");
    expect(referral.nonZero()).toEqual({
      "uptd_ppa|P|adult": 1,
      "polisi|P|adult": 1,
      "puskesmas_rs|L|child": 1,
      [`${NONE}|P|child`]: 1,
      [`${NONE}|L|child`]: 1,
    });
    expect(referral.rowTotal("uptd_ppa")).toBe(1);
    expect(referral.tab.total).toBe(4);
    expect(cross(report, "service_sex_age").nonZero()).toEqual({
      "pengaduan|P|child": 1,
      "pengaduan|L|child": 1,
      "kesehatan|L|child": 1,
      [`${NONE}|P|adult`]: 1,
      [`${NONE}|L|child`]: 1,
    });
    expect(cross(report, "place_sex_age").nonZero()).toEqual({
      "rumah_tangga|P|child": 1,
      "fasilitas_umum|P|adult": 1,
      "sekolah|L|child": 1,
      [`${NONE}|L|child`]: 1,
    });
    expect(cross(report, "relation_sex_age").nonZero()).toEqual({
      "orang_tua|P|child": 1,
      "pacar_teman|P|adult": 1,
      "guru|L|child": 1,
      [`${NONE}|L|child`]: 1,
    });
    expect(cross(report, "disability_sex_age").nonZero()).toEqual({
      "no|P|child": 1,
      "yes|P|adult": 1,
      [`${NONE}|L|child`]: 2,
    });
    const village = cross(report, "village_sex_age");
    expect(village.rowTotal(V1)).toBe(2);
    expect(village.rowTotal(V2)).toBe(2);
  });

  it("cases per month of the period", () => {
    const t = cross(report, "month_sex_age");
    expect(t.tab.rowValues).toHaveLength(12);
    expect(t.tab.rowValues[0]).toBe("2026-01");
    expect(t.nonZero()).toEqual({
      "2026-02|P|child": 1,
      "2026-02|P|adult": 1,
      "2026-05|L|child": 1,
      "2026-08|L|child": 1,
    });
  });

  it("filters by a quarter or a month", () => {
    const q1 = run("case", cases, { period: "2026-Q1" });
    expect(q1.records).toHaveLength(2);
    expect(q1.outOfPeriod).toBe(3);
    expect(cross(q1, "month_sex_age").tab.rowValues).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(cross(q1, "violence_sex_age").tab.total).toBe(2);
    const may = run("case", cases, { period: "2026-05" });
    expect(cross(may, "violence_sex_age").nonZero()).toEqual({ "fisik|L|child": 1 });
    const lastYear = run("case", cases, { period: "2025" });
    expect(cross(lastYear, "violence_sex_age").nonZero()).toEqual({ "psikis|P|adult": 1 });
  });
});

describe("service report", () => {
  const report = run("service", services);

  it("counts requests of the period by kind/item × status", () => {
    expect(report.records).toHaveLength(6);
    expect(report.outOfPeriod).toBe(1);
    expect(report.invalid).toBe(1);
    const t = cross(report, "kind_item_status");
    expect(t.nonZero()).toEqual({
      "document/ktp_el|selesai": 1,
      "document/ktp_el|diproses": 1,
      "document/akta_kelahiran|selesai": 1,
      "assistance/pkh|ditolak": 1,
      "health/pengobatan|selesai": 1,
      [`other/${NONE}|diajukan`]: 1,
    });
    expect(t.colTotal("selesai")).toBe(3);
    // "lainnya" is an item of two kinds: two rows, one per kind.
    expect(t.tab.rowValues).toContain("health/lainnya");
    expect(t.tab.rowValues).toContain("education/lainnya");
  });

  it("per agency: requests, outcomes, share completed and median days", () => {
    const t = list(report, "agency");
    expect(t.rows).toEqual([
      { label: "Dinas Sosial", values: [1, 0, 1, 0, 0, null] },
      { label: "Dukcapil Maros", values: [3, 2, 0, 1, 2 / 3, 7] },
      { label: "Puskesmas", values: [1, 1, 0, 0, 1, 7] },
      { label: { key: "report.none.not_filled" }, values: [1, 0, 0, 1, 0, null] },
    ]);
    expect(t.total.values).toEqual([6, 3, 1, 2, 0.5, 7]);
  });

  it("works out medians and day counts", () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([10, 4])).toBe(7);
    expect(median([9, 1, 4])).toBe(4);
    expect(daysBetween("2026-02-27", "2026-03-01")).toBe(2);
    expect(daysBetween("2024-02-27", "2024-03-01")).toBe(3);
  });
});

describe("activity report", () => {
  const report = run("activity", activities);

  it("planned against carried out, by kind", () => {
    expect(report.outOfPeriod).toBe(1);
    const t = cross(report, "kind_status");
    expect(t.nonZero()).toEqual({
      "pelatihan|terlaksana": 1,
      "pelatihan|rencana": 1,
      "advokasi|terlaksana": 1,
      "advokasi|batal": 1,
    });
    expect(t.tab.total).toBe(4);
  });

  it("participants of activities carried out: sums by sex, and with a disability", () => {
    const t = cross(report, "participants_sex");
    expect(t.nonZero()).toEqual({
      "pelatihan|participants_male": 10,
      "pelatihan|participants_female": 15,
      "advokasi|participants_male": 4,
    });
    expect(t.rowTotal("pelatihan")).toBe(25);
    expect(t.colTotal("participants_male")).toBe(14);
    expect(t.tab.total).toBe(29);
    const d = cross(report, "participants_disability");
    expect(d.nonZero()).toEqual({ pelatihan: 3 });
    expect(d.tab.total).toBe(3);
  });
});

describe("member report", () => {
  const report = run("member", members, { period: "2025" });

  it("is a snapshot: the period does not filter it", () => {
    expect(report.records).toHaveLength(5);
    expect(report.outOfPeriod).toBe(0);
  });

  it("roles of active members × sex, and active × sex", () => {
    expect(cross(report, "role_sex").nonZero()).toEqual({
      "ketua|P": 1,
      "sekretaris|L": 1,
      "anggota|P": 2,
    });
    expect(cross(report, "role_sex").tab.total).toBe(4);
    expect(cross(report, "active_sex").nonZero()).toEqual({ "yes|L": 1, "yes|P": 3, "no|L": 1 });
  });
});
