// Catalogue part: The shared roll-up (Ringkasan bersama) sheet and its notices.
export const id = {
  "menu.shared_summary": "Ringkasan bersama",
  "shared.title": "Ringkasan bersama: {area} ({code})",
  "shared.suppression_note":
    'Angka 1–{below} disembunyikan (ditulis "<{k}"), juga beberapa sel lain, agar tidak ada warga yang dapat dikenali.',
  "shared.completeness": "{form}: {reported} dari {expected} kelompok sudah melapor.",
  "shared.missing": "Belum melapor: {groups}",
  "shared.omitted":
    "{count} tabel terlalu besar untuk wilayah ini; pilih wilayah yang lebih kecil.",
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
  "shared.suppression_note":
    'Counts from 1 to {below} are hidden (shown as "<{k}"), with some other cells, so that no resident can be identified.',
  "shared.completeness": "{form}: {reported} of {expected} groups have reported.",
  "shared.missing": "Not yet reported: {groups}",
  "shared.omitted": "{count} tables are too large for this area; choose a smaller area.",
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
