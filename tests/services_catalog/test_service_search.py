"""One search: the service index's words box (/layanan/?q=) matches as the site search (/cari/) does.

A demo-like catalogue (the titles and summaries of services_catalog/demo_content.py) with the demo's
synonym groups (search/demo_content.py). What residents type — "kk", "akte", "surat pindah", "izin
usaha", "bikin ktp" — must find the same services first in both places, /cari/ must list services
above announcements, and an empty list must offer other ways to find a service before the
aspiration form.
"""

import re
from html import unescape

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from home.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory
from search.demo_content import INDONESIAN
from search.models import SynonymGroup
from services_catalog.factories import (
    AgencyFactory,
    ServiceCategoryFactory,
    ServiceIndexPageFactory,
    ServicePageFactory,
)

pytestmark = pytest.mark.django_db

EVERYDAY_QUERIES = [
    ("kk", "Kartu Keluarga Baru bagi Pasangan yang Baru Menikah"),
    ("akte", "Akta Kelahiran"),
    ("surat pindah", "Surat Keterangan Pindah (SKPWNI)"),
    ("izin usaha", "Nomor Induk Berusaha (NIB) melalui OSS"),
    ("bikin ktp", "Perekaman dan Pencetakan KTP-el Pemula"),
    ("pembuatan ktp", "Perekaman dan Pencetakan KTP-el Pemula"),
]
SERVICES = [
    (
        "Perekaman dan Pencetakan KTP-el Pemula",
        "population",
        "Perekaman data dan pencetakan Kartu Tanda Penduduk elektronik (KTP-el) bagi penduduk yang baru "
        "wajib memiliki KTP-el.",
    ),
    (
        "Penggantian KTP-el Hilang atau Rusak",
        "population",
        "Pencetakan ulang KTP-el bagi penduduk yang KTP-elnya hilang atau rusak.",
    ),
    (
        "Kartu Keluarga Baru bagi Pasangan yang Baru Menikah",
        "population",
        "Penerbitan Kartu Keluarga (KK) baru bagi pasangan suami istri yang baru menikah.",
    ),
    (
        "Akta Kelahiran",
        "population",
        "Pencatatan kelahiran dan penerbitan kutipan akta kelahiran, bukti sah identitas anak.",
    ),
    (
        "Surat Keterangan Pindah (SKPWNI)",
        "population",
        "Surat keterangan bagi penduduk yang akan pindah domisili dari Kota Sawahlunto ke kota lain.",
    ),
    (
        "Nomor Induk Berusaha (NIB) melalui OSS",
        "licensing",
        "Penerbitan Nomor Induk Berusaha (NIB) melalui sistem Online Single Submission (OSS).",
    ),
    (
        "Surat Izin Praktik Tenaga Kesehatan",
        "licensing",
        "Penerbitan surat izin praktik bagi dokter, bidan, perawat dan tenaga kesehatan lain.",
    ),
]

POPULATION = {title for title, kind, _summary in SERVICES if kind == "population"}


@pytest.fixture
def catalogue(site_tree):
    index = ServiceIndexPageFactory(parent=site_tree.home)
    categories = {
        "population": ServiceCategoryFactory(name="Kependudukan", slug="kependudukan"),
        "licensing": ServiceCategoryFactory(name="Perizinan", slug="perizinan"),
    }
    agencies = {
        "population": AgencyFactory(
            name="Dinas Kependudukan dan Pencatatan Sipil", short_name="Disdukcapil", slug="disdukcapil"
        ),
        "licensing": AgencyFactory(
            name="Dinas Penanaman Modal dan PTSP", short_name="DPMPTSP", slug="dpmptsp"
        ),
    }
    services = {
        title: ServicePageFactory(
            parent=index, title=title, summary=summary, agency=agencies[kind], category=categories[kind]
        )
        for title, kind, summary in SERVICES
    }
    SynonymGroup.objects.bulk_create(
        SynonymGroup(locale=site_tree.home.locale, terms=terms) for terms in INDONESIAN
    )
    return services


def index_titles(response) -> list[str]:
    html = response.content.decode()
    return [
        unescape(title)
        for title in re.findall(r'class="service-card__title"><a href="[^"]+">([^<]+)</a>', html)
    ]


def services_section_titles(response) -> list[str]:
    html = response.content.decode()
    start = html.index('aria-labelledby="kind-layanan"')
    section = html[start : html.index("</section>", start)]
    return [
        unescape(title)
        for title in re.findall(r'class="search-result__title"><a href="[^"]+">([^<]+)</a>', section)
    ]


@pytest.mark.parametrize(("query", "expected"), EVERYDAY_QUERIES)
def test_the_index_filter_finds_the_service_for_everyday_words(client, catalogue, query, expected):
    response = client.get("/layanan/", {"q": query})

    assert response.status_code == 200
    assert index_titles(response)[0] == expected


@pytest.mark.parametrize(("query", "expected"), EVERYDAY_QUERIES)
def test_the_index_and_the_site_search_list_the_same_services_first(client, catalogue, query, expected):
    in_index = index_titles(client.get("/layanan/", {"q": query}))
    on_site_search = services_section_titles(client.get("/cari/", {"q": query}))

    assert on_site_search[0] == expected
    assert in_index[: len(on_site_search)] == on_site_search


def test_every_word_for_the_agency_finds_its_services_first(client, catalogue):
    for query in ("dukcapil", "capil", "Disdukcapil"):
        titles = index_titles(client.get("/layanan/", {"q": query}))
        assert set(titles[: len(POPULATION)]) == POPULATION, query


def test_a_service_named_in_the_title_comes_before_one_that_only_requires_it(client, catalogue):
    # Every demo-like service asks for a KTP-el and the Kartu Keluarga (the factories' requirements).
    titles = index_titles(client.get("/layanan/", {"q": "ktp"}))

    assert set(titles[:2]) == {
        "Perekaman dan Pencetakan KTP-el Pemula",
        "Penggantian KTP-el Hilang atau Rusak",
    }
    assert len(titles) == len(SERVICES)


def test_site_search_lists_services_above_announcements(client, site_tree, catalogue):
    announcements = AnnouncementIndexPageFactory(parent=site_tree.home)
    AnnouncementPageFactory(
        parent=announcements, title="Surat pindah kini bisa diurus di kantor camat", summary="Surat pindah."
    )

    html = client.get("/cari/", {"q": "surat pindah"}).content.decode()

    assert html.index('id="kind-layanan"') < html.index('id="kind-pengumuman"')
    assert html.index("Surat Keterangan Pindah (SKPWNI)") < html.index("Surat pindah kini bisa diurus")


def test_the_other_filters_still_apply_to_the_words(client, catalogue):
    response = client.get("/layanan/", {"q": "izin", "kategori": "kependudukan"})

    assert index_titles(response) == []
    assert index_titles(client.get("/layanan/", {"q": "izin usaha", "opd": "dpmptsp"}))[0] == (
        "Nomor Induk Berusaha (NIB) melalui OSS"
    )


def test_the_a_to_z_view_of_a_search_is_in_alphabetical_order(client, catalogue):
    html = client.get("/layanan/", {"q": "ktp", "tampilan": "az"}).content.decode()

    letters = re.findall(r'<h2 id="huruf-(\w)">', html)
    assert letters == sorted(letters)
    assert html.index("Penggantian KTP-el Hilang") < html.index("Perekaman dan Pencetakan KTP-el Pemula")


def test_the_index_shows_the_editors_best_bets(client, catalogue):
    akta = catalogue["Akta Kelahiran"]
    SearchPromotion.objects.create(
        query=Query.get("lahiran"), page=akta, description="Untuk bayi baru lahir."
    )

    html = client.get("/layanan/", {"q": "Lahiran"}).content.decode()

    start = html.index('id="best-bets"')
    assert "Untuk bayi baru lahir." in html[start : html.index("</section>", start)]
    assert f'href="{akta.url}"' in html[start:]


def test_an_empty_result_offers_the_site_search_and_the_catalogue_before_the_aspiration_form(
    client, catalogue
):
    response = client.get("/layanan/", {"q": "zzzqqq <b>"})

    html = response.content.decode()
    assert index_titles(response) == []
    html = html[html.index('class="notice"') : html.index("</main>")]
    site_search = html.index('href="/cari/?q=zzzqqq%20%3Cb%3E"')
    a_to_z = html.index('href="/layanan/?tampilan=az"')
    category = html.index('href="/layanan/?kategori=perizinan"')
    aspiration = html.index('href="/aspirasi/')
    assert site_search < a_to_z < category < aspiration
    assert "<b>" not in html


def test_an_empty_result_without_words_does_not_offer_an_empty_site_search(client, catalogue):
    html = client.get(
        "/layanan/", {"kategori": "perizinan", "gratis": "1", "opd": "disdukcapil"}
    ).content.decode()

    assert 'href="/cari/?q="' not in html
    assert 'href="/layanan/?tampilan=az"' in html


@pytest.mark.parametrize("extra", [0, 60])
def test_a_search_in_the_index_needs_a_bounded_number_of_queries(
    client, catalogue, django_assert_max_num_queries, extra
):
    licensing = catalogue["Nomor Induk Berusaha (NIB) melalui OSS"]
    ServicePageFactory.create_batch(
        extra, parent=licensing.get_parent(), agency=licensing.agency, category=licensing.category
    )
    client.get("/layanan/", {"q": "izin usaha"})  # fills the caches (synonyms, filters, site)
    for params in ({"q": "izin usaha"}, {"q": "kk", "page": "2"}, {"q": "bikin ktp", "tampilan": "az"}):
        with django_assert_max_num_queries(12):
            assert client.get("/layanan/", params).status_code == 200


def test_the_home_page_hero_search_goes_to_the_site_search(client, site_tree, catalogue):
    html = client.get("/").content.decode()

    hero = html[html.index('class="search-box search-box--hero"') :]
    assert re.match(r'[^>]*action="/cari/"', hero)
    assert 'name="q"' in hero[: hero.index("</form>")]
