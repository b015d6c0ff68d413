// Catalogue part: Messages of cross-field rules shared by several forms, and of the shared field kinds.
export const id = {
  "rule.date_not_before": 'Tanggal ini lebih awal dari "{other}" ({date}). Periksa kedua tanggal.',
  "rule.required_when": 'Wajib diisi karena "{other}" adalah "{value}". Isi, atau ubah "{other}".',
  "rule.confirm_needed":
    'Ada peringatan di atas yang perlu dikonfirmasi: periksa lagi, lalu pilih "Ya" bila memang benar.',
  "rule.choice_not_for":
    'Pilihan ini tidak berlaku bila "{other}" adalah "{value}". Pilih yang lain, atau ubah "{other}".',
  "error.invalid_person_ref":
    "ID warga tidak terbaca (1–64 huruf atau angka tanpa spasi). Pilih warga dari daftar warga rentan.",
  "error.invalid_phone":
    "Nomor HP tidak terbaca. Tulis 8–20 angka, boleh dengan spasi atau tanda hubung dan diawali +, contoh 0812 3456 7890.",
  "choice.yes_no.yes": "Ya",
  "choice.yes_no.no": "Tidak",
} as const;

export const en: Record<keyof typeof id, string> = {
  "rule.date_not_before": 'This date is earlier than "{other}" ({date}). Check both dates.',
  "rule.required_when": 'Required because "{other}" is "{value}". Fill it in, or change "{other}".',
  "rule.confirm_needed":
    'A warning above needs confirming: check again, then choose "Yes" if it is right.',
  "rule.choice_not_for":
    'This choice does not apply when "{other}" is "{value}". Choose another, or change "{other}".',
  "error.invalid_person_ref":
    "Invalid resident id (1–64 characters, no spaces). Choose the resident from the vulnerable residents register.",
  "error.invalid_phone":
    "The mobile number cannot be read. Write 8–20 digits, spaces or hyphens allowed, optionally starting with +, for example 0812 3456 7890.",
  "choice.yes_no.yes": "Yes",
  "choice.yes_no.no": "No",
};
