// Usulan DTSEN: only people recorded as not in DTSEN, with every reason that applies.
import { describe, expect, it } from "vitest";
import { dtsenProposals, dtsenReasons } from "../../../core/exports/dtsen-proposal.ts";

const today = "2026-12-06";

describe("dtsenReasons", () => {
  it("lists the reasons of a person not in DTSEN", () => {
    expect(
      dtsenReasons(
        { dtsen: "no", categories: ["disability", "poor_household"], birth_date: "1950-01-01" },
        today,
      ),
    ).toEqual(["poor_household", "disability", "elderly"]);
    expect(
      dtsenReasons({ dtsen: "no", categories: ["woman_head_of_household"], age_years: 40 }, today),
    ).toEqual(["woman_head_of_household"]);
  });
  it("proposes nobody already in DTSEN, unknown, or without a reason", () => {
    expect(dtsenReasons({ dtsen: "yes", categories: ["poor_household"] }, today)).toEqual([]);
    expect(dtsenReasons({ dtsen: "unknown", categories: ["poor_household"] }, today)).toEqual([]);
    expect(dtsenReasons({ categories: ["poor_household"] }, today)).toEqual([]);
    expect(dtsenReasons({ dtsen: "no", categories: ["child"], age_years: 8 }, today)).toEqual([]);
  });
});

describe("dtsenProposals", () => {
  it("gives NIK, Kartu Keluarga number and address parts", () => {
    expect(
      dtsenProposals(
        [
          {
            full_name: "Baco",
            nik: "7309031208500001",
            kk_number: "7309031201100003",
            village: "73.09.03.2005",
            address: "Dusun Bontoa RT 2 RW 1",
            dtsen: "no",
            age_years: 76,
          },
          { full_name: "Ani", dtsen: "yes", categories: ["poor_household"] },
        ],
        today,
      ),
    ).toEqual([
      {
        name: "Baco",
        nik: "7309031208500001",
        kk: "7309031201100003",
        village: "73.09.03.2005",
        dusun: "Bontoa",
        rw: "001",
        rt: "002",
        reasons: ["elderly"],
      },
    ]);
  });
});
