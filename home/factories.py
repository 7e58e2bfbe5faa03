"""Test-data factories for the home app (factory_boy + wagtail-factories)."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from .models import (
    AnnouncementCategory,
    AnnouncementIndexPage,
    AnnouncementPage,
    FooterText,
    HomePage,
    StandardPage,
)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Portal Layanan Publik Kota Sawahlunto"
    slug = "beranda"
    intro = "Temukan layanan publik beserta persyaratannya."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Halaman informasi {n}")
    slug = factory.Sequence(lambda n: f"halaman-{n}")
    intro = factory.Faker("sentence", locale="id_ID")
    show_in_menus = True
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Isi halaman dalam bahasa Indonesia.</p>"}]
    )

    class Meta:
        model = StandardPage


class FooterTextFactory(DjangoModelFactory):
    title = "Teks kaki halaman"
    opening_hours = "Senin–Jumat 07.30–16.00 WIB"
    text = "<p>Portal resmi Pemerintah Kota Sawahlunto.</p>"

    class Meta:
        model = FooterText


class AnnouncementCategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategori Pengumuman {n}")
    slug = factory.Sequence(lambda n: f"kategori-pengumuman-{n}")

    class Meta:
        model = AnnouncementCategory


class AnnouncementIndexPageFactory(wagtail_factories.PageFactory):
    title = "Pengumuman"
    slug = "pengumuman"
    show_in_menus = True

    class Meta:
        model = AnnouncementIndexPage


class AnnouncementPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pengumuman {n}")
    slug = factory.Sequence(lambda n: f"pengumuman-{n}")
    date = datetime.date(2026, 11, 1)
    summary = "Ringkasan pengumuman untuk warga."
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Isi pengumuman.</p>"}])

    class Meta:
        model = AnnouncementPage
