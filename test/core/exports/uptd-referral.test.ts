// Rujukan UPTD PPA: the victim's identity and the case's SIMFONI-PPA fields, labelled and coded as the forms say.
import { describe, expect, it } from "vitest";
import {
  isUptdReferral,
  readableValue,
  referralRows,
} from "../../../core/exports/uptd-referral.ts";
import { caseForm } from "../../../core/forms/case.ts";
import { personForm } from "../../../core/forms/person.ts";
import { t } from "../../../core/i18n.ts";

const kase = {
  report_date: "2026-10-01",
  village: "73.09.03.2005",
  victim_sex: "P",
  victim_age: 15,
  violence_forms:
    caseForm.fields.find((f) => f.key === "violence_forms")?.kind === "multi" ? ["fisik"] : "fisik",
  referred_to: ["uptd_ppa", "puskesmas_rs"],
  companion: "Bu Rahma",
};

describe("referral sheet", () => {
  it("takes only cases referred to the UPTD PPA", () => {
    expect(isUptdReferral(kase)).toBe(true);
    expect(isUptdReferral({ referred_to: ["polisi"] })).toBe(false);
    expect(isUptdReferral({})).toBe(false);
  });

  it("lists the victim's identity, then the case, with labels and readable values", () => {
    const out = referralRows(
      caseForm,
      personForm,
      kase,
      { full_name: "Ani", nik: "7309035208100002", village: "73.09.03.2005" },
      "id",
    );
    const byLabel = Object.fromEntries(out);
    expect(out[0]).toEqual([t("id", "field.person.full_name"), "Ani"]);
    expect(byLabel[t("id", "field.person.village")]).toBe("Tukamasea");
    expect(byLabel[t("id", "field.case.victim_age")]).toBe("15");
    expect(byLabel[t("id", "field.case.referred_to")]).toBe(
      `${t("id", "choice.referred_to.uptd_ppa")}, ${t("id", "choice.referred_to.puskesmas_rs")}`,
    );
    expect(byLabel[t("id", "field.case.companion")]).toBe("Bu Rahma");
    // Without a linked person the sheet starts with the case.
    expect(referralRows(caseForm, personForm, kase, undefined, "en")[0]?.[0]).toBe(
      t("en", "field.case.report_date"),
    );
  });

  it("reads an unknown code as itself, never blank", () => {
    expect(readableValue(caseForm, "referred_to", ["zzz"], "id")).toBe("zzz");
    expect(readableValue(caseForm, "companion", undefined, "id")).toBe("");
  });
});
