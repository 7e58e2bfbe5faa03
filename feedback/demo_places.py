"""Districts and villages of the demo city, loaded as data (names from public sources, not verified
against the BPS code list: check them before real use; codes are left out because sources disagree)."""

PLACES = {
    "Barangin": {
        "kelurahan": ["Durian I", "Durian II", "Lubang Panjang", "Saringan"],
        "desa": [
            "Balai Batu Sandaran",
            "Kolok Mudiak",
            "Kolok Nan Tuo",
            "Lumindai",
            "Santur",
            "Talago Gunung",
        ],
    },
    "Lembah Segar": {
        "kelurahan": [
            "Air Dingin",
            "Aur Mulyo",
            "Kubang Sirakuk Selatan",
            "Kubang Sirakuk Utara",
            "Pasar",
            "Tanah Lapang",
        ],
        "desa": ["Lunto Barat", "Lunto Timur", "Pasar Kubang", "Kubang Utara Sikabu"],
    },
    "Silungkang": {
        "kelurahan": [],
        "desa": [
            "Muaro Kalaban",
            "Silungkang Oso",
            "Silungkang Duo",
            "Silungkang Tigo",
            "Taratak Bancah",
            "Lunto",
        ],
    },
    "Talawi": {
        "kelurahan": [],
        "desa": [
            "Talawi Hilir",
            "Talawi Mudiak",
            "Kumbayau",
            "Sijantang Koto",
            "Bukik Gadang",
            "Datar Mansiang",
            "Salak",
            "Tumpuak Tangah",
            "Batu Tanjuang",
            "Sikalang",
            "Rantih",
        ],
    },
}
