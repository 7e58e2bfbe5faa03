from dataclasses import dataclass

import pytest

from home.demo import publish_translation
from services_catalog.factories import (
    AgencyFactory,
    ServiceCategoryFactory,
    ServiceIndexPageFactory,
    ServicePageFactory,
    stream,
)
from services_catalog.models import Agency, ServiceCategory, ServiceIndexPage, ServicePage


@dataclass
class Catalogue:
    index: ServiceIndexPage
    index_en: ServiceIndexPage
    disdukcapil: Agency
    dinkes: Agency
    population: ServiceCategory
    health: ServiceCategory
    birth_certificate: ServicePage
    birth_certificate_en: ServicePage
    lost_id_card: ServicePage
    practice_licence: ServicePage


def build_catalogue(site_tree):
    english = site_tree.locale_en
    index = ServiceIndexPageFactory(parent=site_tree.home, intro="Semua layanan Pemerintah Kota.")
    disdukcapil = AgencyFactory(
        name="Dinas Kependudukan dan Pencatatan Sipil",
        short_name="Disdukcapil",
        slug="disdukcapil",
        opening_hours="Senin–Kamis 07.30–16.00 WIB",
        head_office="Mal Pelayanan Publik, Muaro Kalaban",
        map_url="https://www.openstreetmap.org/search?query=Sawahlunto",
    )
    dinkes = AgencyFactory(name="Dinas Kesehatan", short_name="Dinkes", slug="dinkes")
    population = ServiceCategoryFactory(name="Kependudukan", slug="kependudukan")
    health = ServiceCategoryFactory(name="Kesehatan", slug="kesehatan")
    birth = ServicePageFactory(
        parent=index,
        title="Akta Kelahiran",
        slug="akta-kelahiran",
        summary="Pencatatan kelahiran anak dan penerbitan kutipan akta kelahiran.",
        eligibility="Orang tua atau wali anak yang lahir di Sawahlunto.",
        agency=disdukcapil,
        category=population,
        processing_days=1,
        processing_note="Selesai di tempat bila berkas lengkap",
        product="Kutipan Akta Kelahiran",
        complaint_channel="Sampaikan pengaduan melalui SP4N-LAPOR! atau loket pengaduan Disdukcapil.",
        online_application=True,
        faq=stream(
            "question",
            [{"question": "Apakah dipungut biaya?", "answer": "<p>Tidak, layanan ini gratis.</p>"}],
        ),
    )
    lost = ServicePageFactory(
        parent=index,
        title="KTP-el Hilang atau Rusak",
        slug="ktp-el-hilang",
        agency=disdukcapil,
        category=population,
    )
    licence = ServicePageFactory(
        parent=index,
        title="Surat Izin Praktik Tenaga Kesehatan",
        slug="surat-izin-praktik",
        agency=dinkes,
        category=health,
        cost=100000,
        cost_basis="Peraturan Daerah tentang Retribusi",
        processing_days=5,
    )
    birth.related_services = stream("service", [lost.pk])
    birth.save_revision().publish()

    publish_translation(
        disdukcapil, english, {"Dinas Kependudukan dan Pencatatan Sipil": "Civil Registration Office"}
    )
    publish_translation(population, english, {"Kependudukan": "Population"})
    index_en = publish_translation(
        index, english, {"Layanan Publik": "Public Services", "layanan": "services"}
    )
    birth_en = publish_translation(
        birth,
        english,
        {
            "Akta Kelahiran": "Birth Certificate",
            "akta-kelahiran": "birth-certificate",
            birth.summary: "Registering a child's birth and issuing the birth certificate.",
            "Kartu Keluarga": "Family card",
            "Ambil nomor antrean.": "Take a queue number.",
            "Kutipan Akta Kelahiran": "Birth certificate extract",
            "Apakah dipungut biaya?": "Is there a fee?",
        },
    )
    birth_en.refresh_from_db()
    birth.refresh_from_db()
    return Catalogue(index, index_en, disdukcapil, dinkes, population, health, birth, birth_en, lost, licence)


@pytest.fixture
def catalogue(site_tree) -> Catalogue:
    return build_catalogue(site_tree)
