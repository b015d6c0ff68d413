// Catalogue part: bringing rows from a lembar the group already keeps (Impor dari lembar lain).
export const id = {
  "menu.import": "Impor dari lembar lain",
  "menu.export": "Ekspor",
  "menu.export_opensid": "Data penduduk untuk OpenSID",
  "menu.export_a9": "Lampiran A-9 OpenSID",
  "menu.export_referrals": "Rujukan UPTD PPA",
  "menu.export_dtsen": "Usulan DTSEN",
  "export.done":
    'Lembar "{sheet}" dibuat: {rows} baris. Unduh lewat File → Download; data tetap di spreadsheet ini.',
  "export.done_left_out": "{count} baris tidak ditulis karena isiannya kurang: {rows}",
  "export.opensid.sheet": "Ekspor OpenSID penduduk",
  "export.opensid.title":
    "Data penduduk untuk Impor Data Penduduk OpenSID (37 kolom), dari lembar Warga Rentan. Kolom yang tidak dicatat Pilah dibiarkan kosong. Hapus tiga baris keterangan ini sebelum mengunggah.",
  "export.a9.sheet": "Lampiran A-9",
  "export.a9.title":
    "Data pilah kependudukan menurut umur dan faktor kerentanan (Lampiran A-9 OpenSID), dari lembar Warga Rentan. Sakit menahun dan hamil tidak dicatat Pilah (kosong); umur hanya dari tanggal lahir.",
  "export.referral.sheet": "Rujukan UPTD PPA baris",
  "export.referral.title":
    "Rujukan ke UPTD PPA: isian yang dimasukkan petugas SIMFONI-PPA. Berisi data pribadi: cetak atau serahkan langsung, jangan dikirim lewat pesan.",
  "export.dtsen.sheet": "Usulan DTSEN",
  "export.dtsen.title":
    "Usulan DTSEN untuk musyawarah di desa/kelurahan: warga yang belum terdaftar di DTSEN dan miskin, penyandang disabilitas, lansia atau perempuan kepala keluarga.",
  "export.scope": "Semua data sampai {date}; desa/kelurahan: {villages}.",
  "export.made": "Dibuat {time}.",
  "export.left_out": "Baris {row} tidak ditulis: {columns} kosong atau salah.",
  "export.dtsen.col.name": "Nama",
  "export.dtsen.col.nik": "NIK",
  "export.dtsen.col.kk": "Nomor Kartu Keluarga",
  "export.dtsen.col.village": "Desa/kelurahan",
  "export.dtsen.col.dusun": "Dusun",
  "export.dtsen.col.rw": "RW",
  "export.dtsen.col.rt": "RT",
  "export.dtsen.col.reasons": "Alasan diusulkan",
  "import.id_number_format":
    "Nomor ini rusak karena format angka: Google Sheets menyimpan angka hanya 15 digit, jadi digit terakhir hilang (tertulis ? atau E+15). Ketik ulang nomor lengkapnya dari kartunya, diawali tanda ' agar tersimpan sebagai teks.",
  "import.year_only":
    "Hanya tahun yang tertulis, tanpa tanggal dan bulan. Tahunnya disimpan di kolom catatan; isi tanggal lahir lengkap atau umur.",
  "import.no_header_row":
    "Baris judul kolom tidak ditemukan di 20 baris pertama lembar ini. Pastikan ada satu baris berisi judul kolom (misalnya Nama, NIK, Tgl Lahir).",
  "import.kind.ok": "Benar",
  "import.kind.warning": "Ada peringatan",
  "import.kind.error": "Perlu diperbaiki",
  "import.kind.duplicate_register": "Sudah ada di lembar Pilah",
  "import.kind.duplicate_source": "Tercatat dua kali di lembar asal",
  "import.choice.import": "Impor",
  "import.choice.skip": "Lewati",
  "import.choice.mark": "Impor dan tandai",
  "import.notes_origin": "Asal: lembar {sheet} baris {row}",
  "import.notes_column": "Catatan impor",
  "import.choose_sheet": "Lembar asal",
  "import.choose_form": "Masukkan ke",
  "import.no_sheets": "Tidak ada lembar lain di spreadsheet ini untuk diimpor.",
  "import.preview": "Lihat pratinjau",
  "import.run": "Impor sekarang",
  "import.pending": "{count} baris belum diimpor.",
  "import.columns": "Kolom dan isian Pilah",
  "import.column_unmapped": "(disimpan di catatan)",
  "import.unmapped_values": "Isian {field} tanpa kode: {values}. Baris ini diimpor dan ditandai.",
  "import.progress": "Mengimpor… {written} baris sudah ditulis.",
  "import.done":
    "Selesai: {written} baris ditulis, {skipped} dilewati, {marked} ditandai. Lembar asal tidak diubah.",
  "import.failed":
    "Impor berhenti: {message}. Yang sudah ditulis tetap ada; pilih Impor sekarang lagi untuk melanjutkan.",
} as const;

export const en: Record<keyof typeof id, string> = {
  "menu.import": "Import from another sheet",
  "menu.export": "Export",
  "menu.export_opensid": "Population data for OpenSID",
  "menu.export_a9": "OpenSID Annex A-9",
  "menu.export_referrals": "UPTD PPA referrals",
  "menu.export_dtsen": "DTSEN proposal",
  "export.done":
    'Sheet "{sheet}" made: {rows} rows. Download it with File → Download; the data stays in this spreadsheet.',
  "export.done_left_out": "Rows not written because fields are missing: {count}: {rows}",
  "export.opensid.sheet": "OpenSID population export",
  "export.opensid.title":
    "Population data for OpenSID's Impor Data Penduduk (37 columns), from the Warga Rentan sheet. Columns Pilah does not record are left blank. Delete these three lines before uploading.",
  "export.a9.sheet": "Annex A-9",
  "export.a9.title":
    "Population data by age and vulnerability (OpenSID Lampiran A-9), from the Warga Rentan sheet. Chronic illness and pregnancy are not recorded by Pilah (blank); ages only from birth dates.",
  "export.referral.sheet": "UPTD PPA referral row",
  "export.referral.title":
    "Referral to the UPTD PPA: what a SIMFONI-PPA operator enters. Holds personal data: print or hand it over, do not send it by message.",
  "export.dtsen.sheet": "DTSEN proposal",
  "export.dtsen.title":
    "DTSEN proposal for the village meeting: residents not yet in DTSEN who are poor, have a disability, are elderly or are women heads of household.",
  "export.scope": "All data up to {date}; villages: {villages}.",
  "export.made": "Made {time}.",
  "export.left_out": "Row {row} not written: {columns} empty or wrong.",
  "export.dtsen.col.name": "Name",
  "export.dtsen.col.nik": "NIK",
  "export.dtsen.col.kk": "Family card number",
  "export.dtsen.col.village": "Village",
  "export.dtsen.col.dusun": "Dusun",
  "export.dtsen.col.rw": "RW",
  "export.dtsen.col.rt": "RT",
  "export.dtsen.col.reasons": "Reasons proposed",
  "import.id_number_format":
    "This number was broken by the number format: Google Sheets keeps only 15 digits of a number, so the last digit is lost (shown as ? or E+15). Type the full number again from the card, starting with ' so it is kept as text.",
  "import.year_only":
    "Only a year was written, without day and month. The year is kept in the notes column; fill in the full birth date or the age.",
  "import.no_header_row":
    "No row of column titles was found in the first 20 rows of this sheet. Make sure one row holds the column titles (for example Nama, NIK, Tgl Lahir).",
  "import.kind.ok": "Correct",
  "import.kind.warning": "Has a warning",
  "import.kind.error": "Needs fixing",
  "import.kind.duplicate_register": "Already in the Pilah sheet",
  "import.kind.duplicate_source": "Recorded twice in the source sheet",
  "import.choice.import": "Import",
  "import.choice.skip": "Skip",
  "import.choice.mark": "Import and mark",
  "import.notes_origin": "From: sheet {sheet} row {row}",
  "import.notes_column": "Import notes",
  "import.choose_sheet": "Source sheet",
  "import.choose_form": "Import into",
  "import.no_sheets": "There is no other sheet in this spreadsheet to import.",
  "import.preview": "Show preview",
  "import.run": "Import now",
  "import.pending": "Rows not imported yet: {count}.",
  "import.columns": "Columns and Pilah fields",
  "import.column_unmapped": "(kept in the notes)",
  "import.unmapped_values":
    "Values of {field} without a code: {values}. These rows are imported and marked.",
  "import.progress": "Importing… rows written so far: {written}.",
  "import.done":
    "Done: {written} rows written, {skipped} skipped, {marked} marked. The source sheet was not changed.",
  "import.failed":
    "The import stopped: {message}. What was written stays; choose Import now again to continue.",
};
