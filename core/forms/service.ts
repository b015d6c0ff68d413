// The service register (Layanan): help with civil documents, social assistance, health and schooling.
import type { FormSpec } from "../form-spec.ts";

/** What can be requested for each kind of service; `other` has no list (the notes say what). */
export const SERVICE_ITEMS = {
  // Adminduk documents (Dukcapil).
  document: [
    "ktp_el",
    "kk",
    "akta_kelahiran",
    "akta_kematian",
    "akta_perkawinan",
    "akta_perceraian",
    "kia",
    // Added later: kept after the first codes so older rows and reports read the same.
    "perekaman_ktp_el",
    "perbaikan_biodata",
  ],
  // Social assistance: the same values as the person register's `assistance`.
  assistance: [
    "pkh",
    "bpnt",
    "pbi_jk",
    "blt_dd",
    "pip",
    "atensi",
    // Proposing a household into DTSEN (Data Tunggal Sosial Ekonomi Nasional) and the Kartu Penyandang Disabilitas.
    "usulan_dtsen",
    "kartu_penyandang_disabilitas",
  ],
  health: [
    "bpjs_kesehatan",
    "pengobatan",
    "alat_bantu",
    "surat_keterangan_disabilitas",
    "kesehatan_jiwa",
    "lainnya",
  ],
  education: [
    "daftar_sekolah",
    "kembali_sekolah",
    "paket_kesetaraan",
    "sekolah_inklusi_slb",
    "beasiswa",
    "lainnya",
  ],
  other: [],
} as const satisfies Record<string, readonly string[]>;

const SERVICE_KINDS = Object.keys(SERVICE_ITEMS) as (keyof typeof SERVICE_ITEMS)[];
const ALL_ITEMS = [...new Set(Object.values(SERVICE_ITEMS).flat())];

export const serviceForm: FormSpec = {
  id: "service",
  sheetName: "Layanan",
  fields: [
    { key: "request_date", kind: "date", notFuture: true, required: true, pii: false },
    {
      key: "person_id",
      kind: "person_ref",
      required: true,
      pii: true,
      help: "help.service.person_id",
    },
    {
      key: "kind",
      kind: "choice",
      choices: SERVICE_KINDS,
      choiceSet: "service_kind",
      required: true,
      pii: false,
    },
    {
      key: "item",
      kind: "choice",
      choices: ALL_ITEMS,
      choiceSet: "service_item",
      choicesBy: { field: "kind", choices: SERVICE_ITEMS },
      pii: false,
    },
    { key: "agency", kind: "text", maxLength: 120, pii: false, help: "help.service.agency" },
    {
      key: "status",
      kind: "choice",
      choices: ["diajukan", "diproses", "selesai", "ditolak"],
      choiceSet: "service_status",
      required: true,
      pii: false,
    },
    { key: "done_date", kind: "date", notFuture: true, pii: false, help: "help.service.done_date" },
    { key: "notes", kind: "text", maxLength: 1000, multiline: true, pii: true },
    // The agency as a list, so reports can count by it; added at the end, the free-text name stays.
    {
      key: "agency_kind",
      kind: "choice",
      choices: [
        "dukcapil",
        "dinas_sosial",
        "puskesmas_dinkes",
        "bpjs",
        "uptd_ppa",
        "pemerintah_desa",
        "lainnya",
      ],
      choiceSet: "service_agency",
      pii: false,
    },
  ],
  rules: [
    {
      kind: "required_when",
      field: "item",
      when: { field: "kind", values: SERVICE_KINDS.filter((k) => SERVICE_ITEMS[k].length > 0) },
      severity: "error",
    },
    {
      kind: "required_when",
      field: "done_date",
      when: { field: "status", values: ["selesai", "ditolak"] },
      severity: "error",
    },
    { kind: "date_not_before", field: "done_date", other: "request_date", severity: "error" },
  ],
};
