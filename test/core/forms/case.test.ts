// The case form: required fields, SIMFONI-PPA choice lists, the person link and "referred" needing a destination.
import { describe, expect, it } from "vitest";
import { caseForm } from "../../../core/forms/case.ts";
import { validateRecord } from "../../../core/validate.ts";
import { codes, ctx, messageOf, warningCodes } from "./helpers.ts";

const minimal = {
  report_date: "2026-11-20",
  village: "73.09.03.2004",
  victim_sex: "P",
  victim_age: "14",
  violence_forms: "seksual, psikis",
  status: "baru",
};
const check = (values: Record<string, unknown>, lang: "id" | "en" = "id") =>
  validateRecord(caseForm, { ...minimal, ...values }, ctx, lang);

describe("case form", () => {
  it("accepts a minimal case and normalises it", () => {
    const r = check({});
    expect(r.errors).toEqual([]);
    expect(r.value).toEqual({ ...minimal, victim_age: 14, violence_forms: ["psikis", "seksual"] });
  });

  it("accepts a complete case", () => {
    const r = check({
      person_id: "4f1c2a7e-9b3d-4c5e-8f6a-0b1c2d3e4f5a",
      victim_disability: "yes",
      place: "rumah_tangga",
      perpetrator_relation: "keluarga_saudara",
      services: ["pengaduan", "kesehatan", "pendampingan_tokoh_agama"],
      referred_to: ["uptd_ppa", "puskesmas_rs"],
      status: "dirujuk",
      companion: "Ibu Ani",
      notes: "Didampingi ke UPTD PPA.",
    });
    expect(r.errors).toEqual([]);
    expect(r.value?.referred_to).toEqual(["uptd_ppa", "puskesmas_rs"]);
  });

  it("reports every missing required field", () => {
    const r = validateRecord(caseForm, {}, ctx, "id");
    expect(codes(r)).toEqual([
      "report_date:error.required",
      "status:error.required",
      "victim_age:error.required",
      "victim_sex:error.required",
      "village:error.required",
      "violence_forms:error.required",
    ]);
  });

  it.each([
    ["victim_age", "0", true],
    ["victim_age", "120", true],
    ["victim_age", "-1", false],
    ["victim_age", "121", false],
    ["victim_age", "12.5", false],
    ["report_date", ctx.today, true],
    ["report_date", "2026-11-28", false],
    ["victim_sex", "X", false],
    ["victim_disability", "maybe", false],
    ["place", "pasar", false],
    ["place", "lembaga_pendidikan_kilat", true],
    ["perpetrator_relation", "majikan", true],
    ["perpetrator_relation", "bos", false],
    ["services", "pemulangan", true],
    ["services", "rumah_aman", false],
    ["referred_to", "rumah_aman", true],
    ["referred_to", "pemulangan", false],
    ["violence_forms", "trafficking", true],
    ["violence_forms", "verbal", false],
    ["status", "ditutup", true],
    ["status", "dibatalkan", false],
  ])("%s = %s is accepted: %s", (field, value, ok) => {
    const r = check({ [field]: value });
    expect(r.ok).toBe(ok);
    if (!ok) expect(r.errors.map((e) => e.field)).toEqual([field]);
  });

  describe("link to the person register", () => {
    it.each([
      ["a UUID", "4f1c2a7e-9b3d-4c5e-8f6a-0b1c2d3e4f5a"],
      ["a short id", "P-0007"],
      ["64 characters", "x".repeat(64)],
    ])("accepts %s", (_what, person_id) => {
      expect(check({ person_id }).value?.person_id).toBe(person_id);
    });

    it("accepts a number a sheet cell gave back, as text", () => {
      expect(check({ person_id: 1207 }).value?.person_id).toBe("1207");
    });

    it.each([
      ["an id with a space", "4f1c2a7e 9b3d"],
      ["65 characters", "x".repeat(65)],
      ["an object", { id: "x" }],
    ])("rejects %s, in both languages", (_what, person_id) => {
      const r = check({ person_id });
      expect(codes(r)).toEqual(["person_id:error.invalid_person_ref"]);
      expect(messageOf(r.errors, "person_id")).toContain("ID warga tidak terbaca");
      expect(messageOf(check({ person_id }, "en").errors, "person_id")).toContain(
        "Invalid resident id",
      );
    });

    it("may be left empty", () => {
      expect(check({ person_id: "  " }).ok).toBe(true);
    });
  });

  it("needs a destination once the case is referred", () => {
    const r = check({ status: "dirujuk" });
    expect(codes(r)).toEqual(["referred_to:rule.required_when"]);
    expect(messageOf(r.errors, "referred_to")).toBe(
      'Wajib diisi karena "Status kasus" adalah "Dirujuk". Isi, atau ubah "Status kasus".',
    );
    expect(messageOf(check({ status: "dirujuk" }, "en").errors, "referred_to")).toBe(
      'Required because "Case status" is "Referred". Fill it in, or change "Case status".',
    );
    expect(check({ status: "dirujuk", referred_to: "polisi" }).ok).toBe(true);
    expect(check({ status: "didampingi" }).ok).toBe(true);
  });

  describe("SIMFONI-PPA dates: incident ≤ report ≤ referral ≤ closure, none in the future", () => {
    it("accepts the dates in order, and equal dates", () => {
      const r = check({
        incident_date: "2026-11-01",
        report_date: "2026-11-03",
        referral_date: "2026-11-10",
        closure_date: "2026-11-20",
      });
      expect(r.errors).toEqual([]);
      expect(
        check({
          incident_date: "2026-11-20",
          referral_date: "2026-11-20",
          closure_date: "2026-11-20",
        }).ok,
      ).toBe(true);
    });

    it.each([
      [{ incident_date: "2026-11-21" }, "report_date:rule.case.report_before_incident"],
      [{ referral_date: "2026-11-19" }, "referral_date:rule.case.referral_before_report"],
      [
        { referral_date: "2026-11-22", closure_date: "2026-11-21" },
        "closure_date:rule.case.closure_before_referral",
      ],
      [{ closure_date: "2026-11-19" }, "closure_date:rule.case.closure_before_report"],
    ])("refuses %o", (values, code) => {
      expect(codes(check(values))).toContain(code);
    });

    it("says which date and what to do, in both languages", () => {
      const v = { incident_date: "2026-11-21" };
      expect(messageOf(check(v).errors, "report_date")).toBe(
        "Tanggal laporan lebih awal dari tanggal kejadian (2026-11-21). Kasus dilaporkan setelah terjadi: perbaiki salah satu tanggal.",
      );
      expect(messageOf(check(v, "en").errors, "report_date")).toBe(
        "The report date is earlier than the incident date (2026-11-21). A case is reported after it happens: correct one of the dates.",
      );
    });

    it.each(["incident_date", "referral_date", "closure_date"])(
      "refuses %s in the future",
      (field) => {
        const r = check({ [field]: "2026-11-28" });
        expect(r.ok).toBe(false);
        expect(r.errors.map((e) => e.field)).toContain(field);
      },
    );
  });

  it("takes several perpetrator relations, and an old single one", () => {
    expect(
      check({ perpetrator_relation: "tetangga, orang_tua" }).value?.perpetrator_relation,
    ).toEqual(["orang_tua", "tetangga"]);
    expect(check({ perpetrator_relation: "guru" }).value?.perpetrator_relation).toEqual(["guru"]);
  });

  it.each([
    "pengaduan",
    "penjangkauan",
    "pengelolaan_kasus",
    "penampungan_sementara",
    "mediasi",
    "pendampingan_korban",
    "layanan_psikologis",
    "bantuan_hukum",
    "kesehatan",
    "rehabilitasi_sosial",
    "pemulangan_reintegrasi",
  ])("offers the UPTD PPA service %s (Permen PPPA 4/2018)", (service) => {
    expect(check({ services: service }).ok).toBe(true);
  });

  it.each([
    ["perpetrator_sex", "P", true],
    ["perpetrator_sex", "X", false],
    ["perpetrator_age_band", "25_44", true],
    ["perpetrator_age_band", "tidak_diketahui", true],
    ["perpetrator_age_band", "30", false],
    ["consent_by", "wali", true],
    ["consent_by", "tetangga", false],
    ["consent_method", "lisan_saksi", true],
    ["legal_basis", "kepentingan_vital", true],
    ["legal_basis", "kontrak", false],
  ])("%s = %s is accepted: %s", (field, value, ok) => {
    expect(check({ [field]: value }).ok).toBe(ok);
  });

  it("warns (and still saves) when the consenting parent is the recorded perpetrator", () => {
    const r = check({ consent_by: "orang_tua", perpetrator_relation: "orang_tua, tetangga" });
    expect(r.ok).toBe(true);
    expect(warningCodes(r)).toEqual(["consent_by:rule.case.consent_by_perpetrator"]);
    expect(messageOf(r.warnings, "consent_by")).toContain("Orang tua tercatat sebagai pelaku");
    expect(warningCodes(check({ consent_by: "wali", perpetrator_relation: "orang_tua" }))).toEqual(
      [],
    );
    expect(warningCodes(check({ consent_by: "orang_tua", perpetrator_relation: "guru" }))).toEqual(
      [],
    );
  });
});
