// Catalogue part: field entry (phones) — taking the phones' records into the sheet.
export const id = {
  "menu.field_pull": "Ambil isian dari HP",
  "field.title": "Isian dari HP",
  "field.not_enabled":
    "Isian lapangan belum diaktifkan di spreadsheet ini. Aktifkan di Pengaturan → Anggota lapangan.",
  "field.none": "Tidak ada isian baru dari HP.",
  "field.done":
    "{added} baris dari HP masuk ke lembar ({failed} perlu diperbaiki, ditandai). {duplicates} sudah ada sebelumnya.",
  "field.unreadable":
    "{count} isian tidak bisa dibuka (rusak atau bukan untuk kelompok ini); anggota akan melihat pesan untuk mengirim ulang.",
  "field.needs_link":
    "Perlu ditautkan: warga ({who}) tidak ditemukan tepat satu di lembar Warga Rentan. Pilih warganya lewat Ubah data terpilih.",
  "field.status.saved": "tersimpan di HP",
  "field.status.sent": "terkirim",
  "field.status.taken": "masuk ke lembar",
  "field.status.rejected": "tidak bisa dibuka di lembar kelompok. Coba lagi.",
  "field.status.unknown": "belum sampai di server. Coba lagi.",
  "field.more": "Masih ada isian lain di server: jalankan Ambil isian dari HP sekali lagi.",
  "field.not_acknowledged":
    "Baris sudah masuk ke lembar, tetapi server belum diberi tahu ({reason}). Jalankan lagi nanti; tidak akan ada baris ganda.",
} as const;

export const en: Record<keyof typeof id, string> = {
  "menu.field_pull": "Get entries from phones",
  "field.title": "Entries from phones",
  "field.not_enabled":
    "Field entry is not enabled in this spreadsheet. Enable it in Settings → Field members.",
  "field.none": "No new entries from phones.",
  "field.done":
    "{added} rows from phones went into the sheet ({failed} need fixing, marked). {duplicates} were already there.",
  "field.unreadable":
    "{count} entries could not be opened (damaged or not for this group); the member will see a message to send again.",
  "field.needs_link":
    "Needs linking: the resident ({who}) did not match exactly one row of the register. Pick the resident with Edit selected row.",
  "field.status.saved": "saved on this phone",
  "field.status.sent": "sent",
  "field.status.taken": "in the sheet",
  "field.status.rejected": "could not be opened in the group's sheet. Try again.",
  "field.status.unknown": "not on the server yet. Try again.",
  "field.more": "More entries wait on the server: run Get entries from phones once more.",
  "field.not_acknowledged":
    "The rows are in the sheet, but the server was not told ({reason}). Run it again later; no row will be doubled.",
};
