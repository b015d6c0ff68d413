// The proposal report: status × forum, groups × status, people reached and rupiah amounts, on the fixture worked out by hand.
import { describe, expect, it } from "vitest";
import { summaryOf } from "../../../core/reports/compute.ts";
import { proposals } from "./fixtures.ts";
import { cross, run } from "./support.ts";

describe("proposal report", () => {
  const report = run("proposal", proposals);

  it("counts the four valid proposals; the one without a forum is invalid", () => {
    expect(report.records).toHaveLength(4);
    expect(report.invalid).toBe(1);
  });

  it("status × forum", () => {
    const t = cross(report, "status_forum");
    expect(t.cell("didanai", "musdes")).toBe(1);
    expect(t.cell("terlaksana", "musdes")).toBe(1);
    expect(t.cell("diusulkan", "musrenbangdes")).toBe(1);
    expect(t.cell("ditolak", "musdus")).toBe(1);
    expect(t.colTotal("musdes")).toBe(2);
  });

  it("groups × status, a proposal under each of its groups", () => {
    const t = cross(report, "group_status");
    expect(t.rowTotal("disability")).toBe(2);
    expect(t.rowTotal("elderly")).toBe(2);
    expect(t.cell("poor_household", "ditolak")).toBe(1);
  });

  it("people reached by status × forum", () => {
    const t = cross(report, "people");
    expect(t.cell("didanai", "musdes")).toBe(12);
    expect(t.cell("diusulkan", "musrenbangdes")).toBe(40);
    expect(t.cell("terlaksana", "musdes")).toBe(3);
  });

  it("rupiah proposed and approved by status, kept off the shared summary", () => {
    const t = cross(report, "amounts");
    expect(t.cell("didanai", "amount_proposed")).toBe(15_000_000);
    expect(t.cell("didanai", "amount_approved")).toBe(10_000_000);
    expect(t.cell("terlaksana", "amount_approved")).toBe(9_000_000);
    expect(t.cell("ditolak", "amount_proposed")).toBe(0);
    expect(summaryOf(report).tables.map((x) => x.id)).toEqual([
      "status_forum",
      "group_status",
      "people",
    ]);
  });
});
