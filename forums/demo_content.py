"""Demo discussions for Kota Sawahlunto: invented residents and topics, written as residents write.

Place names are real kecamatan and landmarks of Sawahlunto; people, complaints and answers are made up.
"""

# (slug, Indonesian name, English name, Indonesian description, English description, staff only)
CATEGORIES = [
    (
        "pelayanan-kependudukan",
        "Pelayanan Kependudukan",
        "Civil Registration Services",
        "KTP-el, Kartu Keluarga, akta dan surat pindah: tanya jawab dan pengalaman warga.",
        "ID cards, family cards, certificates and moving: questions and residents' experiences.",
        False,
    ),
    (
        "infrastruktur-lingkungan",
        "Infrastruktur dan Lingkungan",
        "Infrastructure and Environment",
        "Jalan, drainase, penerangan jalan, sampah dan air bersih di lingkungan Anda.",
        "Roads, drains, street lights, waste and clean water where you live.",
        False,
    ),
    (
        "pariwisata-budaya",
        "Pariwisata dan Budaya",
        "Tourism and Culture",
        "Kota tambang warisan dunia: wisata, acara budaya dan ekonomi kreatif.",
        "A World Heritage mining town: tourism, cultural events and the creative economy.",
        False,
    ),
    (
        "kesehatan-sosial",
        "Kesehatan dan Sosial",
        "Health and Social Affairs",
        "Puskesmas, posyandu, bantuan sosial dan layanan bagi warga rentan.",
        "Health centres, child health posts, social assistance and services for vulnerable residents.",
        False,
    ),
    (
        "usulan-warga",
        "Usulan Warga",
        "Residents' Proposals",
        "Punya gagasan untuk Sawahlunto? Tulis usulan Anda dan dukung usulan warga lain.",
        "An idea for Sawahlunto? Write your proposal and support other residents' proposals.",
        False,
    ),
    (
        "pengumuman",
        "Pengumuman Pemerintah Kota",
        "City Government Announcements",
        "Informasi resmi dari perangkat daerah. Warga dapat bertanya di balasan.",
        "Official information from the agencies. Residents can ask questions in the replies.",
        True,
    ),
]

# The agency (short name) that answers in a category: its officers mark official answers there.
CATEGORY_AGENCIES = {
    "pelayanan-kependudukan": "Disdukcapil",
    "infrastruktur-lingkungan": "Dinas PUPR",
    "kesehatan-sosial": "Dinkes",
}

# Display names and kecamatan of the demo residents (warga01@example.org …).
RESIDENTS = [
    ("Rina Talawi", "Talawi"),
    ("Pak Darmawan", "Barangin"),
    ("Uni Sari", "Lembah Segar"),
    ("Andi_Silungkang", "Silungkang"),
    ("Mak Inang", "Talawi"),
    ("Yudi Saputra", "Barangin"),
    ("Fitri.Kubang", "Lembah Segar"),
    ("Bang Ridwan", "Silungkang"),
    ("Nurhayati", "Talawi"),
    ("Dedi Kurniawan", "Barangin"),
    ("Lisa Permata", "Lembah Segar"),
    ("Hendra-Sijantang", "Talawi"),
    ("Siti Aminah", "Silungkang"),
    ("Rahmat Hidayat", "Barangin"),
    ("Wulan Santika", "Lembah Segar"),
]

# Officers who answer as their agency: (username, display name, agency short name).
OFFICERS = [
    ("petugas.dukcapil", "Disdukcapil Sawahlunto", "Disdukcapil"),
    ("petugas.dinkes", "Dinkes Sawahlunto", "Dinkes"),
    ("petugas.pupr", "Dinas PUPR Sawahlunto", "Dinas PUPR"),
]

# (category slug, title, opening post, agency short name of the official answer or None, answer)
TOPICS = [
    (
        "pelayanan-kependudukan",
        "Berapa lama KTP-el pengganti yang hilang jadi?",
        "KTP-el saya hilang waktu ke pasar. Sudah lapor ke polsek. Kalau mengurus ke Disdukcapil, berapa hari jadinya dan apa saja yang dibawa?",
        "Disdukcapil",
        "Bawa surat keterangan kehilangan dari kepolisian dan fotokopi Kartu Keluarga. Jika blangko tersedia, KTP-el dicetak pada hari yang sama di MPP. Anda juga dapat mengajukan melalui layanan daring di portal ini.",
    ),
    (
        "pelayanan-kependudukan",
        "Akta kelahiran anak bisa diurus online?",
        "Anak saya lahir bulan lalu di RSUD. Apakah akta kelahiran bisa diurus tanpa datang ke kantor?",
        "Disdukcapil",
        "Bisa. Ajukan melalui menu Layanan > Akta Kelahiran dengan mengunggah surat keterangan lahir dan Kartu Keluarga. Akta elektronik dikirim ke surel Anda dan dapat dicetak sendiri.",
    ),
    (
        "pelayanan-kependudukan",
        "Antrean perekaman KTP-el di MPP hari Senin",
        "Hari Senin antrean perekaman sangat panjang. Apakah ada jadwal yang lebih sepi?",
        None,
        "",
    ),
    (
        "pelayanan-kependudukan",
        "Pindah domisili dari Padang ke Sawahlunto",
        "Saya baru pindah kerja ke Sawahlunto. Surat pindah dari Padang sudah ada. Langkah berikutnya apa?",
        "Disdukcapil",
        "Bawa Surat Keterangan Pindah (SKPWNI) dari daerah asal ke Disdukcapil atau MPP. Kartu Keluarga dan KTP-el dengan alamat baru diterbitkan paling lama 1 hari kerja.",
    ),
    (
        "pelayanan-kependudukan",
        "KIA untuk anak sekolah dasar, perlu atau tidak?",
        "Sekolah meminta Kartu Identitas Anak. Apakah wajib dan bagaimana cara membuatnya?",
        None,
        "",
    ),
    (
        "infrastruktur-lingkungan",
        "Jalan berlubang di Talawi Hilir makin parah",
        "Lubang di jalan depan SD Talawi Hilir makin besar setelah hujan. Sudah ada korban jatuh dari motor. Mohon segera diperbaiki.",
        "Dinas PUPR",
        "Terima kasih atas laporannya. Tim pemeliharaan jalan sudah meninjau lokasi dan penambalan dijadwalkan minggu depan, menunggu cuaca cerah.",
    ),
    (
        "infrastruktur-lingkungan",
        "Lampu jalan padam di Lubang Panjang",
        "Sudah dua minggu empat lampu jalan menuju Lubang Panjang padam. Malam hari gelap sekali.",
        None,
        "",
    ),
    (
        "infrastruktur-lingkungan",
        "Jadwal pengangkutan sampah di Pasar Remaja",
        "Sampah di sudut Pasar Remaja sering menumpuk lebih dari dua hari. Kapan jadwal pengangkutannya?",
        None,
        "",
    ),
    (
        "infrastruktur-lingkungan",
        "Drainase tersumbat di Aur Mulyo",
        "Setiap hujan deras air meluap ke rumah warga karena saluran tersumbat sampah dan lumpur.",
        "Dinas PUPR",
        "Normalisasi saluran di Aur Mulyo sudah masuk jadwal bulan ini. Kami juga mengajak warga bergotong royong tidak membuang sampah ke saluran.",
    ),
    (
        "infrastruktur-lingkungan",
        "Air PDAM sering mati di Silungkang",
        "Dalam seminggu air mati tiga kali tanpa pemberitahuan. Apakah ada perbaikan pipa?",
        None,
        "",
    ),
    (
        "pariwisata-budaya",
        "Usul paket wisata Lubang Mbah Soero untuk pelajar",
        "Banyak sekolah dari luar kota ingin berkunjung. Bagaimana kalau ada paket khusus pelajar dengan pemandu?",
        None,
        "",
    ),
    (
        "pariwisata-budaya",
        "Jadwal Sawahlunto International Songket Silungkang Carnival",
        "Tahun ini karnaval songket diadakan tanggal berapa? Ingin mengajak keluarga dari Jakarta.",
        None,
        "",
    ),
    (
        "pariwisata-budaya",
        "Museum Gudang Ransum buka hari Senin?",
        "Kami rombongan dari Solok berencana datang hari Senin. Apakah museum buka?",
        None,
        "",
    ),
    (
        "pariwisata-budaya",
        "Promosi kuliner khas Sawahlunto",
        "Dendeng batokok dan kue bolu Silungkang perlu dipromosikan lebih luas, misalnya lewat festival kuliner tahunan.",
        None,
        "",
    ),
    (
        "kesehatan-sosial",
        "Jadwal imunisasi di Puskesmas Talawi",
        "Imunisasi anak di Puskesmas Talawi dilayani hari apa saja?",
        "Dinkes",
        "Imunisasi rutin di Puskesmas Talawi dilayani setiap Selasa dan Kamis pukul 08.00–12.00, serta di posyandu sesuai jadwal masing-masing kelurahan/desa.",
    ),
    (
        "kesehatan-sosial",
        "Cara daftar BPJS PBI untuk orang tua",
        "Orang tua saya sudah tidak bekerja. Bagaimana agar bisa terdaftar sebagai peserta PBI?",
        None,
        "",
    ),
    (
        "kesehatan-sosial",
        "Posyandu lansia di Lembah Segar",
        "Apakah ada posyandu lansia di Lembah Segar? Ibu saya ingin rutin cek tekanan darah.",
        "Dinkes",
        "Posyandu lansia diadakan setiap bulan di setiap kelurahan. Jadwal lengkap tersedia di Puskesmas Kampung Teleng dan dapat ditanyakan kepada kader posyandu.",
    ),
    (
        "kesehatan-sosial",
        "Ambulans desa untuk warga Kolok",
        "Warga di ujung Kolok jauh dari puskesmas. Apakah bisa ada ambulans siaga di desa?",
        None,
        "",
    ),
    (
        "usulan-warga",
        "Taman bermain ramah anak di Lapangan Segitiga",
        "Usul: bagian lapangan dijadikan taman bermain anak dengan ayunan dan bangku untuk orang tua.",
        None,
        "",
    ),
    (
        "usulan-warga",
        "MPP buka setengah hari pada hari Sabtu",
        "Banyak warga bekerja pada hari kerja. Mohon MPP dibuka Sabtu pagi untuk layanan dasar.",
        None,
        "",
    ),
    (
        "usulan-warga",
        "Jalur sepeda dari pusat kota ke Kandi",
        "Kawasan Kandi ramai pada akhir pekan. Jalur sepeda yang aman akan mengurangi kemacetan.",
        None,
        "",
    ),
    (
        "usulan-warga",
        "Bank sampah di setiap kelurahan",
        "Bank sampah di Kubang berhasil. Bagaimana kalau diperluas ke semua kelurahan dan desa?",
        None,
        "",
    ),
    (
        "usulan-warga",
        "Wi-Fi gratis di ruang publik",
        "Pelajar sering mengerjakan tugas di taman kota. Wi-Fi gratis di ruang publik akan sangat membantu.",
        None,
        "",
    ),
    (
        "pengumuman",
        "Perekaman KTP-el keliling ke sekolah bulan ini",
        "Disdukcapil melakukan perekaman KTP-el bagi pelajar yang sudah berusia 17 tahun di SMA dan SMK se-Kota Sawahlunto. Jadwal per sekolah diumumkan melalui sekolah masing-masing.",
        None,
        "",
    ),
    (
        "pengumuman",
        "Pemeliharaan jaringan air bersih di Kecamatan Barangin",
        "Pada hari Sabtu pukul 08.00–15.00 aliran air di sebagian Kecamatan Barangin dihentikan sementara untuk pemeliharaan pipa. Mohon warga menampung air secukupnya.",
        None,
        "",
    ),
]

# Replies anywhere; a topic takes 3–15 of these, none twice.
REPLIES = [
    "Saya juga mengalami hal yang sama minggu lalu.",
    "Terima kasih informasinya, sangat membantu.",
    "Setuju, mohon segera ditindaklanjuti.",
    "Apakah sudah ada kabar terbaru soal ini?",
    "Kemarin saya lewat, kondisinya masih sama.",
    "Semoga cepat ada solusi dari pemerintah kota.",
    "Saya dukung usulan ini.",
    "Kalau boleh usul, sebaiknya diumumkan juga lewat kelurahan.",
    "Mungkin bisa ditanyakan langsung ke MPP, petugasnya ramah.",
    "Di tempat kami sudah berjalan dan hasilnya bagus.",
    "Mohon informasi jadwal pastinya.",
    "Bagaimana dengan warga yang tidak punya ponsel pintar?",
    "Sudah saya laporkan juga melalui menu aspirasi.",
    "Semoga tidak hanya sementara, tapi berkelanjutan.",
    "Anak saya juga menanyakan hal ini.",
    "Pengalaman saya, datang pagi-pagi lebih cepat dilayani.",
    "Perlu juga sosialisasi ke warga di desa.",
    "Terima kasih atas jawabannya, jelas sekali.",
    "Apakah ada biayanya?",
    "Informasi ini perlu disebarkan lebih luas.",
    "Saya siap ikut gotong royong kalau diperlukan.",
    "Mohon diperhatikan juga akses untuk penyandang disabilitas.",
    "Tahun lalu sudah pernah diusulkan di musrenbang.",
    "Baik, saya tunggu perkembangannya.",
]

# (slug, title, summary, questions, open?, outcome heard, outcome decided)
CONSULTATIONS = [
    (
        "rancangan-perwako-pengelolaan-sampah",
        "Rancangan Peraturan Wali Kota tentang Pengurangan Sampah Plastik",
        "Pemerintah Kota menyiapkan aturan pengurangan kantong plastik sekali pakai di pasar, toko "
        "modern dan rumah makan. Sampaikan pendapat Anda sebelum rancangan ditetapkan.",
        [
            "Apakah Anda setuju kantong plastik sekali pakai tidak lagi diberikan gratis di toko modern?",
            "Berapa lama masa peralihan yang wajar bagi pedagang pasar?",
            "Dukungan apa yang Anda perlukan untuk beralih ke tas belanja pakai ulang?",
        ],
        True,
        "",
        "",
    ),
    (
        "rencana-penataan-kawasan-kandi",
        "Rencana Penataan Kawasan Wisata Kandi",
        "Rencana penataan parkir, jalur pejalan kaki dan kios UMKM di kawasan wisata Kandi untuk lima "
        "tahun ke depan.",
        [
            "Fasilitas apa yang paling Anda perlukan saat berkunjung ke Kandi?",
            "Bagaimana pendapat Anda tentang penataan kios UMKM?",
        ],
        False,
        "<p>Kami menerima 46 tanggapan. Sebagian besar warga meminta tempat parkir yang tertata, toilet "
        "umum yang bersih dan jalur pejalan kaki yang teduh. Pedagang meminta kios tetap dekat pintu masuk.</p>",
        "<p>Penataan dilakukan bertahap mulai tahun depan: parkir dan toilet umum lebih dahulu. Kios UMKM "
        "ditempatkan di dekat pintu masuk sesuai usulan pedagang. Jalur sepeda diusulkan ke anggaran 2028.</p>",
    ),
]

COMMENTS = [
    "Setuju, asalkan ada masa sosialisasi yang cukup bagi pedagang kecil.",
    "Sebaiknya pemerintah membagikan tas belanja gratis di awal penerapan.",
    "Enam bulan cukup untuk peralihan, jangan terlalu lama.",
    "Mohon diperhatikan pedagang kaki lima yang modalnya terbatas.",
    "Perlu toilet umum yang bersih dan mudah dijangkau.",
    "Parkir motor sering semrawut, perlu petugas yang jelas.",
]
