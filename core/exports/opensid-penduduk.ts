// The OpenSID "Impor Data Penduduk" sheet from the person register: OpenSID's 37 columns in its order, its codes where Pilah knows the value.
import type { RecordValues } from "../form-spec.ts";

/**
 * KOLOM_IMPOR_KELUARGA of OpenSID's donjo-app/models/Import_model.php, in its order
 * (commit 9ff0f4cefae151c10311af4951d4024f3051d7e1, v22.05; docs/opensid-export.md).
 */
export const OPENSID_PENDUDUK_COLUMNS = [
  "alamat",
  "dusun",
  "rw",
  "rt",
  "nama",
  "no_kk",
  "nik",
  "sex",
  "tempatlahir",
  "tanggallahir",
  "agama_id",
  "pendidikan_kk_id",
  "pendidikan_sedang_id",
  "pekerjaan_id",
  "status_kawin",
  "kk_level",
  "warganegara_id",
  "nama_ayah",
  "nama_ibu",
  "golongan_darah_id",
  "akta_lahir",
  "dokumen_pasport",
  "tanggal_akhir_paspor",
  "dokumen_kitas",
  "ayah_nik",
  "ibu_nik",
  "akta_perkawinan",
  "tanggalperkawinan",
  "akta_perceraian",
  "tanggalperceraian",
  "cacat_id",
  "cara_kb_id",
  "hamil",
  "ktp_el",
  "status_rekam",
  "alamat_sekarang",
  "status_dasar",
] as const;

export type OpensidColumn = (typeof OPENSID_PENDUDUK_COLUMNS)[number];

/** KODE_SEX of OpenSID's opensid_helper.php. */
const SEX: Readonly<Record<string, string>> = { L: "1", P: "2" };
/** KODE_CACAT: 1 fisik, 2 netra/buta, 3 rungu/wicara, 4 mental/jiwa, 5 fisik dan mental, 6 lainnya. */
const CACAT: Readonly<Record<string, string>> = {
  fisik: "1",
  sensorik_netra: "2",
  sensorik_rungu: "3",
  sensorik_wicara: "3",
  mental: "4",
  intelektual: "6",
  ganda: "6",
};
/** KTP_EL: 2 = KTP-el held. */
const KTP_EL_HELD = "2";

/** Dusun, RW and RT: from fields of those names when the register has them, else read from the address. */
export function addressParts(v: Readonly<RecordValues>): { dusun: string; rw: string; rt: string } {
  const own = (k: string) => (typeof v[k] === "string" ? String(v[k]).trim() : "");
  const address = typeof v.address === "string" ? v.address : "";
  const rt = own("rt") || (/\bRT\.?\s*(\d{1,3})/i.exec(address)?.[1] ?? "");
  const rw = own("rw") || (/\bRW\.?\s*(\d{1,3})/i.exec(address)?.[1] ?? "");
  const dusun =
    own("dusun") ||
    (/\b(?:dusun|dsn\.?|lingkungan|lingk\.?)\s+([^,\n]+?)(?=\s*(?:,|\bRT\b|\bRW\b|$))/i.exec(
      address,
    )?.[1] ??
      "");
  const pad = (n: string) => (n === "" ? "" : n.padStart(3, "0"));
  return { dusun: dusun.trim(), rw: pad(rw), rt: pad(rt) };
}

/** OpenSID's disability code from Pilah's types; blank when Pilah holds none. */
export function cacatCode(types: readonly string[]): string {
  if (!types.length) return "";
  if (types.includes("fisik") && types.includes("mental")) return "5";
  const codes = new Set(types.map((t) => CACAT[t] ?? "6"));
  return codes.size === 1 ? ([...codes][0] as string) : "6";
}

export type OpensidRow =
  | { readonly ok: true; readonly cells: readonly string[] }
  /** Left out: the required columns that are missing. */
  | { readonly ok: false; readonly missing: readonly OpensidColumn[] };

/** One person as an OpenSID import row, or the required columns it lacks (nama, NIK of 16 digits, dusun, RT, RW). */
export function opensidRow(v: Readonly<RecordValues>): OpensidRow {
  const { dusun, rw, rt } = addressParts(v);
  const str = (k: string) => (typeof v[k] === "string" ? String(v[k]) : "");
  const nik = str("nik");
  const cells: Partial<Record<OpensidColumn, string>> = {
    alamat: str("address"),
    dusun,
    rw,
    rt,
    nama: str("full_name"),
    no_kk: /^\d{16}$/.test(str("kk_number")) ? str("kk_number") : "",
    nik,
    sex: SEX[str("sex")] ?? "",
    tanggallahir: str("birth_date"),
    cacat_id: cacatCode(Array.isArray(v.disability_types) ? v.disability_types : []),
    ktp_el: Array.isArray(v.documents) && v.documents.includes("ktp_el") ? KTP_EL_HELD : "",
  };
  const missing: OpensidColumn[] = [];
  if (!cells.nama) missing.push("nama");
  if (!/^\d{16}$/.test(nik)) missing.push("nik");
  if (!dusun) missing.push("dusun");
  if (!rt) missing.push("rt");
  if (!rw) missing.push("rw");
  if (missing.length) return { ok: false, missing };
  return { ok: true, cells: OPENSID_PENDUDUK_COLUMNS.map((c) => cells[c] ?? "") };
}
