"""The relevance set: what residents type, and the service each query must find among the first three.

Written as residents write in the search box and in the forum: informal Indonesian ("bikin",
"gimana"), abbreviations ("kk", "sktm"), old names ("imb", "ppdb"), typos ("akte", "ijasah",
"pasport") and, on /en/, English. The slug is the service page's slug in that language (the demo
catalogue, services_catalog/demo_content.py). Run by tests/search/test_relevance.py.
"""

from typing import NamedTuple


class Case(NamedTuple):
    query: str
    slug: str
    language: str = "id"


CASES = [
    # Kependudukan
    Case("akta lahir", "akta-kelahiran"),
    Case("cara bikin akte kelahiran anak", "akta-kelahiran"),
    Case("syarat akta kelahiran bayi baru lahir", "akta-kelahiran"),
    Case("bikin ktp", "ktp-el-pemula"),
    Case("pembuatan ktp", "ktp-el-pemula"),
    Case("ktp pertama umur 17", "ktp-el-pemula"),
    Case("ktp hilang", "ktp-el-hilang-rusak"),
    Case("e-ktp rusak gimana", "ktp-el-hilang-rusak"),
    Case("kk hilang", "kartu-keluarga-hilang-rusak"),
    Case("kk baru nikah", "kartu-keluarga-baru"),
    Case("buat kartu keluarga setelah menikah", "kartu-keluarga-baru"),
    Case("akte kematian", "akta-kematian"),
    Case("surat kematian orang tua", "akta-kematian"),
    Case("akta nikah kristen", "akta-perkawinan"),
    Case("surat pindah", "surat-pindah-skpwni"),
    Case("mau pindah domisili ke padang", "surat-pindah-skpwni"),
    Case("pindahan masuk sawahlunto", "pindah-datang"),
    Case("kia anak", "kartu-identitas-anak"),
    Case("legalisir akta", "legalisasi-dokumen-kependudukan"),
    Case("berapa lama bikin kk baru", "kartu-keluarga-baru"),
    Case("biaya akta kematian", "akta-kematian"),
    Case("ktp el", "ktp-el-pemula"),
    # Sosial dan kesehatan
    Case("sktm", "surat-keterangan-tidak-mampu"),
    Case("surat miskin untuk sekolah", "surat-keterangan-tidak-mampu"),
    Case("daftar bansos", "usulan-data-kesejahteraan-sosial"),
    Case("dtks", "usulan-data-kesejahteraan-sosial"),
    Case("bpjs gratis", "pendaftaran-pbi-jaminan-kesehatan"),
    Case("kis", "pendaftaran-pbi-jaminan-kesehatan"),
    Case("surat sehat buat lamar kerja", "surat-keterangan-sehat"),
    Case("cek kesehatan gratis", "cek-kesehatan-gratis"),
    Case("izin praktek bidan", "surat-izin-praktik-tenaga-kesehatan"),
    Case("vaksin rabies kucing", "vaksinasi-rabies-hewan-peliharaan"),
    Case("mengurus surat keterangan tidak mampu", "surat-keterangan-tidak-mampu"),
    Case("daftar bpjs pbi", "pendaftaran-pbi-jaminan-kesehatan"),
    Case("izin praktik dokter gigi", "surat-izin-praktik-tenaga-kesehatan"),
    # Pendidikan, wisata, olahraga
    Case("ppdb smp", "penerimaan-murid-baru-sd-smp"),
    Case("daftar sekolah sd negeri", "penerimaan-murid-baru-sd-smp"),
    Case("legalisir ijasah sd", "legalisasi-ijazah-sd-smp"),
    Case("tiket museum", "tiket-wisata-sejarah"),
    Case("harga tiket lubang tambang mbah soero", "tiket-wisata-sejarah"),
    Case("sewa gedung pertemuan", "sewa-gedung-fasilitas-olahraga"),
    # Perizinan dan tenaga kerja
    Case("izin usaha", "nib-oss"),
    Case("nib", "nib-oss"),
    Case("ijin usaha warung", "nib-oss"),
    Case("imb", "persetujuan-bangunan-gedung"),
    Case("ijin bangunan rumah", "persetujuan-bangunan-gedung"),
    Case("kartu kuning", "kartu-pencari-kerja"),
    Case("ak1", "kartu-pencari-kerja"),
    # Perhubungan
    Case("uji kir", "uji-berkala-kendaraan-bermotor"),
    Case("izin trayek angkot", "izin-angkutan-trayek"),
    Case("izin tutup jalan untuk pesta nikah", "rekomendasi-penggunaan-jalan"),
    # Lingkungan, kebencanaan
    Case("sampah tidak diangkut", "pengangkutan-sampah"),
    Case("tebang pohon", "rekomendasi-penebangan-pohon"),
    Case("damkar", "pemadam-kebakaran-dan-penyelamatan"),
    Case("ada sarang tawon di rumah", "pemadam-kebakaran-dan-penyelamatan"),
    Case("rumah kebakaran", "pemadam-kebakaran-dan-penyelamatan"),
    Case("buang sampah rumah tangga", "pengangkutan-sampah"),
    Case("lapor banjir", "laporan-kejadian-bencana"),
    Case("longsor", "laporan-kejadian-bencana"),
    # Informasi, pengaduan, imigrasi, penelitian
    Case("jalan rusak", "pengaduan-pelayanan-publik"),
    Case("lampu jalan mati", "pengaduan-pelayanan-publik"),
    Case("komplain pelayanan", "pengaduan-pelayanan-publik"),
    Case("bikin paspor", "paspor-gerai-mpp"),
    Case("jadwal gerai paspor di mpp", "paspor-gerai-mpp"),
    Case("pasport", "paspor-gerai-mpp"),
    Case("minta data anggaran", "permohonan-informasi-publik"),
    Case("izin penelitian skripsi", "rekomendasi-penelitian"),
    # English, on /en/
    Case("id card", "first-electronic-id-card", "en"),
    Case("lost id card", "replace-lost-or-damaged-e-id-card", "en"),
    Case("birth certificate", "birth-certificate", "en"),
    Case("how do i register a birth", "birth-certificate", "en"),
    Case("replace damaged e-ktp", "replace-lost-or-damaged-e-id-card", "en"),
    Case("how to get a death certificate", "death-certificate", "en"),
    Case("business license", "business-identification-number", "en"),
    Case("passport", "passport-at-the-mpp", "en"),
    Case("family card lost", "replace-lost-or-damaged-family-card", "en"),
    Case("complaint pothole", "public-service-complaints", "en"),
    Case("moving out", "moving-certificate", "en"),
    Case("low income letter", "certificate-of-low-income", "en"),
]
