// The village × sex × age band table against counts worked out by hand.
import { describe, expect, it } from "vitest";
import { ageOf, personReport } from "../../../core/reports/person-report.ts";

const today = "2026-11-27";
const V1 = "73.09.03.2004";
const V2 = "73.09.03.2005";
const records = [
  { village: V1, sex: "P", birth_date: "2021-11-28" }, // 4 → 0-5
  { village: V1, sex: "P", birth_date: "2020-11-27" }, // 6 today → 6-12
  { village: V1, sex: "L", age_years: 60 }, // 60+
  { village: V2, sex: "L", birth_date: "2008-11-28" }, // 17 → 13-17
  { village: V2, sex: "L", birth_date: "2008-11-27" }, // 18 today → 18-24
  { village: "73.09.01.2001", sex: "P", age_years: 30 }, // not a group village: own row
];

describe("personReport", () => {
  it("computes ages on the report date from birth date or age", () => {
    expect(ageOf({ birth_date: "2008-11-28" }, today)).toBe(17);
    expect(ageOf({ birth_date: "2008-11-27" }, today)).toBe(18);
    expect(ageOf({ age_years: 44 }, today)).toBe(44);
    expect(ageOf({}, today)).toBeUndefined();
  });

  it("counts by village, sex and SIMFONI age band with totals", () => {
    const r = personReport(records, { today, villages: [V2, V1] });
    expect(r.counted).toBe(6);
    expect(r.table.dimensions).toEqual(["village", "sex", "age_band"]);
    const p = r.pivot;
    expect(p.rowValues).toEqual(["73.09.01.2001", V1, V2]);
    const at = (village: string, sex: string, band: string) =>
      p.counts[p.rowValues.indexOf(village)]?.[
        p.colValues.findIndex((c) => c[0] === sex && c[1] === band)
      ];
    expect(at(V1, "P", "0-5")).toBe(1);
    expect(at(V1, "P", "6-12")).toBe(1);
    expect(at(V1, "L", "60+")).toBe(1);
    expect(at(V2, "L", "13-17")).toBe(1);
    expect(at(V2, "L", "18-24")).toBe(1);
    expect(at("73.09.01.2001", "P", "25-44")).toBe(1);
    expect(p.rowTotals).toEqual([1, 3, 2]);
    expect(p.total).toBe(6);
    expect(r.table.cells.reduce((a, c) => a + c.count, 0)).toBe(6);
  });

  it("keeps the group's villages as rows even with no one counted", () => {
    const r = personReport([], { today, villages: [V1] });
    expect(r.pivot.rowValues).toEqual([V1]);
    expect(r.pivot.total).toBe(0);
    expect(r.table.cells).toEqual([]);
  });
});
