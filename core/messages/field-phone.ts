// Catalogue part: the phone app Pilah Lapangan (phone/) — joining, forms on the phone, the sealed queue.
export const id = {
  "phone.app_name": "Pilah Lapangan",
  "phone.tagline": "Isian data pilah dari HP, bisa tanpa sinyal.",
  "phone.lang_switch": "English",
  "phone.no_join":
    "HP ini belum tergabung. Buka tautan atau pindai kode QR dari pengurus kelompok (Pengaturan → Anggota lapangan).",
  "phone.joined":
    "HP ini sudah tergabung dengan kelompok. Isian dikunci untuk kelompok sebelum disimpan.",
  "phone.bad_link":
    "Tautan ini tidak lengkap atau rusak. Minta tautan atau kode QR baru dari pengurus kelompok.",
  "phone.nav": "Menu",
  "phone.new_record": "Isian baru",
  "phone.choose_form": "Pilih jenis isian",
  "phone.queue": "Antrean ({count})",
  "phone.queue_title": "Isian di HP ini",
  "phone.queue_empty": "Belum ada isian.",
  "phone.queue_sealed":
    "Isian sudah dikunci begitu disimpan: HP ini hanya menunjukkan jenis, desa/kelurahan dan waktu.",
  "phone.saved_at": "disimpan {time}",
  "phone.send": "Kirim sekarang",
  "phone.sending": "Mengirim…",
  "phone.offline": "Tidak ada sinyal. Isian tetap tersimpan di HP dan dikirim saat ada sinyal.",
  "phone.sent_count": "{count} isian terkirim.",
  "phone.retry": "Coba lagi",
  "phone.delete": "Hapus",
  "phone.delete_confirm": "Hapus isian ini dari HP? Isian yang belum terkirim akan hilang.",
  "phone.saved":
    "Tersimpan di HP dan sudah dikunci. Isian dikirim otomatis saat ada sinyal; lihat Antrean.",
  "phone.revoked":
    "Izin HP ini untuk mengirim sudah dicabut oleh kelompok. Isian yang belum terkirim tetap di HP; minta tautan baru dari pengurus kelompok.",
  "phone.quota":
    "Kotak masuk kelompok penuh. Isian tetap di HP; minta pengurus menjalankan Ambil isian dari HP, lalu coba lagi.",
  "phone.server_error":
    "Server tidak bisa menerima isian sekarang ({reason}). Isian tetap di HP. Coba lagi nanti.",
  "phone.refused": "Server menolak isian ini ({reason}). Isian tetap di HP.",
  "phone.storage_full":
    "Memori HP penuh: isian ini belum tersimpan. Kirim atau hapus isian lama di Antrean, lalu simpan lagi.",
  "phone.status.expired": "kedaluwarsa di server sebelum diambil. Coba lagi.",
  "phone.person": "Warga yang dimaksud",
  "phone.person_help":
    "HP tidak menyimpan daftar warga. Tulis NIK-nya; jika tidak ada NIK, tulis nama, tanggal lahir atau umur, dan desa/kelurahannya. Lembar kelompok akan menautkannya.",
  "phone.person.nik": "NIK warga",
  "phone.person.full_name": "Nama warga",
  "phone.person.birth_date": "Tanggal lahir",
  "phone.person.age_years": "Umur (tahun)",
  "phone.person.village": "Desa/kelurahan warga",
  "phone.person.need":
    "Tulis NIK warga, atau nama + tanggal lahir atau umur + desa/kelurahan, agar lembar bisa menautkannya.",
  "phone.person.age": "Umur harus angka 0 sampai 130.",
  "phone.form.person": "Warga rentan",
  "phone.form.case": "Kasus kekerasan",
  "phone.form.service": "Layanan",
  "phone.form.activity": "Kegiatan",
  "phone.form.member": "Anggota kelompok",
} as const;

export const en: Record<keyof typeof id, string> = {
  "phone.app_name": "Pilah Field",
  "phone.tagline": "Data pilah entry from a phone, also without signal.",
  "phone.lang_switch": "Bahasa Indonesia",
  "phone.no_join":
    "This phone has not joined a group. Open the link or scan the QR code from the group's coordinator (Settings → Field members).",
  "phone.joined":
    "This phone has joined the group. Entries are locked for the group before they are saved.",
  "phone.bad_link":
    "This link is incomplete or damaged. Ask the group's coordinator for a new link or QR code.",
  "phone.nav": "Menu",
  "phone.new_record": "New entry",
  "phone.choose_form": "Choose what to enter",
  "phone.queue": "Queue ({count})",
  "phone.queue_title": "Entries on this phone",
  "phone.queue_empty": "No entries yet.",
  "phone.queue_sealed":
    "Entries are locked as soon as they are saved: this phone shows only their kind, village and time.",
  "phone.saved_at": "saved {time}",
  "phone.send": "Send now",
  "phone.sending": "Sending…",
  "phone.offline": "No signal. Entries stay on this phone and are sent when there is a signal.",
  "phone.sent_count": "{count} entries sent.",
  "phone.retry": "Try again",
  "phone.delete": "Delete",
  "phone.delete_confirm": "Delete this entry from the phone? An entry not yet sent will be lost.",
  "phone.saved":
    "Saved on this phone and locked. It is sent by itself when there is a signal; see the Queue.",
  "phone.revoked":
    "The group has withdrawn this phone's permission to send. Entries not yet sent stay on the phone; ask the group's coordinator for a new link.",
  "phone.quota":
    "The group's inbox is full. Entries stay on the phone; ask the coordinator to run Get entries from phones, then try again.",
  "phone.server_error":
    "The server cannot take entries now ({reason}). Entries stay on the phone. Try again later.",
  "phone.refused": "The server refused this entry ({reason}). It stays on the phone.",
  "phone.storage_full":
    "The phone's storage is full: this entry was not saved. Send or delete older entries in the Queue, then save again.",
  "phone.status.expired": "expired on the server before it was taken. Try again.",
  "phone.person": "The resident concerned",
  "phone.person_help":
    "The phone keeps no list of residents. Write their NIK; without a NIK, their name, birth date or age, and village. The group's sheet links them.",
  "phone.person.nik": "Resident's NIK",
  "phone.person.full_name": "Resident's name",
  "phone.person.birth_date": "Birth date",
  "phone.person.age_years": "Age (years)",
  "phone.person.village": "Resident's village",
  "phone.person.need":
    "Write the resident's NIK, or name + birth date or age + village, so the sheet can link them.",
  "phone.person.age": "Age must be a number from 0 to 130.",
  "phone.form.person": "Vulnerable resident",
  "phone.form.case": "Case of violence",
  "phone.form.service": "Service",
  "phone.form.activity": "Activity",
  "phone.form.member": "Group member",
};
