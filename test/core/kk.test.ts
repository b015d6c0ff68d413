// Kartu Keluarga number check: issue date without +40, never in the future, area warnings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROVINCE_CODES } from "../../core/areas.ts";
import { checkKk } from "../../core/kk.ts";
import type { IdIssue } from "../../core/nik.ts";

const today = new Date(Date.UTC(2026, 6, 15)); // 15 July 2026
const err = (code: IdIssue["code"], params?: IdIssue["params"]): IdIssue =>
  params ? { code, severity: "error", params } : { code, severity: "error" };
const p2 = (n: number) => String(n).padStart(2, "0");

describe("checkKk examples", () => {
  it("accepts a family card issued 15 March 2015 in Bantimurung, Maros", () => {
    expect(checkKk("7309 0315 0315 0002", { today })).toEqual({
      normalized: "7309031503150002",
      issues: [],
    });
    expect(checkKk("73.09.03.150315.0002", { today }).issues).toEqual([]);
  });

  it("rejects non-digits and wrong lengths", () => {
    expect(checkKk("73O9031503150002", { today }).issues).toEqual([err("kk.digits")]);
    expect(checkKk("730903150315000", { today }).issues).toEqual([err("kk.length")]);
    expect(checkKk("73090315031500021", { today }).issues).toEqual([err("kk.length")]);
  });

  it("rejects an unknown province", () => {
    expect(checkKk("9909031503150002", { today }).issues).toEqual([
      err("kk.province", { code: "99" }),
    ]);
  });

  it("reads the date with no +40 and checks it against the calendar", () => {
    expect(checkKk("7309035503150002", { today }).issues).toEqual([err("kk.date")]);
    expect(checkKk("7309033104150002", { today }).issues).toEqual([err("kk.date")]);
    expect(checkKk("7309032902230002", { today }).issues).toEqual([err("kk.date")]);
    expect(checkKk("7309032902240002", { today }).issues).toEqual([]);
    expect(checkKk("7309030013150002", { today }).issues).toEqual([err("kk.date")]);
    expect(checkKk("7309030000150002", { today }).issues).toEqual([err("kk.date")]);
  });

  it("takes a date later this year as last century's, and rejects a future one", () => {
    // 16 July 26 is after today, so it reads as 1926 and passes.
    expect(checkKk("7309031607260002", { today }).issues).toEqual([]);
    expect(checkKk("7309031507260002", { today }).issues).toEqual([]);
    // Only a clock before 2000 can see a date in the future.
    expect(checkKk("7309030101960002", { today: new Date(Date.UTC(1995, 0, 1)) }).issues).toEqual([
      err("kk.date"),
    ]);
  });

  it("rejects serial 0000", () => {
    expect(checkKk("7309031503150000", { today }).issues).toEqual([err("kk.serial")]);
  });

  it("only warns about an area not in today's list", () => {
    expect(checkKk("7330031503150002", { today }).issues).toEqual([
      { code: "kk.area_unknown", severity: "warning", params: { code: "73.30" } },
    ]);
    expect(checkKk("7309991503150002", { today }).issues).toEqual([
      { code: "kk.area_unknown", severity: "warning", params: { code: "73.09.99" } },
    ]);
  });
});

describe("checkKk properties", () => {
  const dateArb = fc
    .integer({ min: 0, max: 36_500 })
    .map((n) => new Date(Date.UTC(2026, 6, 15) - n * 86_400_000));

  it("accepts any real past issue date and rejects it with 40 added to the day", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 9999 }), (d, serial) => {
        const ddmmyy = `${p2(d.getUTCDate())}${p2(d.getUTCMonth() + 1)}${p2(d.getUTCFullYear() % 100)}`;
        const kk = `730903${ddmmyy}${String(serial).padStart(4, "0")}`;
        expect(checkKk(kk, { today }).issues).toEqual([]);
        const plus40 = `730903${p2(d.getUTCDate() + 40)}${ddmmyy.slice(2)}${kk.slice(12)}`;
        expect(checkKk(plus40, { today }).issues).toEqual([err("kk.date")]);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws and only reports kk.* issues", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary" }), fc.stringMatching(/^[0-9 .-]{0,20}$/)),
        fc.date(),
        (raw, day) => {
          for (const issue of checkKk(raw, { today: day }).issues) {
            expect(issue.code.startsWith("kk.")).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("knows exactly the 38 provinces", () => {
    for (let i = 0; i < 100; i++) {
      const issues = checkKk(`${p2(i)}09031503150002`, { today }).issues;
      expect(issues.some((x) => x.code === "kk.province")).toBe(!PROVINCE_CODES.has(p2(i)));
    }
  });
});
