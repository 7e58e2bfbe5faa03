"""Editing pages and snippets purges exactly the cached pages that show them (home.purge)."""

import pytest

from home.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory

pytestmark = pytest.mark.django_db

BIRTH = "/layanan/akta-kelahiran/"
BIRTH_EN = "/en/services/birth-certificate/"
LOST = "/layanan/ktp-el-hilang/"
LICENCE = "/layanan/surat-izin-praktik/"
ALL = ["/", "/en/", "/layanan/", "/en/services/", BIRTH, BIRTH_EN, LOST, LICENCE, "/tentang/", "/kinerja/"]


def warm(client, urls=ALL):
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert all(client.get(url)["X-Page-Cache"] == "hit" for url in urls)


def purged(client, urls=ALL) -> set[str]:
    """The URLs whose next anonymous request had to be rendered again."""
    return {url for url in urls if client.get(url).get("X-Page-Cache") != "hit"}


def test_publishing_a_page_purges_it_its_translation_its_listings_and_nothing_else(client, catalogue):
    warm(client)
    catalogue.birth_certificate.summary = "Ringkasan baru."
    catalogue.birth_certificate.save_revision().publish()
    assert purged(client) == {"/", "/en/", "/layanan/", "/en/services/", BIRTH, BIRTH_EN}
    assert "Ringkasan baru." in client.get(BIRTH).content.decode()


def test_search_results_are_purged_when_content_is_published(client, catalogue):
    client.get("/cari/?q=akta")
    catalogue.lost_id_card.save_revision().publish()
    assert client.get("/cari/?q=akta").get("X-Page-Cache") != "hit"


def test_unpublishing_and_deleting_purge_the_page(client, catalogue):
    warm(client)
    catalogue.lost_id_card.unpublish()
    assert client.get(LOST).status_code == 404
    assert "KTP-el Hilang" not in client.get("/layanan/").content.decode()
    client.get(LICENCE)
    catalogue.practice_licence.delete()
    assert client.get(LICENCE).status_code == 404
    assert client.get("/tentang/")["X-Page-Cache"] == "hit"


def test_moving_a_page_purges_its_old_address(client, site_tree, catalogue):
    warm(client, ["/kontak/", "/tentang/", BIRTH])
    site_tree.untranslated.move(site_tree.page, pos="last-child")
    old_address = client.get("/kontak/")  # Wagtail made a redirect
    assert (old_address.status_code, old_address["Location"]) == (301, "/tentang/kontak/")
    assert client.get("/tentang/kontak/").status_code == 200
    assert client.get("/tentang/")["X-Page-Cache"] == "miss"
    assert client.get(BIRTH)["X-Page-Cache"] == "hit"


def test_a_page_that_links_to_the_changed_one_is_purged(client, catalogue):
    warm(client)  # the birth certificate page lists the lost ID card among its related services
    catalogue.lost_id_card.title = "KTP-el Hilang, Rusak atau Berubah Data"
    catalogue.lost_id_card.save_revision().publish()
    # Only the Indonesian pages: the lost ID card page has no English version (the English birth
    # certificate page still links to the Indonesian one).
    assert purged(client) == {"/", "/layanan/", LOST, BIRTH, BIRTH_EN}
    assert "Berubah Data" in client.get(BIRTH).content.decode()


def test_editing_an_agency_purges_its_services_the_lists_and_the_statistics(client, catalogue):
    warm(client)
    catalogue.dinkes.phone = "(0754) 12345"
    catalogue.dinkes.save()
    assert purged(client) == {"/layanan/", "/en/services/", LICENCE, "/kinerja/"}


def test_editing_a_category_purges_its_services_the_lists_and_the_home_page(client, catalogue):
    warm(client)
    catalogue.health.name = "Kesehatan Masyarakat"
    catalogue.health.save()
    assert purged(client) == {"/", "/en/", "/layanan/", "/en/services/", LICENCE}


def test_publishing_an_announcement_purges_the_list_and_its_feed(client, site_tree, catalogue):
    index = AnnouncementIndexPageFactory(parent=site_tree.home, slug="pengumuman")
    news = AnnouncementPageFactory(parent=index, title="Jadwal pelayanan libur", slug="libur")
    urls = ["/pengumuman/", "/pengumuman/feed/", "/pengumuman/libur/", BIRTH, "/tentang/"]
    warm(client, urls)
    news.title = "Jadwal pelayanan libur Lebaran"
    news.save_revision().publish()
    assert purged(client, urls) == {"/pengumuman/", "/pengumuman/feed/", "/pengumuman/libur/"}
    assert "Lebaran" in client.get("/pengumuman/feed/").content.decode()
