"""Test-data factories for the service catalogue. `stream` builds StreamField data for them."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from home.blocks import stream_data as stream

from .models import Agency, ServiceCategory, ServiceIndexPage, ServicePage


class AgencyFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Dinas Pelayanan {n}")
    short_name = factory.Sequence(lambda n: f"Dinas{n}")
    slug = factory.Sequence(lambda n: f"dinas-{n}")
    address = "Jalan Soekarno-Hatta No. 1, Lembah Segar"
    phone = "(0754) 61020"
    email = factory.Sequence(lambda n: f"dinas{n}@sawahluntokota.go.id")
    opening_hours = "Senin–Jumat 07.30–16.00 WIB"
    head_office = "Kantor Balai Kota, lantai 1"

    class Meta:
        model = Agency


class ServiceCategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategori {n}")
    slug = factory.Sequence(lambda n: f"kategori-{n}")
    description = "Layanan untuk warga."
    icon = "document"

    class Meta:
        model = ServiceCategory


class ServiceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Layanan Publik"
    slug = "layanan"
    show_in_menus = True

    class Meta:
        model = ServiceIndexPage


class ServicePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Layanan Contoh {n}")
    slug = factory.Sequence(lambda n: f"layanan-contoh-{n}")
    summary = "Layanan untuk mengurus dokumen kependudukan."
    eligibility = "Warga yang berdomisili di kota ini."
    agency = factory.SubFactory(AgencyFactory)
    category = factory.SubFactory(ServiceCategoryFactory)
    requirements = factory.LazyFunction(
        lambda: stream(
            "requirement",
            [
                {
                    "name": "Kartu Keluarga",
                    "note": "",
                    "original_required": True,
                    "copies": 1,
                    "upload": True,
                },
                {
                    "name": "KTP-el",
                    "note": "milik pemohon",
                    "original_required": False,
                    "copies": 2,
                    "upload": False,
                },
            ],
        )
    )
    procedure = factory.LazyFunction(lambda: stream("step", ["Ambil nomor antrean.", "Serahkan berkas."]))
    processing_days = 3
    processing_note = ""
    cost = 0
    cost_basis = "Undang-Undang Nomor 24 Tahun 2013"
    product = "Dokumen yang diminta."
    complaint_channel = "Sampaikan pengaduan melalui formulir aspirasi."
    legal_basis = factory.LazyFunction(
        lambda: stream("regulation", [{"title": "Undang-Undang Nomor 23 Tahun 2006", "url": ""}])
    )
    online_application = False
    last_reviewed = datetime.date(2026, 10, 1)

    class Meta:
        model = ServicePage
