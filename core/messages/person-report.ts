// Catalogue part: Headings, labels and notes of the person register's report.
export const id = {
  "report.person.title": "Laporan Warga Rentan: data pilah",
  "report.unit.person": "warga",
  "report.person.village_sex_age":
    "Warga rentan menurut desa/kelurahan, jenis kelamin dan kelompok umur",
  "report.person.category_sex": "Kategori kerentanan menurut jenis kelamin",
  "report.person.disability_type_sex":
    "Jenis disabilitas menurut jenis kelamin (warga dengan kategori penyandang disabilitas)",
  "report.person.wg_status_sex": "Disabilitas menurut Washington Group (WG-SS) dan jenis kelamin",
  "report.person.wg_note":
    "Disabilitas: paling sedikit satu pertanyaan dijawab 3 (banyak kesulitan) atau 4 (tidak bisa sama sekali). Tidak: keenam pertanyaan dijawab 1 atau 2.",
  "report.person.wg_domain_sex": "Jawaban WG-SS per pertanyaan menurut jenis kelamin",
  "report.person.missing_document_sex_age":
    "Dokumen kependudukan yang belum dimiliki, menurut jenis kelamin dan kelompok umur",
  "report.person.missing_document_note":
    "Akta kelahiran dihitung untuk anak di bawah 18 tahun, KTP-el untuk umur 17 tahun ke atas, Kartu Keluarga untuk semua.",
  "report.person.assistance_target_sex":
    "Bantuan sosial yang diterima rumah tangga miskin dan penyandang disabilitas, menurut jenis kelamin",
  "report.person.dtsen_target_sex":
    "Terdaftar di DTSEN/DTKS: rumah tangga miskin dan penyandang disabilitas, menurut jenis kelamin",
  "report.target": "Kelompok sasaran",
  "report.target.poor_household": "Rumah tangga miskin",
  "report.target.disability": "Penyandang disabilitas (kategori atau WG-SS)",
  "report.wg_status": "Status disabilitas (WG-SS)",
  "report.wg_status.disability": "Disabilitas (ada jawaban 3 atau 4)",
  "report.wg_status.no_disability": "Tidak (keenam pertanyaan dijawab 1 atau 2)",
  "report.wg_status.incomplete": "Belum lengkap (tanpa jawaban 3 atau 4)",
  "report.wg_status.not_asked": "Belum ditanyakan",
  "report.wg_status.not_applicable": "Tidak berlaku (di bawah 5 tahun)",
  "report.wg_domain": "Pertanyaan WG-SS",
  "report.wg_domain.wg_seeing": "Melihat",
  "report.wg_domain.wg_hearing": "Mendengar",
  "report.wg_domain.wg_walking": "Berjalan atau menaiki tangga",
  "report.wg_domain.wg_cognition": "Mengingat atau berkonsentrasi",
  "report.wg_domain.wg_selfcare": "Mengurus diri (mandi atau berpakaian)",
  "report.wg_domain.wg_communication": "Berkomunikasi",
  "report.missing_document": "Dokumen yang belum dimiliki",
  "report.none.categories": "Tanpa kategori",
  "report.none.disability_types": "Jenis belum diisi",
  "report.none.assistance": "Tidak menerima bantuan",
  "report.not_recorded": "Belum didata",
  "report.person.category_village": "Kategori kerentanan menurut desa/kelurahan",
  "report.person.category_dusun": "Kategori kerentanan menurut dusun/lingkungan",
  "report.person.category_age": "Kategori kerentanan menurut kelompok umur",
  "report.person.missing_document_category_village":
    "Dokumen kependudukan yang belum dimiliki, menurut kategori dan desa/kelurahan (untuk jemput bola Dukcapil)",
  "report.person.assistance_status_eligible":
    "Bantuan sosial pada kelompok yang layak menerima, menurut jenis kelamin",
  "report.person.assistance_status_note":
    "Tidak menerima bantuan apa pun: layak tetapi tidak menerima. Belum didata: pertanyaan bantuan belum diisi.",
  "report.assistance_status": "Bantuan sosial",
  "report.assistance_status.receives": "Menerima paling sedikit satu bantuan",
  "report.assistance_status.none": "Layak tetapi tidak menerima apa pun",
  "report.assistance_status.not_recorded": "Belum didata",
  "report.eligible": "Kelompok yang layak menerima",
  "report.eligible.poor_household": "Rumah tangga miskin",
  "report.eligible.disability": "Penyandang disabilitas (kategori atau WG-SS)",
  "report.eligible.elderly": "Lansia (menurut umur)",
  "report.eligible.woman_head_of_household": "Perempuan kepala keluarga",
  "report.person.dtsen_category": "Terdaftar di DTSEN menurut kategori kerentanan",
  "report.person.health_insurance_category": "Jaminan kesehatan menurut kategori kerentanan",
  "report.person.device_needed_village": "Alat bantu yang dibutuhkan menurut desa/kelurahan",
  "report.person.accommodation_needed_village":
    "Akomodasi yang layak yang dibutuhkan menurut desa/kelurahan",
} as const;

export const en: Record<keyof typeof id, string> = {
  "report.person.title": "Vulnerable Residents Report: disaggregated data",
  "report.unit.person": "resident",
  "report.person.village_sex_age": "Vulnerable residents by village, sex and age band",
  "report.person.category_sex": "Vulnerability categories by sex",
  "report.person.disability_type_sex":
    "Type of disability by sex (residents in the disability category)",
  "report.person.wg_status_sex": "Disability by the Washington Group (WG-SS) and sex",
  "report.person.wg_note":
    "Disability: at least one question answered 3 (a lot of difficulty) or 4 (cannot do at all). No: all six questions answered 1 or 2.",
  "report.person.wg_domain_sex": "WG-SS answers per question by sex",
  "report.person.missing_document_sex_age": "Civil documents not yet held, by sex and age band",
  "report.person.missing_document_note":
    "A birth certificate is counted for children under 18, a KTP-el from age 17, a Kartu Keluarga for everyone.",
  "report.person.assistance_target_sex":
    "Social assistance received by poor households and persons with disabilities, by sex",
  "report.person.dtsen_target_sex":
    "Registered in DTSEN/DTKS: poor households and persons with disabilities, by sex",
  "report.target": "Target group",
  "report.target.poor_household": "Poor household",
  "report.target.disability": "Person with a disability (category or WG-SS)",
  "report.wg_status": "Disability status (WG-SS)",
  "report.wg_status.disability": "Disability (an answer of 3 or 4)",
  "report.wg_status.no_disability": "No (all six questions answered 1 or 2)",
  "report.wg_status.incomplete": "Incomplete (no answer of 3 or 4)",
  "report.wg_status.not_asked": "Not asked yet",
  "report.wg_status.not_applicable": "Does not apply (under 5)",
  "report.wg_domain": "WG-SS question",
  "report.wg_domain.wg_seeing": "Seeing",
  "report.wg_domain.wg_hearing": "Hearing",
  "report.wg_domain.wg_walking": "Walking or climbing steps",
  "report.wg_domain.wg_cognition": "Remembering or concentrating",
  "report.wg_domain.wg_selfcare": "Self-care (washing all over or dressing)",
  "report.wg_domain.wg_communication": "Communicating",
  "report.missing_document": "Document not yet held",
  "report.none.categories": "No category",
  "report.none.disability_types": "Type not filled in",
  "report.none.assistance": "No assistance received",
  "report.not_recorded": "Not recorded yet",
  "report.person.category_village": "Vulnerability category by village",
  "report.person.category_dusun": "Vulnerability category by hamlet (dusun)",
  "report.person.category_age": "Vulnerability category by age band",
  "report.person.missing_document_category_village":
    "Civil documents not yet held, by category and village (for Dukcapil's home-visit registration)",
  "report.person.assistance_status_eligible":
    "Social assistance among the groups eligible for it, by sex",
  "report.person.assistance_status_note":
    "No assistance at all: eligible but receiving nothing. Not recorded yet: the assistance question is blank.",
  "report.assistance_status": "Social assistance",
  "report.assistance_status.receives": "Receives at least one programme",
  "report.assistance_status.none": "Eligible but receives nothing",
  "report.assistance_status.not_recorded": "Not recorded yet",
  "report.eligible": "Eligible group",
  "report.eligible.poor_household": "Poor household",
  "report.eligible.disability": "Person with a disability (category or WG-SS)",
  "report.eligible.elderly": "Elderly (by age)",
  "report.eligible.woman_head_of_household": "Woman head of household",
  "report.person.dtsen_category": "Registered in DTSEN by vulnerability category",
  "report.person.health_insurance_category": "Health insurance by vulnerability category",
  "report.person.device_needed_village": "Assistive devices needed by village",
  "report.person.accommodation_needed_village": "Reasonable accommodation needed by village",
};
