"""Demo synonym groups for the site search, per language (see search.query for how they are used).

Each string is one group, as an editor would type it in the admin. The groups cover the words
residents use for the demo services (services_catalog/demo_content.py): abbreviations ("KK",
"SKTM"), everyday words ("akta lahir", "kartu kuning"), old names ("IMB", "PPDB") and the common
misspellings ("akte", "pasport"). A term may be several words; it then counts only as a whole.
"""

INDONESIAN = [
    # Kependudukan (Disdukcapil)
    "KTP, KTP-el, e-KTP, eKTP, KTP elektronik, kartu tanda penduduk, KTP baru",
    "KK, kartu keluarga, KK baru, kartu kk",
    "akta kelahiran, akta lahir, akte lahir, akte kelahiran, akta anak, surat lahir",
    "akta kematian, akta mati, akte kematian, akte mati, surat kematian, surat meninggal",
    "akta perkawinan, akta nikah, akte nikah, akte perkawinan, catatan sipil pernikahan",
    "akta, akte, akter",
    "KIA, kartu identitas anak, KTP anak, kartu anak",
    "SKPWNI, surat pindah, surat keterangan pindah, pindah domisili, pindah keluar, mutasi penduduk",
    "pindah datang, pindahan masuk, pindah masuk, pindah ke sawahlunto",
    "legalisasi, legalisir, legalisasi fotokopi, cap basah, pengesahan fotokopi",
    "menikah, nikah, kawin, perkawinan, pernikahan, pengantin baru",
    "hilang, kehilangan, ilang, rusak, patah, pengganti, penggantian, cetak ulang",
    "pemula, pertama, baru 17 tahun, umur 17, 17 tahun",
    # Sosial dan kesehatan
    "SKTM, surat keterangan tidak mampu, surat miskin, keterangan miskin, surat tidak mampu",
    "DTSEN, DTKS, data kesejahteraan sosial, bansos, bantuan sosial, PKH, sembako",
    "PBI, BPJS gratis, KIS, kartu indonesia sehat, jaminan kesehatan, BPJS kesehatan",
    "surat keterangan sehat, surat sehat, keterangan sehat, surat dokter, skd",
    "cek kesehatan gratis, CKG, periksa kesehatan, pemeriksaan kesehatan, medical check up, cek kesehatan",
    "SIP, surat izin praktik, izin praktik, izin praktek, surat izin praktek, STR",
    "vaksin rabies, vaksinasi rabies, suntik rabies, anti rabies, rabies",
    "anjing, kucing, kera, hewan peliharaan, hewan",
    "puskesmas, pkm, pusat kesehatan masyarakat",
    # Pendidikan, pariwisata, olahraga
    "SPMB, PPDB, penerimaan murid baru, penerimaan peserta didik baru, daftar sekolah, pendaftaran sekolah",
    "ijazah, ijasah, izasah, STTB",
    "museum, lubang tambang, mbah soero, gudang ransoem, wisata sejarah, tiket wisata, tiket masuk",
    "sewa gedung, gedung pertemuan, sewa lapangan, fasilitas olahraga, gor, sewa aula",
    # Perizinan dan tenaga kerja
    "izin usaha, ijin usaha, NIB, OSS, nomor induk berusaha, SIUP, surat izin usaha, izin dagang",
    "izin, ijin, perizinan, perijinan",
    "PBG, IMB, izin mendirikan bangunan, izin bangunan, ijin bangunan, persetujuan bangunan gedung, SIMBG",
    "kartu kuning, AK-1, AK1, kartu pencari kerja, kartu pencaker, pencaker",
    "lamar kerja, melamar kerja, cari kerja, pencari kerja, lowongan",
    # Perhubungan
    "uji KIR, KIR, uji berkala, buku kir, pengujian kendaraan, uji kendaraan",
    "trayek, izin trayek, angkot, angkutan kota, izin angkot",
    "tutup jalan, penutupan jalan, izin keramaian, penggunaan jalan, pakai jalan, pengalihan arus",
    # Lingkungan dan kebencanaan
    "sampah, angkut sampah, pengangkutan sampah, tukang sampah, retribusi sampah, kebersihan",
    "tebang pohon, penebangan pohon, potong pohon, pangkas pohon, pemangkasan pohon",
    "damkar, pemadam kebakaran, pemadam, kebakaran, rumah terbakar, sarang tawon, ular",
    "bencana, longsor, tanah longsor, banjir, pohon tumbang, angin kencang, BPBD",
    # Informasi, pengaduan, lain-lain
    "paspor, pasport, passport, pasfor, imigrasi",
    "PPID, informasi publik, permohonan informasi, minta data, keterbukaan informasi",
    "pengaduan, aduan, lapor, laporan, keluhan, komplain, SP4N-LAPOR, jalan rusak, jalan berlubang, "
    "lampu jalan mati",
    "izin penelitian, rekomendasi penelitian, surat penelitian, riset, skripsi, tesis, ambil data",
    "bikin, bikinin, buat, membuat, pembuatan, mengurus, ngurus, urus",
    "Disdukcapil, Dukcapil, Capil, Dinas Kependudukan dan Pencatatan Sipil",
]

ENGLISH = [
    "ID card, KTP, KTP-el, e-KTP, identity card, electronic ID card, national ID",
    "family card, KK, household card",
    "birth certificate, birth registration, register a birth, newborn",
    "death certificate, register a death, died, passed away",
    "business licence, business license, business permit, NIB, OSS, business identification number",
    "passport, pasport, paspor, immigration",
    "complaint, complain, report, LAPOR, grievance, pothole",
    "moving certificate, SKPWNI, moving out, relocation, change of address",
    "low income certificate, SKTM, certificate of poverty, poor family letter",
    "child identity card, KIA, child ID, kid ID",
    "public information, PPID, freedom of information, information request, FOI",
    "lost, missing, stolen, damaged, broken, replace, replacement",
]
