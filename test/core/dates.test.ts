// Calendar arithmetic on ISO dates: whole years of age, checked against the plain reading of the fields.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageOn, dateFromIso, dayNumber, isValidIsoDate } from "../../core/dates.ts";

const iso = fc
  .date({
    min: new Date("1900-01-01T00:00:00Z"),
    max: new Date("2100-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe("ageOn", () => {
  it("is the whole years between the dates, a birthday counting on its day", () => {
    expect(ageOn("2000-02-29", "2026-02-28")).toBe(25);
    expect(ageOn("2000-02-29", "2026-03-01")).toBe(26);
    expect(ageOn("1990-09-05", "2026-09-05")).toBe(36);
    expect(ageOn("1990-09-05", "2026-09-04")).toBe(35);
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        const [by, bm, bd] = a.split("-").map(Number) as [number, number, number];
        const [oy, om, od] = b.split("-").map(Number) as [number, number, number];
        expect(isValidIsoDate(a) && isValidIsoDate(b)).toBe(true);
        expect(ageOn(a, b)).toBe(oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("dayNumber", () => {
  it("is the Date's day count, for valid dates of any year and for strings that are not dates", () => {
    const anyIso = fc
      .date({
        min: new Date("0001-01-01T00:00:00Z"),
        max: new Date("9999-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(anyIso, (s) => {
        expect(dayNumber(s)).toBe(dateFromIso(s).getTime() / 86_400_000);
      }),
      { numRuns: 5000 },
    );
    for (const s of ["1970-01-01", "2000-02-29", "2026-13-01", "2026-02-30", "", "x"])
      expect(dayNumber(s)).toEqual(dateFromIso(s).getTime() / 86_400_000);
  });
});
