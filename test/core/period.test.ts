// Reporting periods: the three spellings, their date ranges, and everything else rejected.
import { describe, expect, it } from "vitest";
import { parsePeriod, periodOf, periodSchema, tryParsePeriod } from "../../core/period.ts";

describe("parsePeriod", () => {
  it("reads a year", () => {
    expect(parsePeriod("2026")).toEqual({
      kind: "year",
      year: 2026,
      start: "2026-01-01",
      end: "2026-12-31",
    });
  });

  it("reads quarters with their first and last days", () => {
    expect(parsePeriod("2026-Q1")).toEqual({
      kind: "quarter",
      year: 2026,
      quarter: 1,
      start: "2026-01-01",
      end: "2026-03-31",
    });
    expect(parsePeriod("2026-Q2")).toMatchObject({ start: "2026-04-01", end: "2026-06-30" });
    expect(parsePeriod("2026-Q3")).toMatchObject({ start: "2026-07-01", end: "2026-09-30" });
    expect(parsePeriod("2026-Q4")).toMatchObject({ start: "2026-10-01", end: "2026-12-31" });
  });

  it("reads months, with February's length by leap year", () => {
    expect(parsePeriod("2026-01")).toEqual({
      kind: "month",
      year: 2026,
      month: 1,
      start: "2026-01-01",
      end: "2026-01-31",
    });
    expect(parsePeriod("2026-02").end).toBe("2026-02-28");
    expect(parsePeriod("2028-02").end).toBe("2028-02-29");
    expect(parsePeriod("2000-02").end).toBe("2000-02-29");
    expect(parsePeriod("2100-02").end).toBe("2100-02-28");
    expect(parsePeriod("2026-11").end).toBe("2026-11-30");
  });

  it("accepts the years 2000 to 2100", () => {
    expect(parsePeriod("2000").year).toBe(2000);
    expect(parsePeriod("2100-12").year).toBe(2100);
  });

  it.each([
    "",
    "1999",
    "2101",
    "0000",
    "26",
    "20260",
    "2026-00",
    "2026-13",
    "2026-1",
    "2026-001",
    "2026-Q0",
    "2026-Q5",
    "2026-q1",
    "2026Q1",
    "2026-Q1-01",
    "2026-01-01",
    " 2026",
    "2026 ",
    "2026\n",
    "2026-\u0031\u0032 ",
    "２０２６",
    "2026/01",
    "+2026",
  ])("rejects %j", (text) => {
    expect(tryParsePeriod(text)).toBeNull();
    expect(() => parsePeriod(text)).toThrow(RangeError);
    expect(periodSchema.safeParse(text).success).toBe(false);
  });
});

describe("periodSchema", () => {
  it("keeps a valid period as its text", () => {
    expect(periodSchema.parse("2026-Q3")).toBe("2026-Q3");
  });

  it("rejects non-strings", () => {
    expect(periodSchema.safeParse(2026).success).toBe(false);
    expect(periodSchema.safeParse(null).success).toBe(false);
  });
});

describe("periodOf", () => {
  it("names the period containing a date, by its UTC calendar fields", () => {
    const date = new Date("2026-08-31T23:59:59Z");
    expect(periodOf(date, "year")).toBe("2026");
    expect(periodOf(date, "quarter")).toBe("2026-Q3");
    expect(periodOf(date, "month")).toBe("2026-08");
  });

  it("puts each month in its quarter", () => {
    const quarters = Array.from({ length: 12 }, (_, m) =>
      periodOf(new Date(Date.UTC(2027, m, 15)), "quarter"),
    );
    expect(quarters).toEqual([
      ...Array(3).fill("2027-Q1"),
      ...Array(3).fill("2027-Q2"),
      ...Array(3).fill("2027-Q3"),
      ...Array(3).fill("2027-Q4"),
    ]);
  });

  it("round-trips: the period of a date contains that date", () => {
    for (const iso of ["2000-01-01", "2024-02-29", "2026-12-31", "2100-06-15"]) {
      for (const kind of ["year", "quarter", "month"] as const) {
        const period = parsePeriod(periodOf(new Date(`${iso}T00:00:00Z`), kind));
        expect(period.kind).toBe(kind);
        expect(period.start <= iso && iso <= period.end).toBe(true);
      }
    }
  });

  it("rejects invalid dates and years outside 2000-2100", () => {
    expect(() => periodOf(new Date("nope"), "year")).toThrow(RangeError);
    expect(() => periodOf(new Date("1999-12-31T00:00:00Z"), "month")).toThrow(RangeError);
    expect(() => periodOf(new Date("2101-01-01T00:00:00Z"), "month")).toThrow(RangeError);
  });
});
