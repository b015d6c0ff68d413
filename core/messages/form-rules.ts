// Catalogue part: Messages of cross-field rules shared by several forms, and of the shared field kinds.
export const id = {
  "rule.date_not_before": 'Tidak boleh lebih awal dari "{other}" ({date}).',
  "rule.required_when": 'Wajib diisi bila "{other}" adalah "{value}".',
  "rule.choice_not_for": 'Pilihan ini tidak berlaku bila "{other}" adalah "{value}".',
  "error.invalid_person_ref":
    "ID warga tidak valid (1–64 karakter tanpa spasi). Pilih warga dari daftar warga rentan.",
  "error.invalid_phone":
    "Nomor telepon tidak valid: 8–20 angka, boleh dengan spasi atau tanda hubung dan diawali +.",
  "choice.yes_no.yes": "Ya",
  "choice.yes_no.no": "Tidak",
} as const;

export const en: Record<keyof typeof id, string> = {
  "rule.date_not_before": 'Cannot be earlier than "{other}" ({date}).',
  "rule.required_when": 'Required when "{other}" is "{value}".',
  "rule.choice_not_for": 'This choice does not apply when "{other}" is "{value}".',
  "error.invalid_person_ref":
    "Invalid resident id (1–64 characters, no spaces). Choose the resident from the vulnerable residents register.",
  "error.invalid_phone":
    "Invalid phone number: 8–20 digits, spaces or hyphens allowed, optionally starting with +.",
  "choice.yes_no.yes": "Yes",
  "choice.yes_no.no": "No",
};
