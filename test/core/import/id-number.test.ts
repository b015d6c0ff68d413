// NIK/KK numbers broken by the number format are caught; typing noise is cleaned.
import { describe, expect, it } from "vitest";
import { cleanIdNumber } from "../../../core/import/id-number.ts";

describe("cleanIdNumber", () => {
  it("cleans spaces, dots, dashes and a leading apostrophe", () => {
    expect(cleanIdNumber("'7309031208850001")).toEqual({ kind: "text", value: "7309031208850001" });
    expect(cleanIdNumber("7309 0312 0885 0001")).toEqual({
      kind: "text",
      value: "7309031208850001",
    });
    expect(cleanIdNumber("73.09.03.120885.0001")).toEqual({
      kind: "text",
      value: "7309031208850001",
    });
    expect(cleanIdNumber(" 7309-0312-0885-0001 ")).toEqual({
      kind: "text",
      value: "7309031208850001",
    });
  });

  it("flags scientific notation as broken, never as a number", () => {
    expect(cleanIdNumber("7.30903E+15")).toEqual({ kind: "broken", value: "7.30903E+15" });
    expect(cleanIdNumber("7,30903E+15")).toEqual({ kind: "broken", value: "7,30903E+15" });
    expect(cleanIdNumber("7.309031208850E15").kind).toBe("broken");
  });

  it("flags a 16-digit number cell: its last digit is lost", () => {
    // The NIK was 7309031208850001; Sheets kept 730903120885000 and a 0.
    expect(cleanIdNumber(7309031208850000)).toEqual({ kind: "broken", value: "730903120885000?" });
    expect(cleanIdNumber(7.30903e15)).toEqual({ kind: "broken", value: "730903000000000?" });
    expect(cleanIdNumber(12.5).kind).toBe("broken");
  });

  it("keeps shorter number cells as their digits for the form check to judge", () => {
    expect(cleanIdNumber(730903120885)).toEqual({ kind: "text", value: "730903120885" });
    expect(cleanIdNumber("")).toEqual({ kind: "empty" });
    expect(cleanIdNumber(undefined)).toEqual({ kind: "empty" });
    expect(cleanIdNumber("tidak ada")).toEqual({ kind: "text", value: "tidakada" });
  });
});
