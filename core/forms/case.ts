// The case register (Kasus): cases of violence accompanied by the group, aligned with SIMFONI-PPA.
import { type FormSpec, holds } from "../form-spec.ts";

/** SIMFONI-PPA's age bands, as codes for the perpetrator's age (often only estimated), plus unknown. */
export const PERPETRATOR_AGE_BANDS = [
  "0_5",
  "6_12",
  "13_17",
  "18_24",
  "25_44",
  "45_59",
  "60_plus",
  "tidak_diketahui",
] as const;

export const caseForm: FormSpec = {
  id: "case",
  sheetName: "Kasus",
  fields: [
    { key: "report_date", kind: "date", notFuture: true, required: true, pii: false },
    { key: "village", kind: "village", required: true, pii: false },
    // A pseudonym is still personal data: it leads straight to the person's row.
    { key: "person_id", kind: "person_ref", pii: true, help: "help.case.person_id" },
    {
      key: "victim_sex",
      kind: "choice",
      choices: ["L", "P"],
      choiceSet: "sex",
      required: true,
      pii: false,
    },
    {
      key: "victim_age",
      kind: "integer",
      min: 0,
      max: 120,
      required: true,
      pii: false,
      help: "help.case.victim_age",
    },
    {
      key: "victim_disability",
      kind: "choice",
      choices: ["yes", "no", "unknown"],
      choiceSet: "yes_no_unknown",
      pii: false,
    },
    {
      key: "violence_forms",
      kind: "multi",
      choices: [
        "fisik",
        "psikis",
        "seksual",
        "eksploitasi",
        "trafficking",
        "penelantaran",
        "lainnya",
      ],
      required: true,
      pii: false,
    },
    {
      key: "place",
      kind: "choice",
      choices: [
        "rumah_tangga",
        "tempat_kerja",
        "sekolah",
        "fasilitas_umum",
        "lembaga_pendidikan_kilat",
        "lainnya",
      ],
      pii: false,
    },
    // Several answers since SIMFONI-PPA counts each perpetrator's relation; an old single value still reads.
    {
      key: "perpetrator_relation",
      kind: "multi",
      choices: [
        "orang_tua",
        "keluarga_saudara",
        "suami_istri",
        "pacar_teman",
        "tetangga",
        "guru",
        "majikan",
        "rekan_kerja",
        "lainnya",
      ],
      pii: false,
    },
    {
      key: "services",
      kind: "multi",
      choices: [
        "pengaduan",
        "kesehatan",
        "bantuan_hukum",
        "penegakan_hukum",
        "rehabilitasi_sosial",
        "reintegrasi_sosial",
        "pemulangan",
        "pendampingan_tokoh_agama",
        // The UPTD PPA services of Permen PPPA 4/2018 not listed above (older codes stay valid).
        "penjangkauan",
        "pengelolaan_kasus",
        "penampungan_sementara",
        "mediasi",
        "pendampingan_korban",
        "layanan_psikologis",
        "pemulangan_reintegrasi",
      ],
      choiceSet: "case_service",
      pii: false,
    },
    {
      key: "referred_to",
      kind: "multi",
      choices: [
        "uptd_ppa",
        "puskesmas_rs",
        "polisi",
        "bantuan_hukum",
        "dinas_sosial",
        "rumah_aman",
        "tokoh_agama_adat",
      ],
      pii: false,
    },
    {
      key: "status",
      kind: "choice",
      choices: ["baru", "didampingi", "dirujuk", "selesai", "ditutup"],
      choiceSet: "case_status",
      required: true,
      pii: false,
    },
    { key: "companion", kind: "text", maxLength: 120, pii: true, help: "help.case.companion" },
    {
      key: "notes",
      kind: "text",
      maxLength: 2000,
      multiline: true,
      pii: true,
      help: "help.case.notes",
    },
    // Added for SIMFONI-PPA's dates and perpetrator tables: at the end, so older sheets keep their columns.
    { key: "incident_date", kind: "date", notFuture: true, pii: false },
    { key: "referral_date", kind: "date", notFuture: true, pii: false },
    { key: "closure_date", kind: "date", notFuture: true, pii: false },
    {
      key: "perpetrator_sex",
      kind: "choice",
      choices: ["L", "P"],
      choiceSet: "sex",
      pii: false,
    },
    {
      key: "perpetrator_age_band",
      kind: "choice",
      choices: [...PERPETRATOR_AGE_BANDS],
      choiceSet: "perpetrator_age_band",
      pii: false,
    },
    // The case's own consent (UU PDP art. 20, 22, 24): who agreed, how it was recorded, and the legal basis.
    {
      key: "consent_by",
      kind: "choice",
      choices: ["korban", "orang_tua", "wali", "belum"],
      choiceSet: "case_consent_by",
      pii: false,
    },
    {
      key: "consent_method",
      kind: "choice",
      choices: ["tertulis", "rekaman", "lisan_saksi"],
      choiceSet: "case_consent_method",
      pii: false,
    },
    {
      key: "legal_basis",
      kind: "choice",
      choices: [
        "persetujuan",
        "kewajiban_hukum",
        "kepentingan_vital",
        "tugas_kepentingan_umum",
        "kepentingan_sah",
      ],
      choiceSet: "case_legal_basis",
      pii: false,
    },
  ],
  rules: [
    // "Referred" says nothing useful without where to.
    {
      kind: "required_when",
      field: "referred_to",
      when: { field: "status", values: ["dirujuk"] },
      severity: "error",
    },
    // SIMFONI-PPA's order of events: incident ≤ report ≤ referral ≤ closure.
    {
      kind: "date_not_before",
      field: "report_date",
      other: "incident_date",
      severity: "error",
      message: "rule.case.report_before_incident",
    },
    {
      kind: "date_not_before",
      field: "referral_date",
      other: "report_date",
      severity: "error",
      message: "rule.case.referral_before_report",
    },
    {
      kind: "date_not_before",
      field: "closure_date",
      other: "referral_date",
      severity: "error",
      message: "rule.case.closure_before_referral",
    },
    {
      kind: "date_not_before",
      field: "closure_date",
      other: "report_date",
      severity: "error",
      message: "rule.case.closure_before_report",
    },
    // A parent who is the recorded perpetrator cannot speak for the child: saved, but the user must look again.
    {
      kind: "custom",
      fields: ["consent_by", "perpetrator_relation"],
      check: (v) =>
        v.consent_by === "orang_tua" && holds(v.perpetrator_relation, "orang_tua")
          ? [{ field: "consent_by", severity: "warning", code: "rule.case.consent_by_perpetrator" }]
          : [],
    },
  ],
};
