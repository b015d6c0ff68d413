// Catalogue part: The shared roll-up (Ringkasan bersama) sheet and its notices.
export const id = {
  "menu.shared_summary": "Ringkasan bersama",
  "shared.title": "Ringkasan bersama: {area} ({code})",
  "shared.perturbation_note":
    "Angka di ringkasan bersama sengaja digeser sedikit (paling banyak 5) agar tidak ada warga yang dapat dikenali: tidak ada angka 1 sampai 4, angka 0 tetap 0, dan sel yang sama selalu bernilai sama di setiap wilayah dan tabel. Karena itu jumlah total bisa sedikit berbeda dari penjumlahan sel-selnya. Angka persis hanya ada di laporan kelompok sendiri.",
  "shared.exact_note": "Angka persis (dibaca admin program; pembacaan ini dicatat).",
  "shared.stale": "Perlu menekan Buat laporan lagi (data lama belum ikut dihitung): {groups}",
  "shared.withheld":
    "{form}: tidak ditampilkan untuk wilayah sekecil ini; data ini hanya ditampilkan mulai tingkat {floor}.",
  "shared.floor.village": "desa/kelurahan",
  "shared.floor.district": "kecamatan",
  "shared.floor.regency": "kabupaten/kota",
  "shared.completeness": "{form}: {reported} dari {expected} kelompok sudah melapor.",
  "shared.missing": "Belum melapor: {groups}",
  "shared.area": "Wilayah",
  "shared.area_all": "Semua wilayah",
  "shared.period": "Periode",
  "shared.period_hint": "Contoh: 2025 (setahun), 2025-Q2 (April–Juni), 2025-08 (Agustus).",
  "shared.fetch": "Ambil ringkasan",
  "shared.fetching": "Mengambil ringkasan…",
  "shared.done": 'Ringkasan {area} periode {period} ditulis ke lembar "{sheet}".',
  "shared.failed": "Ringkasan tidak dapat diambil: {reason}.",
  "shared.invalid_area": "Pilih wilayah.",
} as const;

export const en: Record<keyof typeof id, string> = {
  "menu.shared_summary": "Shared summary",
  "shared.title": "Shared summary: {area} ({code})",
  "shared.perturbation_note":
    "The numbers in the shared summary are shifted slightly on purpose (by at most 5) so that no resident can be identified: no number is 1 to 4, 0 stays 0, and the same cell always has the same number in every area and table. Totals may therefore differ slightly from the sum of their cells. Exact numbers are only in a group's own report.",
  "shared.exact_note": "Exact numbers (read by the programme admin; this read is recorded).",
  "shared.stale": "Must press Build report again (old data not yet counted): {groups}",
  "shared.withheld":
    "{form}: not shown for an area this small; these data are shown from {floor} level up.",
  "shared.floor.village": "village",
  "shared.floor.district": "district (kecamatan)",
  "shared.floor.regency": "regency/city",
  "shared.completeness": "{form}: {reported} of {expected} groups have reported.",
  "shared.missing": "Not yet reported: {groups}",
  "shared.area": "Area",
  "shared.area_all": "All areas",
  "shared.period": "Period",
  "shared.period_hint": "For example 2025 (a year), 2025-Q2 (April–June), 2025-08 (August).",
  "shared.fetch": "Fetch summary",
  "shared.fetching": "Fetching the summary…",
  "shared.done": 'The summary of {area} for {period} is in sheet "{sheet}".',
  "shared.failed": "The summary could not be fetched: {reason}.",
  "shared.invalid_area": "Choose an area.",
};
