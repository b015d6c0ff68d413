// Catalogue part: Menu, sidebar, settings, server status, validation and identity-number messages.
export const id = {
  "app.name": "Pilah",
  "menu.add_person": "Tambah warga rentan",
  "menu.report": "Buat laporan",
  "menu.settings": "Pengaturan",
  "menu.help": "Bantuan",
  "help.title": "Bantuan: panduan lapangan",
  "sidebar.settings.title": "Pengaturan Pilah",
  "sidebar.submit": "Simpan",
  "sidebar.saving": "Menyimpan…",
  "sidebar.saved":
    'Tersimpan di baris {row} lembar "{sheet}". Formulir sudah kosong untuk data berikutnya.',
  "sidebar.saved_unchecked":
    'Tersimpan di baris {row} lembar "{sheet}", tetapi belum diperiksa server ({reason}). Data tidak hilang. Setelah koneksi pulih, jalankan Ekstensi → Pilah → Periksa semua data untuk memeriksanya.',
  "sidebar.fix_errors": "Ada {count} isian yang perlu diperbaiki.",
  "sidebar.fix_errors_hint": "Pilih satu untuk langsung menuju isiannya.",
  "sidebar.section_progress": "Bagian {index} dari {count}",
  "draft.restored":
    "Isian yang Anda ketik sebelumnya dan belum disimpan sudah dikembalikan. Periksa, lalu tekan Simpan.",
  "draft.discard": "Kosongkan formulir",
  "sidebar.warnings": "Perhatian:",
  "sidebar.choose": "— pilih —",
  "sidebar.required": "wajib",
  "sidebar.failed":
    "Tidak berhasil: {message}. Isian Anda masih ada di formulir; coba simpan lagi.",
  "settings.server_url": "Alamat server",
  "settings.group_key": "Kunci kelompok",
  "settings.group_key_hint":
    "Kunci dari admin kabupaten/kota. Kosongkan untuk tetap memakai kunci yang tersimpan.",
  "settings.group_key_saved": "Kunci tersimpan.",
  "settings.language": "Bahasa",
  "settings.villages": "Desa/kelurahan kelompok",
  "settings.district": "Kecamatan",
  "settings.district_villages": "Desa/kelurahan di Kecamatan {district}",
  "settings.remove_village": "Hapus {name} dari daftar",
  "settings.save": "Simpan pengaturan",
  "settings.saved": "Pengaturan tersimpan.",
  "settings.lang.id": "Bahasa Indonesia",
  "settings.lang.en": "English",
  "settings.no_villages":
    "Desa/kelurahan kelompok belum dipilih, jadi semua desa/kelurahan program ditampilkan. Pilih desa/kelurahan kelompok di Ekstensi → Pilah → Pengaturan.",
  "error.invalid_url":
    "Tulis alamat server lengkap, diawali https:// (contoh: https://pilah.contoh.workers.dev). Tanyakan alamatnya kepada admin kabupaten/kota.",
  "error.invalid_key":
    "Kunci kelompok harus 8–200 huruf atau angka tanpa spasi. Salin kunci dari admin kabupaten/kota persis seperti yang diberikan.",
  "error.too_many": "Paling banyak {max}. Hapus beberapa pilihan.",
  "error.insecure_url":
    "Alamat server harus diawali https:// agar kunci kelompok dan data yang diperiksa terlindungi (http:// hanya untuk 127.0.0.1 atau localhost saat uji coba).",
  "settings.key_for_new_server":
    "Alamat server berubah: tulis kunci kelompok untuk server itu dulu. Kunci yang tersimpan hanya dikirim ke alamat lama.",
  "settings.key_cleared":
    "Alamat server berubah, jadi kunci kelompok yang lama dihapus. Tulis kunci kelompok untuk server baru.",
  "error.sheet_column_missing":
    'Kolom "{column}" hilang dari lembar "{sheet}". Tidak ada yang ditulis. Kembalikan kolom itu (misalnya dengan Urungkan, Ctrl+Z), lalu coba lagi.',
  "error.busy": "Lembar sedang dipakai orang lain. Coba lagi sebentar lagi.",
  "worker.not_configured": "alamat server atau kunci kelompok belum diisi di Pengaturan",
  "worker.unreachable": "server tidak dapat dihubungi; periksa koneksi internet, lalu coba lagi",
  "worker.rejected_key":
    "server menolak kunci kelompok; periksa kunci di Pengaturan atau minta kunci baru kepada admin kabupaten/kota",
  "worker.error":
    "server sedang bermasalah (kode {status}); coba lagi nanti, dan bila terus terjadi beri tahu admin kabupaten/kota",
  "error.required": "Wajib diisi.",
  "error.text_too_long": "Terlalu panjang: paling banyak {max} huruf. Singkatkan.",
  "error.invalid_choice": "Pilihan ini tidak ada di daftar. Pilih salah satu dari daftar.",
  "error.invalid_date": "Tanggal tidak terbaca. Tulis tahun-bulan-tanggal, contoh 2025-08-17.",
  "error.date_in_future": "Tanggal ini belum lewat. Isi tanggal hari ini atau sebelumnya.",
  "error.invalid_integer": "Tulis angka bulat saja, contoh 12.",
  "error.number_too_small": "Paling kecil {min}. Periksa angkanya.",
  "error.number_too_large": "Paling besar {max}. Periksa angkanya.",
  "error.invalid_village":
    "Desa/kelurahan ini tidak ada di daftar program. Pilih dari daftar desa/kelurahan.",
  "error.village_not_in_group":
    "Desa/kelurahan ini bukan wilayah kelompok. Pilih desa/kelurahan kelompok, atau tambahkan di Pengaturan.",
  "error.one_of_required": "Isi tanggal lahir, atau umur bila tanggal lahir tidak diketahui.",
  "error.only_with_disability":
    "Hanya untuk penyandang disabilitas: centang kategori Penyandang disabilitas, atau kosongkan isian ini.",
  "error.invalid_value": "Isian ini tidak dapat dibaca. Periksa dan tulis ulang.",
  "error.unknown_form": "Formulir tidak dikenal. Tutup panel ini dan buka lagi dari menu Pilah.",
  "error.unknown_field":
    "Isian ini tidak ada di formulir Pilah, jadi tidak dapat disimpan. Hapus isian ini.",
  "nik.length":
    "NIK harus 16 angka. Cocokkan dengan KTP-el atau Kartu Keluarga; kosongkan bila orang ini belum punya NIK.",
  "nik.digits": "NIK hanya berisi angka. Hapus huruf atau tanda lain.",
  "nik.province":
    "Dua angka pertama NIK ({code}) bukan kode provinsi. Cocokkan NIK dengan KTP-el atau Kartu Keluarga.",
  "nik.month":
    "Angka ke-9 dan ke-10 NIK ({month}) adalah bulan lahir dan harus 01–12. Cocokkan NIK dengan KTP-el atau Kartu Keluarga.",
  "nik.day":
    "Angka ke-7 dan ke-8 NIK adalah tanggal lahir (pada perempuan ditambah 40), tetapi tanggal itu tidak ada. Cocokkan NIK dengan KTP-el atau Kartu Keluarga.",
  "nik.serial":
    "Empat angka terakhir NIK (nomor urut) tidak boleh 0000. Cocokkan NIK dengan KTP-el atau Kartu Keluarga.",
  "nik.sex_is_female":
    "NIK ini milik perempuan (tanggal lahirnya ditambah 40), tetapi jenis kelamin yang diisi laki-laki. Periksa jenis kelamin atau NIK-nya.",
  "nik.sex_is_male":
    "NIK ini milik laki-laki (tanggal lahirnya tidak ditambah 40), tetapi jenis kelamin yang diisi perempuan. Periksa jenis kelamin atau NIK-nya.",
  "nik.area_unknown":
    "Kode wilayah {code} pada NIK tidak ada di daftar wilayah sekarang (mungkin wilayahnya sudah dimekarkan). Bila NIK sama dengan di KTP-el, biarkan saja.",
  "nik.birth_date_mismatch":
    "Tanggal lahir di NIK ({nikDate}) berbeda dengan tanggal lahir yang diisi ({formDate}). Periksa tanggal lahir; bila keduanya sesuai dokumen, biarkan saja (NIK tidak diganti setelah tanggal lahir dibetulkan).",
  "nik.future_birth":
    "Tanggal lahir di dalam NIK belum lewat. Cocokkan NIK dengan KTP-el atau Kartu Keluarga.",
  "kk.length": "Nomor Kartu Keluarga harus 16 angka. Salin dari bagian atas Kartu Keluarga.",
  "kk.digits": "Nomor Kartu Keluarga hanya berisi angka. Hapus huruf atau tanda lain.",
  "kk.province":
    "Dua angka pertama Nomor Kartu Keluarga ({code}) bukan kode provinsi. Salin lagi dari bagian atas Kartu Keluarga.",
  "kk.date":
    "Angka ke-7 sampai ke-12 Nomor Kartu Keluarga (tanggal terbit) tidak membentuk tanggal. Salin lagi dari bagian atas Kartu Keluarga.",
  "kk.serial":
    "Empat angka terakhir Nomor Kartu Keluarga (nomor urut) tidak boleh 0000. Salin lagi dari bagian atas Kartu Keluarga.",
  "kk.area_unknown":
    "Kode wilayah {code} pada Nomor Kartu Keluarga tidak ada di daftar wilayah sekarang (mungkin wilayahnya sudah dimekarkan). Bila nomornya sama dengan di Kartu Keluarga, biarkan saja.",
  "field.meta.id": "ID",
  "field.meta.created_at": "Dibuat",
  "field.meta.created_by": "Dibuat oleh",
  "field.meta.updated_at": "Diubah",
  "field.meta.check_status": "Status pemeriksaan",
  "field.meta.record_key": "Kunci acak baris",
  "settings.age_bands": "Kelompok umur di laporan",
  "settings.age_bands.simfoni":
    "SIMFONI-PPA, pencatatan kasus kekerasan nasional (0–5, 6–12, 13–17, 18–24, 25–44, 45–59, 60+)",
  "settings.age_bands.opensid":
    "OpenSID, Lampiran A-9 data pilah (<1, 1–5, 6–12, 13–15, 16–18, 19–60, >60)",
  "settings.age_bands.opensid_five_year":
    "OpenSID, kelompok umur lima tahunan (<1, 1–4, 5–9, …, 70–74, 75+)",
  "settings.age_bands.life_stage": "Anak / dewasa / lansia",
  "settings.report_period": "Periode laporan",
  "settings.report_period_hint":
    "Contoh: 2025 (setahun), 2025-Q2 (April–Juni), 2025-08 (Agustus). Kosongkan untuk tahun ini.",
  "error.invalid_period":
    "Periode tidak terbaca. Tulis seperti contoh: 2025 (setahun), 2025-Q2 (April–Juni) atau 2025-08 (Agustus).",
  "settings.test_connection": "Uji koneksi",
  "settings.testing": "Menghubungi server…",
  "settings.connection_ok": "Terhubung ke server Pilah (versi {version}); kunci kelompok diterima.",
  "settings.connection_failed": "Tidak berhasil: {reason}.",
  "menu.add_case": "Tambah kasus",
  "menu.add_service": "Tambah layanan",
  "menu.add_activity": "Tambah kegiatan",
  "menu.add_member": "Tambah anggota",
  "sidebar.edit_title": "Ubah data: {form}",
  "sidebar.editing": "Mengubah baris {row}.",
  "worker.rate_limited": "server sedang sibuk; coba lagi sebentar lagi",
  "worker.unavailable": "server sedang tidak tersedia; coba lagi nanti",
  "worker.villages_outside":
    "rekap memuat desa/kelurahan yang tidak terdaftar untuk kelompok ini di server; samakan desa/kelurahan di Pengaturan dengan yang didaftarkan admin kabupaten/kota",
  "worker.storage_quota":
    "ruang simpan kelompok di server sudah penuh; minta admin kabupaten/kota menambah kuota",
  "worker.daily_quota": "batas kiriman ke server hari ini sudah tercapai; kirim lagi besok",
  "worker.too_large":
    "kiriman terlalu besar untuk server; kurangi jumlah desa/kelurahan di Pengaturan atau hubungi admin kabupaten/kota",
  "worker.period_closed":
    "server hanya menerima periode dari dua tahun lalu sampai periode sekarang; pilih periode lain di Pengaturan",
  "worker.summary_invalid":
    "server tidak menerima bentuk jumlah ini; perbarui add-on Pilah lalu buat laporan lagi",
  "worker.invalid_answer": "jawaban server tidak dapat dibaca; periksa alamat server di Pengaturan",
} as const;

export const en: Record<keyof typeof id, string> = {
  "app.name": "Pilah",
  "menu.add_person": "Add vulnerable resident",
  "menu.report": "Build report",
  "menu.settings": "Settings",
  "menu.help": "Help",
  "help.title": "Help: field guide",
  "sidebar.settings.title": "Pilah settings",
  "sidebar.submit": "Save",
  "sidebar.saving": "Saving…",
  "sidebar.saved": 'Saved in row {row} of sheet "{sheet}". The form is empty for the next record.',
  "sidebar.saved_unchecked":
    'Saved in row {row} of sheet "{sheet}", but not yet checked by the server ({reason}). Nothing is lost. Once the connection is back, run Extensions → Pilah → Check all data to check it.',
  "sidebar.fix_errors": "{count} entries need fixing.",
  "sidebar.fix_errors_hint": "Choose one to go straight to it.",
  "sidebar.section_progress": "Part {index} of {count}",
  "draft.restored":
    "What you typed earlier and did not save has been put back. Check it, then press Save.",
  "draft.discard": "Empty the form",
  "sidebar.warnings": "Please note:",
  "sidebar.choose": "— choose —",
  "sidebar.required": "required",
  "sidebar.failed":
    "That did not work: {message}. What you entered is still in the form; try saving again.",
  "settings.server_url": "Server address",
  "settings.group_key": "Group key",
  "settings.group_key_hint": "The key from the district admin. Leave empty to keep the saved key.",
  "settings.group_key_saved": "A key is saved.",
  "settings.language": "Language",
  "settings.villages": "The group's villages",
  "settings.district": "District",
  "settings.district_villages": "Villages in {district} district",
  "settings.remove_village": "Remove {name} from the list",
  "settings.save": "Save settings",
  "settings.saved": "Settings saved.",
  "settings.lang.id": "Bahasa Indonesia",
  "settings.lang.en": "English",
  "settings.no_villages":
    "The group's villages are not chosen yet, so every village of the programme is listed. Choose the group's villages in Extensions → Pilah → Settings.",
  "error.invalid_url":
    "Write the full server address, starting with https:// (for example https://pilah.example.workers.dev). Ask the district admin for it.",
  "error.invalid_key":
    "The group key has 8–200 characters without spaces. Copy the key from the district admin exactly as given.",
  "error.too_many": "At most {max}. Remove some of the choices.",
  "error.insecure_url":
    "The server address must start with https:// so the group key and the checked data are protected (http:// only for 127.0.0.1 or localhost when testing).",
  "settings.key_for_new_server":
    "The server address changed: type the group key for that server first. The stored key is only sent to the old address.",
  "settings.key_cleared":
    "The server address changed, so the old group key was removed. Type the group key for the new server.",
  "error.sheet_column_missing":
    'Column "{column}" is missing from sheet "{sheet}". Nothing was written. Bring the column back (for example with Undo, Ctrl+Z), then try again.',
  "error.busy": "The sheet is in use by someone else. Try again in a moment.",
  "worker.not_configured": "the server address or group key is not set in Settings",
  "worker.unreachable":
    "the server cannot be reached; check the internet connection, then try again",
  "worker.rejected_key":
    "the server refused the group key; check the key in Settings or ask the district admin for a new one",
  "worker.error":
    "the server has a problem (code {status}); try again later, and tell the district admin if it keeps happening",
  "error.required": "Required.",
  "error.text_too_long": "Too long: at most {max} characters. Shorten it.",
  "error.invalid_choice": "This choice is not on the list. Choose one from the list.",
  "error.invalid_date": "The date cannot be read. Write year-month-day, for example 2025-08-17.",
  "error.date_in_future": "This date has not come yet. Enter today's date or an earlier one.",
  "error.invalid_integer": "Write a whole number only, for example 12.",
  "error.number_too_small": "At least {min}. Check the number.",
  "error.number_too_large": "At most {max}. Check the number.",
  "error.invalid_village": "This village is not on the programme's list. Choose one from the list.",
  "error.village_not_in_group":
    "This village is not one of the group's. Choose one of the group's villages, or add it in Settings.",
  "error.one_of_required": "Enter the birth date, or the age if the birth date is not known.",
  "error.only_with_disability":
    "Only for persons with a disability: tick the category Person with a disability, or leave this empty.",
  "error.invalid_value": "This entry cannot be read. Check it and write it again.",
  "error.unknown_form": "Unknown form. Close this panel and open it again from the Pilah menu.",
  "error.unknown_field":
    "This field is not part of the Pilah form, so it cannot be saved. Remove it.",
  "nik.length":
    "A NIK has 16 digits. Compare it with the KTP-el or family card; leave it empty if the person has no NIK.",
  "nik.digits": "A NIK has digits only. Remove letters and other signs.",
  "nik.province":
    "The first two digits of the NIK ({code}) are not a province code. Compare the NIK with the KTP-el or family card.",
  "nik.month":
    "Digits 9 and 10 of the NIK ({month}) are the birth month and must be 01–12. Compare the NIK with the KTP-el or family card.",
  "nik.day":
    "Digits 7 and 8 of the NIK are the birth day (40 is added for women), but that day does not exist. Compare the NIK with the KTP-el or family card.",
  "nik.serial":
    "The last four digits of the NIK (the serial number) cannot be 0000. Compare the NIK with the KTP-el or family card.",
  "nik.sex_is_female":
    "This NIK belongs to a woman (40 is added to her birth day), but the sex entered is male. Check the sex or the NIK.",
  "nik.sex_is_male":
    "This NIK belongs to a man (no 40 added to the birth day), but the sex entered is female. Check the sex or the NIK.",
  "nik.area_unknown":
    "Area code {code} in the NIK is not in today's area list (the area may have been split). If the NIK matches the KTP-el, leave it.",
  "nik.birth_date_mismatch":
    "The birth date in the NIK ({nikDate}) differs from the birth date entered ({formDate}). Check the birth date; if both match the documents, leave it (a NIK is not changed when a birth date is corrected).",
  "nik.future_birth":
    "The birth date inside the NIK has not come yet. Compare the NIK with the KTP-el or family card.",
  "kk.length":
    "A family card (Kartu Keluarga) number has 16 digits. Copy it from the top of the card.",
  "kk.digits":
    "A family card (Kartu Keluarga) number has digits only. Remove letters and other signs.",
  "kk.province":
    "The first two digits of the family card number ({code}) are not a province code. Copy it again from the top of the card.",
  "kk.date":
    "Digits 7 to 12 of the family card number (its issue date) are not a date. Copy it again from the top of the card.",
  "kk.serial":
    "The last four digits of the family card number (the serial number) cannot be 0000. Copy it again from the top of the card.",
  "kk.area_unknown":
    "Area code {code} in the family card number is not in today's area list (the area may have been split). If the number matches the card, leave it.",
  "field.meta.id": "ID",
  "field.meta.created_at": "Created",
  "field.meta.created_by": "Created by",
  "field.meta.updated_at": "Updated",
  "field.meta.check_status": "Check status",
  "field.meta.record_key": "Row random key",
  "settings.age_bands": "Age bands in reports",
  "settings.age_bands.simfoni":
    "SIMFONI-PPA, the national record of violence cases (0–5, 6–12, 13–17, 18–24, 25–44, 45–59, 60+)",
  "settings.age_bands.opensid":
    "OpenSID, data pilah annex A-9 (<1, 1–5, 6–12, 13–15, 16–18, 19–60, >60)",
  "settings.age_bands.opensid_five_year":
    "OpenSID, five-year age bands (<1, 1–4, 5–9, …, 70–74, 75+)",
  "settings.age_bands.life_stage": "Child / adult / elderly",
  "settings.report_period": "Report period",
  "settings.report_period_hint":
    "For example 2025 (a year), 2025-Q2 (April–June), 2025-08 (August). Leave empty for this year.",
  "error.invalid_period":
    "The period cannot be read. Write it like 2025 (a year), 2025-Q2 (April–June) or 2025-08 (August).",
  "settings.test_connection": "Test connection",
  "settings.testing": "Contacting the server…",
  "settings.connection_ok":
    "Connected to the Pilah server (version {version}); the group key is accepted.",
  "settings.connection_failed": "That did not work: {reason}.",
  "menu.add_case": "Add case",
  "menu.add_service": "Add service",
  "menu.add_activity": "Add activity",
  "menu.add_member": "Add member",
  "sidebar.edit_title": "Edit: {form}",
  "sidebar.editing": "Editing row {row}.",
  "worker.rate_limited": "the server is busy; try again in a moment",
  "worker.unavailable": "the server is unavailable; try again later",
  "worker.villages_outside":
    "the counts include villages not registered for this group on the server; make the villages in Settings match those the district admin registered",
  "worker.storage_quota":
    "the group's storage on the server is full; ask the district admin for a larger quota",
  "worker.daily_quota": "today's limit of uploads to the server is reached; send again tomorrow",
  "worker.too_large":
    "the upload is too large for the server; choose fewer villages in Settings or contact the district admin",
  "worker.period_closed":
    "the server takes periods from two years ago up to the current one; choose another period in Settings",
  "worker.summary_invalid":
    "the server does not take counts of this shape; update the Pilah add-on and build the report again",
  "worker.invalid_answer":
    "the server's answer cannot be read; check the server address in Settings",
};
