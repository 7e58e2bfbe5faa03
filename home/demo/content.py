"""Demo content of the home app, in Indonesian with its English translation.

Each text is an (Indonesian, English) pair; body blocks are lists of such pairs, so the same data
builds the Indonesian page and the string mapping for its translation.
"""

HOME = {
    "title": ("Portal Layanan Publik Kota Sawahlunto", "Sawahlunto City Public Service Portal"),
    "intro": (
        "Temukan layanan publik beserta persyaratannya, ajukan permohonan secara daring, "
        "sampaikan aspirasi dan pengaduan, lalu pantau tindak lanjutnya dengan kode lacak.",
        "Find public services and what they require, apply online, send aspirations and "
        "complaints, and follow them up with a tracking code.",
    ),
    "body": [
        ("heading", ("Cara menggunakan portal ini", "How to use this portal")),
        (
            "paragraph",
            [
                (
                    "Cari layanan yang Anda perlukan, baca dokumen yang harus dibawa, biaya dan "
                    "lama penyelesaiannya, kemudian datang ke loket atau ajukan secara daring.",
                    "Look up the service you need, read which documents to bring, what it costs "
                    "and how long it takes, then go to the counter or apply online.",
                ),
                (
                    "Setiap permohonan, pengaduan dan aspirasi mendapat kode lacak. Simpan kode "
                    "itu untuk melihat status dan jawaban resmi dari perangkat daerah.",
                    "Every application, complaint and aspiration gets a tracking code. Keep it to "
                    "see its status and the official answer from the agency.",
                ),
            ],
        ),
    ],
}

# Standard pages under the home page, in menu order.
STANDARD_PAGES = [
    {
        "slug": ("tentang", "about"),
        "title": ("Tentang Kota Sawahlunto", "About Sawahlunto"),
        "show_in_menus": True,
        "intro": (
            "Sawahlunto adalah kota tambang batu bara bersejarah di Sumatera Barat yang kini "
            "dikenal sebagai kota wisata warisan budaya.",
            "Sawahlunto is a historic coal-mining town in West Sumatra, now known for its "
            "cultural heritage tourism.",
        ),
        "body": [
            ("heading", ("Sekilas Sawahlunto", "Sawahlunto at a glance")),
            (
                "paragraph",
                [
                    (
                        "Kota Sawahlunto berdiri pada 1 Desember 1888 dan tumbuh bersama tambang "
                        "batu bara Ombilin. Warisan tambang batu bara Ombilin kini tercatat sebagai "
                        "Warisan Dunia UNESCO.",
                        "Sawahlunto was founded on 1 December 1888 and grew with the Ombilin coal "
                        "mine. The Ombilin coal-mining heritage is now a UNESCO World Heritage Site.",
                    ),
                    (
                        "Wilayah kota seluas 273,45 km² terbagi atas empat kecamatan: Barangin, "
                        "Lembah Segar, Silungkang dan Talawi, dengan 10 kelurahan dan 27 desa.",
                        "The city covers 273.45 km² in four districts (kecamatan): Barangin, "
                        "Lembah Segar, Silungkang and Talawi, with 10 urban and 27 rural villages.",
                    ),
                ],
            ),
            ("heading", ("Mal Pelayanan Publik", "Public Service Mall")),
            (
                "paragraph",
                [
                    (
                        "Mal Pelayanan Publik (MPP) Sawahlunto di Muaro Kalaban, Kecamatan "
                        "Silungkang, menghimpun layanan berbagai instansi di satu tempat sejak "
                        "26 September 2022.",
                        "The Sawahlunto Public Service Mall (MPP) in Muaro Kalaban, Silungkang "
                        "district, has brought the services of many agencies under one roof since "
                        "26 September 2022.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": ("kontak", "contact"),
        "title": ("Kontak", "Contact"),
        "show_in_menus": True,
        "intro": (
            "Hubungi Pemerintah Kota Sawahlunto melalui telepon, surel atau WhatsApp, atau datang "
            "langsung pada jam kerja.",
            "Contact the Sawahlunto city government by phone, email or WhatsApp, or visit us "
            "during office hours.",
        ),
        "body": [
            ("heading", ("Alamat dan jam layanan", "Address and opening hours")),
            (
                "paragraph",
                [
                    (
                        "Balai Kota Sawahlunto, Jalan Soekarno-Hatta No. 1, Kecamatan Lembah "
                        "Segar, Kota Sawahlunto, Sumatera Barat 27416.",
                        "Sawahlunto City Hall, Jalan Soekarno-Hatta No. 1, Lembah Segar district, "
                        "Sawahlunto, West Sumatra 27416.",
                    ),
                    (
                        "Senin sampai Kamis pukul 07.30–16.00 WIB, Jumat pukul 07.30–16.30 WIB. "
                        "Kantor tutup pada hari Sabtu, Minggu dan hari libur nasional.",
                        "Monday to Thursday 07:30–16:00 WIB, Friday 07:30–16:30 WIB. Closed on "
                        "Saturdays, Sundays and national holidays.",
                    ),
                ],
            ),
            ("heading", ("Pengaduan", "Complaints")),
            (
                "paragraph",
                [
                    (
                        "Untuk pengaduan dan aspirasi, gunakan formulir aspirasi di portal ini "
                        "agar Anda mendapat kode lacak dan jawaban tercatat. Pengaduan juga dapat "
                        "disampaikan melalui SP4N-LAPOR! di lapor.go.id atau SMS 1708.",
                        "For complaints and aspirations, use the aspiration form on this portal "
                        "so that you get a tracking code and a recorded answer. Complaints can "
                        "also be sent through SP4N-LAPOR! at lapor.go.id or by SMS to 1708.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": ("kebijakan-privasi", "privacy-policy"),
        "title": ("Kebijakan Privasi", "Privacy Policy"),
        "show_in_menus": False,
        "intro": (
            "Kami hanya mengumpulkan data pribadi yang diperlukan untuk melayani Anda, dengan "
            "tujuan yang jelas dan sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan "
            "Data Pribadi.",
            "We collect only the personal data needed to serve you, for stated purposes, in line "
            "with Law No. 27 of 2022 on Personal Data Protection.",
        ),
        "body": [
            ("heading", ("Data yang kami kumpulkan dan tujuannya", "What we collect and why")),
            (
                "paragraph",
                [
                    (
                        "Permohonan layanan daring: nama, NIK, tanggal lahir, alamat, nomor "
                        "telepon atau surel, serta dokumen persyaratan. Data ini dipakai hanya "
                        "untuk memproses permohonan Anda oleh perangkat daerah yang berwenang.",
                        "Online service applications: name, NIK (national identity number), date "
                        "of birth, address, phone number or email, and the required documents. "
                        "They are used only by the responsible agency to process your application.",
                    ),
                    (
                        "Pengaduan, aspirasi dan permintaan informasi: isi laporan, lokasi, bukti "
                        "yang Anda lampirkan dan kontak Anda bila diberikan. Anda dapat memilih "
                        "melapor secara anonim atau rahasia.",
                        "Complaints, aspirations and information requests: the report, its "
                        "location, any evidence you attach and your contact details if you give "
                        "them. You can choose to report anonymously or confidentially.",
                    ),
                    (
                        "Survei kepuasan masyarakat tidak meminta nama maupun NIK. Akun forum "
                        "menyimpan alamat surel dan nama tampilan; alamat surel tidak pernah "
                        "ditampilkan kepada orang lain.",
                        "The satisfaction survey asks for neither name nor NIK. Forum accounts "
                        "store an email address and a display name; the email address is never "
                        "shown to anyone else.",
                    ),
                ],
            ),
            ("heading", ("Penyimpanan dan keamanan", "Storage and security")),
            (
                "paragraph",
                [
                    (
                        "Dokumen yang Anda unggah disimpan terpisah dan hanya dapat dibuka oleh "
                        "petugas yang berwenang; setiap akses dicatat. NIK ditampilkan tersamar. "
                        "Data pribadi dihapus atau dianonimkan setelah masa retensi berakhir, "
                        "yaitu dua tahun setelah permohonan atau laporan selesai.",
                        "Documents you upload are stored separately and can be opened only by "
                        "authorised officers; every access is recorded. NIK numbers are shown "
                        "masked. Personal data is deleted or anonymised when the retention period "
                        "ends, two years after the application or report is closed.",
                    ),
                    (
                        "Situs ini hanya memakai cookie yang diperlukan agar formulir dan akun "
                        "berfungsi. Kami tidak memakai cookie pelacak atau iklan.",
                        "This site uses only the cookies needed for forms and accounts to work. "
                        "We use no tracking or advertising cookies.",
                    ),
                ],
            ),
            ("heading", ("Hak Anda", "Your rights")),
            (
                "paragraph",
                [
                    (
                        "Anda berhak mendapat informasi tentang pemrosesan data Anda, memperoleh "
                        "salinannya, memperbaiki data yang keliru, meminta penghapusan bila tidak "
                        "ada kewajiban hukum untuk menyimpannya, dan menarik persetujuan.",
                        "You have the right to be informed about how your data is processed, to "
                        "obtain a copy, to correct inaccurate data, to ask for deletion where no "
                        "law requires us to keep it, and to withdraw your consent.",
                    ),
                    (
                        "Bila terjadi kegagalan pelindungan data pribadi, kami memberi tahu Anda "
                        "dan lembaga pengawas secara tertulis paling lambat 3 × 24 jam.",
                        "If personal data is breached, we notify you and the supervisory "
                        "authority in writing within 3 × 24 hours.",
                    ),
                    (
                        "Pertanyaan dan permintaan terkait data pribadi dapat dikirim ke pejabat "
                        "pelindungan data pribadi melalui surel pdp@sawahluntokota.go.id.",
                        "Questions and requests about personal data can be sent to the data "
                        "protection officer at pdp@sawahluntokota.go.id.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": ("pernyataan-aksesibilitas", "accessibility-statement"),
        "title": ("Pernyataan Aksesibilitas", "Accessibility Statement"),
        "show_in_menus": False,
        "intro": (
            "Kami ingin setiap warga, termasuk penyandang disabilitas, dapat memakai portal ini "
            "dengan mudah.",
            "We want every resident, including people with disabilities, to be able to use this "
            "portal easily.",
        ),
        "body": [
            ("heading", ("Standar yang kami ikuti", "The standard we follow")),
            (
                "paragraph",
                [
                    (
                        "Portal ini dirancang untuk memenuhi Pedoman Aksesibilitas Konten Web "
                        "(WCAG) 2.2 tingkat AA. Semua halaman dapat dipakai dengan papan ketik, "
                        "pembaca layar dan pembesaran teks hingga 200 persen.",
                        "This portal is designed to meet the Web Content Accessibility Guidelines "
                        "(WCAG) 2.2 at level AA. Every page works with a keyboard, a screen reader "
                        "and text zoomed to 200 per cent.",
                    ),
                    (
                        "Semua formulir tetap berfungsi tanpa JavaScript dan pada koneksi lambat. "
                        "Kami menguji setiap halaman dengan alat pemeriksa aksesibilitas otomatis "
                        "sebelum diterbitkan.",
                        "Every form keeps working without JavaScript and on slow connections. We "
                        "test each page with automated accessibility checks before it goes live.",
                    ),
                ],
            ),
            ("heading", ("Keterbatasan yang diketahui", "Known limitations")),
            (
                "paragraph",
                [
                    (
                        "Sebagian dokumen PDF lama dari perangkat daerah belum dapat dibaca oleh "
                        "pembaca layar. Bila Anda memerlukan dokumen dalam format lain, hubungi "
                        "kami dan kami akan menyediakannya.",
                        "Some older PDF documents from agencies cannot yet be read by screen "
                        "readers. If you need a document in another format, contact us and we "
                        "will provide it.",
                    ),
                ],
            ),
            ("heading", ("Laporkan kendala", "Report a problem")),
            (
                "paragraph",
                [
                    (
                        "Bila Anda menemui kendala aksesibilitas, kirim surel ke "
                        "diskominfo@sawahluntokota.go.id atau hubungi (0754) 61020. Kami "
                        "menanggapi dalam 5 hari kerja.",
                        "If you meet an accessibility problem, email "
                        "diskominfo@sawahluntokota.go.id or call (0754) 61020. We reply within "
                        "5 working days.",
                    ),
                ],
            ),
        ],
    },
]

SITE_SETTINGS = {
    "city_name": "Kota Sawahlunto",
    "address": (
        "Balai Kota Sawahlunto\nJalan Soekarno-Hatta No. 1, Lembah Segar\n"
        "Kota Sawahlunto, Sumatera Barat 27416"
    ),
    "phone": "(0754) 61020",
    "email": "info@sawahluntokota.go.id",
    "whatsapp": "+62 811 6600 1888",
    "facebook_url": "https://www.facebook.com/pemkosawahlunto",
    "instagram_url": "https://www.instagram.com/pemkosawahlunto",
    "youtube_url": "https://www.youtube.com/@pemkosawahlunto",
    "tracking_prefix": "SWL",
}

FOOTER = {
    "title": "Teks kaki halaman",
    "opening_hours": (
        "Senin–Kamis 07.30–16.00 WIB\nJumat 07.30–16.30 WIB\nSabtu, Minggu dan hari libur: tutup",
        "Monday–Thursday 07:30–16:00 WIB\nFriday 07:30–16:30 WIB\nSaturday, Sunday and holidays: closed",
    ),
    "text": (
        "Portal resmi Pemerintah Kota Sawahlunto untuk informasi layanan publik dan partisipasi warga.",
        "The official portal of the Sawahlunto city government for public service information and "
        "citizen participation.",
    ),
}

ANNOUNCEMENT_INDEX = {
    "slug": ("pengumuman", "announcements"),
    "title": ("Pengumuman", "Announcements"),
    "intro": (
        "Kabar terbaru dari Pemerintah Kota Sawahlunto tentang layanan, jadwal dan kegiatan.",
        "The latest news from the Sawahlunto city government about services, schedules and events.",
    ),
}
