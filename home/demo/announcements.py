"""Demo announcements of the Sawahlunto city government, in Indonesian; three also in English.

Each body is a list of ("heading" | "paragraph", text) blocks; "en" bodies have the same shape and order.
"""

ANNOUNCEMENT_CATEGORIES = [
    {"key": "layanan", "name": ("Layanan Publik", "Public Services")},
    {"key": "pembangunan", "name": ("Pembangunan dan Infrastruktur", "Development and Infrastructure")},
    {"key": "kesehatan", "name": ("Kesehatan", "Health")},
    {"key": "kebencanaan", "name": ("Kebencanaan", "Disasters and Emergencies")},
    {"key": "budaya", "name": ("Pariwisata dan Budaya", "Tourism and Culture")},
]

ANNOUNCEMENTS = [
    {
        "slug": "jadwal-layanan-mpp-selama-libur-akhir-tahun",
        "title": "Jadwal Layanan Mal Pelayanan Publik Selama Libur Akhir Tahun dan Cuti Bersama",
        "days_ago": 5,
        "category": "layanan",
        "summary": (
            "Mal Pelayanan Publik (MPP) Sawahlunto tutup pada hari libur nasional dan cuti bersama akhir "
            "tahun, dan buka dengan jam layanan terbatas pada hari kerja di antaranya. Permohonan "
            "dokumen kependudukan tetap dapat diajukan secara daring."
        ),
        "body": [
            ("heading", "Jam layanan selama libur akhir tahun"),
            (
                "paragraph",
                "Pada hari libur nasional Natal dan Tahun Baru serta cuti bersama yang ditetapkan "
                "Pemerintah, seluruh loket di MPP Sawahlunto tutup. Pada hari kerja di antara hari libur "
                "tersebut, loket dibuka pukul 08.00–12.00 WIB.",
            ),
            (
                "paragraph",
                "Gerai instansi vertikal, termasuk gerai imigrasi, mengikuti jadwal instansi masing-"
                "masing. Periksa pengumuman di meja informasi MPP sebelum datang.",
            ),
            ("heading", "Layanan daring tetap berjalan"),
            (
                "paragraph",
                "Permohonan akta kelahiran, Kartu Keluarga, KTP-el pengganti dan surat keterangan lain "
                "tetap dapat diajukan melalui portal ini. Permohonan yang masuk selama libur diproses "
                "pada hari kerja berikutnya sesuai urutan masuk.",
            ),
            (
                "paragraph",
                "Untuk keadaan darurat, hubungi pemadam kebakaran di nomor 113 atau Pusdalops BPBD di "
                "(0754) 61400 yang tetap siaga 24 jam.",
            ),
        ],
        "important_days": 10,
        "related_services": ["akta-kelahiran", "kartu-keluarga-baru"],
        "en": {
            "slug": "public-service-mall-hours-over-the-year-end-holidays",
            "title": "Public Service Mall Opening Hours over the Year-End Holidays",
            "summary": (
                "The Sawahlunto Public Service Mall (MPP) is closed on the year-end public holidays and "
                "collective leave days, and opens for shorter hours on the working days in between. "
                "Population documents can still be applied for online."
            ),
            "body": [
                ("heading", "Opening hours over the year-end holidays"),
                (
                    "paragraph",
                    "On the Christmas and New Year public holidays and the collective leave days set by "
                    "the government, all counters at the Sawahlunto MPP are closed. On the working days "
                    "in between, counters are open from 08:00 to 12:00 WIB.",
                ),
                (
                    "paragraph",
                    "Counters of national agencies, including the immigration counter, follow their own "
                    "schedules. Check the notices at the MPP information desk before you come.",
                ),
                ("heading", "Online services carry on"),
                (
                    "paragraph",
                    "You can still apply for birth certificates, family cards, replacement ID cards and "
                    "other certificates on this portal. Applications sent during the holidays are "
                    "processed in order of arrival on the next working day.",
                ),
                (
                    "paragraph",
                    "In an emergency, call the fire brigade on 113 or the BPBD operations centre on "
                    "(0754) 61400, both on call 24 hours a day.",
                ),
            ],
        },
    },
    {
        "slug": "perekaman-ktp-el-di-sekolah-kecamatan-talawi",
        "title": "Disdukcapil Jemput Bola Perekaman KTP-el di SMA dan SMK se-Kecamatan Talawi",
        "days_ago": 18,
        "category": "layanan",
        "summary": (
            "Disdukcapil melakukan perekaman KTP-el keliling di SMA dan SMK di Kecamatan Talawi bagi "
            "siswa yang sudah atau hampir berusia 17 tahun. Siswa cukup membawa fotokopi Kartu Keluarga."
        ),
        "body": [
            ("heading", "Sasaran dan jadwal"),
            (
                "paragraph",
                "Perekaman ditujukan bagi siswa berusia 16 tahun ke atas yang belum merekam data KTP-el. "
                "Jadwal kunjungan ke setiap sekolah disampaikan melalui sekolah masing-masing, dimulai "
                "dari sekolah di Talawi Hilir dan Talawi Mudik.",
            ),
            ("heading", "Yang perlu dibawa"),
            (
                "paragraph",
                "Siswa membawa fotokopi Kartu Keluarga. KTP-el siswa yang sudah berusia 17 tahun "
                "dicetak dan dibagikan melalui sekolah, sedangkan siswa yang belum berusia 17 tahun "
                "menerima KTP-el setelah ulang tahunnya yang ke-17.",
            ),
            (
                "paragraph",
                "Siswa yang berhalangan hadir dapat merekam data di kantor Disdukcapil atau di loket "
                "Disdukcapil di MPP Sawahlunto pada hari kerja.",
            ),
        ],
        "important_days": 0,
        "related_services": ["ktp-el-pemula"],
    },
    {
        "slug": "pemeriksaan-kesehatan-gratis-di-puskesmas",
        "title": "Warga Diajak Memanfaatkan Pemeriksaan Kesehatan Gratis di Puskesmas",
        "days_ago": 30,
        "category": "kesehatan",
        "summary": (
            "Seluruh puskesmas di Kota Sawahlunto melayani pemeriksaan kesehatan gratis sesuai kelompok "
            "umur. Warga dapat mendaftar melalui aplikasi SATUSEHAT Mobile atau datang langsung."
        ),
        "body": [
            (
                "paragraph",
                "Pemeriksaan meliputi antara lain tekanan darah, gula darah, indeks massa tubuh, "
                "penglihatan, pendengaran dan skrining risiko penyakit tidak menular, disesuaikan dengan "
                "umur dan jenis kelamin.",
            ),
            ("heading", "Cara mendaftar"),
            (
                "paragraph",
                "Daftar dan pilih jadwal melalui aplikasi SATUSEHAT Mobile, atau datang ke puskesmas "
                "terdekat dengan membawa KTP-el, KIA atau Kartu Keluarga. Pemeriksaan tidak dipungut "
                "biaya.",
            ),
            (
                "paragraph",
                "Selain di puskesmas, petugas juga melakukan pemeriksaan keliling di posyandu dan kantor "
                "desa. Jadwalnya diumumkan oleh puskesmas setempat.",
            ),
        ],
        "important_days": 0,
        "related_services": ["cek-kesehatan-gratis"],
    },
    {
        "slug": "perbaikan-jalan-di-kecamatan-lembah-segar",
        "title": "Pemberitahuan Pekerjaan Perbaikan Jalan di Kecamatan Lembah Segar",
        "days_ago": 42,
        "category": "pembangunan",
        "summary": (
            "Dinas PUPR memperbaiki perkerasan jalan dan saluran drainase di sejumlah ruas jalan di "
            "Kecamatan Lembah Segar. Pengendara diimbau mengurangi kecepatan dan mengikuti arahan petugas."
        ),
        "body": [
            (
                "paragraph",
                "Pekerjaan meliputi penambalan dan pelapisan ulang aspal serta perbaikan saluran drainase "
                "di ruas jalan dalam kota, termasuk di sekitar Kelurahan Pasar dan Kelurahan Air Dingin. "
                "Pekerjaan dilakukan bertahap agar jalan tetap dapat dilalui.",
            ),
            ("heading", "Pengaturan lalu lintas"),
            (
                "paragraph",
                "Selama pekerjaan berlangsung, sebagian ruas jalan diberlakukan sistem buka-tutup. "
                "Petugas Dinas Perhubungan membantu mengatur arus lalu lintas pada jam sibuk.",
            ),
            (
                "paragraph",
                "Kerusakan jalan di lokasi lain dapat dilaporkan melalui menu Aspirasi dan Pengaduan di "
                "portal ini dengan menyertakan foto dan lokasinya.",
            ),
        ],
        "important_days": 0,
        "related_services": [],
    },
    {
        "slug": "siaga-banjir-dan-longsor-musim-hujan",
        "title": "BPBD Imbau Warga Siaga Banjir dan Tanah Longsor Selama Musim Hujan",
        "days_ago": 55,
        "category": "kebencanaan",
        "summary": (
            "Memasuki musim hujan, BPBD Kota Sawahlunto mengimbau warga yang tinggal di lereng bukit dan "
            "di sepanjang aliran sungai untuk meningkatkan kewaspadaan terhadap tanah longsor dan banjir."
        ),
        "body": [
            (
                "paragraph",
                "Sebagian besar wilayah Kota Sawahlunto berupa perbukitan dengan lereng yang curam. Hujan "
                "lebat dalam waktu lama dapat memicu tanah longsor, sedangkan permukiman di tepi Batang "
                "Lunto dan Batang Ombilin berisiko tergenang saat debit sungai naik.",
            ),
            ("heading", "Langkah yang dianjurkan"),
            (
                "paragraph",
                "Bersihkan saluran air di sekitar rumah, perhatikan retakan baru di tanah atau dinding, "
                "dan siapkan tas siaga berisi dokumen penting, obat-obatan, senter dan pakaian. Bila "
                "hujan lebat berlangsung lama, warga di lereng curam dianjurkan mengungsi sementara ke "
                "tempat yang lebih aman.",
            ),
            ("heading", "Cara melapor"),
            (
                "paragraph",
                "Laporkan kejadian bencana ke Pusdalops BPBD di (0754) 61400 yang siaga 24 jam, atau "
                "melalui layanan Laporan Kejadian Bencana di portal ini dengan menyertakan foto dan "
                "lokasi.",
            ),
        ],
        "important_days": 0,
        "related_services": ["laporan-kejadian-bencana"],
        "en": {
            "slug": "flood-and-landslide-alert-for-the-rainy-season",
            "title": "BPBD Urges Residents to Prepare for Floods and Landslides in the Rainy Season",
            "summary": (
                "As the rainy season begins, the Sawahlunto disaster management agency (BPBD) urges "
                "residents living on hillsides and along rivers to be alert to landslides and floods."
            ),
            "body": [
                (
                    "paragraph",
                    "Most of Sawahlunto is hilly, with steep slopes. Prolonged heavy rain can trigger "
                    "landslides, while homes along the Batang Lunto and Batang Ombilin rivers may flood "
                    "when the water rises.",
                ),
                ("heading", "What you should do"),
                (
                    "paragraph",
                    "Clear the drains around your home, watch for new cracks in the ground or walls, and "
                    "pack an emergency bag with important documents, medicines, a torch and clothes. If "
                    "heavy rain goes on for a long time, residents on steep slopes are advised to move "
                    "temporarily to a safer place.",
                ),
                ("heading", "How to report"),
                (
                    "paragraph",
                    "Report a disaster to the BPBD operations centre on (0754) 61400, on call 24 hours a "
                    "day, or through the Disaster Report service on this portal with a photo and the "
                    "location.",
                ),
            ],
        },
    },
    {
        "slug": "pergelaran-seni-budaya-di-kawasan-warisan-ombilin",
        "title": "Pergelaran Seni dan Budaya di Kawasan Warisan Tambang Batu Bara Ombilin",
        "days_ago": 75,
        "category": "budaya",
        "summary": (
            "Pemerintah Kota Sawahlunto menggelar pergelaran seni dan budaya selama tiga hari di kawasan "
            "kota lama, menampilkan kesenian dari berbagai etnis yang hidup berdampingan di Sawahlunto."
        ),
        "body": [
            (
                "paragraph",
                "Kegiatan dipusatkan di Lapangan Segitiga dan kawasan kota lama, bagian dari Warisan "
                "Tambang Batu Bara Ombilin Sawahlunto yang diakui UNESCO sebagai Warisan Dunia. "
                "Pergelaran menampilkan tari, musik, pameran tenun songket Silungkang dan kuliner khas.",
            ),
            ("heading", "Informasi bagi pengunjung"),
            (
                "paragraph",
                "Pergelaran di lapangan terbuka untuk umum tanpa tiket. Selama kegiatan, sebagian jalan "
                "di kawasan kota lama ditutup dan pengunjung diarahkan ke kantong parkir yang disediakan.",
            ),
            (
                "paragraph",
                "Museum Gudang Ransoem dan Lubang Tambang Mbah Soero tetap buka seperti biasa selama "
                "kegiatan berlangsung.",
            ),
        ],
        "important_days": 0,
        "related_services": ["tiket-wisata-sejarah"],
    },
    {
        "slug": "ayo-isi-survei-kepuasan-masyarakat",
        "title": "Ayo Isi Survei Kepuasan Masyarakat terhadap Pelayanan Publik",
        "days_ago": 90,
        "category": "layanan",
        "summary": (
            "Pemerintah Kota Sawahlunto mengundang warga yang pernah menggunakan layanan publik untuk "
            "mengisi Survei Kepuasan Masyarakat (SKM). Survei singkat ini tidak meminta nama, dan "
            "hasilnya diumumkan secara terbuka."
        ),
        "body": [
            (
                "paragraph",
                "SKM mengukur sembilan unsur pelayanan, antara lain persyaratan, prosedur, waktu "
                "penyelesaian, biaya, perilaku petugas, sarana dan prasarana, serta penanganan pengaduan, "
                "sesuai Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 "
                "Tahun 2017.",
            ),
            ("heading", "Cara mengisi"),
            (
                "paragraph",
                "Isi survei melalui tautan pada halaman layanan di portal ini, pindai kode QR di loket "
                "pelayanan, atau minta formulir kertas kepada petugas. Pengisian memerlukan waktu sekitar "
                "lima menit.",
            ),
            (
                "paragraph",
                "Hasil survei dan rencana tindak lanjut setiap perangkat daerah diumumkan di portal ini "
                "setiap semester.",
            ),
        ],
        "important_days": 0,
        "related_services": [],
    },
    {
        "slug": "tahapan-penerimaan-murid-baru-sd-smp",
        "title": "Tahapan Sistem Penerimaan Murid Baru SD dan SMP Negeri",
        "days_ago": 110,
        "category": "layanan",
        "summary": (
            "Dinas Pendidikan dan Kebudayaan mengumumkan tahapan Sistem Penerimaan Murid Baru (SPMB) SD "
            "dan SMP negeri. Orang tua diimbau menyiapkan akta kelahiran dan Kartu Keluarga sejak dini."
        ),
        "body": [
            (
                "paragraph",
                "SPMB menggantikan PPDB dan terdiri atas jalur domisili, afirmasi, mutasi dan, untuk SMP, "
                "jalur prestasi. Tahapannya meliputi pengumuman daya tampung, pendaftaran daring, "
                "verifikasi dokumen, pengumuman hasil seleksi dan daftar ulang.",
            ),
            ("heading", "Persiapan dokumen"),
            (
                "paragraph",
                "Pastikan nama dan tanggal lahir anak pada akta kelahiran dan Kartu Keluarga sudah "
                "sesuai. Untuk jalur domisili, Kartu Keluarga harus sudah diterbitkan paling lambat satu "
                "tahun sebelum tanggal pendaftaran. Perbaikan data kependudukan dapat diurus gratis di "
                "Disdukcapil.",
            ),
            (
                "paragraph",
                "Orang tua yang memerlukan bantuan pendaftaran dapat mendatangi posko SPMB di Dinas "
                "Pendidikan dan Kebudayaan atau operator di sekolah tujuan.",
            ),
        ],
        "important_days": 0,
        "related_services": ["penerimaan-murid-baru-sd-smp", "akta-kelahiran"],
    },
    {
        "slug": "gangguan-pasokan-air-bersih-di-kecamatan-silungkang",
        "title": "Gangguan Pasokan Air Bersih di Sebagian Kecamatan Silungkang",
        "days_ago": 140,
        "category": "pembangunan",
        "summary": (
            "Pemerintah Kota berkoordinasi dengan perusahaan daerah air minum untuk menangani gangguan "
            "pasokan air bersih di sebagian wilayah Kecamatan Silungkang akibat perbaikan pipa transmisi."
        ),
        "body": [
            (
                "paragraph",
                "Perbaikan pipa transmisi menyebabkan aliran air ke sebagian pelanggan di Desa Muaro "
                "Kalaban dan Desa Silungkang Oso terhenti sementara. Perbaikan ditargetkan selesai dalam "
                "dua hari.",
            ),
            ("heading", "Bantuan air bersih"),
            (
                "paragraph",
                "Selama gangguan, mobil tangki air bersih disiagakan di kantor desa setempat. Warga dapat "
                "membawa wadah sendiri untuk mengambil air.",
            ),
            (
                "paragraph",
                "Pertanyaan tentang sambungan dan tagihan air disampaikan langsung kepada perusahaan "
                "daerah air minum. Gangguan yang berlanjut juga dapat dilaporkan melalui menu Aspirasi "
                "dan Pengaduan di portal ini.",
            ),
        ],
        "important_days": 0,
        "related_services": [],
    },
    {
        "slug": "layanan-daring-baru-di-portal",
        "title": "Kini Akta Kelahiran, Kartu Keluarga dan SKTM Dapat Diajukan Secara Daring",
        "days_ago": 165,
        "category": "layanan",
        "summary": (
            "Portal Layanan Publik Kota Sawahlunto kini menerima permohonan daring untuk sejumlah "
            "layanan, antara lain akta kelahiran, Kartu Keluarga dan Surat Keterangan Tidak Mampu."
        ),
        "body": [
            (
                "paragraph",
                "Pemohon mengisi formulir, mengunggah dokumen persyaratan dan menerima kode lacak untuk "
                "memantau status permohonan. Dokumen kependudukan yang ditandatangani secara elektronik "
                "dapat dikirim ke surel pemohon untuk dicetak sendiri.",
            ),
            ("heading", "Cara memulai"),
            (
                "paragraph",
                "Buka halaman layanan yang diperlukan, baca persyaratannya, lalu pilih Ajukan secara daring. "
                "Siapkan foto atau pindaian dokumen yang jelas; berkas berukuran kecil lebih cepat "
                "terkirim saat sinyal lemah.",
            ),
            (
                "paragraph",
                "Warga yang memerlukan bantuan dapat datang ke meja bantuan di MPP Sawahlunto atau ke "
                "kantor kelurahan dan desa. Layanan di loket tetap berjalan seperti biasa.",
            ),
        ],
        "important_days": 0,
        "related_services": ["akta-kelahiran", "surat-keterangan-tidak-mampu"],
        "en": {
            "slug": "new-online-services-on-the-portal",
            "title": "Birth Certificates, Family Cards and Low-Income Certificates Now Available Online",
            "summary": (
                "The Sawahlunto Public Service Portal now accepts online applications for a number of "
                "services, including birth certificates, family cards and certificates of low income."
            ),
            "body": [
                (
                    "paragraph",
                    "Applicants fill in a form, upload the required documents and receive a tracking code "
                    "to follow the status of their application. Electronically signed population "
                    "documents can be sent to the applicant by e-mail to print at home.",
                ),
                ("heading", "How to start"),
                (
                    "paragraph",
                    "Open the page of the service you need, read what it requires, then choose Apply online. "
                    "Prepare clear photos or scans of your documents; small files are sent faster when "
                    "the signal is weak.",
                ),
                (
                    "paragraph",
                    "Residents who need help can go to the help desk at the Sawahlunto MPP or to their "
                    "urban or rural village office. Counter services continue as usual.",
                ),
            ],
        },
    },
]
