// Dates and ages as people type them in old sheets.
import { describe, expect, it } from "vitest";
import { parseLooseAge, parseLooseDate } from "../../../core/import/parse-date.ts";

const today = new Date("2026-12-06T00:00:00Z");
const date = (v: unknown) => parseLooseDate(v, today);

describe("parseLooseDate", () => {
  it.each([
    ["12/08/1985", "1985-08-12"],
    ["12-8-85", "1985-08-12"],
    ["12.08.1985", "1985-08-12"],
    ["12 Agustus 1985", "1985-08-12"],
    ["12 agt 1985", "1985-08-12"],
    ["1 Pebruari 1960", "1960-02-01"],
    ["3-Des-2001", "2001-12-03"],
    ["12 August 1985", "1985-08-12"],
    ["1985-08-12", "1985-08-12"],
    ["Makassar, 12-08-1985", "1985-08-12"],
    ["Ujung Pandang, 12 Agustus 1985", "1985-08-12"],
    ["  05/01/20 ", "2020-01-05"],
  ])("reads %s", (typed, iso) => {
    expect(date(typed)).toEqual({ kind: "date", iso });
  });

  it("reads a two-digit year after today as the 1900s", () => {
    expect(date("01/01/27")).toEqual({ kind: "date", iso: "1927-01-01" });
    expect(date("06/12/26")).toEqual({ kind: "date", iso: "2026-12-06" });
  });

  it("reads a Sheets day number and keeps a bare year apart", () => {
    // 31,271 days after 1899-12-30 is 1985-08-12.
    expect(date(31271)).toEqual({ kind: "date", iso: "1985-08-12" });
    expect(date(1985)).toEqual({ kind: "year", year: 1985 });
    expect(date("1985")).toEqual({ kind: "year", year: 1985 });
  });

  it("refuses days that do not exist and words it does not know", () => {
    expect(date("31/02/1985").kind).toBe("invalid");
    expect(date("29/02/2023").kind).toBe("invalid");
    expect(date("29/02/2024")).toEqual({ kind: "date", iso: "2024-02-29" });
    expect(date("12 Foo 1985").kind).toBe("invalid");
    expect(date("kemarin").kind).toBe("invalid");
    expect(date("").kind).toBe("empty");
    expect(date(null).kind).toBe("empty");
    expect(date(3000000).kind).toBe("invalid");
  });
});

describe("parseLooseAge", () => {
  it.each([
    ["45 th", 45],
    ["45 thn", 45],
    ["45 Tahun", 45],
    ["45", 45],
    ["± 60", 60],
    ["60-an", undefined],
    [45, 45],
    [45.5, undefined],
    ["empat puluh", undefined],
    ["", undefined],
  ])("reads %s", (typed, age) => {
    expect(parseLooseAge(typed)).toBe(age);
  });
});
