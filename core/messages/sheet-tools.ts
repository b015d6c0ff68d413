// Catalogue part: Checking all data, editing the selected row, finding persons, sheet guards.
export const id = {
  "menu.edit_selected": "Ubah data terpilih",
  "menu.check_all": "Periksa semua data",
  "status.ok": "benar",
  "status.warning": "ada peringatan",
  "status.error": "perlu diperbaiki",
  "status.unchecked": "belum diperiksa",
  "check.title": "Hasil pemeriksaan data",
  "check.progress_start": "Memeriksa semua lembar formulir…",
  "check.progress_server": "Mengirim {count} baris ke server untuk diperiksa…",
  "check.progress_done":
    "Selesai: {rows} baris diperiksa, {bad} perlu diperbaiki, {warnings} dengan peringatan.",
  "check.note_warning": "Perhatian: {message}",
  "check.person_not_found":
    "Tidak ada warga dengan ID ini di lembar Warga Rentan (mungkin barisnya sudah dihapus). Pilih warganya lagi lewat Ubah data terpilih, atau kosongkan isian ini.",
  "check.sheet_changed":
    'Lembar "{sheet}" berubah selama pemeriksaan (baris atau kolom ditambah/dihapus). Tidak ada yang ditulis di lembar ini; jalankan Periksa semua data lagi.',
  "check.no_sheets":
    "Belum ada lembar formulir Pilah di spreadsheet ini. Simpan data lewat formulir dulu.",
  "check.checked_at": "Diperiksa {time}",
  "check.col_sheet": "Lembar",
  "check.col_rows": "Baris",
  "check.col_bad": "Perlu diperbaiki",
  "check.col_warnings": "Peringatan",
  "check.total": "Jumlah",
  "check.bad_rows": "{sheet}: baris {rows}",
  "check.bad_rows_more": "dan {count} baris lainnya",
  "check.ids_assigned": '{count} baris di lembar "{sheet}" diberi ID baru.',
  "check.server_none": "Tidak ada baris baru atau berubah yang perlu diperiksa server.",
  "check.server_checked": "{count} baris diperiksa server.",
  "check.server_failed":
    '{count} baris belum diperiksa server ({reason}). Statusnya tetap "belum diperiksa"; jalankan Periksa semua data lagi nanti.',
  "check.legend":
    "Sel yang salah berwarna merah muda, sel dengan peringatan berwarna kuning. Arahkan kursor ke sel itu untuk membaca catatannya. Pilah tidak mengubah atau menghapus isian apa pun.",
  "check.all_good": "Semua baris sudah benar.",
  "edit.not_form_sheet":
    "Pilih satu baris data di lembar formulir Pilah ({sheets}), lalu pilih Ubah data terpilih lagi.",
  "edit.not_data_row":
    "Baris {row} bukan baris data. Data dimulai dari baris {first}; pilih salah satu baris data, lalu coba lagi.",
  "edit.empty_row": "Baris {row} kosong. Pilih baris yang berisi data, lalu coba lagi.",
  "edit.no_id":
    "Baris {row} belum punya ID (diketik langsung di lembar). Jalankan Periksa semua data dulu, lalu coba lagi.",
  "edit.conflict":
    'Baris {row} lembar "{sheet}" sudah berubah sejak formulir ini dibuka (diubah orang lain, atau baris bergeser). Tidak ada yang ditulis. Pilih barisnya lagi, lalu pilih Ubah data terpilih.',
  "edit.stale":
    'Orang lain sudah mengubah baris {row} lembar "{sheet}" sejak formulir ini dibuka, jadi isian Anda belum disimpan agar perubahan mereka tidak hilang. Isian Anda masih ada di formulir ini: salin yang perlu, pilih barisnya lagi, lalu pilih Ubah data terpilih.',
  "edit.sheet_missing":
    'Lembar "{sheet}" tidak ditemukan. Mungkin namanya diubah; kembalikan namanya, lalu coba lagi.',
  "edit.saved": 'Perubahan tersimpan di baris {row} lembar "{sheet}".',
  "edit.saved_unchecked":
    'Perubahan tersimpan di baris {row} lembar "{sheet}", tetapi belum diperiksa server ({reason}). Data tidak hilang. Setelah koneksi pulih, jalankan Ekstensi → Pilah → Periksa semua data untuk memeriksanya.',
  "guard.header_protection":
    "Baris kode kolom (tersembunyi) dan judul kolom Pilah. Pilah mencari kolom lewat baris kode ini; jangan diubah.",
  "guard.choices_help": "Pilih dari daftar: {choices}",
  "search.person_label": "{name} — {village}",
  "search.person_label_nik": "{name} — {village} — NIK {nik}",
  "search.placeholder": "Cari nama, NIK atau desa/kelurahan…",
  "search.no_results": "Tidak ada warga yang cocok.",
  "search.clear": "Hapus pilihan {name}",
  "search.unknown_person": "(tidak ditemukan di lembar Warga Rentan)",
} as const;

export const en: Record<keyof typeof id, string> = {
  "menu.edit_selected": "Edit selected row",
  "menu.check_all": "Check all data",
  "status.ok": "correct",
  "status.warning": "has a warning",
  "status.error": "needs fixing",
  "status.unchecked": "not checked yet",
  "check.title": "Data check results",
  "check.progress_start": "Checking every form sheet…",
  "check.progress_server": "Sending rows to the server to be checked: {count}…",
  "check.progress_done": "Done: {rows} rows checked, {bad} need fixing, {warnings} with warnings.",
  "check.note_warning": "Please note: {message}",
  "check.person_not_found":
    "No resident with this ID in the Warga Rentan sheet (the row may have been deleted). Choose the resident again through Edit selected row, or empty this cell.",
  "check.sheet_changed":
    'Sheet "{sheet}" changed during the check (rows or columns added or deleted). Nothing was written to it; run Check all data again.',
  "check.no_sheets":
    "This spreadsheet has no Pilah form sheets yet. Save a record through a form first.",
  "check.checked_at": "Checked {time}",
  "check.col_sheet": "Sheet",
  "check.col_rows": "Rows",
  "check.col_bad": "Need fixing",
  "check.col_warnings": "Warnings",
  "check.total": "Total",
  "check.bad_rows": "{sheet}: rows {rows}",
  "check.bad_rows_more": "and {count} more rows",
  "check.ids_assigned": 'Rows in sheet "{sheet}" given a new ID: {count}.',
  "check.server_none": "No new or changed rows needed the server check.",
  "check.server_checked": "Rows checked by the server: {count}.",
  "check.server_failed":
    'Rows not yet checked by the server ({reason}): {count}. They stay "not checked yet"; run Check all data again later.',
  "check.legend":
    "Wrong cells are pink, cells with a warning yellow. Hover over such a cell to read its note. Pilah never changes or deletes anything you entered.",
  "check.all_good": "Every row is correct.",
  "edit.not_form_sheet":
    "Select a data row in a Pilah form sheet ({sheets}), then choose Edit selected row again.",
  "edit.not_data_row":
    "Row {row} is not a data row. Data starts at row {first}; select a data row, then try again.",
  "edit.empty_row": "Row {row} is empty. Select a row with data, then try again.",
  "edit.no_id":
    "Row {row} has no ID yet (it was typed straight into the sheet). Run Check all data first, then try again.",
  "edit.conflict":
    'Row {row} of sheet "{sheet}" has changed since this form was opened (edited by someone else, or rows moved). Nothing was written. Select the row again, then choose Edit selected row.',
  "edit.stale":
    'Someone else changed row {row} of sheet "{sheet}" since this form was opened, so your entry was not saved and their change is kept. Your entry is still in this form: copy what you need, select the row again, then choose Edit selected row.',
  "edit.sheet_missing":
    'Sheet "{sheet}" was not found. Its name may have been changed; change it back, then try again.',
  "edit.saved": 'Changes saved in row {row} of sheet "{sheet}".',
  "edit.saved_unchecked":
    'Changes saved in row {row} of sheet "{sheet}", but not yet checked by the server ({reason}). Nothing is lost. Once the connection is back, run Extensions → Pilah → Check all data to check it.',
  "guard.header_protection":
    "Pilah's hidden row of column codes and the column titles. Pilah finds its columns through the codes; do not change them.",
  "guard.choices_help": "Choose from the list: {choices}",
  "search.person_label": "{name} — {village}",
  "search.person_label_nik": "{name} — {village} — NIK {nik}",
  "search.placeholder": "Search name, NIK or village…",
  "search.no_results": "No matching resident.",
  "search.clear": "Remove the choice {name}",
  "search.unknown_person": "(not found in the Warga Rentan sheet)",
};
