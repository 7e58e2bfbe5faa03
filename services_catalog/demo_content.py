"""Demo catalogue content for Kota Sawahlunto: agencies (OPD), service categories and services.

Texts are Indonesian; pairs are (Indonesian, English); services with an "en" key are also translated.
A service's "annual_users" is a plausible yearly number of users for a city of about 66 000 people
(it sets the minimum SKM sample in the IKM report); services without it leave the number unknown.
"""

AGENCIES = [
    {
        "key": "disdukcapil",
        "name": ("Dinas Kependudukan dan Pencatatan Sipil", "Population and Civil Registration Office"),
        "short_name": "Disdukcapil",
        "address": (
            "Jalan Khatib Sulaiman No. 14, Kelurahan Saringan, Kecamatan Barangin, Kota Sawahlunto 27422"
        ),
        "phone": "(0754) 61241",
        "email": "disdukcapil@sawahluntokota.go.id",
        "opening_hours": (
            "Senin–Kamis 07.30–16.00 WIB\nJumat 07.30–16.30 WIB",
            "Monday–Thursday 07:30–16:00 WIB\nFriday 07:30–16:30 WIB",
        ),
        "head_office": (
            "Kantor pusat di Kelurahan Saringan, Barangin; loket juga di Mal Pelayanan Publik "
            "Sawahlunto, Muaro Kalaban",
            "Head office in Saringan, Barangin; counter also at the Sawahlunto Public Service Mall, "
            "Muaro Kalaban",
        ),
        "map_url": (
            "https://www.openstreetmap.org/search?query="
            "Dinas+Kependudukan+dan+Pencatatan+Sipil+Kota+Sawahlunto"
        ),
    },
    {
        "key": "dpmptsp-naker",
        "name": (
            "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja",
            "Investment, One-Stop Integrated Services and Manpower Office",
        ),
        "short_name": "DPMPTSP-Naker",
        "address": (
            "Gedung Mal Pelayanan Publik, Simpang Muaro Kalaban, Desa Muaro Kalaban, "
            "Kecamatan Silungkang, Kota Sawahlunto 27435"
        ),
        "phone": "(0754) 61377",
        "email": "dpmptsp@sawahluntokota.go.id",
        "opening_hours": (
            "Senin–Kamis 08.00–15.30 WIB\nJumat 08.00–16.00 WIB",
            "Monday–Thursday 08:00–15:30 WIB\nFriday 08:00–16:00 WIB",
        ),
        "head_office": (
            "Lantai 1 Mal Pelayanan Publik Sawahlunto, Muaro Kalaban (bekas Gedung Pasar Songket), "
            "di tepi jalan lintas Sumatera",
            "Ground floor of the Sawahlunto Public Service Mall, Muaro Kalaban (the former Songket "
            "Market building), on the trans-Sumatra road",
        ),
        "map_url": "https://www.openstreetmap.org/search?query=Mal+Pelayanan+Publik+Sawahlunto",
    },
    {
        "key": "diskominfo",
        "name": ("Dinas Komunikasi dan Informatika", "Communication and Informatics Office"),
        "short_name": "Diskominfo",
        "address": (
            "Balai Kota Sawahlunto, Jalan Soekarno-Hatta No. 1, Kecamatan Lembah Segar, Kota Sawahlunto"
        ),
        "phone": "(0754) 61020",
        "email": "diskominfo@sawahluntokota.go.id",
        "opening_hours": (
            "Senin–Kamis 07.30–16.00 WIB\nJumat 07.30–16.30 WIB",
            "Monday–Thursday 07:30–16:00 WIB\nFriday 07:30–16:30 WIB",
        ),
        "head_office": (
            "Balai Kota Sawahlunto; meja layanan PPID di lobi Balai Kota",
            "Sawahlunto City Hall; the public information (PPID) desk is in the City Hall lobby",
        ),
        "map_url": "https://www.openstreetmap.org/search?query=Balai+Kota+Sawahlunto",
    },
    {
        "key": "dinkes",
        "name": ("Dinas Kesehatan", "Health Office"),
        "short_name": "Dinkes",
        "address": (
            "Jalan Prof. M. Yamin No. 30, Kelurahan Aur Mulyo, Kecamatan Lembah Segar, Kota Sawahlunto 27416"
        ),
        "phone": "(0754) 61135",
        "email": "dinkes@sawahluntokota.go.id",
        "opening_hours": (
            "Senin–Kamis 07.30–16.00 WIB\nJumat 07.30–16.30 WIB\n"
            "Jam pelayanan puskesmas mengikuti pengumuman tiap puskesmas",
            "Monday–Thursday 07:30–16:00 WIB\nFriday 07:30–16:30 WIB\n"
            "Community health centres (puskesmas) keep their own posted hours",
        ),
        "head_office": (
            "Kantor dinas di Aur Mulyo, Lembah Segar; pelayanan kesehatan di puskesmas setiap kecamatan",
            "Office in Aur Mulyo, Lembah Segar; health services at the puskesmas in every district",
        ),
        "map_url": "https://www.openstreetmap.org/search?query=Dinas+Kesehatan+Kota+Sawahlunto",
    },
    {
        "key": "dinsos-p3a",
        "name": (
            "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
            "Social Affairs, Women’s Empowerment and Child Protection Office",
        ),
        "short_name": "Dinsos P3A",
        "address": (
            "Jalan Soekarno-Hatta No. 20, Kelurahan Saringan, Kecamatan Barangin, Kota Sawahlunto 27422"
        ),
        "phone": "(0754) 61290",
        "email": "dinsos@sawahluntokota.go.id",
        "opening_hours": (
            "Senin–Kamis 07.30–16.00 WIB\nJumat 07.30–16.30 WIB",
            "Monday–Thursday 07:30–16:00 WIB\nFriday 07:30–16:30 WIB",
        ),
        "head_office": (
            "Kantor pusat di Saringan, Barangin; loket juga di Mal Pelayanan Publik Sawahlunto, "
            "Muaro Kalaban",
            "Head office in Saringan, Barangin; counter also at the Sawahlunto Public Service Mall, "
            "Muaro Kalaban",
        ),
        "map_url": "https://www.openstreetmap.org/search?query=Dinas+Sosial+Kota+Sawahlunto",
    },
    {
        "key": "disdikbud",
        "name": ("Dinas Pendidikan dan Kebudayaan", "Education and Culture Office"),
        "short_name": "Disdikbud",
        "address": ("Jalan Ahmad Yani No. 5, Kelurahan Pasar, Kecamatan Lembah Segar, Kota Sawahlunto 27411"),
        "phone": "(0754) 61158",
        "email": "disdikbud@sawahluntokota.go.id",
        "opening_hours": (
            "Senin–Kamis 07.30–16.00 WIB\nJumat 07.30–16.30 WIB",
            "Monday–Thursday 07:30–16:00 WIB\nFriday 07:30–16:30 WIB",
        ),
        "head_office": (
            "Kantor dinas di Kelurahan Pasar, Lembah Segar; loket layanan di lantai 1",
            "Office in Pasar, Lembah Segar; service counter on the ground floor",
        ),
        "map_url": (
            "https://www.openstreetmap.org/search?query=Dinas+Pendidikan+dan+Kebudayaan+Kota+Sawahlunto"
        ),
    },
    {
        "key": "pupr",
        "name": ("Dinas Pekerjaan Umum dan Penataan Ruang", "Public Works and Spatial Planning Office"),
        "short_name": "Dinas PUPR",
        "address": (
            "Jalan Khatib Sulaiman No. 40, Kelurahan Lubang Panjang, Kecamatan Barangin, "
            "Kota Sawahlunto 27422"
        ),
        "phone": "(0754) 61062",
        "email": "pupr@sawahluntokota.go.id",
        "opening_hours": (
            "Senin–Kamis 07.30–16.00 WIB\nJumat 07.30–16.30 WIB",
            "Monday–Thursday 07:30–16:00 WIB\nFriday 07:30–16:30 WIB",
        ),
        "head_office": (
            "Kantor dinas di Lubang Panjang, Barangin; konsultasi PBG juga di Mal Pelayanan Publik "
            "Sawahlunto, Muaro Kalaban",
            "Office in Lubang Panjang, Barangin; building-approval (PBG) advice also at the Sawahlunto "
            "Public Service Mall, Muaro Kalaban",
        ),
        "map_url": (
            "https://www.openstreetmap.org/search?query="
            "Dinas+Pekerjaan+Umum+dan+Penataan+Ruang+Kota+Sawahlunto"
        ),
    },
    {
        "key": "dishub",
        "name": ("Dinas Perhubungan", "Transport Office"),
        "short_name": "Dishub",
        "address": ("Jalan Lintas Sumatera, Desa Muaro Kalaban, Kecamatan Silungkang, Kota Sawahlunto 27435"),
        "phone": "(0754) 61310",
        "email": "dishub@sawahluntokota.go.id",
        "opening_hours": (
            "Senin–Kamis 07.30–16.00 WIB\nJumat 07.30–16.30 WIB",
            "Monday–Thursday 07:30–16:00 WIB\nFriday 07:30–16:30 WIB",
        ),
        "head_office": (
            "Kantor dinas dan unit pengujian kendaraan bermotor di Muaro Kalaban, Silungkang",
            "Office and vehicle testing unit in Muaro Kalaban, Silungkang",
        ),
        "map_url": "https://www.openstreetmap.org/search?query=Dinas+Perhubungan+Kota+Sawahlunto",
    },
    {
        "key": "disparpora",
        "name": ("Dinas Pariwisata, Pemuda dan Olahraga", "Tourism, Youth and Sports Office"),
        "short_name": "Disparpora",
        "address": (
            "Jalan Ombilin No. 8, Kelurahan Air Dingin, Kecamatan Lembah Segar, Kota Sawahlunto 27416"
        ),
        "phone": "(0754) 61488",
        "email": "disparpora@sawahluntokota.go.id",
        "opening_hours": (
            "Kantor: Senin–Kamis 07.30–16.00 WIB, Jumat 07.30–16.30 WIB\n"
            "Objek wisata: setiap hari 08.00–17.00 WIB",
            "Office: Monday–Thursday 07:30–16:00 WIB, Friday 07:30–16:30 WIB\n"
            "Heritage sites: daily 08:00–17:00 WIB",
        ),
        "head_office": (
            "Kantor dinas di kawasan kota lama, Air Dingin, Lembah Segar; loket tiket di setiap objek wisata",
            "Office in the old town, Air Dingin, Lembah Segar; ticket counters at each heritage site",
        ),
        "map_url": (
            "https://www.openstreetmap.org/search?query=Dinas+Pariwisata+Pemuda+dan+Olahraga+Sawahlunto"
        ),
    },
    {
        "key": "dlh",
        "name": ("Dinas Lingkungan Hidup", "Environment Office"),
        "short_name": "DLH",
        "address": (
            "Jalan Soekarno-Hatta No. 55, Kelurahan Durian I, Kecamatan Barangin, Kota Sawahlunto 27422"
        ),
        "phone": "(0754) 61520",
        "email": "dlh@sawahluntokota.go.id",
        "opening_hours": (
            "Senin–Kamis 07.30–16.00 WIB\nJumat 07.30–16.30 WIB",
            "Monday–Thursday 07:30–16:00 WIB\nFriday 07:30–16:30 WIB",
        ),
        "head_office": (
            "Kantor dinas di Durian I, Barangin",
            "Office in Durian I, Barangin",
        ),
        "map_url": "https://www.openstreetmap.org/search?query=Dinas+Lingkungan+Hidup+Kota+Sawahlunto",
    },
    {
        "key": "satpolpp-damkar",
        "name": (
            "Satuan Polisi Pamong Praja dan Pemadam Kebakaran",
            "Municipal Police and Fire Brigade",
        ),
        "short_name": "Satpol PP dan Damkar",
        "address": (
            "Jalan Muhammad Yamin No. 3, Kelurahan Pasar, Kecamatan Lembah Segar, Kota Sawahlunto 27411"
        ),
        "phone": "(0754) 61113",
        "email": "satpolpp@sawahluntokota.go.id",
        "opening_hours": (
            "Kantor: Senin–Kamis 07.30–16.00 WIB, Jumat 07.30–16.30 WIB\n"
            "Pemadam kebakaran: siaga 24 jam setiap hari",
            "Office: Monday–Thursday 07:30–16:00 WIB, Friday 07:30–16:30 WIB\n"
            "Fire brigade: on call 24 hours a day, every day",
        ),
        "head_office": (
            "Markas di Kelurahan Pasar, Lembah Segar; pos pemadam kebakaran juga di Talawi",
            "Headquarters in Pasar, Lembah Segar; fire station also in Talawi",
        ),
        "map_url": ("https://www.openstreetmap.org/search?query=Pemadam+Kebakaran+Kota+Sawahlunto"),
    },
    {
        "key": "bpbd",
        "name": ("Badan Penanggulangan Bencana Daerah", "Regional Disaster Management Agency"),
        "short_name": "BPBD",
        "address": (
            "Jalan Khatib Sulaiman No. 25, Kelurahan Saringan, Kecamatan Barangin, Kota Sawahlunto 27422"
        ),
        "phone": "(0754) 61400",
        "email": "bpbd@sawahluntokota.go.id",
        "opening_hours": (
            "Kantor: Senin–Kamis 07.30–16.00 WIB, Jumat 07.30–16.30 WIB\n"
            "Pusat Pengendalian Operasi: siaga 24 jam",
            "Office: Monday–Thursday 07:30–16:00 WIB, Friday 07:30–16:30 WIB\n"
            "Emergency operations centre: on call 24 hours",
        ),
        "head_office": (
            "Kantor dan Pusat Pengendalian Operasi (Pusdalops) di Saringan, Barangin",
            "Office and emergency operations centre (Pusdalops) in Saringan, Barangin",
        ),
        "map_url": (
            "https://www.openstreetmap.org/search?query=Badan+Penanggulangan+Bencana+Daerah+Sawahlunto"
        ),
    },
    {
        "key": "kesbangpol",
        "name": ("Badan Kesatuan Bangsa dan Politik", "National Unity and Politics Agency"),
        "short_name": "Kesbangpol",
        "address": (
            "Kompleks Balai Kota Sawahlunto, Jalan Soekarno-Hatta No. 1, Kecamatan Lembah Segar, "
            "Kota Sawahlunto"
        ),
        "phone": "(0754) 61027",
        "email": "kesbangpol@sawahluntokota.go.id",
        "opening_hours": (
            "Senin–Kamis 07.30–16.00 WIB\nJumat 07.30–16.30 WIB",
            "Monday–Thursday 07:30–16:00 WIB\nFriday 07:30–16:30 WIB",
        ),
        "head_office": (
            "Kompleks Balai Kota Sawahlunto, gedung sayap kanan",
            "Sawahlunto City Hall complex, right-wing building",
        ),
        "map_url": "https://www.openstreetmap.org/search?query=Balai+Kota+Sawahlunto",
    },
    {
        "key": "dkppp",
        "name": (
            "Dinas Ketahanan Pangan, Pertanian dan Perikanan",
            "Food Security, Agriculture and Fisheries Office",
        ),
        "short_name": "DKPPP",
        "address": ("Jalan Lintas Talawi No. 10, Desa Talawi Hilir, Kecamatan Talawi, Kota Sawahlunto 27446"),
        "phone": "(0754) 61575",
        "email": "dkppp@sawahluntokota.go.id",
        "opening_hours": (
            "Senin–Kamis 07.30–16.00 WIB\nJumat 07.30–16.30 WIB",
            "Monday–Thursday 07:30–16:00 WIB\nFriday 07:30–16:30 WIB",
        ),
        "head_office": (
            "Kantor dinas dan Pusat Kesehatan Hewan (Puskeswan) di Talawi Hilir, Talawi",
            "Office and animal health centre (Puskeswan) in Talawi Hilir, Talawi",
        ),
        "map_url": (
            "https://www.openstreetmap.org/search?query="
            "Dinas+Ketahanan+Pangan+Pertanian+dan+Perikanan+Sawahlunto"
        ),
    },
    {
        "key": "kelurahan-desa",
        "name": ("Kantor Kelurahan dan Kantor Desa", "Urban and Rural Village Offices"),
        "short_name": "Kelurahan/Desa",
        "address": (
            "Kantor kelurahan atau kantor desa tempat Anda berdomisili: 10 kelurahan dan 27 desa "
            "di Kecamatan Barangin, Lembah Segar, Silungkang dan Talawi"
        ),
        "phone": "(0754) 61025",
        "email": "tapem@sawahluntokota.go.id",
        "opening_hours": (
            "Senin–Kamis 07.30–16.00 WIB\nJumat 07.30–16.30 WIB",
            "Monday–Thursday 07:30–16:00 WIB\nFriday 07:30–16:30 WIB",
        ),
        "head_office": (
            "Kantor kelurahan atau kantor desa sesuai alamat pada Kartu Keluarga; pertanyaan umum "
            "melalui Bagian Tata Pemerintahan Sekretariat Daerah",
            "The urban or rural village office of the address on your family card; general questions "
            "to the Government Administration Section of the City Secretariat",
        ),
        "map_url": "https://www.openstreetmap.org/search?query=Kota+Sawahlunto",
    },
    {
        "key": "imigrasi-mpp",
        "name": (
            "Kantor Imigrasi Kelas I TPI Padang – Gerai Mal Pelayanan Publik Sawahlunto",
            "Padang Class I Immigration Office – Sawahlunto Public Service Mall counter",
        ),
        "short_name": "Gerai Imigrasi MPP",
        "address": (
            "Mal Pelayanan Publik Sawahlunto, Simpang Muaro Kalaban, Desa Muaro Kalaban, "
            "Kecamatan Silungkang, Kota Sawahlunto 27435"
        ),
        "phone": "(0754) 61377",
        "email": "mpp@sawahluntokota.go.id",
        "opening_hours": (
            "Pada hari layanan imigrasi yang diumumkan setiap bulan, 08.00–15.00 WIB",
            "On the immigration service days announced each month, 08:00–15:00 WIB",
        ),
        "head_office": (
            "Kantor induk di Kota Padang; gerai berkala di Mal Pelayanan Publik Sawahlunto, "
            "Muaro Kalaban. Informasi jadwal di meja informasi MPP",
            "Main office in Padang; regular counter at the Sawahlunto Public Service Mall, "
            "Muaro Kalaban. Ask the MPP information desk for the schedule",
        ),
        "map_url": "https://www.openstreetmap.org/search?query=Mal+Pelayanan+Publik+Sawahlunto",
    },
]

CATEGORIES = [
    {
        "key": "kependudukan",
        "name": ("Kependudukan dan Pencatatan Sipil", "Population and Civil Registration"),
        "description": (
            "Dokumen kependudukan seperti KTP-el, Kartu Keluarga, akta kelahiran, akta kematian dan "
            "surat pindah, semuanya tanpa biaya.",
            "Population documents such as the electronic ID card, family card, birth and death "
            "certificates and moving certificates, all free of charge.",
        ),
        "icon": "id-card",
    },
    {
        "key": "sosial",
        "name": ("Sosial dan Perlindungan Masyarakat", "Social Welfare and Protection"),
        "description": (
            "Surat keterangan tidak mampu, pendataan penerima bantuan sosial dan jaminan kesehatan "
            "yang iurannya dibayar pemerintah.",
            "Certificates of low income, registration for social assistance and government-paid "
            "health insurance.",
        ),
        "icon": "social",
    },
    {
        "key": "kesehatan",
        "name": ("Kesehatan", "Health"),
        "description": (
            "Layanan puskesmas, pemeriksaan kesehatan, izin praktik tenaga kesehatan dan kesehatan hewan.",
            "Community health centre services, health checks, practice permits for health workers "
            "and animal health.",
        ),
        "icon": "health",
    },
    {
        "key": "pendidikan",
        "name": ("Pendidikan, Kebudayaan dan Pariwisata", "Education, Culture and Tourism"),
        "description": (
            "Penerimaan murid baru, legalisasi ijazah, kunjungan objek wisata sejarah dan sewa "
            "fasilitas milik pemerintah kota.",
            "School admission, certification of diplomas, visits to heritage sites and hire of city "
            "facilities.",
        ),
        "icon": "education",
    },
    {
        "key": "perizinan",
        "name": ("Perizinan, Usaha dan Ketenagakerjaan", "Permits, Business and Employment"),
        "description": (
            "Perizinan berusaha, persetujuan bangunan gedung dan layanan bagi pencari kerja.",
            "Business licensing, building approval and services for job seekers.",
        ),
        "icon": "business",
    },
    {
        "key": "perhubungan",
        "name": ("Perhubungan", "Transport"),
        "description": (
            "Uji berkala kendaraan bermotor, izin angkutan umum dan pengaturan lalu lintas untuk "
            "kegiatan masyarakat.",
            "Periodic vehicle testing, public transport licences and traffic arrangements for "
            "community events.",
        ),
        "icon": "transport",
    },
    {
        "key": "lingkungan",
        "name": ("Lingkungan Hidup dan Kebencanaan", "Environment and Disasters"),
        "description": (
            "Pengangkutan sampah, perlindungan pohon, pemadaman kebakaran dan penanganan bencana.",
            "Waste collection, tree protection, firefighting and disaster response.",
        ),
        "icon": "environment",
    },
    {
        "key": "informasi",
        "name": (
            "Informasi, Pengaduan dan Administrasi Umum",
            "Information, Complaints and General Services",
        ),
        "description": (
            "Permohonan informasi publik, pengaduan pelayanan, rekomendasi penelitian dan layanan "
            "instansi vertikal di Mal Pelayanan Publik.",
            "Public information requests, service complaints, research permits and national agency "
            "services at the Public Service Mall.",
        ),
        "icon": "document",
    },
]

SERVICES = [
    # ----- Kependudukan dan Pencatatan Sipil (Disdukcapil) -----
    {
        "slug": "ktp-el-pemula",
        "title": "Perekaman dan Pencetakan KTP-el Pemula",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "summary": (
            "Perekaman data dan pencetakan Kartu Tanda Penduduk elektronik (KTP-el) bagi penduduk yang "
            "baru wajib memiliki KTP-el. Permohonan dapat diajukan secara daring, lalu pemohon datang "
            "sekali untuk perekaman foto, sidik jari, iris mata dan tanda tangan."
        ),
        "eligibility": (
            "Warga negara Indonesia yang terdaftar dalam Kartu Keluarga Kota Sawahlunto dan sudah "
            "berusia 17 tahun, sudah kawin, atau pernah kawin."
        ),
        "requirements": [
            {
                "name": "Kartu Keluarga (KK) yang memuat data pemohon",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Buku nikah atau kutipan akta perkawinan",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": True,
                # Only who is not yet 17 needs the marriage to be eligible (UU 24/2013 Pasal 63).
                "age_condition": "under",
                "age": 17,
                "marital_condition": "married",
            },
        ],
        "minimum_age": 17,
        "minimum_age_unless_married": True,
        "procedure": [
            "Ajukan permohonan melalui portal ini atau datang ke loket Disdukcapil atau Mal Pelayanan "
            "Publik (MPP) Sawahlunto.",
            "Petugas memeriksa data Anda dalam database kependudukan dan memberikan jadwal perekaman.",
            "Datang sesuai jadwal untuk perekaman foto, sidik jari, iris mata dan tanda tangan.",
            "KTP-el dicetak setelah data rekaman Anda dinyatakan tunggal oleh sistem kependudukan nasional.",
            "Ambil KTP-el di loket dengan menunjukkan tanda bukti permohonan.",
        ],
        "processing_days": 1,
        "processing_note": (
            "KTP-el dicetak 1 hari kerja setelah data rekaman terverifikasi; verifikasi oleh sistem "
            "nasional dapat memerlukan waktu hingga 14 hari kerja."
        ),
        "cost": 0,
        "cost_basis": (
            "Gratis. Undang-Undang Nomor 24 Tahun 2013 Pasal 79A: pengurusan dan penerbitan dokumen "
            "kependudukan tidak dipungut biaya."
        ),
        "product": "Kartu Tanda Penduduk elektronik (KTP-el).",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau meja pengaduan Disdukcapil, telepon (0754) 61241."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
            (
                "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
                "2006 tentang Administrasi Kependudukan"
            ),
            (
                "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                "Penduduk dan Pencatatan Sipil"
            ),
            (
                "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan "
                "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                "Penduduk dan Pencatatan Sipil"
            ),
        ],
        "locations": (
            "Kantor Disdukcapil di Kelurahan Saringan, Kecamatan Barangin, atau loket Disdukcapil di "
            "Mal Pelayanan Publik Sawahlunto, Muaro Kalaban."
        ),
        "online": True,
        "annual_users": 1200,
        "popular": True,
        "faq": [
            (
                "Apakah siswa yang sudah berusia 17 tahun bisa direkam di sekolah?",
                "Bisa. Disdukcapil secara berkala melakukan perekaman keliling ke sekolah dan desa. "
                "Jadwalnya diumumkan di portal ini dan melalui sekolah.",
            ),
            (
                "Saya baru berusia 16 tahun. Bolehkah saya merekam data sekarang?",
                "Boleh, di kantor Disdukcapil atau saat perekaman keliling: perekaman dapat dilakukan "
                "sejak usia 16 tahun, tetapi KTP-el baru dicetak setelah Anda berusia 17 tahun. "
                "Permohonan daring melalui portal ini dapat diajukan mulai usia 17 tahun, atau lebih "
                "awal bila Anda sudah kawin atau pernah kawin.",
            ),
        ],
        "related": ["ktp-el-hilang-rusak", "kartu-identitas-anak"],
        "en": {
            "slug": "first-electronic-id-card",
            "title": "First Electronic ID Card (KTP-el): Recording and Printing",
            "summary": (
                "Data recording and printing of the electronic identity card (KTP-el) for residents who "
                "have just become obliged to hold one. You can apply online and then come in once to have "
                "your photo, fingerprints, iris and signature recorded."
            ),
            "eligibility": (
                "Indonesian citizens listed on a Sawahlunto family card who are 17 or older, married, "
                "or have been married."
            ),
            "requirements": [
                {"name": "Family card (Kartu Keluarga, KK) that lists the applicant", "note": ""},
                {"name": "Marriage book or marriage certificate extract", "note": ""},
            ],
            "procedure": [
                "Apply through this portal or go to the Disdukcapil counter or the Sawahlunto Public "
                "Service Mall (MPP).",
                "An officer checks your data in the population database and gives you a recording "
                "appointment.",
                "Come at the appointed time to have your photo, fingerprints, iris and signature recorded.",
                "The card is printed once the national population system has confirmed that your record "
                "is unique.",
                "Collect your KTP-el at the counter by showing your application receipt.",
            ],
            "processing_note": (
                "The card is printed 1 working day after the recording is verified; verification by the "
                "national system can take up to 14 working days."
            ),
            "cost_basis": (
                "Free. Law No. 24 of 2013, Article 79A: population documents are processed and issued "
                "free of charge."
            ),
            "product": "Electronic identity card (KTP-el).",
            "complaint_channel": (
                "Complain through the Aspirations and Complaints menu on this portal, SP4N-LAPOR! "
                "(lapor.go.id or SMS 1708), or the Disdukcapil complaints desk, phone (0754) 61241."
            ),
            "locations": (
                "The Disdukcapil office in Saringan, Barangin, or the Disdukcapil counter at the "
                "Sawahlunto Public Service Mall, Muaro Kalaban."
            ),
            "faq": [
                (
                    "Can students who have turned 17 be recorded at school?",
                    "Yes. Disdukcapil regularly brings mobile recording to schools and villages. The "
                    "schedule is announced on this portal and through the schools.",
                ),
                (
                    "I am only 16. Can I have my data recorded now?",
                    "Yes, at the Disdukcapil office or during mobile recording: recording is possible "
                    "from age 16, but the card is printed only once you turn 17. The online application "
                    "on this portal is open from age 17, or earlier if you are or have been married.",
                ),
            ],
            "legal_basis": [
                "Law No. 23 of 2006 on Population Administration",
                "Law No. 24 of 2013 amending Law No. 23 of 2006 on Population Administration",
                (
                    "Presidential Regulation No. 96 of 2018 on Requirements and Procedures for "
                    "Population Registration and Civil Registration"
                ),
                (
                    "Minister of Home Affairs Regulation No. 108 of 2019 implementing Presidential "
                    "Regulation No. 96 of 2018 on Requirements and Procedures for Population "
                    "Registration and Civil Registration"
                ),
            ],
        },
    },
    {
        "slug": "ktp-el-hilang-rusak",
        "title": "Penggantian KTP-el Hilang atau Rusak",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "summary": (
            "Pencetakan ulang KTP-el bagi penduduk yang KTP-elnya hilang atau rusak. Data rekaman lama "
            "tetap dipakai, sehingga pemohon tidak perlu merekam ulang kecuali diminta petugas."
        ),
        "eligibility": (
            "Penduduk Kota Sawahlunto yang sudah pernah merekam data KTP-el dan KTP-elnya hilang atau rusak."
        ),
        "requirements": [
            {
                "name": "Surat keterangan kehilangan dari kepolisian",
                "note": "Untuk KTP-el yang hilang",
                "original": True,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "KTP-el yang rusak",
                "note": "Untuk KTP-el yang rusak; diserahkan kepada petugas",
                "original": True,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "Kartu Keluarga (KK)",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": True,
            },
        ],
        "procedure": [
            "Ajukan permohonan melalui portal ini atau datang ke loket Disdukcapil atau MPP Sawahlunto.",
            "Petugas memeriksa berkas dan mencocokkan data Anda dengan data rekaman KTP-el.",
            "KTP-el pengganti dicetak; KTP-el yang rusak ditarik dan dimusnahkan.",
            "Ambil KTP-el di loket dengan menunjukkan tanda bukti permohonan.",
        ],
        "processing_days": 1,
        "processing_note": "Dapat selesai pada hari yang sama bila berkas lengkap dan blangko tersedia.",
        "cost": 0,
        "cost_basis": (
            "Gratis. Undang-Undang Nomor 24 Tahun 2013 Pasal 79A: pengurusan dan penerbitan dokumen "
            "kependudukan tidak dipungut biaya."
        ),
        "product": "KTP-el pengganti dengan Nomor Induk Kependudukan (NIK) yang sama.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau meja pengaduan Disdukcapil, telepon (0754) 61241."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
            (
                "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
                "2006 tentang Administrasi Kependudukan"
            ),
            (
                "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                "Penduduk dan Pencatatan Sipil"
            ),
        ],
        "locations": (
            "Kantor Disdukcapil di Kelurahan Saringan, Kecamatan Barangin, atau loket Disdukcapil di "
            "Mal Pelayanan Publik Sawahlunto, Muaro Kalaban."
        ),
        "online": True,
        "annual_users": 900,
        "popular": False,
        "faq": [
            (
                "Apakah penggantian KTP-el yang hilang dikenai denda?",
                "Tidak. Penggantian KTP-el, baik karena hilang maupun rusak, tidak dipungut biaya apa pun.",
            ),
            (
                "Bagaimana jika data pada KTP-el saya juga perlu diubah?",
                "Sampaikan kepada petugas dan bawa dokumen pendukung perubahan data, misalnya buku nikah "
                "untuk perubahan status perkawinan. Data diperbarui sebelum KTP-el dicetak.",
            ),
        ],
        "related": ["ktp-el-pemula", "kartu-keluarga-hilang-rusak"],
        "en": {
            "slug": "replace-lost-or-damaged-e-id-card",
            "title": "Replacing a Lost or Damaged Electronic ID Card (KTP-el)",
            "summary": (
                "Reprinting of the electronic ID card for residents whose card has been lost or damaged. "
                "Your earlier biometric record is reused, so you do not need to be recorded again unless "
                "an officer asks."
            ),
            "eligibility": (
                "Sawahlunto residents who have already been recorded for a KTP-el and whose card is lost "
                "or damaged."
            ),
            "requirements": [
                {"name": "Police report of the loss", "note": "For a lost card"},
                {
                    "name": "The damaged KTP-el",
                    "note": "For a damaged card; it is handed over to the officer",
                },
                {"name": "Family card (KK)", "note": ""},
            ],
            "procedure": [
                "Apply through this portal or go to the Disdukcapil counter or the Sawahlunto MPP.",
                "An officer checks your documents and matches your data with your KTP-el record.",
                "The replacement card is printed; a damaged card is withdrawn and destroyed.",
                "Collect your KTP-el at the counter by showing your application receipt.",
            ],
            "processing_note": (
                "Can be finished the same day if your documents are complete and blank cards are in stock."
            ),
            "cost_basis": (
                "Free. Law No. 24 of 2013, Article 79A: population documents are processed and issued "
                "free of charge."
            ),
            "product": "Replacement KTP-el with the same population identity number (NIK).",
            "complaint_channel": (
                "Complain through the Aspirations and Complaints menu on this portal, SP4N-LAPOR! "
                "(lapor.go.id or SMS 1708), or the Disdukcapil complaints desk, phone (0754) 61241."
            ),
            "locations": (
                "The Disdukcapil office in Saringan, Barangin, or the Disdukcapil counter at the "
                "Sawahlunto Public Service Mall, Muaro Kalaban."
            ),
            "faq": [
                (
                    "Is there a fine for replacing a lost card?",
                    "No. Replacing a KTP-el, whether lost or damaged, costs nothing at all.",
                ),
                (
                    "What if the data on my card must also be changed?",
                    "Tell the officer and bring the supporting document, for example your marriage book "
                    "for a change of marital status. The data is updated before the card is printed.",
                ),
            ],
            "legal_basis": [
                "Law No. 23 of 2006 on Population Administration",
                "Law No. 24 of 2013 amending Law No. 23 of 2006 on Population Administration",
                (
                    "Presidential Regulation No. 96 of 2018 on Requirements and Procedures for "
                    "Population Registration and Civil Registration"
                ),
            ],
        },
    },
    {
        "slug": "kartu-keluarga-baru",
        "title": "Kartu Keluarga Baru bagi Pasangan yang Baru Menikah",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "summary": (
            "Penerbitan Kartu Keluarga (KK) baru bagi pasangan suami istri yang baru menikah dan ingin "
            "membentuk keluarga sendiri, terpisah dari KK orang tua."
        ),
        "eligibility": ("Pasangan suami istri yang berdomisili atau akan berdomisili di Kota Sawahlunto."),
        "requirements": [
            {
                "name": "Buku nikah atau kutipan akta perkawinan",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": True,
            },
            {
                "name": (
                    "Surat pernyataan tanggung jawab mutlak (SPTJM) perkawinan belum tercatat, "
                    "formulir F-1.05"
                ),
                "note": "Hanya bila perkawinan belum tercatat; formulir tersedia di loket dan portal ini",
                "original": True,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "Kartu Keluarga orang tua suami dan istri",
                "note": "KK tempat data suami dan istri masih tercantum",
                "original": False,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Surat Keterangan Pindah (SKPWNI) dari daerah asal",
                "note": "Bila suami atau istri berasal dari luar Kota Sawahlunto",
                "original": True,
                "copies": 0,
                "upload": True,
            },
        ],
        "procedure": [
            "Ajukan permohonan melalui portal ini atau di loket Disdukcapil atau MPP Sawahlunto.",
            "Petugas memverifikasi dokumen perkawinan dan data kedua pasangan.",
            "Data suami dan istri dikeluarkan dari KK orang tua dan dimasukkan ke KK baru.",
            "KK baru diterbitkan dengan tanda tangan elektronik dan dapat diambil di loket atau dikirim "
            "ke surel Anda untuk dicetak sendiri.",
        ],
        "processing_days": 1,
        "processing_note": "Selesai di tempat bila berkas lengkap.",
        "cost": 0,
        "cost_basis": (
            "Gratis. Undang-Undang Nomor 24 Tahun 2013 Pasal 79A: pengurusan dan penerbitan dokumen "
            "kependudukan tidak dipungut biaya."
        ),
        "product": (
            "Kartu Keluarga baru atas nama kepala keluarga, serta KK orang tua yang sudah diperbarui."
        ),
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau meja pengaduan Disdukcapil, telepon (0754) 61241."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
            (
                "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
                "2006 tentang Administrasi Kependudukan"
            ),
            (
                "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan "
                "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                "Penduduk dan Pencatatan Sipil"
            ),
            (
                "Peraturan Menteri Dalam Negeri Nomor 109 Tahun 2019 tentang Formulir dan Buku yang "
                "Digunakan dalam Administrasi Kependudukan"
            ),
        ],
        "locations": (
            "Kantor Disdukcapil di Kelurahan Saringan, Kecamatan Barangin, atau loket Disdukcapil di "
            "Mal Pelayanan Publik Sawahlunto, Muaro Kalaban."
        ),
        "online": True,
        "annual_users": 550,
        "popular": True,
        "faq": [
            (
                "Apakah KK yang dicetak di kertas biasa sah?",
                "Sah. KK kini dicetak pada kertas HVS dan ditandatangani secara elektronik dengan kode "
                "QR, sehingga Anda boleh mencetaknya sendiri dari berkas yang dikirim Disdukcapil.",
            ),
            (
                "Apakah KTP-el kami harus diganti setelah menikah?",
                "Tidak wajib, tetapi dianjurkan agar status perkawinan pada KTP-el sesuai. Penggantian "
                "dapat diajukan bersamaan dengan permohonan KK baru dan tetap gratis.",
            ),
        ],
        "related": ["akta-kelahiran", "ktp-el-hilang-rusak"],
        "en": {
            "slug": "new-family-card-for-newlyweds",
            "title": "New Family Card for Newly Married Couples",
            "summary": (
                "Issue of a new family card (Kartu Keluarga, KK) for a newly married couple who want "
                "their own household, separate from their parents’ family cards."
            ),
            "eligibility": "Married couples who live, or will live, in Sawahlunto.",
            "requirements": [
                {"name": "Marriage book or marriage certificate extract", "note": ""},
                {
                    "name": (
                        "Statement of full responsibility (SPTJM) for an unregistered marriage, form F-1.05"
                    ),
                    "note": (
                        "Only if the marriage is not registered; the form is at the counter and "
                        "on this portal"
                    ),
                },
                {
                    "name": "Family cards of the husband’s and wife’s parents",
                    "note": "The cards on which the husband and wife are still listed",
                },
                {
                    "name": "Moving certificate (SKPWNI) from the previous place of residence",
                    "note": "If the husband or wife comes from outside Sawahlunto",
                },
            ],
            "procedure": [
                "Apply through this portal or at the Disdukcapil counter or the Sawahlunto MPP.",
                "An officer verifies the marriage documents and the data of both spouses.",
                "The husband and wife are removed from their parents’ cards and entered on the new card.",
                "The new card is issued with an electronic signature; collect it at the counter or "
                "receive it by e-mail and print it yourself.",
            ],
            "processing_note": "Finished on the spot if your documents are complete.",
            "cost_basis": (
                "Free. Law No. 24 of 2013, Article 79A: population documents are processed and issued "
                "free of charge."
            ),
            "product": "A new family card in the name of the head of the family, and updated parents’ cards.",
            "complaint_channel": (
                "Complain through the Aspirations and Complaints menu on this portal, SP4N-LAPOR! "
                "(lapor.go.id or SMS 1708), or the Disdukcapil complaints desk, phone (0754) 61241."
            ),
            "locations": (
                "The Disdukcapil office in Saringan, Barangin, or the Disdukcapil counter at the "
                "Sawahlunto Public Service Mall, Muaro Kalaban."
            ),
            "faq": [
                (
                    "Is a family card printed on ordinary paper valid?",
                    "Yes. Family cards are now printed on plain paper and signed electronically with a "
                    "QR code, so you may print the file Disdukcapil sends you yourself.",
                ),
                (
                    "Do we have to replace our ID cards after marrying?",
                    "It is not compulsory, but it is advisable so that the marital status on your card "
                    "is correct. You can apply together with the new family card, also free of charge.",
                ),
            ],
            "legal_basis": [
                "Law No. 23 of 2006 on Population Administration",
                "Law No. 24 of 2013 amending Law No. 23 of 2006 on Population Administration",
                (
                    "Minister of Home Affairs Regulation No. 108 of 2019 implementing Presidential "
                    "Regulation No. 96 of 2018 on Requirements and Procedures for Population "
                    "Registration and Civil Registration"
                ),
                (
                    "Minister of Home Affairs Regulation No. 109 of 2019 on Forms and Registers Used in "
                    "Population Administration"
                ),
            ],
        },
    },
    {
        "slug": "kartu-keluarga-hilang-rusak",
        "title": "Penggantian Kartu Keluarga Hilang atau Rusak",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "summary": (
            "Penerbitan ulang Kartu Keluarga (KK) yang hilang atau rusak dengan data yang sama seperti "
            "dalam database kependudukan."
        ),
        "eligibility": "Kepala keluarga atau anggota keluarga yang tercantum dalam KK Kota Sawahlunto.",
        "requirements": [
            {
                "name": "Surat keterangan kehilangan dari kepolisian",
                "note": "Untuk KK yang hilang",
                "original": True,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "KK yang rusak",
                "note": "Untuk KK yang rusak; diserahkan kepada petugas",
                "original": True,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "KTP-el pemohon",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": True,
            },
        ],
        "procedure": [
            "Ajukan permohonan melalui portal ini atau datang ke loket Disdukcapil atau MPP Sawahlunto.",
            "Petugas memeriksa berkas dan mencocokkan data keluarga dalam database kependudukan.",
            "KK pengganti diterbitkan dengan tanda tangan elektronik.",
            "Ambil KK di loket atau terima berkasnya melalui surel untuk dicetak sendiri.",
        ],
        "processing_days": 1,
        "processing_note": "Selesai di tempat bila berkas lengkap.",
        "cost": 0,
        "cost_basis": (
            "Gratis. Undang-Undang Nomor 24 Tahun 2013 Pasal 79A: pengurusan dan penerbitan dokumen "
            "kependudukan tidak dipungut biaya."
        ),
        "product": "Kartu Keluarga pengganti dengan nomor KK yang sama.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau meja pengaduan Disdukcapil, telepon (0754) 61241."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
            (
                "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
                "2006 tentang Administrasi Kependudukan"
            ),
            (
                "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                "Penduduk dan Pencatatan Sipil"
            ),
        ],
        "locations": "",
        "online": True,
        "annual_users": 600,
        "popular": False,
        "faq": [
            (
                "Bolehkah anggota keluarga selain kepala keluarga mengurus KK pengganti?",
                "Boleh, sepanjang namanya tercantum dalam KK tersebut dan membawa KTP-el.",
            ),
        ],
        "related": ["ktp-el-hilang-rusak", "kartu-keluarga-baru"],
        "en": {
            "slug": "replace-lost-or-damaged-family-card",
            "title": "Replacing a Lost or Damaged Family Card",
            "summary": (
                "Reissue of a lost or damaged family card (Kartu Keluarga, KK) with the same data as in "
                "the population database."
            ),
            "eligibility": "The head of the family or any family member listed on a Sawahlunto family card.",
            "requirements": [
                {"name": "Police report of the loss", "note": "For a lost family card"},
                {
                    "name": "The damaged family card",
                    "note": "For a damaged card; it is handed over to the officer",
                },
                {"name": "Applicant’s KTP-el", "note": ""},
            ],
            "procedure": [
                "Apply through this portal or go to the Disdukcapil counter or the Sawahlunto MPP.",
                "An officer checks your documents and the family data in the population database.",
                "The replacement family card is issued with an electronic signature.",
                "Collect it at the counter or receive the file by e-mail and print it yourself.",
            ],
            "processing_note": "Finished on the spot if your documents are complete.",
            "cost_basis": (
                "Free. Law No. 24 of 2013, Article 79A: population documents are processed and issued "
                "free of charge."
            ),
            "product": "Replacement family card with the same card number.",
            "complaint_channel": (
                "Complain through the Aspirations and Complaints menu on this portal, SP4N-LAPOR! "
                "(lapor.go.id or SMS 1708), or the Disdukcapil complaints desk, phone (0754) 61241."
            ),
            "locations": "",
            "faq": [
                (
                    "May a family member other than the head of the family apply?",
                    "Yes, as long as their name is on the family card and they bring their KTP-el.",
                ),
            ],
            "legal_basis": [
                "Law No. 23 of 2006 on Population Administration",
                "Law No. 24 of 2013 amending Law No. 23 of 2006 on Population Administration",
                (
                    "Presidential Regulation No. 96 of 2018 on Requirements and Procedures for "
                    "Population Registration and Civil Registration"
                ),
            ],
        },
    },
    {
        "slug": "akta-kelahiran",
        "title": "Akta Kelahiran",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "summary": (
            "Pencatatan kelahiran dan penerbitan kutipan akta kelahiran, bukti sah identitas dan "
            "kewarganegaraan anak. Anak sekaligus dimasukkan ke dalam Kartu Keluarga."
        ),
        "eligibility": (
            "Orang tua, wali atau keluarga yang melaporkan kelahiran anak yang terdaftar atau akan "
            "didaftarkan dalam KK Kota Sawahlunto, berapa pun usia anak saat dilaporkan."
        ),
        "requirements": [
            {
                "name": "Surat keterangan kelahiran dari rumah sakit, puskesmas, klinik atau bidan",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": True,
                # Permendagri 9/2016: an SPTJM replaces the birth notification and the witnesses.
                "alternative": (
                    "SPTJM kebenaran data kelahiran yang ditandatangani pelapor dan dua orang saksi"
                ),
            },
            {
                "name": "Buku nikah atau kutipan akta perkawinan orang tua",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": True,
                "alternative": "SPTJM kebenaran sebagai pasangan suami istri",
            },
            {
                "name": "Kartu Keluarga tempat anak akan didaftarkan",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "KTP-el ayah dan ibu atau pelapor",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": True,
            },
        ],
        "procedure": [
            "Ajukan permohonan melalui portal ini atau di loket Disdukcapil atau MPP Sawahlunto.",
            "Petugas memverifikasi data kelahiran, orang tua dan Kartu Keluarga.",
            "Kelahiran dicatat dalam register akta kelahiran dan anak dimasukkan ke dalam KK.",
            "Kutipan akta kelahiran dan KK terbaru diterbitkan dengan tanda tangan elektronik.",
            "Ambil dokumen di loket atau terima berkasnya melalui surel untuk dicetak sendiri.",
        ],
        "processing_days": 1,
        "processing_note": "Selesai di tempat bila berkas lengkap dan data sesuai.",
        "cost": 0,
        "cost_basis": (
            "Gratis. Undang-Undang Nomor 24 Tahun 2013 Pasal 79A: pengurusan dan penerbitan dokumen "
            "kependudukan tidak dipungut biaya."
        ),
        "product": "Kutipan akta kelahiran dan Kartu Keluarga yang telah memuat data anak.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau meja pengaduan Disdukcapil, telepon (0754) 61241."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
            (
                "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
                "2006 tentang Administrasi Kependudukan"
            ),
            (
                "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                "Penduduk dan Pencatatan Sipil"
            ),
            (
                "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan "
                "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                "Penduduk dan Pencatatan Sipil"
            ),
            (
                "Peraturan Menteri Dalam Negeri Nomor 109 Tahun 2019 tentang Formulir dan Buku yang "
                "Digunakan dalam Administrasi Kependudukan"
            ),
            (
                "Peraturan Menteri Dalam Negeri Nomor 9 Tahun 2016 tentang Percepatan Peningkatan "
                "Cakupan Kepemilikan Akta Kelahiran"
            ),
        ],
        "questions": [
            {
                "key": "nama-anak",
                "label": "Nama lengkap anak",
                "kind": "text",
                "help_text": "Sesuai surat keterangan kelahiran, bila ada.",
            },
            {
                "key": "jenis-kelamin-anak",
                "label": "Jenis kelamin anak",
                "kind": "choice",
                "choices": "Laki-laki\nPerempuan",
            },
            {
                "key": "tempat-lahir-anak",
                "label": "Tempat lahir anak",
                "kind": "text",
                "help_text": "Kota atau kabupaten tempat anak lahir, misalnya Sawahlunto.",
            },
            {"key": "tanggal-lahir-anak", "label": "Tanggal lahir anak", "kind": "past_date"},
        ],
        "downloads": ["sptjm-kelahiran", "sptjm-suami-istri"],
        "locations": (
            "Kantor Disdukcapil di Kelurahan Saringan, Kecamatan Barangin, atau loket Disdukcapil di "
            "Mal Pelayanan Publik Sawahlunto, Muaro Kalaban."
        ),
        "online": True,
        "annual_users": 1100,
        "popular": True,
        "faq": [
            (
                "Berapa lama batas waktu melaporkan kelahiran?",
                "Kelahiran wajib dilaporkan paling lambat 60 hari sejak kelahiran. Kelahiran yang "
                "dilaporkan setelah batas waktu itu tetap dilayani dan tetap gratis.",
            ),
            (
                "Apakah akta kelahiran bisa diurus tanpa buku nikah orang tua?",
                "Bisa, dengan mengisi SPTJM kebenaran sebagai pasangan suami istri. Akta memuat nama "
                "ayah dan ibu disertai keterangan bahwa perkawinannya belum tercatat.",
            ),
            (
                "Apakah saksi kelahiran harus dihadirkan?",
                "Tidak, bila surat keterangan kelahiran tersedia. Bila tidak ada, data kelahiran "
                "dinyatakan dalam SPTJM yang ditandatangani orang tua atau pelapor.",
            ),
        ],
        "related": ["kartu-keluarga-baru", "kartu-identitas-anak"],
        "en": {
            "slug": "birth-certificate",
            "title": "Birth Certificate",
            "summary": (
                "Registration of a birth and issue of the birth certificate extract, the legal proof of "
                "a child’s identity and citizenship. The child is also added to the family card."
            ),
            "eligibility": (
                "Parents, guardians or relatives reporting the birth of a child who is or will be listed "
                "on a Sawahlunto family card, whatever the child’s age at the time of reporting."
            ),
            "requirements": [
                {
                    "name": "Birth notification from the hospital, puskesmas, clinic or midwife",
                    "note": "",
                    "alternative": (
                        "A statement of absolute responsibility (SPTJM) on the birth data, signed by the "
                        "person reporting and two witnesses"
                    ),
                },
                {
                    "name": "Parents’ marriage book or marriage certificate extract",
                    "note": "",
                    "alternative": "An SPTJM stating that the parents are husband and wife",
                },
                {"name": "Family card on which the child will be listed", "note": ""},
                {"name": "KTP-el of the father and mother or of the person reporting", "note": ""},
            ],
            "procedure": [
                "Apply through this portal or at the Disdukcapil counter or the Sawahlunto MPP.",
                "An officer verifies the birth, parent and family card data.",
                "The birth is entered in the birth register and the child is added to the family card.",
                "The birth certificate extract and the updated family card are issued with an electronic "
                "signature.",
                "Collect the documents at the counter or receive the files by e-mail and print them "
                "yourself.",
            ],
            "processing_note": "Finished on the spot if your documents are complete and the data match.",
            "cost_basis": (
                "Free. Law No. 24 of 2013, Article 79A: population documents are processed and issued "
                "free of charge."
            ),
            "product": "Birth certificate extract and a family card that lists the child.",
            "complaint_channel": (
                "Complain through the Aspirations and Complaints menu on this portal, SP4N-LAPOR! "
                "(lapor.go.id or SMS 1708), or the Disdukcapil complaints desk, phone (0754) 61241."
            ),
            "locations": (
                "The Disdukcapil office in Saringan, Barangin, or the Disdukcapil counter at the "
                "Sawahlunto Public Service Mall, Muaro Kalaban."
            ),
            "faq": [
                (
                    "What is the deadline for reporting a birth?",
                    "A birth must be reported within 60 days. Births reported later are still "
                    "registered, also free of charge.",
                ),
                (
                    "Can a birth certificate be issued without the parents’ marriage book?",
                    "Yes, by filling in an SPTJM stating that the parents are husband and wife. The "
                    "certificate names the father and mother with a note that their marriage is not yet "
                    "registered.",
                ),
                (
                    "Do witnesses to the birth have to come?",
                    "No, if there is a birth notification. Without one, the birth data are declared in "
                    "an SPTJM signed by the parents or the person reporting.",
                ),
            ],
            "legal_basis": [
                "Law No. 23 of 2006 on Population Administration",
                "Law No. 24 of 2013 amending Law No. 23 of 2006 on Population Administration",
                (
                    "Presidential Regulation No. 96 of 2018 on Requirements and Procedures for "
                    "Population Registration and Civil Registration"
                ),
                (
                    "Minister of Home Affairs Regulation No. 108 of 2019 implementing Presidential "
                    "Regulation No. 96 of 2018 on Requirements and Procedures for Population "
                    "Registration and Civil Registration"
                ),
                (
                    "Minister of Home Affairs Regulation No. 109 of 2019 on Forms and Registers Used in "
                    "Population Administration"
                ),
                (
                    "Minister of Home Affairs Regulation No. 9 of 2016 on Increasing Birth Certificate "
                    "Coverage"
                ),
            ],
            "questions": [
                {"label": "Child’s full name", "help_text": "As on the birth notification, if there is one."},
                {"label": "Child’s sex", "choices": "Male\nFemale"},
                {
                    "label": "Child’s place of birth",
                    "help_text": "The city or regency where the child was born, e.g. Sawahlunto.",
                },
                {"label": "Child’s date of birth"},
            ],
        },
    },
    {
        "slug": "surat-pindah-skpwni",
        "title": "Surat Keterangan Pindah (SKPWNI)",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "summary": (
            "Surat keterangan bagi penduduk yang akan pindah domisili dari Kota Sawahlunto ke "
            "kabupaten atau kota lain. Surat ini dibawa ke Disdukcapil daerah tujuan untuk "
            "menerbitkan KK dan KTP-el dengan alamat baru."
        ),
        "eligibility": (
            "Penduduk Kota Sawahlunto yang akan pindah ke luar kota, baik seluruh anggota keluarga "
            "maupun sebagian."
        ),
        "requirements": [
            {
                "name": "Kartu Keluarga (KK)",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "KTP-el anggota keluarga yang pindah",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Alamat lengkap tempat tujuan",
                "note": "Ditulis pada formulir permohonan pindah",
                "original": False,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Ajukan permohonan melalui portal ini atau di loket Disdukcapil atau MPP Sawahlunto.",
            "Sebutkan anggota keluarga yang pindah dan alamat lengkap tujuan.",
            "Petugas memverifikasi data dan menerbitkan SKPWNI dengan tanda tangan elektronik.",
            "Bila hanya sebagian anggota keluarga yang pindah, KK baru diterbitkan bagi anggota "
            "keluarga yang tetap tinggal.",
            "Bawa SKPWNI ke Disdukcapil daerah tujuan untuk mendaftarkan kedatangan Anda.",
        ],
        "processing_days": 1,
        "processing_note": "Selesai di tempat bila berkas lengkap.",
        "cost": 0,
        "cost_basis": (
            "Gratis. Undang-Undang Nomor 24 Tahun 2013 Pasal 79A: pengurusan dan penerbitan dokumen "
            "kependudukan tidak dipungut biaya."
        ),
        "product": (
            "Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) dan, bila perlu, KK baru bagi "
            "anggota keluarga yang tidak pindah."
        ),
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau meja pengaduan Disdukcapil, telepon (0754) 61241."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
            (
                "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
                "2006 tentang Administrasi Kependudukan"
            ),
            (
                "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                "Penduduk dan Pencatatan Sipil"
            ),
            (
                "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan "
                "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                "Penduduk dan Pencatatan Sipil"
            ),
        ],
        "locations": "",
        "online": True,
        "annual_users": 800,
        "popular": False,
        "faq": [
            (
                "Apakah saya perlu datang ke Disdukcapil daerah tujuan?",
                "Ya. Setelah SKPWNI terbit, laporkan kedatangan Anda ke Disdukcapil daerah tujuan agar "
                "diterbitkan KK dan KTP-el dengan alamat baru.",
            ),
            (
                "Apakah saya perlu surat pindah bila hanya pindah kelurahan di dalam Kota Sawahlunto?",
                "Tidak perlu SKPWNI. Cukup ajukan perubahan alamat pada KK dan KTP-el di Disdukcapil.",
            ),
        ],
        "related": ["pindah-datang", "kartu-keluarga-baru"],
        "en": {
            "slug": "moving-certificate",
            "title": "Moving Certificate (SKPWNI)",
            "summary": (
                "Certificate for residents moving from Sawahlunto to another regency or city. Take it to "
                "the population registration office at your destination to get a family card and ID "
                "card with your new address."
            ),
            "eligibility": (
                "Sawahlunto residents moving out of the city, whether the whole family moves or only "
                "some of its members."
            ),
            "requirements": [
                {"name": "Family card (KK)", "note": ""},
                {"name": "KTP-el of each family member who moves", "note": ""},
                {"name": "Full destination address", "note": "Written on the moving application form"},
            ],
            "procedure": [
                "Apply through this portal or at the Disdukcapil counter or the Sawahlunto MPP.",
                "State which family members are moving and the full destination address.",
                "An officer verifies the data and issues the SKPWNI with an electronic signature.",
                "If only some family members move, a new family card is issued for those who stay.",
                "Take the SKPWNI to the population registration office at your destination to register "
                "your arrival.",
            ],
            "processing_note": "Finished on the spot if your documents are complete.",
            "cost_basis": (
                "Free. Law No. 24 of 2013, Article 79A: population documents are processed and issued "
                "free of charge."
            ),
            "product": (
                "Moving certificate for Indonesian citizens (SKPWNI) and, where needed, a new family "
                "card for the members who do not move."
            ),
            "complaint_channel": (
                "Complain through the Aspirations and Complaints menu on this portal, SP4N-LAPOR! "
                "(lapor.go.id or SMS 1708), or the Disdukcapil complaints desk, phone (0754) 61241."
            ),
            "locations": "",
            "faq": [
                (
                    "Do I need to go to the population registration office at my destination?",
                    "Yes. Once the SKPWNI is issued, report your arrival there so that a family card "
                    "and ID card with your new address can be issued.",
                ),
                (
                    "Do I need a moving certificate if I only move to another neighbourhood in Sawahlunto?",
                    "No SKPWNI is needed. Just ask Disdukcapil to change the address on your family "
                    "card and ID card.",
                ),
            ],
            "legal_basis": [
                "Law No. 23 of 2006 on Population Administration",
                "Law No. 24 of 2013 amending Law No. 23 of 2006 on Population Administration",
                (
                    "Presidential Regulation No. 96 of 2018 on Requirements and Procedures for "
                    "Population Registration and Civil Registration"
                ),
                (
                    "Minister of Home Affairs Regulation No. 108 of 2019 implementing Presidential "
                    "Regulation No. 96 of 2018 on Requirements and Procedures for Population "
                    "Registration and Civil Registration"
                ),
            ],
        },
    },
    {
        "slug": "pindah-datang",
        "title": "Pendaftaran Pindah Datang ke Kota Sawahlunto",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "summary": (
            "Pendaftaran penduduk yang pindah dari daerah lain ke Kota Sawahlunto, sehingga diterbitkan "
            "Kartu Keluarga dan KTP-el dengan alamat di Sawahlunto."
        ),
        "eligibility": (
            "Warga negara Indonesia yang sudah memiliki Surat Keterangan Pindah dari daerah asal dan "
            "akan menetap di Kota Sawahlunto."
        ),
        "requirements": [
            {
                "name": "Surat Keterangan Pindah (SKPWNI) dari Disdukcapil daerah asal",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "KTP-el anggota keluarga yang pindah",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "Kartu Keluarga yang akan ditumpangi",
                "note": "Hanya bila Anda bergabung dalam KK keluarga yang sudah terdaftar di Sawahlunto",
                "original": False,
                "copies": 1,
                "upload": True,
            },
        ],
        "procedure": [
            "Ajukan pendaftaran melalui portal ini atau di loket Disdukcapil atau MPP Sawahlunto.",
            "Petugas memverifikasi SKPWNI dan data Anda dalam database kependudukan.",
            "KK dengan alamat baru diterbitkan, lalu KTP-el dengan alamat baru dicetak.",
            "Ambil KK dan KTP-el di loket dengan menunjukkan tanda bukti pendaftaran.",
        ],
        "processing_days": 1,
        "processing_note": "Selesai di tempat bila berkas lengkap dan blangko KTP-el tersedia.",
        "cost": 0,
        "cost_basis": (
            "Gratis. Undang-Undang Nomor 24 Tahun 2013 Pasal 79A: pengurusan dan penerbitan dokumen "
            "kependudukan tidak dipungut biaya."
        ),
        "product": "Kartu Keluarga dan KTP-el dengan alamat di Kota Sawahlunto.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau meja pengaduan Disdukcapil, telepon (0754) 61241."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
            (
                "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
                "2006 tentang Administrasi Kependudukan"
            ),
            (
                "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                "Penduduk dan Pencatatan Sipil"
            ),
        ],
        "locations": "",
        "online": True,
        "annual_users": 700,
        "popular": False,
        "faq": [],
        "related": ["surat-pindah-skpwni"],
    },
    {
        "slug": "akta-kematian",
        "title": "Akta Kematian",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "summary": (
            "Pencatatan kematian dan penerbitan kutipan akta kematian. Data penduduk yang meninggal "
            "dikeluarkan dari Kartu Keluarga, dan KK keluarga yang ditinggalkan diperbarui."
        ),
        "eligibility": (
            "Keluarga, ahli waris, atau ketua RT atau kepala dusun yang melaporkan kematian penduduk "
            "Kota Sawahlunto."
        ),
        "requirements": [
            {
                "name": (
                    "Surat keterangan kematian dari rumah sakit, puskesmas, dokter, atau lurah atau "
                    "kepala desa"
                ),
                "note": "",
                "original": True,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "Kartu Keluarga almarhum atau almarhumah",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "KTP-el almarhum atau almarhumah",
                "note": "Diserahkan kepada petugas bila masih ada",
                "original": True,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "KTP-el pelapor",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": True,
            },
        ],
        "procedure": [
            "Ajukan permohonan melalui portal ini atau di loket Disdukcapil atau MPP Sawahlunto.",
            "Petugas memverifikasi surat keterangan kematian dan data keluarga.",
            "Kematian dicatat dalam register akta kematian dan data almarhum dikeluarkan dari KK.",
            "Kutipan akta kematian dan KK terbaru diterbitkan dengan tanda tangan elektronik.",
        ],
        "processing_days": 1,
        "processing_note": "Selesai di tempat bila berkas lengkap.",
        "cost": 0,
        "cost_basis": (
            "Gratis. Undang-Undang Nomor 24 Tahun 2013 Pasal 79A: pengurusan dan penerbitan dokumen "
            "kependudukan tidak dipungut biaya."
        ),
        "product": "Kutipan akta kematian dan Kartu Keluarga yang telah diperbarui.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau meja pengaduan Disdukcapil, telepon (0754) 61241."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
            (
                "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
                "2006 tentang Administrasi Kependudukan"
            ),
            (
                "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                "Penduduk dan Pencatatan Sipil"
            ),
        ],
        "locations": (
            "Kantor Disdukcapil di Kelurahan Saringan, Kecamatan Barangin, atau loket Disdukcapil di "
            "Mal Pelayanan Publik Sawahlunto, Muaro Kalaban."
        ),
        "online": True,
        "annual_users": 450,
        "popular": False,
        "faq": [
            (
                "Kapan kematian harus dilaporkan?",
                "Kematian wajib dilaporkan paling lambat 30 hari sejak tanggal kematian. Laporan yang "
                "terlambat tetap dilayani tanpa biaya.",
            ),
            (
                "Untuk apa akta kematian diperlukan?",
                "Antara lain untuk mengurus warisan, pensiun janda atau duda, klaim asuransi dan "
                "perubahan data Kartu Keluarga.",
            ),
        ],
        "related": ["kartu-keluarga-hilang-rusak"],
        "en": {
            "slug": "death-certificate",
            "title": "Death Certificate",
            "summary": (
                "Registration of a death and issue of the death certificate extract. The deceased is "
                "removed from the family card and the family’s card is updated."
            ),
            "eligibility": (
                "Relatives, heirs, or the neighbourhood (RT) or hamlet head reporting the death of a "
                "Sawahlunto resident."
            ),
            "requirements": [
                {
                    "name": (
                        "Death notification from the hospital, puskesmas, a doctor, or the urban or rural "
                        "village head"
                    ),
                    "note": "",
                },
                {"name": "Family card of the deceased", "note": ""},
                {"name": "KTP-el of the deceased", "note": "Handed over to the officer if still available"},
                {"name": "KTP-el of the person reporting", "note": ""},
            ],
            "procedure": [
                "Apply through this portal or at the Disdukcapil counter or the Sawahlunto MPP.",
                "An officer verifies the death notification and the family data.",
                "The death is entered in the death register and the deceased is removed from the family "
                "card.",
                "The death certificate extract and the updated family card are issued with an electronic "
                "signature.",
            ],
            "processing_note": "Finished on the spot if your documents are complete.",
            "cost_basis": (
                "Free. Law No. 24 of 2013, Article 79A: population documents are processed and issued "
                "free of charge."
            ),
            "product": "Death certificate extract and the updated family card.",
            "complaint_channel": (
                "Complain through the Aspirations and Complaints menu on this portal, SP4N-LAPOR! "
                "(lapor.go.id or SMS 1708), or the Disdukcapil complaints desk, phone (0754) 61241."
            ),
            "locations": (
                "The Disdukcapil office in Saringan, Barangin, or the Disdukcapil counter at the "
                "Sawahlunto Public Service Mall, Muaro Kalaban."
            ),
            "faq": [
                (
                    "When must a death be reported?",
                    "Within 30 days of the date of death. Late reports are still accepted free of charge.",
                ),
                (
                    "What is a death certificate needed for?",
                    "Among other things for inheritance, a widow’s or widower’s pension, insurance "
                    "claims and updating the family card.",
                ),
            ],
            "legal_basis": [
                "Law No. 23 of 2006 on Population Administration",
                "Law No. 24 of 2013 amending Law No. 23 of 2006 on Population Administration",
                (
                    "Presidential Regulation No. 96 of 2018 on Requirements and Procedures for "
                    "Population Registration and Civil Registration"
                ),
            ],
        },
    },
    {
        "slug": "akta-perkawinan",
        "title": "Akta Perkawinan bagi Pemeluk Agama Selain Islam dan Penghayat Kepercayaan",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "summary": (
            "Pencatatan perkawinan dan penerbitan kutipan akta perkawinan bagi pasangan yang menikah "
            "menurut agama Kristen, Katolik, Hindu, Buddha, Khonghucu atau kepercayaan terhadap Tuhan "
            "Yang Maha Esa. Perkawinan pasangan beragama Islam dicatat oleh Kantor Urusan Agama (KUA)."
        ),
        "eligibility": (
            "Pasangan yang perkawinannya telah dilaksanakan menurut agama atau kepercayaannya dan salah "
            "satu atau keduanya berdomisili di Kota Sawahlunto."
        ),
        "requirements": [
            {
                "name": (
                    "Surat keterangan telah terjadinya perkawinan dari pemuka agama atau pemuka "
                    "penghayat kepercayaan"
                ),
                "note": "",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "Pas foto berwarna suami dan istri berdampingan, ukuran 4 x 6 cm",
                "note": "2 lembar",
                "original": True,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "KTP-el dan Kartu Keluarga suami dan istri",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "Akta perceraian atau akta kematian pasangan terdahulu",
                "note": "Bagi yang pernah kawin",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "Paspor",
                "note": "Bagi pasangan warga negara asing",
                "original": True,
                "copies": 1,
                "upload": False,
            },
        ],
        "procedure": [
            "Laporkan perkawinan ke Disdukcapil paling lambat 60 hari setelah perkawinan dilangsungkan.",
            "Serahkan berkas di loket dan isi formulir pelaporan pencatatan sipil.",
            "Petugas memverifikasi berkas dan mencatat perkawinan dalam register akta perkawinan.",
            "Kutipan akta perkawinan diterbitkan untuk suami dan istri, disertai KK baru bila diminta.",
        ],
        "processing_days": 1,
        "processing_note": "Selesai di tempat bila berkas lengkap.",
        "cost": 0,
        "cost_basis": (
            "Gratis. Undang-Undang Nomor 24 Tahun 2013 Pasal 79A: pengurusan dan penerbitan dokumen "
            "kependudukan tidak dipungut biaya."
        ),
        "product": "Kutipan akta perkawinan untuk suami dan untuk istri.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau meja pengaduan Disdukcapil, telepon (0754) 61241."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan",
            "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
            (
                "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
                "2006 tentang Administrasi Kependudukan"
            ),
            (
                "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
                "Penduduk dan Pencatatan Sipil"
            ),
        ],
        "locations": "Kantor Disdukcapil di Kelurahan Saringan, Kecamatan Barangin.",
        "online": False,
        "popular": False,
        "faq": [
            (
                "Apakah petugas dapat mencatat perkawinan di tempat ibadah?",
                "Dapat, atas permohonan pasangan paling lambat 7 hari kerja sebelum hari perkawinan, "
                "sesuai ketersediaan petugas.",
            ),
        ],
        "related": ["kartu-keluarga-baru"],
    },
    {
        "slug": "kartu-identitas-anak",
        "title": "Kartu Identitas Anak (KIA)",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "summary": (
            "Penerbitan Kartu Identitas Anak (KIA), kartu identitas resmi bagi anak berusia di bawah "
            "17 tahun yang dapat digunakan untuk keperluan sekolah, kesehatan dan layanan publik lain."
        ),
        "eligibility": (
            "Anak warga negara Indonesia yang berusia di bawah 17 tahun, belum kawin, dan terdaftar "
            "dalam KK Kota Sawahlunto. Permohonan diajukan oleh orang tua atau wali."
        ),
        "requirements": [
            {
                "name": "Kutipan akta kelahiran anak",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Kartu Keluarga",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "KTP-el ayah dan ibu atau wali",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Pas foto berwarna anak ukuran 2 x 3 cm",
                "note": "Hanya untuk anak berusia 5 tahun ke atas; 2 lembar",
                "original": True,
                "copies": 0,
                "upload": True,
            },
        ],
        "procedure": [
            "Ajukan permohonan melalui portal ini, di loket Disdukcapil atau MPP Sawahlunto, atau saat "
            "layanan keliling ke sekolah.",
            "Petugas memverifikasi akta kelahiran dan data anak dalam KK.",
            "KIA dicetak setelah data dinyatakan lengkap.",
            "Ambil KIA di loket atau melalui sekolah bila permohonan diajukan secara kolektif.",
        ],
        "processing_days": 1,
        "processing_note": "Selesai di tempat bila berkas lengkap dan blangko tersedia.",
        "cost": 0,
        "cost_basis": (
            "Gratis. Undang-Undang Nomor 24 Tahun 2013 Pasal 79A: pengurusan dan penerbitan dokumen "
            "kependudukan tidak dipungut biaya."
        ),
        "product": "Kartu Identitas Anak (KIA).",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau meja pengaduan Disdukcapil, telepon (0754) 61241."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
            (
                "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
                "2006 tentang Administrasi Kependudukan"
            ),
            "Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak",
        ],
        "locations": (
            "Kantor Disdukcapil di Kelurahan Saringan, Kecamatan Barangin, atau loket Disdukcapil di "
            "Mal Pelayanan Publik Sawahlunto, Muaro Kalaban."
        ),
        "online": True,
        "annual_users": 2400,
        "popular": False,
        "faq": [
            (
                "Berapa lama KIA berlaku?",
                "KIA untuk anak di bawah 5 tahun berlaku sampai anak berusia 5 tahun. KIA untuk anak "
                "berusia 5 tahun ke atas berlaku sampai anak berusia 17 tahun kurang satu hari.",
            ),
            (
                "Apa manfaat KIA?",
                "KIA menjadi bukti identitas resmi anak, misalnya untuk mendaftar sekolah, menerima "
                "layanan kesehatan dan membuka tabungan pelajar.",
            ),
        ],
        "related": ["akta-kelahiran", "ktp-el-pemula"],
        "en": {
            "slug": "child-identity-card",
            "title": "Child Identity Card (KIA)",
            "summary": (
                "Issue of the child identity card (Kartu Identitas Anak, KIA), the official identity "
                "card for children under 17, used for school, health care and other public services."
            ),
            "eligibility": (
                "Indonesian children under 17 who are unmarried and listed on a Sawahlunto family card. "
                "A parent or guardian applies on the child’s behalf."
            ),
            "requirements": [
                {"name": "Child’s birth certificate extract", "note": ""},
                {"name": "Family card", "note": ""},
                {"name": "KTP-el of the father and mother or of the guardian", "note": ""},
                {
                    "name": "Colour photo of the child, 2 x 3 cm",
                    "note": "Only for children aged 5 or over; 2 copies",
                },
            ],
            "procedure": [
                "Apply through this portal, at the Disdukcapil counter or the Sawahlunto MPP, or during "
                "a mobile service visit to a school.",
                "An officer verifies the birth certificate and the child’s data on the family card.",
                "The card is printed once the data are complete.",
                "Collect the card at the counter, or through the school if it applied for a group.",
            ],
            "processing_note": (
                "Finished on the spot if your documents are complete and blank cards are in stock."
            ),
            "cost_basis": (
                "Free. Law No. 24 of 2013, Article 79A: population documents are processed and issued "
                "free of charge."
            ),
            "product": "Child identity card (KIA).",
            "complaint_channel": (
                "Complain through the Aspirations and Complaints menu on this portal, SP4N-LAPOR! "
                "(lapor.go.id or SMS 1708), or the Disdukcapil complaints desk, phone (0754) 61241."
            ),
            "locations": (
                "The Disdukcapil office in Saringan, Barangin, or the Disdukcapil counter at the "
                "Sawahlunto Public Service Mall, Muaro Kalaban."
            ),
            "faq": [
                (
                    "How long is the card valid?",
                    "A card for a child under 5 is valid until the child turns 5. A card for a child "
                    "aged 5 or over is valid until the day before the child turns 17.",
                ),
                (
                    "What is the card for?",
                    "It is the child’s official proof of identity, for example to enrol at school, "
                    "receive health care or open a student savings account.",
                ),
            ],
            "legal_basis": [
                "Law No. 23 of 2006 on Population Administration",
                "Law No. 24 of 2013 amending Law No. 23 of 2006 on Population Administration",
                "Minister of Home Affairs Regulation No. 2 of 2016 on the Child Identity Card",
            ],
        },
    },
    {
        "slug": "legalisasi-dokumen-kependudukan",
        "title": "Legalisasi Dokumen Kependudukan",
        "agency": "disdukcapil",
        "category": "kependudukan",
        "summary": (
            "Pengesahan fotokopi dokumen kependudukan, seperti akta kelahiran, akta kematian dan Kartu "
            "Keluarga, bagi instansi yang masih meminta fotokopi yang dilegalisasi."
        ),
        "eligibility": "Pemilik dokumen, anggota keluarganya, atau orang yang diberi kuasa.",
        "requirements": [
            {
                "name": "Dokumen kependudukan asli yang fotokopinya akan dilegalisasi",
                "note": "Bawa fotokopi sebanyak yang diperlukan",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "KTP-el pemohon",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Surat kuasa",
                "note": "Bila permohonan diwakilkan kepada orang lain",
                "original": True,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Datang ke loket Disdukcapil atau MPP Sawahlunto dengan membawa dokumen asli dan fotokopinya.",
            "Petugas mencocokkan fotokopi dengan dokumen asli dan data dalam database kependudukan.",
            "Fotokopi yang sesuai dibubuhi cap dan tanda tangan pejabat yang berwenang.",
        ],
        "processing_days": 0,
        "processing_note": "Selesai pada hari yang sama.",
        "cost": 0,
        "cost_basis": (
            "Gratis. Undang-Undang Nomor 24 Tahun 2013 Pasal 79A: pengurusan dan penerbitan dokumen "
            "kependudukan tidak dipungut biaya."
        ),
        "product": "Fotokopi dokumen kependudukan yang telah dilegalisasi.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau meja pengaduan Disdukcapil, telepon (0754) 61241."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan",
            (
                "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
                "2006 tentang Administrasi Kependudukan"
            ),
            (
                "Peraturan Menteri Dalam Negeri Nomor 109 Tahun 2019 tentang Formulir dan Buku yang "
                "Digunakan dalam Administrasi Kependudukan"
            ),
        ],
        "locations": "",
        "online": False,
        "popular": False,
        "faq": [
            (
                "Apakah dokumen bertanda tangan elektronik masih perlu dilegalisasi?",
                "Pada umumnya tidak. Keaslian dokumen bertanda tangan elektronik dapat diperiksa "
                "langsung melalui kode QR. Legalisasi tetap dilayani bila instansi tujuan memintanya.",
            ),
        ],
        "related": ["akta-kelahiran", "kartu-keluarga-hilang-rusak"],
    },
    # ----- Sosial dan Perlindungan Masyarakat -----
    {
        "slug": "surat-keterangan-tidak-mampu",
        "title": "Surat Keterangan Tidak Mampu (SKTM)",
        "agency": "kelurahan-desa",
        "category": "sosial",
        "summary": (
            "Surat keterangan dari lurah atau kepala desa yang menerangkan bahwa pemohon berasal dari "
            "keluarga kurang mampu, misalnya untuk keringanan biaya pendidikan atau pengobatan."
        ),
        "eligibility": (
            "Penduduk yang tercatat dalam KK dengan alamat di kelurahan atau desa tempat permohonan "
            "diajukan dan keadaan ekonominya tergolong kurang mampu."
        ),
        "requirements": [
            {
                "name": "Surat pengantar dari ketua RT atau kepala dusun",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "KTP-el pemohon",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Kartu Keluarga",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Surat pernyataan tidak mampu yang ditandatangani pemohon",
                "note": (
                    "Unduh formulirnya di bagian Formulir untuk diunduh pada halaman ini, atau mintalah "
                    "di kantor kelurahan atau desa"
                ),
                "original": True,
                "copies": 0,
                "upload": True,
            },
        ],
        "procedure": [
            "Minta surat pengantar dari ketua RT atau kepala dusun tempat Anda tinggal.",
            "Ajukan permohonan melalui portal ini atau datang ke kantor kelurahan atau desa.",
            "Petugas memeriksa berkas dan mencocokkan data Anda dengan data kesejahteraan sosial.",
            "Lurah atau kepala desa menandatangani SKTM sesuai keperluan yang Anda sebutkan.",
            "Ambil SKTM di kantor kelurahan atau desa, atau unduh dari portal bila diajukan daring.",
        ],
        "processing_days": 1,
        "processing_note": "Dapat selesai pada hari yang sama bila berkas lengkap.",
        "cost": 0,
        "cost_basis": (
            "Gratis. Tidak ada retribusi daerah untuk surat keterangan yang diterbitkan kelurahan atau desa."
        ),
        "product": "Surat Keterangan Tidak Mampu yang berlaku untuk keperluan yang disebutkan di dalamnya.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau kepada camat di kecamatan setempat."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
            "Undang-Undang Nomor 6 Tahun 2014 tentang Desa",
        ],
        "downloads": ["pernyataan-tidak-mampu"],
        "locations": (
            "Kantor kelurahan atau kantor desa sesuai alamat pada Kartu Keluarga, di Kecamatan "
            "Barangin, Lembah Segar, Silungkang atau Talawi."
        ),
        "online": True,
        "annual_users": 1500,
        "popular": True,
        "faq": [
            (
                "Apakah SKTM bisa dipakai untuk mendapatkan BPJS Kesehatan gratis?",
                "SKTM dapat menjadi bahan pertimbangan, tetapi pendaftaran peserta PBI Jaminan Kesehatan "
                "dilakukan melalui Dinas Sosial berdasarkan data kesejahteraan sosial.",
            ),
            (
                "Berapa lama SKTM berlaku?",
                "SKTM berlaku untuk keperluan yang disebutkan di dalamnya. Banyak instansi meminta SKTM "
                "yang diterbitkan paling lama 3 bulan sebelumnya, jadi tanyakan kepada instansi tujuan.",
            ),
        ],
        "related": ["usulan-data-kesejahteraan-sosial", "pendaftaran-pbi-jaminan-kesehatan"],
        "en": {
            "slug": "certificate-of-low-income",
            "title": "Certificate of Low Income (SKTM)",
            "summary": (
                "A letter from the urban or rural village head stating that the applicant comes from a "
                "low-income family, for example to obtain reduced school or medical fees."
            ),
            "eligibility": (
                "Residents listed on a family card with an address in the urban or rural village where "
                "they apply, whose household is on a low income."
            ),
            "requirements": [
                {"name": "Covering letter from the neighbourhood (RT) or hamlet head", "note": ""},
                {"name": "Applicant’s KTP-el", "note": ""},
                {"name": "Family card", "note": ""},
                {
                    "name": "Statement of low income signed by the applicant",
                    "note": (
                        "Download the form under Forms to download on this page, or ask for it at the "
                        "village office"
                    ),
                },
            ],
            "procedure": [
                "Ask the head of your neighbourhood (RT) or hamlet for a covering letter.",
                "Apply through this portal or go to the urban or rural village office.",
                "An officer checks your documents and compares your data with the social welfare data.",
                "The village head signs the certificate for the purpose you state.",
                "Collect the certificate at the village office, or download it from the portal if you "
                "applied online.",
            ],
            "processing_note": "Can be finished the same day if your documents are complete.",
            "cost_basis": "Free. There is no local levy for certificates issued by urban or rural villages.",
            "product": "Certificate of low income, valid for the purpose stated in it.",
            "complaint_channel": (
                "Complain through the Aspirations and Complaints menu on this portal, SP4N-LAPOR! "
                "(lapor.go.id or SMS 1708), or to the head of your district (camat)."
            ),
            "locations": (
                "The urban or rural village office of the address on your family card, in Barangin, "
                "Lembah Segar, Silungkang or Talawi district."
            ),
            "faq": [
                (
                    "Can the certificate get me free national health insurance (BPJS Kesehatan)?",
                    "It can support your case, but enrolment in government-paid health insurance (PBI) "
                    "is done through the Social Affairs Office on the basis of the social welfare data.",
                ),
                (
                    "How long is the certificate valid?",
                    "It is valid for the purpose stated in it. Many institutions ask for one issued "
                    "within the last 3 months, so check with the institution concerned.",
                ),
            ],
            "legal_basis": [
                "Law No. 25 of 2009 on Public Services",
                "Law No. 23 of 2014 on Regional Government",
                "Law No. 6 of 2014 on Villages",
            ],
        },
    },
    {
        "slug": "usulan-data-kesejahteraan-sosial",
        "title": "Usulan Pendaftaran Data Tunggal Sosial dan Ekonomi Nasional (DTSEN)",
        "agency": "dinsos-p3a",
        "category": "sosial",
        "summary": (
            "Pengusulan keluarga kurang mampu agar tercatat dalam Data Tunggal Sosial dan Ekonomi "
            "Nasional (DTSEN), yang menjadi acuan penyaluran bantuan sosial seperti Program Keluarga "
            "Harapan, bantuan sembako dan PBI Jaminan Kesehatan."
        ),
        "eligibility": (
            "Keluarga yang berdomisili di Kota Sawahlunto, memiliki NIK yang terdaftar, dan menilai "
            "dirinya layak menerima bantuan sosial. Usulan dapat diajukan sendiri atau oleh pihak lain."
        ),
        "requirements": [
            {
                "name": "KTP-el pemohon",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Kartu Keluarga",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Foto rumah tampak depan dan bagian dalam",
                "note": "Untuk membantu verifikasi lapangan",
                "original": False,
                "copies": 0,
                "upload": True,
            },
        ],
        "procedure": [
            "Ajukan usulan melalui portal ini, kantor kelurahan atau desa, atau Dinas Sosial.",
            "Petugas kelurahan atau desa bersama pendamping sosial mengunjungi rumah untuk verifikasi.",
            "Usulan yang memenuhi kriteria dibahas dalam musyawarah kelurahan atau desa, lalu dikirim "
            "ke Kementerian Sosial melalui Dinas Sosial.",
            "Kementerian Sosial menetapkan hasil pemutakhiran data; status dapat diperiksa di "
            "cekbansos.kemensos.go.id.",
        ],
        "processing_days": 14,
        "processing_note": (
            "Verifikasi di daerah paling lama 14 hari kerja; penetapan data dan penyaluran bantuan "
            "mengikuti jadwal pemutakhiran Kementerian Sosial."
        ),
        "cost": 0,
        "cost_basis": "Gratis. Pendataan penerima bantuan sosial tidak dipungut biaya.",
        "product": (
            "Usulan terverifikasi yang dikirim ke Kementerian Sosial. Tercatat dalam DTSEN tidak "
            "berarti otomatis menerima bantuan."
        ),
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau layanan pengaduan Dinas Sosial, telepon (0754) 61290."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial",
            "Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin",
            "Instruksi Presiden Nomor 4 Tahun 2025 tentang Data Tunggal Sosial dan Ekonomi Nasional",
        ],
        "locations": (
            "Kantor Dinas Sosial di Kelurahan Saringan, Kecamatan Barangin, loket Dinas Sosial di MPP "
            "Sawahlunto, atau kantor kelurahan dan desa."
        ),
        "online": True,
        "annual_users": 900,
        "popular": False,
        "faq": [
            (
                "Apa bedanya DTKS dan DTSEN?",
                "Sejak 2025, Data Terpadu Kesejahteraan Sosial (DTKS) digabungkan dengan data lain "
                "menjadi DTSEN. Usulan baru dan perbaikan data kini dilakukan untuk DTSEN.",
            ),
            (
                "Bagaimana jika data keluarga saya di DTSEN tidak sesuai?",
                "Ajukan perbaikan dengan cara yang sama. Bila ada tetangga yang mampu tetapi menerima "
                "bantuan, Anda juga dapat melaporkannya melalui menu Aspirasi dan Pengaduan.",
            ),
        ],
        "related": ["surat-keterangan-tidak-mampu", "pendaftaran-pbi-jaminan-kesehatan"],
    },
    {
        "slug": "pendaftaran-pbi-jaminan-kesehatan",
        "title": "Pendaftaran Peserta PBI Jaminan Kesehatan (Kartu Indonesia Sehat)",
        "agency": "dinsos-p3a",
        "category": "sosial",
        "summary": (
            "Pendaftaran penduduk kurang mampu sebagai peserta Jaminan Kesehatan Nasional yang iurannya "
            "dibayar pemerintah (Penerima Bantuan Iuran), sehingga dapat berobat dengan Kartu Indonesia "
            "Sehat tanpa membayar iuran."
        ),
        "eligibility": (
            "Penduduk Kota Sawahlunto yang tergolong fakir miskin atau tidak mampu dan belum menjadi "
            "peserta aktif JKN. Diutamakan yang telah tercatat dalam DTSEN."
        ),
        "requirements": [
            {
                "name": "KTP-el",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "Kartu Keluarga",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "Surat Keterangan Tidak Mampu dari kelurahan atau desa",
                "note": "Bila belum tercatat dalam DTSEN",
                "original": True,
                "copies": 1,
                "upload": False,
            },
        ],
        "procedure": [
            "Datang ke Dinas Sosial atau loket Dinas Sosial di MPP Sawahlunto dengan membawa berkas.",
            "Petugas memeriksa status kepesertaan JKN dan data Anda dalam DTSEN.",
            "Dinas Sosial mengusulkan Anda sebagai peserta PBI yang iurannya dibayar Pemerintah Pusat "
            "atau mendaftarkan Anda sebagai peserta yang iurannya dibayar Pemerintah Kota.",
            "Periksa status kepesertaan melalui aplikasi Mobile JKN atau BPJS Kesehatan Care Center 165.",
        ],
        "processing_days": 14,
        "processing_note": (
            "Tanggal mulai aktif kepesertaan mengikuti jadwal pendaftaran ke BPJS Kesehatan."
        ),
        "cost": 0,
        "cost_basis": (
            "Gratis. Iuran peserta dibayar oleh Pemerintah Pusat atau Pemerintah Kota Sawahlunto."
        ),
        "product": "Kepesertaan aktif Jaminan Kesehatan Nasional dengan Kartu Indonesia Sehat.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau layanan pengaduan Dinas Sosial, telepon (0754) 61290."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional",
            "Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial",
            "Peraturan Pemerintah Nomor 101 Tahun 2012 tentang Penerima Bantuan Iuran Jaminan Kesehatan",
            "Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan",
        ],
        "locations": "",
        "online": False,
        "popular": False,
        "faq": [
            (
                "Saya sedang dirawat di rumah sakit dan belum punya BPJS. Apa yang harus dilakukan?",
                "Minta keluarga segera menghubungi Dinas Sosial dengan membawa KTP-el, KK dan surat "
                "keterangan rawat inap dari rumah sakit agar pendaftaran dapat diprioritaskan.",
            ),
        ],
        "related": ["usulan-data-kesejahteraan-sosial", "surat-keterangan-tidak-mampu"],
    },
    # ----- Kesehatan -----
    {
        "slug": "surat-keterangan-sehat",
        "title": "Surat Keterangan Sehat di Puskesmas",
        "agency": "dinkes",
        "category": "kesehatan",
        "summary": (
            "Pemeriksaan kesehatan umum oleh dokter puskesmas dan penerbitan surat keterangan sehat "
            "untuk keperluan melamar kerja, mendaftar sekolah atau keperluan administrasi lain."
        ),
        "eligibility": "Semua orang yang memerlukan surat keterangan sehat.",
        "requirements": [
            {
                "name": "KTP-el, KIA atau kartu identitas lain",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "Pas foto berwarna ukuran 3 x 4 cm",
                "note": "2 lembar, bila diminta oleh instansi tujuan",
                "original": True,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Datang ke puskesmas dan ambil nomor antrean di loket pendaftaran.",
            "Bayar retribusi di loket atau melalui pembayaran nontunai yang tersedia.",
            "Jalani pemeriksaan tekanan darah, tinggi dan berat badan, penglihatan dan pemeriksaan fisik "
            "oleh dokter.",
            "Terima surat keterangan sehat yang ditandatangani dokter pemeriksa.",
        ],
        "processing_days": 0,
        "processing_note": "Selesai pada hari yang sama setelah pemeriksaan.",
        "cost": 20000,
        "cost_basis": (
            "Retribusi pelayanan kesehatan menurut Peraturan Daerah Kota Sawahlunto tentang Pajak "
            "Daerah dan Retribusi Daerah. Pemeriksaan penunjang, misalnya tes laboratorium, dikenai "
            "tarif tersendiri."
        ),
        "product": "Surat keterangan sehat dari dokter puskesmas.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui kotak saran atau petugas pengaduan puskesmas, menu Aspirasi dan "
            "Pengaduan di portal ini, atau SP4N-LAPOR! (lapor.go.id atau SMS 1708)."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
            (
                "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan "
                "Pemerintahan Daerah"
            ),
        ],
        "locations": (
            "Puskesmas di setiap kecamatan (Barangin, Lembah Segar, Silungkang dan Talawi), pada jam "
            "pelayanan puskesmas."
        ),
        "online": False,
        "popular": False,
        "faq": [
            (
                "Apakah surat keterangan sehat ditanggung BPJS Kesehatan?",
                "Tidak. Pemeriksaan untuk keperluan administrasi seperti melamar kerja atau mendaftar "
                "sekolah tidak ditanggung Jaminan Kesehatan Nasional.",
            ),
        ],
        "related": ["cek-kesehatan-gratis"],
    },
    {
        "slug": "cek-kesehatan-gratis",
        "title": "Pemeriksaan Kesehatan Gratis di Puskesmas",
        "agency": "dinkes",
        "category": "kesehatan",
        "summary": (
            "Pemeriksaan kesehatan berkala tanpa biaya sesuai kelompok umur, misalnya pemeriksaan "
            "tekanan darah, gula darah, penglihatan, pendengaran dan skrining risiko penyakit, sebagai "
            "bagian dari program nasional Cek Kesehatan Gratis."
        ),
        "eligibility": "Seluruh penduduk yang memiliki NIK, dari bayi hingga lanjut usia.",
        "requirements": [
            {
                "name": "KTP-el, KIA atau Kartu Keluarga",
                "note": "Untuk mencocokkan NIK",
                "original": True,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Tiket pemeriksaan dari aplikasi SATUSEHAT Mobile",
                "note": "Dianjurkan; pendaftaran juga dapat dilakukan langsung di puskesmas",
                "original": False,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Daftar dan pilih jadwal melalui aplikasi SATUSEHAT Mobile, atau datang langsung ke puskesmas.",
            "Isi kuesioner kesehatan sesuai kelompok umur bersama petugas.",
            "Jalani pemeriksaan yang sesuai dengan umur dan jenis kelamin Anda.",
            "Terima hasil pemeriksaan dan, bila perlu, rujukan untuk pemeriksaan atau pengobatan lanjutan.",
        ],
        "processing_days": 0,
        "processing_note": (
            "Sebagian besar hasil diterima pada hari yang sama; hasil laboratorium tertentu dapat menyusul."
        ),
        "cost": 0,
        "cost_basis": "Gratis. Program Cek Kesehatan Gratis dibiayai oleh Pemerintah.",
        "product": "Hasil pemeriksaan kesehatan dan rujukan bila diperlukan.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui petugas pengaduan puskesmas, menu Aspirasi dan Pengaduan di "
            "portal ini, atau SP4N-LAPOR! (lapor.go.id atau SMS 1708)."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
            (
                "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang "
                "Nomor 17 Tahun 2023 tentang Kesehatan"
            ),
        ],
        "locations": (
            "Puskesmas di setiap kecamatan (Barangin, Lembah Segar, Silungkang dan Talawi) dan "
            "kegiatan pemeriksaan keliling yang diumumkan di portal ini."
        ),
        "online": False,
        "popular": False,
        "faq": [],
        "related": ["surat-keterangan-sehat"],
    },
    {
        "slug": "surat-izin-praktik-tenaga-kesehatan",
        "title": "Surat Izin Praktik (SIP) Tenaga Medis dan Tenaga Kesehatan",
        "agency": "dpmptsp-naker",
        "category": "kesehatan",
        "summary": (
            "Izin bagi dokter, dokter gigi, bidan, perawat dan tenaga kesehatan lain untuk menjalankan "
            "praktik di fasilitas pelayanan kesehatan atau praktik mandiri di Kota Sawahlunto."
        ),
        "eligibility": (
            "Tenaga medis dan tenaga kesehatan yang memiliki Surat Tanda Registrasi (STR) yang masih "
            "berlaku dan tempat praktik di Kota Sawahlunto."
        ),
        "requirements": [
            {
                "name": "Surat Tanda Registrasi (STR)",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "KTP-el",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat praktik",
                "note": "Untuk praktik mandiri: bukti kepemilikan atau sewa tempat praktik",
                "original": True,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "Pas foto berwarna ukuran 4 x 6 cm",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": True,
            },
        ],
        "procedure": [
            "Ajukan permohonan melalui portal ini atau di loket perizinan MPP Sawahlunto.",
            "Petugas memeriksa kelengkapan berkas dan keabsahan STR.",
            "Dinas Kesehatan memverifikasi tempat praktik, termasuk peninjauan lapangan untuk praktik "
            "mandiri.",
            "SIP diterbitkan dengan tanda tangan elektronik dan dapat diunduh atau diambil di MPP.",
        ],
        "processing_days": 5,
        "processing_note": "",
        "cost": 0,
        "cost_basis": "Gratis. Tidak ada retribusi daerah untuk penerbitan Surat Izin Praktik.",
        "product": "Surat Izin Praktik (SIP) untuk satu tempat praktik.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau meja pengaduan MPP Sawahlunto, telepon (0754) 61377."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
            (
                "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang "
                "Nomor 17 Tahun 2023 tentang Kesehatan"
            ),
        ],
        "locations": "Loket perizinan di Mal Pelayanan Publik Sawahlunto, Muaro Kalaban.",
        "online": True,
        "annual_users": 150,
        "popular": False,
        "faq": [],
        "related": ["surat-keterangan-sehat"],
    },
    {
        "slug": "vaksinasi-rabies-hewan-peliharaan",
        "title": "Vaksinasi Rabies Hewan Peliharaan",
        "agency": "dkppp",
        "category": "kesehatan",
        "summary": (
            "Vaksinasi antirabies tanpa biaya untuk anjing, kucing dan kera peliharaan guna mencegah "
            "penularan rabies kepada manusia."
        ),
        "eligibility": "Pemilik anjing, kucing atau kera yang tinggal di Kota Sawahlunto.",
        "requirements": [
            {
                "name": "Hewan peliharaan dalam keadaan sehat, dibawa dengan tali pengikat atau kandang",
                "note": "Hewan berumur paling sedikit 3 bulan",
                "original": False,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Kartu vaksinasi hewan",
                "note": "Bila hewan pernah divaksin",
                "original": True,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Bawa hewan ke Pusat Kesehatan Hewan atau ke lokasi vaksinasi keliling sesuai jadwal di desa "
            "dan kelurahan.",
            "Petugas memeriksa kondisi hewan sebelum vaksinasi.",
            "Hewan divaksin dan pemilik menerima kartu vaksinasi.",
            "Ulangi vaksinasi setiap tahun sesuai tanggal pada kartu vaksinasi.",
        ],
        "processing_days": 0,
        "processing_note": "Selesai di tempat.",
        "cost": 0,
        "cost_basis": "Gratis. Vaksin antirabies disediakan oleh Pemerintah.",
        "product": "Hewan yang telah divaksin rabies dan kartu vaksinasi hewan.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau Dinas Ketahanan Pangan, Pertanian dan Perikanan, "
            "telepon (0754) 61575."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 18 Tahun 2009 tentang Peternakan dan Kesehatan Hewan",
            (
                "Undang-Undang Nomor 41 Tahun 2014 tentang Perubahan atas Undang-Undang Nomor 18 Tahun "
                "2009 tentang Peternakan dan Kesehatan Hewan"
            ),
            "Peraturan Pemerintah Nomor 47 Tahun 2014 tentang Pengendalian dan Penanggulangan Penyakit Hewan",
        ],
        "locations": (
            "Pusat Kesehatan Hewan (Puskeswan) di Talawi Hilir, Kecamatan Talawi, atau lokasi "
            "vaksinasi keliling di desa dan kelurahan sesuai jadwal."
        ),
        "online": False,
        "popular": False,
        "faq": [
            (
                "Apa yang harus dilakukan bila digigit anjing atau kucing?",
                "Segera cuci luka dengan sabun di bawah air mengalir selama 15 menit, lalu datang ke "
                "puskesmas untuk penanganan dan, bila perlu, vaksin antirabies. Laporkan hewan yang "
                "menggigit agar dapat diamati oleh petugas.",
            ),
        ],
        "related": [],
    },
    # ----- Pendidikan, Kebudayaan dan Pariwisata -----
    {
        "slug": "penerimaan-murid-baru-sd-smp",
        "title": "Sistem Penerimaan Murid Baru (SPMB) SD dan SMP Negeri",
        "agency": "disdikbud",
        "category": "pendidikan",
        "summary": (
            "Pendaftaran calon murid baru SD negeri dan SMP negeri di Kota Sawahlunto melalui jalur "
            "domisili, afirmasi, mutasi dan, untuk SMP, prestasi. SPMB menggantikan Penerimaan Peserta "
            "Didik Baru (PPDB)."
        ),
        "eligibility": (
            "Calon murid SD yang berusia 7 tahun, atau paling rendah 6 tahun pada 1 Juli tahun "
            "berjalan; calon murid SMP yang berusia paling tinggi 15 tahun pada 1 Juli tahun berjalan "
            "dan telah lulus SD atau sederajat."
        ),
        "requirements": [
            {
                "name": "Kutipan akta kelahiran atau surat keterangan lahir",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Kartu Keluarga",
                "note": "Untuk jalur domisili, KK diterbitkan paling lambat 1 tahun sebelum pendaftaran",
                "original": True,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Ijazah atau surat keterangan lulus SD",
                "note": "Khusus pendaftar SMP",
                "original": True,
                "copies": 1,
                "upload": True,
            },
            {
                "name": (
                    "Bukti keikutsertaan program penanganan keluarga tidak mampu atau surat keterangan "
                    "disabilitas"
                ),
                "note": "Khusus jalur afirmasi",
                "original": True,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Rapor dan piagam atau sertifikat prestasi",
                "note": "Khusus jalur prestasi (SMP)",
                "original": True,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Surat penugasan orang tua atau wali",
                "note": "Khusus jalur mutasi",
                "original": True,
                "copies": 1,
                "upload": True,
            },
        ],
        "procedure": [
            "Periksa jadwal, daya tampung dan wilayah domisili sekolah yang diumumkan Dinas Pendidikan "
            "dan Kebudayaan.",
            "Daftar secara daring melalui portal ini atau dengan bantuan operator di sekolah tujuan.",
            "Sekolah memverifikasi dokumen yang diunggah atau dibawa.",
            "Hasil seleksi diumumkan secara daring dan di papan pengumuman sekolah.",
            "Calon murid yang diterima melakukan daftar ulang di sekolah sesuai jadwal.",
        ],
        "processing_days": 5,
        "processing_note": (
            "Hasil seleksi diumumkan sesuai jadwal SPMB yang ditetapkan Dinas Pendidikan dan "
            "Kebudayaan setiap tahun."
        ),
        "cost": 0,
        "cost_basis": "Gratis. Pendaftaran murid baru di SD dan SMP negeri tidak dipungut biaya.",
        "product": "Pengumuman hasil seleksi dan penetapan sebagai murid baru.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui posko SPMB di Dinas Pendidikan dan Kebudayaan, telepon "
            "(0754) 61158, menu Aspirasi dan Pengaduan di portal ini, atau SP4N-LAPOR! (lapor.go.id "
            "atau SMS 1708)."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
            (
                "Peraturan Menteri Pendidikan Dasar dan Menengah Nomor 3 Tahun 2025 tentang Sistem "
                "Penerimaan Murid Baru"
            ),
        ],
        "locations": (
            "Pendaftaran daring; bantuan di sekolah tujuan dan posko SPMB Dinas Pendidikan dan "
            "Kebudayaan, Kelurahan Pasar, Kecamatan Lembah Segar."
        ),
        "online": True,
        "annual_users": 1800,
        "popular": False,
        "faq": [
            (
                "Apakah SPMB sama dengan PPDB?",
                "SPMB adalah sistem penerimaan murid baru yang menggantikan PPDB. Jalur zonasi "
                "diganti dengan jalur domisili yang mengacu pada wilayah tempat tinggal.",
            ),
            (
                "Apakah anak saya boleh mendaftar SD sebelum berusia 6 tahun?",
                "Boleh bila berusia paling rendah 5 tahun 6 bulan pada 1 Juli dan memiliki rekomendasi "
                "dari psikolog profesional atau dewan guru.",
            ),
        ],
        "related": ["akta-kelahiran", "kartu-identitas-anak"],
    },
    {
        "slug": "legalisasi-ijazah-sd-smp",
        "title": "Legalisasi Fotokopi Ijazah SD dan SMP dari Sekolah yang Sudah Ditutup",
        "agency": "disdikbud",
        "category": "pendidikan",
        "summary": (
            "Pengesahan fotokopi ijazah dan surat keterangan pengganti ijazah SD atau SMP. Legalisasi "
            "dilakukan oleh kepala sekolah yang menerbitkan ijazah; Dinas Pendidikan dan Kebudayaan "
            "melayaninya bila sekolah tersebut sudah ditutup."
        ),
        "eligibility": (
            "Pemilik ijazah SD atau SMP dari sekolah di Kota Sawahlunto yang sudah ditutup, atau orang "
            "yang diberi kuasa."
        ),
        "requirements": [
            {
                "name": "Ijazah asli atau surat keterangan pengganti ijazah",
                "note": "Bawa fotokopi sebanyak yang diperlukan",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "KTP-el pemohon",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Surat kuasa",
                "note": "Bila permohonan diwakilkan kepada orang lain",
                "original": True,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Datang ke loket Dinas Pendidikan dan Kebudayaan dengan membawa ijazah asli dan fotokopinya.",
            "Petugas mencocokkan fotokopi dengan ijazah asli dan arsip sekolah yang disimpan dinas.",
            "Fotokopi yang sesuai ditandatangani dan dibubuhi cap oleh pejabat yang berwenang.",
        ],
        "processing_days": 0,
        "processing_note": "Selesai pada hari yang sama.",
        "cost": 0,
        "cost_basis": "Gratis. Legalisasi ijazah tidak dipungut biaya.",
        "product": "Fotokopi ijazah yang telah disahkan.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau Dinas Pendidikan dan Kebudayaan, telepon (0754) 61158."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
            (
                "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 29 Tahun 2014 tentang Pengesahan "
                "Fotokopi Ijazah/Surat Tanda Tamat Belajar, Surat Keterangan Pengganti Ijazah/Surat "
                "Tanda Tamat Belajar, dan Penerbitan Surat Keterangan Pengganti Ijazah/Surat Tanda "
                "Tamat Belajar Jenjang Pendidikan Dasar dan Menengah"
            ),
        ],
        "locations": "",
        "online": False,
        "popular": False,
        "faq": [
            (
                "Sekolah saya masih ada. Di mana saya melegalisasi ijazah?",
                "Di sekolah yang menerbitkan ijazah Anda. Bila sekolah itu sudah digabung dengan sekolah "
                "lain, legalisasi dilakukan oleh kepala sekolah hasil penggabungan.",
            ),
        ],
        "related": [],
    },
    {
        "slug": "tiket-wisata-sejarah",
        "title": "Tiket Masuk Museum Gudang Ransoem dan Lubang Tambang Mbah Soero",
        "agency": "disparpora",
        "category": "pendidikan",
        "summary": (
            "Tiket masuk objek wisata sejarah milik Pemerintah Kota Sawahlunto, antara lain Museum "
            "Gudang Ransoem dan Lubang Tambang Mbah Soero, bagian dari Warisan Tambang Batu Bara "
            "Ombilin Sawahlunto."
        ),
        "eligibility": "Semua pengunjung. Anak-anak harus didampingi orang dewasa.",
        "requirements": [
            {
                "name": "Surat pemberitahuan kunjungan",
                "note": "Khusus rombongan sekolah atau instansi, disampaikan paling lambat 3 hari sebelumnya",
                "original": True,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Datang ke loket tiket di objek wisata.",
            "Bayar retribusi secara tunai atau nontunai dan terima karcis resmi.",
            "Masuk bersama pemandu; di Lubang Tambang Mbah Soero pengunjung memakai helm dan sepatu bot "
            "yang disediakan.",
        ],
        "processing_days": 0,
        "processing_note": "Langsung di loket tiket.",
        "cost": 10000,
        "cost_basis": (
            "Retribusi tempat rekreasi menurut Peraturan Daerah Kota Sawahlunto tentang Pajak Daerah "
            "dan Retribusi Daerah. Tarif di atas untuk satu orang dewasa di satu objek; tarif anak, "
            "pelajar dan rombongan diatur tersendiri."
        ),
        "product": "Karcis masuk resmi objek wisata.",
        "complaint_channel": (
            "Sampaikan pengaduan kepada petugas di objek wisata, Dinas Pariwisata, Pemuda dan Olahraga, "
            "telepon (0754) 61488, menu Aspirasi dan Pengaduan di portal ini, atau SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708)."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 10 Tahun 2009 tentang Kepariwisataan",
            "Undang-Undang Nomor 11 Tahun 2010 tentang Cagar Budaya",
            (
                "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan "
                "Pemerintahan Daerah"
            ),
        ],
        "locations": (
            "Museum Gudang Ransoem di Kelurahan Air Dingin dan Lubang Tambang Mbah Soero di kawasan "
            "kota lama, Kecamatan Lembah Segar."
        ),
        "online": False,
        "popular": False,
        "faq": [
            (
                "Apakah anak-anak boleh masuk Lubang Tambang Mbah Soero?",
                "Boleh dengan pendampingan orang dewasa. Pengunjung yang memiliki gangguan pernapasan "
                "atau takut ruang sempit sebaiknya berkonsultasi dengan pemandu sebelum masuk.",
            ),
        ],
        "related": ["sewa-gedung-fasilitas-olahraga"],
    },
    {
        "slug": "sewa-gedung-fasilitas-olahraga",
        "title": "Sewa Gedung Pertemuan dan Fasilitas Olahraga Milik Pemerintah Kota",
        "agency": "disparpora",
        "category": "pendidikan",
        "summary": (
            "Pemesanan dan sewa gedung pertemuan, lapangan dan fasilitas olahraga milik Pemerintah Kota "
            "Sawahlunto untuk acara keluarga, kegiatan komunitas atau pertandingan."
        ),
        "eligibility": "Perorangan, komunitas, sekolah, organisasi dan badan usaha.",
        "requirements": [
            {
                "name": "KTP-el penanggung jawab kegiatan",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Surat permohonan yang memuat jenis kegiatan, tanggal, jam dan perkiraan peserta",
                "note": "Formulir tersedia di portal ini",
                "original": True,
                "copies": 0,
                "upload": True,
            },
        ],
        "procedure": [
            "Periksa ketersediaan jadwal dan ajukan permohonan melalui portal ini atau di kantor Disparpora.",
            "Petugas mengonfirmasi jadwal dan menerbitkan surat ketetapan retribusi.",
            "Bayar retribusi melalui bank atau kanal pembayaran yang tercantum dalam surat ketetapan.",
            "Terima surat persetujuan penggunaan fasilitas dan lakukan serah terima kunci pada hari "
            "kegiatan.",
        ],
        "processing_days": 3,
        "processing_note": "Ajukan paling lambat 14 hari sebelum kegiatan agar jadwal dapat dipastikan.",
        "cost": 500000,
        "cost_basis": (
            "Retribusi pemanfaatan aset daerah menurut Peraturan Daerah Kota Sawahlunto tentang Pajak "
            "Daerah dan Retribusi Daerah. Tarif di atas untuk gedung pertemuan per hari; lapangan dan "
            "fasilitas olahraga dikenai tarif per jam yang berbeda untuk tiap fasilitas."
        ),
        "product": "Surat persetujuan penggunaan fasilitas dan bukti pembayaran retribusi.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau Dinas Pariwisata, Pemuda dan Olahraga, telepon "
            "(0754) 61488."
        ),
        "legal_basis": [
            (
                "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan "
                "Pemerintahan Daerah"
            ),
            (
                "Peraturan Menteri Dalam Negeri Nomor 19 Tahun 2016 tentang Pedoman Pengelolaan Barang "
                "Milik Daerah"
            ),
        ],
        "locations": "",
        "online": True,
        "annual_users": 240,
        "popular": False,
        "faq": [
            (
                "Apakah sekolah dan kegiatan sosial mendapat keringanan?",
                "Keringanan dapat diberikan untuk kegiatan sekolah dan kegiatan sosial tertentu sesuai "
                "ketentuan Perda. Sebutkan hal ini dalam surat permohonan.",
            ),
        ],
        "related": ["tiket-wisata-sejarah"],
    },
    # ----- Perizinan, Usaha dan Ketenagakerjaan -----
    {
        "slug": "nib-oss",
        "title": "Nomor Induk Berusaha (NIB) melalui OSS",
        "agency": "dpmptsp-naker",
        "category": "perizinan",
        "summary": (
            "Pendaftaran dan pendampingan penerbitan Nomor Induk Berusaha (NIB) melalui sistem Online "
            "Single Submission (OSS). Bagi usaha berisiko rendah, NIB berlaku sebagai identitas "
            "sekaligus izin usaha."
        ),
        "eligibility": (
            "Pelaku usaha perseorangan dan badan usaha yang berusaha di Kota Sawahlunto, termasuk "
            "pedagang, perajin tenun songket dan usaha rumahan."
        ),
        "requirements": [
            {
                "name": "KTP-el pemilik usaha",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Alamat surel (email) dan nomor telepon seluler yang aktif",
                "note": "Untuk membuat akun OSS",
                "original": False,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Keterangan kegiatan usaha, lokasi usaha dan perkiraan modal usaha",
                "note": "Petugas membantu menentukan kode KBLI yang sesuai",
                "original": False,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Buka oss.go.id sendiri atau datang ke meja bantuan OSS di MPP Sawahlunto.",
            "Buat akun OSS dengan NIK, alamat surel dan nomor telepon seluler.",
            "Isi data usaha: kegiatan usaha (KBLI), lokasi, modal dan jumlah tenaga kerja.",
            "NIB terbit dan dapat langsung diunduh dari akun OSS.",
            "Untuk usaha berisiko menengah atau tinggi, lanjutkan pemenuhan sertifikat standar atau izin "
            "yang diminta sistem.",
        ],
        "processing_days": 0,
        "processing_note": "NIB untuk usaha berisiko rendah terbit seketika setelah data lengkap diisi.",
        "cost": 0,
        "cost_basis": "Gratis. Penerbitan NIB melalui OSS tidak dipungut biaya.",
        "product": (
            "Nomor Induk Berusaha (NIB), ditambah sertifikat standar atau izin bila kegiatan usaha "
            "memerlukannya."
        ),
        "complaint_channel": (
            "Sampaikan pengaduan melalui meja pengaduan MPP Sawahlunto, telepon (0754) 61377, menu "
            "Aspirasi dan Pengaduan di portal ini, atau SP4N-LAPOR! (lapor.go.id atau SMS 1708)."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 20 Tahun 2008 tentang Usaha Mikro, Kecil, dan Menengah",
            (
                "Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti "
                "Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang"
            ),
            (
                "Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha "
                "Berbasis Risiko"
            ),
        ],
        "locations": "Meja bantuan OSS di Mal Pelayanan Publik Sawahlunto, Muaro Kalaban, atau oss.go.id.",
        "online": False,
        "popular": True,
        "faq": [
            (
                "Apakah NIB perlu diperpanjang?",
                "Tidak. NIB berlaku selama Anda menjalankan usaha, tetapi data usaha wajib diperbarui "
                "di OSS bila ada perubahan.",
            ),
            (
                "Bolehkah saya mendaftar sendiri dari rumah?",
                "Boleh, melalui oss.go.id. Bila mengalami kesulitan, datanglah ke meja bantuan OSS di MPP "
                "Sawahlunto.",
            ),
        ],
        "related": ["persetujuan-bangunan-gedung"],
        "en": {
            "slug": "business-identification-number",
            "title": "Business Identification Number (NIB) through OSS",
            "summary": (
                "Registration for, and help with, the business identification number (NIB) through the "
                "Online Single Submission (OSS) system. For low-risk businesses the NIB is both the "
                "business identity and its licence."
            ),
            "eligibility": (
                "Individuals and companies doing business in Sawahlunto, including traders, songket "
                "weavers and home businesses."
            ),
            "requirements": [
                {"name": "Business owner’s KTP-el", "note": ""},
                {
                    "name": "A working e-mail address and mobile phone number",
                    "note": "To create an OSS account",
                },
                {
                    "name": "Description of the business activity, its location and estimated capital",
                    "note": "Staff help you choose the right business classification (KBLI) code",
                },
            ],
            "procedure": [
                "Open oss.go.id yourself or go to the OSS help desk at the Sawahlunto MPP.",
                "Create an OSS account with your NIK, e-mail address and mobile number.",
                "Enter the business data: activity (KBLI), location, capital and number of workers.",
                "The NIB is issued and can be downloaded from your OSS account straight away.",
                "For medium- or high-risk businesses, go on to obtain the standard certificate or licence "
                "the system asks for.",
            ],
            "processing_note": "For low-risk businesses the NIB is issued as soon as the data are complete.",
            "cost_basis": "Free. No fee is charged for issuing an NIB through OSS.",
            "product": (
                "Business identification number (NIB), plus a standard certificate or licence where the "
                "business needs one."
            ),
            "complaint_channel": (
                "Complain at the Sawahlunto MPP complaints desk, phone (0754) 61377, through the "
                "Aspirations and Complaints menu on this portal, or SP4N-LAPOR! (lapor.go.id or "
                "SMS 1708)."
            ),
            "locations": (
                "The OSS help desk at the Sawahlunto Public Service Mall, Muaro Kalaban, or oss.go.id."
            ),
            "faq": [
                (
                    "Does the NIB have to be renewed?",
                    "No. It is valid for as long as you run the business, but you must update your "
                    "business data in OSS when something changes.",
                ),
                (
                    "Can I register myself from home?",
                    "Yes, at oss.go.id. If you run into difficulties, come to the OSS help desk at the "
                    "Sawahlunto MPP.",
                ),
            ],
            "legal_basis": [
                "Law No. 20 of 2008 on Micro, Small and Medium Enterprises",
                (
                    "Law No. 6 of 2023 enacting Government Regulation in Lieu of Law No. 2 of 2022 on Job "
                    "Creation as Law"
                ),
                "Government Regulation No. 28 of 2025 on Risk-Based Business Licensing",
            ],
        },
    },
    {
        "slug": "persetujuan-bangunan-gedung",
        "title": "Persetujuan Bangunan Gedung (PBG) melalui SIMBG",
        "agency": "pupr",
        "category": "perizinan",
        "summary": (
            "Persetujuan Pemerintah Kota untuk membangun baru, mengubah, memperluas atau merawat "
            "bangunan gedung sesuai standar teknis. PBG menggantikan Izin Mendirikan Bangunan (IMB) dan "
            "diajukan melalui Sistem Informasi Manajemen Bangunan Gedung (SIMBG)."
        ),
        "eligibility": (
            "Pemilik bangunan gedung atau kuasanya, perorangan maupun badan usaha, yang akan membangun "
            "di Kota Sawahlunto."
        ),
        "requirements": [
            {
                "name": "KTP-el pemilik bangunan",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "Bukti hak atas tanah atau perjanjian pemanfaatan tanah",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": (
                    "Keterangan Rencana Kota (KRK) atau Konfirmasi Kesesuaian Kegiatan Pemanfaatan Ruang "
                    "(KKKPR)"
                ),
                "note": "",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "Dokumen rencana teknis: gambar arsitektur, struktur dan utilitas",
                "note": "Rumah tinggal sederhana dapat memakai desain prototipe yang tersedia di SIMBG",
                "original": True,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Buat akun di simbg.pu.go.id, atau minta bantuan di loket PBG MPP Sawahlunto.",
            "Isi data bangunan dan unggah dokumen persyaratan di SIMBG.",
            "Ikuti konsultasi dengan tim penilai teknis dan perbaiki dokumen bila diminta.",
            "Terima Surat Ketetapan Retribusi Daerah (SKRD) dan bayar retribusi PBG.",
            "PBG terbit dan dapat diunduh dari SIMBG.",
        ],
        "processing_days": 28,
        "processing_note": (
            "Dihitung sejak dokumen dinyatakan lengkap, tidak termasuk waktu perbaikan dokumen oleh pemohon."
        ),
        "cost": 1500000,
        "cost_basis": (
            "Retribusi PBG menurut Peraturan Daerah Kota Sawahlunto tentang Pajak Daerah dan Retribusi "
            "Daerah, dihitung dari luas, fungsi, kompleksitas dan lokasi bangunan lalu ditetapkan dalam "
            "SKRD. Angka di atas hanya perkiraan untuk rumah tinggal satu lantai seluas 70 m²."
        ),
        "product": "Persetujuan Bangunan Gedung (PBG) beserta lampiran dokumen teknis yang disetujui.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui meja pengaduan MPP Sawahlunto, telepon (0754) 61377, Dinas "
            "PUPR, telepon (0754) 61062, menu Aspirasi dan Pengaduan di portal ini, atau SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708)."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung",
            (
                "Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti "
                "Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang"
            ),
            (
                "Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan Undang-Undang "
                "Nomor 28 Tahun 2002 tentang Bangunan Gedung"
            ),
        ],
        "locations": (
            "Pengajuan melalui simbg.pu.go.id; konsultasi di loket PBG Mal Pelayanan Publik Sawahlunto "
            "atau di kantor Dinas PUPR, Lubang Panjang, Barangin."
        ),
        "online": False,
        "popular": False,
        "faq": [
            (
                "Apakah IMB yang sudah saya miliki masih berlaku?",
                "Ya. IMB yang sudah terbit tetap berlaku. PBG diperlukan bila bangunan akan diubah, "
                "diperluas atau berganti fungsi.",
            ),
            (
                "Apakah rumah bagi masyarakat berpenghasilan rendah dikenai retribusi?",
                "Rumah bagi masyarakat berpenghasilan rendah dapat dibebaskan dari retribusi PBG sesuai "
                "ketentuan yang berlaku. Tanyakan syaratnya di loket PBG.",
            ),
        ],
        "related": ["nib-oss"],
    },
    {
        "slug": "kartu-pencari-kerja",
        "title": "Kartu Tanda Bukti Pendaftaran Pencari Kerja (Kartu Kuning / AK-1)",
        "agency": "dpmptsp-naker",
        "category": "perizinan",
        "summary": (
            "Pendaftaran pencari kerja dan penerbitan kartu AK-1 (kartu kuning) yang sering diminta "
            "saat melamar pekerjaan, termasuk untuk lowongan di instansi pemerintah dan luar negeri."
        ),
        "eligibility": "Penduduk Kota Sawahlunto berusia paling rendah 18 tahun yang sedang mencari kerja.",
        "requirements": [
            {
                "name": "KTP-el",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Pas foto berwarna ukuran 3 x 4 cm",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "Ijazah pendidikan terakhir",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": True,
            },
            {
                "name": "Sertifikat pelatihan atau keahlian",
                "note": "Bila ada",
                "original": True,
                "copies": 1,
                "upload": True,
            },
        ],
        "procedure": [
            "Daftar melalui portal ini atau datang ke loket ketenagakerjaan di MPP Sawahlunto.",
            "Petugas memverifikasi data dan dokumen Anda.",
            "Kartu AK-1 diterbitkan dan dapat diambil di loket atau diunduh.",
            "Laporkan diri kembali setiap 6 bulan bila belum mendapat pekerjaan.",
        ],
        "processing_days": 1,
        "processing_note": "Dapat selesai pada hari yang sama bila berkas lengkap.",
        "cost": 0,
        "cost_basis": "Gratis. Pendaftaran pencari kerja tidak dipungut biaya.",
        "product": "Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK-1).",
        "complaint_channel": (
            "Sampaikan pengaduan melalui meja pengaduan MPP Sawahlunto, telepon (0754) 61377, menu "
            "Aspirasi dan Pengaduan di portal ini, atau SP4N-LAPOR! (lapor.go.id atau SMS 1708)."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan",
            "Peraturan Menteri Ketenagakerjaan Nomor 39 Tahun 2016 tentang Penempatan Tenaga Kerja",
        ],
        "locations": "Loket ketenagakerjaan di Mal Pelayanan Publik Sawahlunto, Muaro Kalaban.",
        "online": True,
        "annual_users": 1300,
        "popular": False,
        "faq": [
            (
                "Berapa lama kartu AK-1 berlaku?",
                "Kartu AK-1 berlaku 2 tahun. Pemegangnya wajib melapor setiap 6 bulan bila belum "
                "mendapat pekerjaan.",
            ),
        ],
        "related": ["surat-keterangan-sehat"],
    },
    # ----- Perhubungan -----
    {
        "slug": "uji-berkala-kendaraan-bermotor",
        "title": "Pengujian Berkala Kendaraan Bermotor (Uji KIR)",
        "agency": "dishub",
        "category": "perhubungan",
        "summary": (
            "Pemeriksaan kelaikan jalan secara berkala bagi kendaraan angkutan umum dan angkutan barang, "
            "meliputi rem, lampu, emisi gas buang, ban dan bagian kendaraan lain."
        ),
        "eligibility": (
            "Pemilik mobil penumpang umum, bus, mobil barang, kereta gandengan dan kereta tempelan yang "
            "beroperasi di jalan."
        ),
        "requirements": [
            {
                "name": "Surat Tanda Nomor Kendaraan (STNK) yang masih berlaku",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "Kartu uji atau bukti lulus uji sebelumnya",
                "note": "Kecuali untuk uji pertama",
                "original": True,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "KTP-el pemilik kendaraan",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "Surat kuasa",
                "note": "Bila kendaraan diujikan oleh orang lain",
                "original": True,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Bawa kendaraan ke unit pengujian kendaraan bermotor dan daftar di loket.",
            "Petugas memeriksa dokumen dan identitas kendaraan.",
            "Kendaraan diuji: emisi, rem, lampu, kincup roda, alur ban, klakson dan kondisi kolong.",
            "Kendaraan yang lulus mendapat bukti lulus uji; yang belum lulus diperbaiki lalu diuji ulang.",
        ],
        "processing_days": 0,
        "processing_note": "Selesai pada hari yang sama. Bukti lulus uji berlaku 6 bulan.",
        "cost": 0,
        "cost_basis": (
            "Gratis sejak 2024. Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara "
            "Pemerintah Pusat dan Pemerintahan Daerah tidak lagi memuat retribusi pengujian kendaraan "
            "bermotor."
        ),
        "product": "Bukti lulus uji berkala kendaraan bermotor.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau Dinas Perhubungan, telepon (0754) 61310."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan",
            "Peraturan Pemerintah Nomor 55 Tahun 2012 tentang Kendaraan",
            (
                "Peraturan Menteri Perhubungan Nomor PM 19 Tahun 2021 tentang Pengujian Berkala "
                "Kendaraan Bermotor"
            ),
            (
                "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan "
                "Pemerintahan Daerah"
            ),
        ],
        "locations": "Unit pengujian kendaraan bermotor Dinas Perhubungan, Muaro Kalaban, Silungkang.",
        "online": False,
        "annual_users": 2000,
        "popular": False,
        "faq": [
            (
                "Apakah mobil pribadi wajib uji berkala?",
                "Tidak. Uji berkala wajib bagi mobil penumpang umum, bus, mobil barang, kereta gandengan "
                "dan kereta tempelan.",
            ),
        ],
        "related": ["izin-angkutan-trayek"],
    },
    {
        "slug": "izin-angkutan-trayek",
        "title": "Izin Penyelenggaraan Angkutan Orang dalam Trayek Angkutan Kota",
        "agency": "dishub",
        "category": "perhubungan",
        "summary": (
            "Izin bagi perusahaan angkutan umum untuk melayani trayek angkutan kota di wilayah Kota "
            "Sawahlunto. Permohonan diajukan melalui OSS dan diverifikasi oleh Dinas Perhubungan."
        ),
        "eligibility": (
            "Perusahaan angkutan umum berbadan hukum, termasuk koperasi, yang memiliki NIB dan "
            "kendaraan yang lulus uji berkala."
        ),
        "requirements": [
            {
                "name": "Nomor Induk Berusaha (NIB) dengan kegiatan usaha angkutan orang",
                "note": "",
                "original": False,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Akta pendirian badan hukum atau koperasi",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "STNK dan bukti lulus uji berkala setiap kendaraan",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "Bukti kepemilikan atau penguasaan tempat penyimpanan kendaraan (pul)",
                "note": "",
                "original": True,
                "copies": 1,
                "upload": False,
            },
        ],
        "procedure": [
            "Ajukan permohonan izin melalui OSS, dengan bantuan meja OSS di MPP Sawahlunto bila perlu.",
            "Dinas Perhubungan memeriksa ketersediaan kuota trayek dan kelengkapan dokumen.",
            "Petugas memeriksa kendaraan dan tempat penyimpanan kendaraan.",
            "Izin terbit melalui OSS beserta kartu pengawasan untuk setiap kendaraan.",
        ],
        "processing_days": 14,
        "processing_note": "",
        "cost": 0,
        "cost_basis": (
            "Gratis. Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat "
            "dan Pemerintahan Daerah tidak lagi memuat retribusi izin trayek."
        ),
        "product": "Izin penyelenggaraan angkutan orang dalam trayek dan kartu pengawasan kendaraan.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau Dinas Perhubungan, telepon (0754) 61310."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan",
            "Peraturan Pemerintah Nomor 74 Tahun 2014 tentang Angkutan Jalan",
            (
                "Peraturan Menteri Perhubungan Nomor PM 15 Tahun 2019 tentang Penyelenggaraan Angkutan "
                "Orang dengan Kendaraan Bermotor Umum dalam Trayek"
            ),
            (
                "Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha "
                "Berbasis Risiko"
            ),
        ],
        "locations": "",
        "online": False,
        "popular": False,
        "faq": [],
        "related": ["uji-berkala-kendaraan-bermotor", "nib-oss"],
    },
    {
        "slug": "rekomendasi-penggunaan-jalan",
        "title": "Rekomendasi Penggunaan Jalan dan Pengaturan Lalu Lintas untuk Kegiatan",
        "agency": "dishub",
        "category": "perhubungan",
        "summary": (
            "Rekomendasi teknis pengaturan dan pengalihan arus lalu lintas bagi kegiatan yang memakai "
            "badan jalan, seperti pesta pernikahan, acara adat, lomba atau pawai. Rekomendasi ini "
            "dilampirkan saat mengurus izin keramaian ke kepolisian."
        ),
        "eligibility": "Perorangan, panitia kegiatan atau organisasi yang akan memakai jalan umum.",
        "requirements": [
            {
                "name": "KTP-el penanggung jawab kegiatan",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "Surat permohonan yang memuat jenis kegiatan, ruas jalan, tanggal dan jam",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Denah lokasi dan rencana jalur pengalihan arus",
                "note": "Petugas dapat membantu menyusunnya",
                "original": True,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Surat pengantar dari lurah atau kepala desa",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Ajukan permohonan ke Dinas Perhubungan paling lambat 7 hari kerja sebelum kegiatan.",
            "Petugas meninjau lokasi dan menilai dampak terhadap lalu lintas.",
            "Rekomendasi diterbitkan beserta rencana pengaturan dan rambu sementara.",
            "Lampirkan rekomendasi saat mengurus izin keramaian di kepolisian setempat.",
        ],
        "processing_days": 3,
        "processing_note": "",
        "cost": 0,
        "cost_basis": "Gratis. Tidak ada retribusi daerah untuk rekomendasi ini.",
        "product": "Surat rekomendasi penggunaan jalan dan rencana pengaturan lalu lintas.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau Dinas Perhubungan, telepon (0754) 61310."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan",
            (
                "Peraturan Pemerintah Nomor 32 Tahun 2011 tentang Manajemen dan Rekayasa, Analisis "
                "Dampak, serta Manajemen Kebutuhan Lalu Lintas"
            ),
        ],
        "locations": "",
        "online": False,
        "popular": False,
        "faq": [],
        "related": [],
    },
    # ----- Lingkungan Hidup dan Kebencanaan -----
    {
        "slug": "pengangkutan-sampah",
        "title": "Pendaftaran Layanan Pengangkutan Sampah",
        "agency": "dlh",
        "category": "lingkungan",
        "summary": (
            "Pendaftaran rumah tangga dan tempat usaha untuk layanan pengangkutan sampah oleh Dinas "
            "Lingkungan Hidup, beserta pembayaran retribusi pelayanan kebersihan."
        ),
        "eligibility": "Rumah tangga, tempat usaha dan kantor di wilayah yang dilalui rute armada sampah.",
        "requirements": [
            {
                "name": "KTP-el pemilik atau penghuni rumah, atau penanggung jawab tempat usaha",
                "note": "",
                "original": False,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "Alamat lengkap dan titik lokasi rumah atau tempat usaha",
                "note": "Titik lokasi dapat dipilih pada peta di formulir daring",
                "original": False,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Daftar melalui portal ini atau di kantor Dinas Lingkungan Hidup.",
            "Petugas memastikan lokasi berada di rute pengangkutan dan menentukan jadwal angkut.",
            "Retribusi ditagih setiap bulan dan dapat dibayar melalui bank atau kanal nontunai.",
            "Letakkan sampah yang sudah dipilah di tempat yang disepakati sesuai jadwal angkut.",
        ],
        "processing_days": 3,
        "processing_note": "Pengangkutan dimulai sesuai jadwal rute armada di wilayah Anda.",
        "cost": 10000,
        "cost_basis": (
            "Retribusi pelayanan kebersihan menurut Peraturan Daerah Kota Sawahlunto tentang Pajak "
            "Daerah dan Retribusi Daerah. Tarif di atas untuk rumah tangga per bulan; tempat usaha "
            "dikenai tarif sesuai jenis dan volume sampah."
        ),
        "product": "Terdaftar sebagai pelanggan pengangkutan sampah dengan jadwal angkut tetap.",
        "complaint_channel": (
            "Sampaikan pengaduan, misalnya sampah tidak diangkut, melalui menu Aspirasi dan Pengaduan di "
            "portal ini, SP4N-LAPOR! (lapor.go.id atau SMS 1708), atau Dinas Lingkungan Hidup, telepon "
            "(0754) 61520."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 18 Tahun 2008 tentang Pengelolaan Sampah",
            (
                "Peraturan Pemerintah Nomor 81 Tahun 2012 tentang Pengelolaan Sampah Rumah Tangga dan "
                "Sampah Sejenis Sampah Rumah Tangga"
            ),
            (
                "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan "
                "Pemerintahan Daerah"
            ),
        ],
        "locations": "",
        "online": True,
        "annual_users": 350,
        "popular": False,
        "faq": [
            (
                "Bagaimana jika sampah tidak diangkut sesuai jadwal?",
                "Laporkan melalui menu Aspirasi dan Pengaduan dengan menyebutkan alamat dan, bila bisa, "
                "foto lokasi.",
            ),
            (
                "Apakah sampah harus dipilah?",
                "Ya. Pisahkan sampah organik dan anorganik. Sampah anorganik yang masih bernilai dapat "
                "disetor ke bank sampah terdekat.",
            ),
        ],
        "related": ["rekomendasi-penebangan-pohon"],
    },
    {
        "slug": "rekomendasi-penebangan-pohon",
        "title": "Rekomendasi Penebangan atau Pemangkasan Pohon",
        "agency": "dlh",
        "category": "lingkungan",
        "summary": (
            "Rekomendasi penebangan atau pemangkasan pohon di tepi jalan, taman kota atau lahan publik "
            "lain yang membahayakan keselamatan, bangunan atau jaringan listrik."
        ),
        "eligibility": "Warga, pengurus lingkungan, instansi atau badan usaha.",
        "requirements": [
            {
                "name": "KTP-el pemohon",
                "note": "",
                "original": False,
                "copies": 1,
                "upload": False,
            },
            {
                "name": "Surat permohonan yang menyebutkan lokasi, jenis pohon dan alasan",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Foto pohon dan sekitarnya",
                "note": "",
                "original": False,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Ajukan permohonan di kantor Dinas Lingkungan Hidup.",
            "Petugas meninjau pohon dan menilai risikonya.",
            "Rekomendasi diterbitkan dengan ketentuan pemangkasan atau penebangan dan penanaman pohon "
            "pengganti.",
            "Pekerjaan dilaksanakan oleh petugas atau oleh pemohon di bawah pengawasan petugas.",
        ],
        "processing_days": 5,
        "processing_note": (
            "Pohon yang dalam keadaan darurat, misalnya hampir tumbang, segera ditangani tanpa menunggu "
            "rekomendasi tertulis."
        ),
        "cost": 0,
        "cost_basis": "Gratis. Tidak ada retribusi daerah untuk rekomendasi ini.",
        "product": "Surat rekomendasi penebangan atau pemangkasan pohon.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau Dinas Lingkungan Hidup, telepon (0754) 61520."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup",
            "Undang-Undang Nomor 26 Tahun 2007 tentang Penataan Ruang",
        ],
        "locations": "",
        "online": False,
        "popular": False,
        "faq": [],
        "related": ["laporan-kejadian-bencana"],
    },
    {
        "slug": "pemadam-kebakaran-dan-penyelamatan",
        "title": "Pemadaman Kebakaran dan Penyelamatan",
        "agency": "satpolpp-damkar",
        "category": "lingkungan",
        "summary": (
            "Pemadaman kebakaran dan penyelamatan selama 24 jam, termasuk evakuasi korban, penanganan "
            "sarang tawon dan ular, serta pertolongan pada keadaan darurat lain."
        ),
        "eligibility": "Semua orang yang berada di Kota Sawahlunto.",
        "requirements": [
            {
                "name": "Informasi lokasi kejadian dan nomor telepon pelapor yang dapat dihubungi",
                "note": "Disampaikan saat menelepon",
                "original": False,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Hubungi nomor darurat 113 atau piket pemadam kebakaran di (0754) 61113.",
            "Sebutkan alamat atau patokan lokasi, jenis kejadian dan ada tidaknya korban.",
            "Tim pemadam kebakaran berangkat ke lokasi dan menangani kejadian.",
            "Jauhi lokasi dan beri jalan bagi kendaraan pemadam kebakaran.",
        ],
        "processing_days": 0,
        "processing_note": "Sasaran waktu tanggap paling lama 15 menit sejak laporan diterima.",
        "cost": 0,
        "cost_basis": (
            "Gratis. Pelayanan pemadaman dan penyelamatan merupakan pelayanan dasar pemerintah daerah "
            "dan tidak dipungut biaya."
        ),
        "product": "Penanganan kebakaran atau penyelamatan di lokasi kejadian.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau Satpol PP dan Damkar, telepon (0754) 61113."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
            "Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal",
        ],
        "locations": (
            "Markas pemadam kebakaran di Kelurahan Pasar, Kecamatan Lembah Segar, dan pos pemadam "
            "kebakaran di Talawi."
        ),
        "online": False,
        "popular": False,
        "faq": [
            (
                "Apakah layanan pemadam kebakaran dipungut biaya?",
                "Tidak. Seluruh layanan pemadaman dan penyelamatan gratis. Laporkan bila ada pihak yang "
                "meminta bayaran.",
            ),
        ],
        "related": ["laporan-kejadian-bencana"],
    },
    {
        "slug": "laporan-kejadian-bencana",
        "title": "Laporan Kejadian Bencana",
        "agency": "bpbd",
        "category": "lingkungan",
        "summary": (
            "Pelaporan kejadian bencana seperti tanah longsor, banjir, pohon tumbang dan angin kencang "
            "kepada BPBD untuk kaji cepat, penanganan darurat dan bantuan bagi warga terdampak."
        ),
        "eligibility": "Semua orang yang mengetahui terjadinya bencana di Kota Sawahlunto.",
        "requirements": [
            {
                "name": "Foto atau video kejadian",
                "note": "Bila aman untuk diambil",
                "original": False,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "Nama dan nomor telepon pelapor yang dapat dihubungi",
                "note": "",
                "original": False,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Untuk keadaan darurat, segera telepon Pusdalops BPBD di (0754) 61400.",
            "Laporkan lokasi, jenis kejadian dan perkiraan dampaknya melalui portal ini atau telepon.",
            "Tim Reaksi Cepat BPBD melakukan kaji cepat di lokasi.",
            "BPBD bersama instansi terkait melakukan penanganan darurat dan menyalurkan bantuan.",
        ],
        "processing_days": 0,
        "processing_note": (
            "Laporan darurat segera ditindaklanjuti; laporan lain diverifikasi paling lambat 1 hari kerja."
        ),
        "cost": 0,
        "cost_basis": "Gratis. Penanganan bencana tidak dipungut biaya.",
        "product": "Penanganan darurat, hasil kaji cepat dan bantuan bagi warga terdampak.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau BPBD, telepon (0754) 61400."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 24 Tahun 2007 tentang Penanggulangan Bencana",
            "Peraturan Pemerintah Nomor 21 Tahun 2008 tentang Penyelenggaraan Penanggulangan Bencana",
        ],
        "locations": "",
        "online": True,
        "annual_users": 90,
        "popular": False,
        "faq": [
            (
                "Apa yang harus dilakukan bila melihat tanda-tanda longsor?",
                "Segera menjauh dari lereng, beri tahu tetangga, lalu hubungi BPBD. Tanda-tandanya "
                "antara lain retakan baru di tanah, pohon atau tiang miring dan air keruh dari lereng.",
            ),
        ],
        "related": ["pemadam-kebakaran-dan-penyelamatan"],
    },
    # ----- Informasi, Pengaduan dan Administrasi Umum -----
    {
        "slug": "paspor-gerai-mpp",
        "title": "Paspor Biasa di Gerai Imigrasi MPP Sawahlunto",
        "agency": "imigrasi-mpp",
        "category": "informasi",
        "summary": (
            "Permohonan paspor baru atau penggantian paspor yang habis masa berlakunya di gerai Kantor "
            "Imigrasi Kelas I TPI Padang yang dibuka secara berkala di MPP Sawahlunto, sehingga warga "
            "tidak perlu ke Padang."
        ),
        "eligibility": (
            "Warga negara Indonesia. Pemohon yang belum berusia 17 tahun dan belum kawin didampingi "
            "ayah atau ibu."
        ),
        "requirements": [
            {
                "name": "KTP-el",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Kartu Keluarga",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Akta kelahiran, ijazah atau buku nikah",
                "note": "Salah satu, yang memuat nama, tempat dan tanggal lahir serta nama orang tua",
                "original": True,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Paspor lama",
                "note": "Untuk penggantian paspor",
                "original": True,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Daftar untuk kuota layanan paspor melalui aplikasi M-Paspor atau meja informasi MPP sesuai "
            "pengumuman jadwal gerai.",
            "Bayar PNBP melalui bank, kantor pos atau kanal pembayaran lain sesuai kode pembayaran.",
            "Datang pada jadwal gerai membawa dokumen asli untuk pemeriksaan, wawancara, foto dan sidik "
            "jari.",
            "Ambil paspor sesuai jadwal yang diberitahukan petugas.",
        ],
        "processing_days": 4,
        "processing_note": (
            "Paspor selesai sekitar 4 hari kerja setelah wawancara; pengambilan mengikuti jadwal gerai "
            "di MPP."
        ),
        "cost": 350000,
        "cost_basis": (
            "PNBP menurut Peraturan Pemerintah Nomor 45 Tahun 2024: Rp350.000 untuk paspor biasa "
            "nonelektronik masa berlaku paling lama 5 tahun. Masa berlaku 10 tahun Rp650.000; paspor "
            "elektronik Rp650.000 (5 tahun) atau Rp950.000 (10 tahun). Disetor langsung ke kas negara."
        ),
        "product": "Paspor biasa Republik Indonesia.",
        "complaint_channel": (
            "Sampaikan pengaduan layanan paspor kepada Kantor Imigrasi Kelas I TPI Padang melalui "
            "SP4N-LAPOR! (lapor.go.id atau SMS 1708), atau melalui meja informasi MPP Sawahlunto, "
            "telepon (0754) 61377."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian",
            (
                "Peraturan Pemerintah Nomor 31 Tahun 2013 tentang Peraturan Pelaksanaan Undang-Undang "
                "Nomor 6 Tahun 2011 tentang Keimigrasian"
            ),
            (
                "Peraturan Pemerintah Nomor 45 Tahun 2024 tentang Jenis dan Tarif atas Jenis Penerimaan "
                "Negara Bukan Pajak yang Berlaku pada Kementerian Hukum dan Hak Asasi Manusia"
            ),
        ],
        "locations": (
            "Gerai imigrasi di Mal Pelayanan Publik Sawahlunto, Muaro Kalaban, pada hari layanan yang "
            "diumumkan setiap bulan."
        ),
        "online": False,
        "annual_users": 480,
        "popular": True,
        "faq": [
            (
                "Apakah pembayaran dapat dilakukan di MPP?",
                "Tidak. PNBP disetor langsung ke kas negara dengan kode pembayaran. Petugas tidak "
                "menerima pembayaran tunai.",
            ),
            (
                "Berapa banyak pemohon yang dilayani setiap hari gerai?",
                "Kuota terbatas dan diumumkan bersama jadwal gerai. Daftarlah lebih awal dan datang "
                "tepat waktu.",
            ),
        ],
        "related": ["ktp-el-hilang-rusak", "akta-kelahiran"],
        "en": {
            "slug": "passport-at-the-mpp",
            "title": "Ordinary Passport at the Immigration Counter, Sawahlunto MPP",
            "summary": (
                "Applications for a new passport, or to replace an expired one, at the counter of the "
                "Padang Class I Immigration Office that opens regularly at the Sawahlunto Public Service "
                "Mall, so residents need not travel to Padang."
            ),
            "eligibility": (
                "Indonesian citizens. Applicants under 17 who are not married come with their father or "
                "mother."
            ),
            "requirements": [
                {"name": "KTP-el", "note": ""},
                {"name": "Family card", "note": ""},
                {
                    "name": "Birth certificate, school diploma or marriage book",
                    "note": "One of these, showing name, place and date of birth and the parents’ names",
                },
                {"name": "Old passport", "note": "When replacing a passport"},
            ],
            "procedure": [
                "Register for a passport slot in the M-Paspor app or at the MPP information desk, as "
                "announced with the counter schedule.",
                "Pay the non-tax state revenue fee (PNBP) at a bank, post office or other channel using "
                "the payment code.",
                "Come on the counter day with your original documents for checking, an interview, "
                "photo and fingerprints.",
                "Collect the passport on the date the officer gives you.",
            ],
            "processing_note": (
                "The passport is ready about 4 working days after the interview; collection follows the "
                "counter schedule at the MPP."
            ),
            "cost_basis": (
                "PNBP under Government Regulation No. 45 of 2024: Rp350,000 for an ordinary "
                "non-electronic passport valid for up to 5 years. Valid for 10 years: Rp650,000; "
                "electronic passport Rp650,000 (5 years) or Rp950,000 (10 years). Paid directly to the "
                "state treasury."
            ),
            "product": "Ordinary passport of the Republic of Indonesia.",
            "complaint_channel": (
                "Send complaints about the passport service to the Padang Class I Immigration Office "
                "through SP4N-LAPOR! (lapor.go.id or SMS 1708), or through the Sawahlunto MPP "
                "information desk, phone (0754) 61377."
            ),
            "locations": (
                "The immigration counter at the Sawahlunto Public Service Mall, Muaro Kalaban, on the "
                "service days announced each month."
            ),
            "faq": [
                (
                    "Can I pay at the MPP?",
                    "No. The fee is paid directly to the state treasury with a payment code. Officers do "
                    "not accept cash.",
                ),
                (
                    "How many applicants are served on each counter day?",
                    "The quota is limited and announced with the counter schedule. Register early and "
                    "arrive on time.",
                ),
            ],
            "legal_basis": [
                "Law No. 6 of 2011 on Immigration",
                "Government Regulation No. 31 of 2013 implementing Law No. 6 of 2011 on Immigration",
                (
                    "Government Regulation No. 45 of 2024 on the Types and Rates of Non-Tax State Revenue "
                    "at the Ministry of Law and Human Rights"
                ),
            ],
        },
    },
    {
        "slug": "permohonan-informasi-publik",
        "title": "Permohonan Informasi Publik (PPID)",
        "agency": "diskominfo",
        "category": "informasi",
        "summary": (
            "Permohonan salinan informasi publik yang dikuasai Pemerintah Kota Sawahlunto, seperti "
            "anggaran, laporan kegiatan atau dokumen perencanaan, melalui Pejabat Pengelola Informasi "
            "dan Dokumentasi (PPID)."
        ),
        "eligibility": "Setiap warga negara Indonesia dan badan hukum Indonesia.",
        "requirements": [
            {
                "name": "KTP-el pemohon",
                "note": "Bagi badan hukum: akta pendirian yang disahkan dan surat kuasa",
                "original": False,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "Rincian informasi yang diminta dan tujuan penggunaannya",
                "note": "Diisi pada formulir permohonan",
                "original": False,
                "copies": 0,
                "upload": False,
            },
        ],
        "procedure": [
            "Isi formulir permohonan informasi melalui portal ini atau di meja layanan PPID.",
            "Terima nomor pendaftaran permohonan sebagai bukti.",
            "PPID menjawab permohonan paling lama 10 hari kerja.",
            "Terima informasi yang diminta atau pemberitahuan tertulis beserta alasan bila informasi "
            "tidak dapat diberikan.",
            "Bila tidak puas, ajukan keberatan kepada atasan PPID paling lambat 30 hari kerja.",
        ],
        "processing_days": 10,
        "processing_note": (
            "Dapat diperpanjang paling lama 7 hari kerja dengan pemberitahuan tertulis kepada pemohon."
        ),
        "cost": 0,
        "cost_basis": (
            "Gratis. Biaya penggandaan atau pengiriman salinan, bila ada, ditanggung pemohon sesuai "
            "Undang-Undang Nomor 14 Tahun 2008."
        ),
        "product": "Salinan informasi publik dalam bentuk cetak atau elektronik.",
        "complaint_channel": (
            "Ajukan keberatan kepada atasan PPID melalui portal ini atau meja layanan PPID. Bila "
            "tanggapan atas keberatan tidak memuaskan, ajukan sengketa informasi ke Komisi Informasi "
            "Provinsi Sumatera Barat."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
            (
                "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 "
                "Tahun 2008 tentang Keterbukaan Informasi Publik"
            ),
            "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik",
        ],
        "locations": (
            "Meja layanan PPID di lobi Balai Kota Sawahlunto, atau secara daring melalui portal ini."
        ),
        "online": True,
        "annual_users": 120,
        "popular": False,
        "faq": [
            (
                "Apakah saya harus menyebutkan tujuan permohonan?",
                "Ya. Tujuan penggunaan informasi wajib disebutkan, tetapi tidak menjadi alasan untuk "
                "menolak informasi yang bersifat terbuka.",
            ),
            (
                "Apa yang dapat saya lakukan bila permohonan ditolak?",
                "Ajukan keberatan kepada atasan PPID. Bila tanggapannya tidak memuaskan, Anda dapat "
                "mengajukan sengketa informasi ke Komisi Informasi Provinsi Sumatera Barat.",
            ),
        ],
        "related": ["pengaduan-pelayanan-publik"],
        "en": {
            "slug": "public-information-request",
            "title": "Public Information Request (PPID)",
            "summary": (
                "Requests for copies of public information held by the Sawahlunto city government, such "
                "as budgets, activity reports or planning documents, through the Information and "
                "Documentation Officer (PPID)."
            ),
            "eligibility": "Every Indonesian citizen and Indonesian legal entity.",
            "requirements": [
                {
                    "name": "Applicant’s KTP-el",
                    "note": "For legal entities: the ratified deed of establishment and a power of attorney",
                },
                {
                    "name": "Details of the information requested and what it will be used for",
                    "note": "Filled in on the request form",
                },
            ],
            "procedure": [
                "Fill in the information request form on this portal or at the PPID desk.",
                "Receive a registration number as proof of your request.",
                "The PPID answers within 10 working days.",
                "Receive the information, or a written notice with the reasons if it cannot be given.",
                "If you are not satisfied, file an objection with the PPID’s superior within 30 working "
                "days.",
            ],
            "processing_note": (
                "Can be extended by up to 7 working days with written notice to the applicant."
            ),
            "cost_basis": (
                "Free. Any cost of copying or sending copies is borne by the applicant under Law No. 14 "
                "of 2008."
            ),
            "product": "Copies of public information on paper or in electronic form.",
            "complaint_channel": (
                "File an objection with the PPID’s superior through this portal or at the PPID desk. If "
                "the answer to your objection is unsatisfactory, take the dispute to the West Sumatra "
                "Provincial Information Commission."
            ),
            "locations": "The PPID desk in the lobby of Sawahlunto City Hall, or online through this portal.",
            "faq": [
                (
                    "Do I have to say why I want the information?",
                    "Yes. You must state what the information will be used for, but this is no ground "
                    "for refusing information that is open to the public.",
                ),
                (
                    "What can I do if my request is refused?",
                    "File an objection with the PPID’s superior. If the answer is unsatisfactory, you "
                    "can take the dispute to the West Sumatra Provincial Information Commission.",
                ),
            ],
            "legal_basis": [
                "Law No. 14 of 2008 on Public Information Disclosure",
                (
                    "Government Regulation No. 61 of 2010 implementing Law No. 14 of 2008 on Public "
                    "Information Disclosure"
                ),
                "Information Commission Regulation No. 1 of 2021 on Public Information Service Standards",
            ],
        },
    },
    {
        "slug": "pengaduan-pelayanan-publik",
        "title": "Pengaduan Pelayanan Publik",
        "agency": "diskominfo",
        "category": "informasi",
        "summary": (
            "Penyampaian pengaduan, aspirasi atau permintaan informasi tentang pelayanan Pemerintah Kota "
            "Sawahlunto. Setiap laporan mendapat kode lacak dan ditindaklanjuti oleh perangkat daerah "
            "yang berwenang, terhubung dengan SP4N-LAPOR!."
        ),
        "eligibility": "Semua orang, dengan identitas yang dirahasiakan bila diminta.",
        "requirements": [
            {
                "name": "Nama, NIK dan nomor telepon pelapor",
                "note": "Identitas dilindungi; Anda dapat meminta laporan tidak dipublikasikan",
                "original": False,
                "copies": 0,
                "upload": False,
            },
            {
                "name": "Foto, video atau dokumen pendukung",
                "note": "Bila ada",
                "original": False,
                "copies": 0,
                "upload": True,
            },
        ],
        "procedure": [
            "Sampaikan laporan melalui menu Aspirasi dan Pengaduan di portal ini: apa, di mana dan "
            "kapan kejadiannya.",
            "Simpan kode lacak yang Anda terima.",
            "Admin memverifikasi laporan paling lama 3 hari kerja dan meneruskannya ke perangkat daerah "
            "yang berwenang.",
            "Perangkat daerah memberikan tanggapan dan tindak lanjut yang dapat Anda pantau dengan kode "
            "lacak.",
            "Beri penilaian atas tanggapan; laporan ditutup bila Anda puas atau tidak menanggapi dalam "
            "10 hari kerja.",
        ],
        "processing_days": 5,
        "processing_note": (
            "Verifikasi paling lama 3 hari kerja; tindak lanjut awal paling lama 5 hari kerja; "
            "penyelesaian paling lama 60 hari sesuai kerumitan masalah."
        ),
        "cost": 0,
        "cost_basis": "Gratis. Pengaduan pelayanan publik tidak dipungut biaya.",
        "product": "Tanggapan resmi dan tindak lanjut dari perangkat daerah yang berwenang.",
        "complaint_channel": (
            "Bila tanggapan tidak memuaskan, sampaikan melalui SP4N-LAPOR! (lapor.go.id atau SMS 1708) "
            "atau kepada Ombudsman Republik Indonesia Perwakilan Sumatera Barat."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
            "Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik",
            (
                "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 62 Tahun "
                "2018 tentang Pedoman Sistem Pengelolaan Pengaduan Pelayanan Publik Nasional"
            ),
        ],
        "locations": (
            "Daring melalui portal ini, atau meja pengaduan di Balai Kota Sawahlunto dan Mal Pelayanan "
            "Publik Sawahlunto."
        ),
        "online": True,
        "annual_users": 300,
        "popular": False,
        "faq": [
            (
                "Apakah identitas saya akan diketahui pihak yang saya laporkan?",
                "Tidak. Identitas pelapor dirahasiakan. Anda juga dapat meminta agar laporan tidak "
                "ditampilkan untuk umum.",
            ),
        ],
        "related": ["permohonan-informasi-publik"],
        "en": {
            "slug": "public-service-complaints",
            "title": "Public Service Complaints",
            "summary": (
                "Send a complaint, aspiration or information request about Sawahlunto city government "
                "services. Every report gets a tracking code and is followed up by the responsible "
                "agency, linked to SP4N-LAPOR!."
            ),
            "eligibility": "Everyone; your identity is kept confidential if you ask.",
            "requirements": [
                {
                    "name": "Name, NIK and phone number of the person reporting",
                    "note": "Your identity is protected; you can ask for the report not to be published",
                },
                {"name": "Supporting photos, videos or documents", "note": "If available"},
            ],
            "procedure": [
                "Send your report through the Aspirations and Complaints menu on this portal: what "
                "happened, where and when.",
                "Keep the tracking code you receive.",
                "An administrator verifies the report within 3 working days and forwards it to the "
                "responsible agency.",
                "The agency responds and follows up; you can track progress with your code.",
                "Rate the response; the report is closed when you are satisfied or do not reply within "
                "10 working days.",
            ],
            "processing_note": (
                "Verification within 3 working days; first follow-up within 5 working days; resolution "
                "within 60 days depending on complexity."
            ),
            "cost_basis": "Free. No fee is charged for public service complaints.",
            "product": "An official response and follow-up from the responsible agency.",
            "complaint_channel": (
                "If the response is unsatisfactory, use SP4N-LAPOR! (lapor.go.id or SMS 1708) or "
                "contact the West Sumatra office of the Ombudsman of the Republic of Indonesia."
            ),
            "locations": (
                "Online through this portal, or at the complaints desks in Sawahlunto City Hall and the "
                "Sawahlunto Public Service Mall."
            ),
            "faq": [
                (
                    "Will the party I report know who I am?",
                    "No. The identity of the person reporting is kept confidential. You can also ask "
                    "for the report not to be shown publicly.",
                ),
            ],
            "legal_basis": [
                "Law No. 25 of 2009 on Public Services",
                "Presidential Regulation No. 76 of 2013 on Public Service Complaint Management",
                (
                    "Minister of Administrative and Bureaucratic Reform Regulation No. 62 of 2018 on "
                    "Guidelines for the National Public Service Complaint Management System"
                ),
            ],
        },
    },
    {
        "slug": "rekomendasi-penelitian",
        "title": "Rekomendasi Penelitian",
        "agency": "kesbangpol",
        "category": "informasi",
        "summary": (
            "Surat rekomendasi bagi mahasiswa, dosen, lembaga dan peneliti yang akan melakukan "
            "penelitian atau pengambilan data di lingkungan Pemerintah Kota Sawahlunto."
        ),
        "eligibility": (
            "Mahasiswa, dosen, peneliti perorangan, lembaga penelitian dan organisasi yang meneliti di "
            "Kota Sawahlunto."
        ),
        "requirements": [
            {
                "name": "Surat pengantar dari perguruan tinggi atau lembaga",
                "note": "",
                "original": True,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "Proposal penelitian",
                "note": "Memuat judul, tujuan, lokasi, waktu dan metode penelitian",
                "original": False,
                "copies": 0,
                "upload": True,
            },
            {
                "name": "KTP-el atau kartu mahasiswa peneliti",
                "note": "",
                "original": False,
                "copies": 0,
                "upload": True,
            },
        ],
        "procedure": [
            "Ajukan permohonan melalui portal ini atau di kantor Kesbangpol.",
            "Petugas memeriksa kelengkapan berkas.",
            "Surat rekomendasi diterbitkan dan ditujukan kepada perangkat daerah atau lokasi penelitian.",
            "Serahkan salinan hasil penelitian kepada Pemerintah Kota setelah penelitian selesai.",
        ],
        "processing_days": 3,
        "processing_note": "",
        "cost": 0,
        "cost_basis": "Gratis. Penerbitan rekomendasi penelitian tidak dipungut biaya.",
        "product": "Surat rekomendasi penelitian.",
        "complaint_channel": (
            "Sampaikan pengaduan melalui menu Aspirasi dan Pengaduan di portal ini, SP4N-LAPOR! "
            "(lapor.go.id atau SMS 1708), atau Kesbangpol, telepon (0754) 61027."
        ),
        "legal_basis": [
            "Undang-Undang Nomor 11 Tahun 2019 tentang Sistem Nasional Ilmu Pengetahuan dan Teknologi",
            (
                "Peraturan Menteri Dalam Negeri Nomor 64 Tahun 2011 tentang Pedoman Penerbitan "
                "Rekomendasi Penelitian sebagaimana telah diubah dengan Peraturan Menteri Dalam Negeri "
                "Nomor 7 Tahun 2014"
            ),
        ],
        "locations": "",
        "online": True,
        "annual_users": 180,
        "popular": False,
        "faq": [
            (
                "Apakah penelitian untuk tugas akhir mahasiswa dilayani?",
                "Ya. Rekomendasi dapat diajukan oleh mahasiswa untuk skripsi, tesis atau disertasi.",
            ),
        ],
        "related": ["permohonan-informasi-publik"],
    },
]

# Forms residents download from the service pages (services_catalog.demo_forms writes them as PDFs).
# "en" is the link text on the English page; the document itself is in Indonesian, as at the counter.
FORMS = {
    "sptjm-kelahiran": {
        "title": "Formulir SPTJM Kebenaran Data Kelahiran",
        "filename": "sptjm-kebenaran-data-kelahiran.pdf",
        "en": "Form: statement of absolute responsibility (SPTJM) on the birth data (in Indonesian)",
        "heading": "SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK KEBENARAN DATA KELAHIRAN",
        "lines": [
            "Yang bertanda tangan di bawah ini:",
            "Nama: ..................................................................",
            "NIK: ...................................................................",
            "Alamat: ................................................................",
            "",
            "dengan ini menyatakan bahwa data kelahiran berikut adalah benar:",
            "Nama anak: .............................................................",
            "Jenis kelamin: ........................................................",
            "Tempat dan tanggal lahir: ..............................................",
            "Nama ayah: .............................................................",
            "Nama ibu: ..............................................................",
            "",
            "Surat keterangan kelahiran dari rumah sakit, puskesmas, klinik atau bidan tidak dapat",
            "saya penuhi. Apabila di kemudian hari pernyataan ini terbukti tidak benar, saya bersedia",
            "dikenai sanksi sesuai ketentuan peraturan perundang-undangan, dan akta kelahiran yang",
            "diterbitkan berdasarkan pernyataan ini menjadi tidak sah.",
            "",
            "Saksi I: nama ............................ NIK ............................",
            "Saksi II: nama ........................... NIK ............................",
            "",
            "Sawahlunto, tanggal ........................",
            "Yang membuat pernyataan (di atas meterai),",
            "",
            "",
            "(.......................................)",
            "",
            "Dasar: Peraturan Menteri Dalam Negeri Nomor 9 Tahun 2016.",
        ],
    },
    "sptjm-suami-istri": {
        "title": "Formulir SPTJM Kebenaran sebagai Pasangan Suami Istri",
        "filename": "sptjm-pasangan-suami-istri.pdf",
        "en": "Form: SPTJM stating that the parents are husband and wife (in Indonesian)",
        "heading": "SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK KEBENARAN SEBAGAI PASANGAN SUAMI ISTRI",
        "lines": [
            "Kami yang bertanda tangan di bawah ini:",
            "Nama suami: ............................................................",
            "NIK suami: .............................................................",
            "Nama istri: ............................................................",
            "NIK istri: .............................................................",
            "Alamat: ................................................................",
            "",
            "dengan ini menyatakan bahwa kami adalah pasangan suami istri yang perkawinannya belum",
            "tercatat, dan merupakan orang tua kandung dari anak:",
            "Nama anak: .............................................................",
            "Tempat dan tanggal lahir: ..............................................",
            "",
            "Apabila di kemudian hari pernyataan ini terbukti tidak benar, kami bersedia dikenai",
            "sanksi sesuai ketentuan peraturan perundang-undangan.",
            "",
            "Saksi I: nama ............................ NIK ............................",
            "Saksi II: nama ........................... NIK ............................",
            "",
            "Sawahlunto, tanggal ........................",
            "Yang membuat pernyataan (di atas meterai),",
            "",
            "",
            "Suami (............................)      Istri (............................)",
            "",
            "Dasar: Peraturan Menteri Dalam Negeri Nomor 9 Tahun 2016.",
        ],
    },
    "pernyataan-tidak-mampu": {
        "title": "Formulir Surat Pernyataan Tidak Mampu",
        "filename": "surat-pernyataan-tidak-mampu.pdf",
        "en": "Form: statement of low income (in Indonesian)",
        "heading": "SURAT PERNYATAAN TIDAK MAMPU",
        "lines": [
            "Yang bertanda tangan di bawah ini:",
            "Nama: ..................................................................",
            "NIK: ...................................................................",
            "Pekerjaan: .............................................................",
            "Alamat: ................................................................",
            "RT/RW: ............  Kelurahan/Desa: ....................................",
            "",
            "dengan ini menyatakan dengan sebenarnya bahwa saya dan keluarga saya tergolong keluarga",
            "kurang mampu, dengan penghasilan keluarga sekitar Rp ........................ sebulan.",
            "",
            "Surat pernyataan ini saya buat untuk keperluan: ........................................",
            "",
            "Apabila di kemudian hari pernyataan ini terbukti tidak benar, saya bersedia dikenai",
            "sanksi sesuai ketentuan peraturan perundang-undangan.",
            "",
            "Mengetahui,                                   Sawahlunto, tanggal ....................",
            "Ketua RT/Kepala Dusun                         Yang membuat pernyataan,",
            "",
            "",
            "(............................)                (............................)",
        ],
    },
}
