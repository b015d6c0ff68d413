// The proposal form (Usulan): required fields, forums, documents, statuses, money rules.
import { describe, expect, it } from "vitest";
import { proposalForm } from "../../../core/forms/proposal.ts";
import { validateRecord } from "../../../core/validate.ts";
import { codes, ctx, messageOf, warningCodes } from "./helpers.ts";

const minimal = {
  title: "Ramp di kantor desa",
  village: "73.09.03.2004",
  groups: "disability",
  forum: "musdes",
  forum_date: "2026-02-10",
  status: "diusulkan",
};
const check = (values: Record<string, unknown>, lang: "id" | "en" = "id") =>
  validateRecord(proposalForm, { ...minimal, ...values }, ctx, lang);

describe("proposal form", () => {
  it("accepts a minimal proposal", () => {
    expect(check({}).errors).toEqual([]);
  });

  it("reports every missing required field", () => {
    expect(codes(validateRecord(proposalForm, {}, ctx, "id"))).toEqual([
      "forum:error.required",
      "forum_date:error.required",
      "groups:error.required",
      "status:error.required",
      "title:error.required",
      "village:error.required",
    ]);
  });

  it.each([
    ["forum", "musdus", true],
    ["forum", "musrenbang_kecamatan", true],
    ["forum", "rapat_rt", false],
    ["document", "rpjmdes", true],
    ["document", "rapbn", false],
    ["status", "terlaksana", false], // needs a document
    ["status", "ditolak", true],
    ["status", "batal", false],
    ["plan_year", "2027", true],
    ["plan_year", "1999", false],
    ["amount_proposed", "15000000", true],
    ["amount_proposed", "-1", false],
    ["people", "12", true],
    ["forum_date", "2026-11-28", false],
  ])("%s = %s is accepted: %s", (field, value, ok) => {
    expect(check({ [field]: value }).ok).toBe(ok);
  });

  it("needs the document once the proposal is funded or carried out", () => {
    expect(codes(check({ status: "didanai" }))).toEqual(["document:rule.required_when"]);
    expect(check({ status: "didanai", document: "apbdes" }).ok).toBe(true);
  });

  it("warns when more is approved than was proposed, in both languages", () => {
    const v = { amount_proposed: "5000000", amount_approved: "6000000" };
    const r = check(v);
    expect(r.ok).toBe(true);
    expect(warningCodes(r)).toEqual(["amount_approved:rule.proposal.approved_over_proposed"]);
    expect(messageOf(r.warnings, "amount_approved")).toContain("lebih besar dari yang diusulkan");
    expect(messageOf(check(v, "en").warnings, "amount_approved")).toContain("larger than");
    expect(warningCodes(check({ amount_proposed: "5000000", amount_approved: "5000000" }))).toEqual(
      [],
    );
  });
});
