// Catalogue part: Pengaturan → Anggota lapangan (the sidebar page that enables field entry and manages members' links).
export const id = {
  "menu.field_members": "Anggota lapangan",
  "field.page.title": "Anggota lapangan",
  "field.page.intro":
    "Anggota mengisi data dari HP lewat tautan pribadi. Isian dikunci di HP dan hanya bisa dibuka di spreadsheet ini.",
  "field.page.open": "Anggota lapangan (isian dari HP)",
  "field.page.enable": "Aktifkan isian lapangan",
  "field.page.enabling": "Membuat kunci di browser ini dan mengirim kunci publik ke server…",
  "field.page.enabled": "Isian lapangan aktif. Tambahkan anggota di bawah.",
  "field.page.is_enabled": "Isian lapangan sudah aktif di spreadsheet ini.",
  "field.page.kept":
    "Kunci yang sudah ada tetap dipakai (tidak diganti), agar isian yang belum diambil tetap bisa dibuka.",
  "field.page.replace": "Ganti kunci",
  "field.page.replace_confirm":
    "Ganti kunci? Isian dari HP yang belum diambil ke lembar tidak akan bisa dibuka lagi dan hilang. Semua anggota perlu tautan baru. Lanjutkan hanya bila kunci lama bocor.",
  "field.page.replaced": "Kunci baru dipakai. Bagikan tautan baru kepada setiap anggota.",
  "field.page.member_name": "Nama anggota",
  "field.page.member_name_help": "Nama hanya disimpan di spreadsheet ini, tidak dikirim ke server.",
  "field.page.add": "Tambah anggota",
  "field.page.adding": "Membuat tautan…",
  "field.page.added":
    "Tautan untuk {name} sudah dibuat. Tautan ini hanya ditampilkan sekarang: salin atau pindai kodenya dengan HP anggota.",
  "field.page.link": "Tautan untuk HP {name}",
  "field.page.copy": "Salin tautan",
  "field.page.copied": "Tautan disalin.",
  "field.page.copy_failed": "Tidak bisa menyalin otomatis. Pilih tautannya lalu salin.",
  "field.page.qr": "Kode QR tautan untuk {name}",
  "field.page.members": "Daftar anggota",
  "field.page.loading": "Memuat daftar anggota…",
  "field.page.no_members": "Belum ada anggota.",
  "field.page.col_name": "Nama",
  "field.page.col_added": "Ditambahkan",
  "field.page.col_status": "Status",
  "field.page.active": "aktif",
  "field.page.revoked": "dicabut",
  "field.page.revoke": "Cabut",
  "field.page.revoke_label": "Cabut tautan {name}",
  "field.page.revoke_confirm":
    "Cabut tautan {name}? HP-nya tidak bisa mengirim lagi; isian yang belum terkirim tetap tersimpan di HP itu.",
  "field.page.revoked_done": "Tautan {name} sudah dicabut.",
  "field.page.when_taken":
    "Isian dari HP masuk ke lembar saat Anda memilih Ambil isian dari HP di menu Pilah, dan setiap kali membuat laporan atau memeriksa semua data. Sampai saat itu isian menunggu di server, terkunci, paling lama 30 hari.",
  "field.page.failed": "Gagal: {reason}.",
  "field.page.no_server":
    "Isi dulu alamat server dan kunci kelompok di Pengaturan, lalu buka halaman ini lagi.",
  "field.page.back": "Kembali ke Pengaturan",
  "field.page.cancel": "Batal",
  "field.bad_name": "Tulis nama anggota (paling banyak 80 huruf).",
  "field.bad_key": "Kunci yang dibuat browser tidak sah. Muat ulang panel ini lalu coba lagi.",
  "field.bad_member": "Anggota ini tidak dikenal. Muat ulang daftar lalu coba lagi.",
  "field.pull_failed": "Isian dari HP belum bisa diambil ({reason}); data di lembar tetap dipakai.",
  "field.pulled": "{added} isian baru dari HP masuk ke lembar sebelum ini dijalankan.",
  "field.link_needed":
    "Perlu ditautkan: isian dari HP ini belum terhubung ke warga. Cari dan pilih warganya di bawah, lalu simpan.",
} as const;

export const en: Record<keyof typeof id, string> = {
  "menu.field_members": "Field members",
  "field.page.title": "Field members",
  "field.page.intro":
    "Members enter records from their phones through a personal link. Entries are sealed on the phone and can only be opened in this spreadsheet.",
  "field.page.open": "Field members (entries from phones)",
  "field.page.enable": "Enable field entry",
  "field.page.enabling": "Making the key in this browser and sending the public key to the server…",
  "field.page.enabled": "Field entry is on. Add members below.",
  "field.page.is_enabled": "Field entry is already on in this spreadsheet.",
  "field.page.kept":
    "The existing key is kept (not replaced), so entries not yet taken can still be opened.",
  "field.page.replace": "Replace the key",
  "field.page.replace_confirm":
    "Replace the key? Entries from phones not yet taken into the sheet could never be opened and would be lost. Every member needs a new link. Only do this if the old key leaked.",
  "field.page.replaced": "The new key is in use. Give every member a new link.",
  "field.page.member_name": "Member's name",
  "field.page.member_name_help":
    "The name stays in this spreadsheet; it is not sent to the server.",
  "field.page.add": "Add member",
  "field.page.adding": "Making the link…",
  "field.page.added":
    "The link for {name} is ready. It is shown only now: copy it or scan the code with the member's phone.",
  "field.page.link": "Link for {name}'s phone",
  "field.page.copy": "Copy link",
  "field.page.copied": "Link copied.",
  "field.page.copy_failed": "Could not copy automatically. Select the link and copy it.",
  "field.page.qr": "QR code of the link for {name}",
  "field.page.members": "Members",
  "field.page.loading": "Loading the members…",
  "field.page.no_members": "No members yet.",
  "field.page.col_name": "Name",
  "field.page.col_added": "Added",
  "field.page.col_status": "Status",
  "field.page.active": "active",
  "field.page.revoked": "revoked",
  "field.page.revoke": "Revoke",
  "field.page.revoke_label": "Revoke {name}'s link",
  "field.page.revoke_confirm":
    "Revoke {name}'s link? The phone can no longer send; entries not yet sent stay on that phone.",
  "field.page.revoked_done": "{name}'s link is revoked.",
  "field.page.when_taken":
    "Entries from phones come into the sheet when you choose Get entries from phones in the Pilah menu, and whenever reports are built or all data is checked. Until then they wait on the server, sealed, for at most 30 days.",
  "field.page.failed": "Failed: {reason}.",
  "field.page.no_server":
    "First fill in the server address and group key in Settings, then open this page again.",
  "field.page.back": "Back to Settings",
  "field.page.cancel": "Cancel",
  "field.bad_name": "Write the member's name (at most 80 characters).",
  "field.bad_key": "The key the browser made is not valid. Reload this panel and try again.",
  "field.bad_member": "This member is unknown. Reload the list and try again.",
  "field.pull_failed":
    "Entries from phones could not be taken yet ({reason}); the sheet's data is used as it is.",
  "field.pulled": "{added} new entries from phones went into the sheet before this ran.",
  "field.link_needed":
    "Needs linking: this entry from a phone is not linked to a resident yet. Search for and choose the resident below, then save.",
};
