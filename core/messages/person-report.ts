// Catalogue part: Headings and notices of the person report.
export const id = {
  "report.sheet_name": "Laporan Warga Rentan",
  "report.title": "Data pilah warga rentan: desa × jenis kelamin × kelompok umur",
  "report.period": "Periode",
  "report.generated": "Dibuat",
  "report.village": "Desa/kelurahan",
  "report.sex": "Jenis kelamin",
  "report.age_band": "Kelompok umur",
  "report.total": "Jumlah",
  "report.unknown": "Tidak diketahui",
  "report.rows_skipped": "{count} baris tidak dihitung karena isinya belum valid.",
  "report.done": "Laporan dibuat: {count} warga dihitung.",
  "report.sent": "Jumlah (tanpa data pribadi) terkirim ke server, revisi {revision}.",
  "report.not_sent": "Jumlah belum terkirim ke server: {reason}",
  "report.chart_title": "Warga rentan per desa dan jenis kelamin",
} as const;

export const en: Record<keyof typeof id, string> = {
  "report.sheet_name": "Vulnerable Residents Report",
  "report.title": "Disaggregated data on vulnerable residents: village × sex × age band",
  "report.period": "Period",
  "report.generated": "Generated",
  "report.village": "Village",
  "report.sex": "Sex",
  "report.age_band": "Age band",
  "report.total": "Total",
  "report.unknown": "Unknown",
  "report.rows_skipped": "{count} rows were not counted because they are not valid yet.",
  "report.done": "Report built: {count} residents counted.",
  "report.sent": "Counts (no personal data) sent to the server, revision {revision}.",
  "report.not_sent": "Counts not sent to the server: {reason}",
  "report.chart_title": "Vulnerable residents by village and sex",
};
