// Small registers whose report tables are worked out by hand in the tests (today is 2026-11-27).
import { V1, V2 } from "./support.ts";

const consent = { consent_date: "2026-01-10" };

/** Five residents plus one invalid row; ages on 2026-11-27 in the comments. */
export const persons: Record<string, unknown>[] = [
  {
    // 6 → 6-12 (OpenSID 6-12, life 0-17); no birth certificate.
    full_name: "Putri Satu",
    sex: "P",
    birth_date: "2020-05-01",
    village: V1,
    categories: ["child", "poor_household"],
    documents: ["kk"],
    assistance: ["pkh"],
    dtsen: "yes",
    consent_by: "parent",
    ...consent,
  },
  {
    // 70 (estimated) → 60+; WG: seeing 3, walking 4 → disability; no Kartu Keluarga.
    full_name: "Lukas Dua",
    nik: "",
    sex: "L",
    age_years: 70,
    village: V1,
    categories: ["elderly", "disability"],
    disability_types: ["fisik", "sensorik_netra"],
    wg_seeing: "3",
    wg_walking: "4",
    documents: ["ktp_el"],
    consent_by: "self",
    ...consent,
  },
  {
    // 17 → 13-17 (OpenSID 16-18, life 0-17); all six WG answers 1–2; no KTP-el.
    full_name: "Putri Tiga",
    sex: "P",
    birth_date: "2009-01-15",
    village: V2,
    wg_seeing: "1",
    wg_hearing: "1",
    wg_walking: "2",
    wg_cognition: "1",
    wg_selfcare: "1",
    wg_communication: "2",
    documents: ["akta_kelahiran", "kk"],
    dtsen: "no",
    consent_by: "parent",
    ...consent,
  },
  {
    // 36 → 25-44 (OpenSID 30-39, life 18-59); WG incomplete; disability type not filled.
    full_name: "Siti Empat",
    nik: "7309034509900001",
    sex: "P",
    birth_date: "1990-09-05",
    village: V2,
    categories: ["disability", "poor_household", "woman_head_of_household"],
    wg_hearing: "2",
    wg_cognition: "2",
    documents: ["ktp_el", "kk"],
    assistance: ["pbi_jk", "bpnt"],
    dtsen: "yes",
    consent_by: "self",
    ...consent,
  },
  {
    // 0 → 0-5 (OpenSID <1, life 0-17); no documents at all (answered "none").
    full_name: "Lintang Lima",
    sex: "L",
    birth_date: "2026-01-10",
    village: V1,
    categories: ["child"],
    documents: ["none"],
    dtsen: "unknown",
    consent_by: "parent",
    ...consent,
  },
  // Not a sex the form knows: skipped and counted as invalid.
  { full_name: "Salah Enam", sex: "X", age_years: 40, village: V1, consent_by: "self", ...consent },
];

export const cases: Record<string, unknown>[] = [
  {
    report_date: "2026-02-10",
    village: V1,
    victim_sex: "P",
    victim_age: 15,
    victim_disability: "no",
    violence_forms: ["fisik", "psikis"],
    place: "rumah_tangga",
    perpetrator_relation: "orang_tua",
    services: ["pengaduan"],
    status: "didampingi",
    notes: "Catatan rahasia korban",
  },
  {
    report_date: "2026-02-20",
    village: V1,
    victim_sex: "P",
    victim_age: 30,
    victim_disability: "yes",
    violence_forms: ["seksual"],
    place: "fasilitas_umum",
    perpetrator_relation: "pacar_teman",
    referred_to: ["uptd_ppa", "polisi"],
    status: "dirujuk",
    companion: "Ibu Pendamping",
  },
  {
    report_date: "2026-05-05",
    village: V2,
    victim_sex: "L",
    victim_age: 10,
    violence_forms: ["fisik"],
    place: "sekolah",
    perpetrator_relation: "guru",
    referred_to: ["puskesmas_rs"],
    services: ["kesehatan", "pengaduan"],
    status: "selesai",
  },
  {
    // Reported last year: outside the period 2026.
    report_date: "2025-12-31",
    village: V2,
    victim_sex: "P",
    victim_age: 20,
    violence_forms: ["psikis"],
    status: "baru",
  },
  {
    report_date: "2026-08-01",
    village: V2,
    victim_sex: "L",
    victim_age: 17,
    violence_forms: ["penelantaran"],
    status: "ditutup",
  },
  // Not a status the form knows.
  {
    report_date: "2026-03-01",
    village: V1,
    victim_sex: "P",
    victim_age: 9,
    violence_forms: ["fisik"],
    status: "hilang",
  },
];

export const services: Record<string, unknown>[] = [
  {
    request_date: "2026-03-01",
    person_id: "p-1",
    kind: "document",
    item: "ktp_el",
    agency: "Dukcapil Maros",
    status: "selesai",
    done_date: "2026-03-11", // 10 days
  },
  {
    request_date: "2026-03-05",
    person_id: "p-2",
    kind: "document",
    item: "akta_kelahiran",
    agency: "  dukcapil   MAROS ",
    status: "selesai",
    done_date: "2026-03-09", // 4 days
  },
  {
    request_date: "2026-04-01",
    person_id: "p-3",
    kind: "assistance",
    item: "pkh",
    agency: "Dinas Sosial",
    status: "ditolak",
    done_date: "2026-04-20",
  },
  {
    request_date: "2026-04-02",
    person_id: "p-4",
    kind: "document",
    item: "ktp_el",
    agency: "Dukcapil Maros",
    status: "diproses",
  },
  { request_date: "2026-05-01", person_id: "p-5", kind: "other", status: "diajukan" },
  {
    request_date: "2026-06-01",
    person_id: "p-6",
    kind: "health",
    item: "pengobatan",
    agency: "Puskesmas",
    status: "selesai",
    done_date: "2026-06-08", // 7 days
  },
  {
    // Requested last year: outside the period.
    request_date: "2025-06-01",
    person_id: "p-7",
    kind: "document",
    item: "kk",
    agency: "Dukcapil Maros",
    status: "selesai",
    done_date: "2025-06-03",
  },
  // Completed without a completion date: invalid.
  { request_date: "2026-02-01", person_id: "p-8", kind: "document", item: "kk", status: "selesai" },
];

export const activities: Record<string, unknown>[] = [
  {
    title: "Pelatihan paralegal",
    kind: "pelatihan",
    planned_date: "2026-03-01",
    done_date: "2026-03-01",
    status: "terlaksana",
    participants_male: 10,
    participants_female: 15,
    participants_disability: 3,
  },
  { title: "Pelatihan lanjutan", kind: "pelatihan", planned_date: "2026-04-01", status: "rencana" },
  {
    title: "Audiensi kepala desa",
    kind: "advokasi",
    planned_date: "2026-05-01",
    done_date: "2026-05-02",
    status: "terlaksana",
    participants_male: 4,
    participants_female: 0,
    participants_disability: 0,
  },
  {
    // Cancelled: its (planned) participants are not counted.
    title: "Audiensi DPRD",
    kind: "advokasi",
    planned_date: "2026-06-01",
    status: "batal",
    participants_male: 99,
    participants_female: 1,
  },
  {
    title: "Monev tahun lalu",
    kind: "monitoring",
    planned_date: "2025-12-01",
    done_date: "2025-12-01",
    status: "terlaksana",
    participants_male: 5,
    participants_female: 5,
  },
];

export const members: Record<string, unknown>[] = [
  { full_name: "Ketua Kelompok", role: "ketua", sex: "P", active: "yes" },
  { full_name: "Sekretaris", role: "sekretaris", sex: "L", active: "yes", phone: "081234567890" },
  { full_name: "Anggota A", role: "anggota", sex: "P", active: "yes" },
  { full_name: "Anggota B", role: "anggota", sex: "L", active: "no" },
  { full_name: "Anggota C", role: "anggota", sex: "P", active: "yes" },
];

/** Four proposals (forums in 2026) plus one invalid row (no forum). */
export const proposals: Record<string, unknown>[] = [
  {
    title: "Ramp di kantor desa",
    village: V1,
    groups: ["disability", "elderly"],
    people: 12,
    forum: "musdes",
    document: "apbdes",
    forum_date: "2026-02-10",
    plan_year: 2027,
    amount_proposed: 15_000_000,
    amount_approved: 10_000_000,
    status: "didanai",
    evidence: "BA/01/2026",
  },
  {
    title: "Posyandu lansia",
    village: V1,
    groups: ["elderly"],
    people: 40,
    forum: "musrenbangdes",
    forum_date: "2026-03-05",
    amount_proposed: 5_000_000,
    status: "diusulkan",
  },
  {
    title: "Pelatihan menjahit",
    village: V2,
    groups: ["woman_head_of_household", "poor_household"],
    people: 20,
    forum: "musdus",
    forum_date: "2026-01-20",
    status: "ditolak",
  },
  {
    title: "Alat bantu dengar",
    village: V2,
    groups: ["disability"],
    people: 3,
    forum: "musdes",
    document: "rkpdes",
    forum_date: "2026-02-11",
    amount_proposed: 9_000_000,
    amount_approved: 9_000_000,
    status: "terlaksana",
  },
  {
    title: "Tanpa forum",
    village: V1,
    groups: ["child"],
    forum_date: "2026-02-01",
    status: "diusulkan",
  },
];
