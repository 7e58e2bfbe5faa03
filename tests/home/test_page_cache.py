"""Anonymous visitors' pages from the cache (home.page_cache): who gets them, and what never gets in."""

import gzip
from http.server import BaseHTTPRequestHandler, HTTPServer
from threading import Thread

from django.test import Client

from wagtail.models import PageViewRestriction

import pytest

from home.factories import AnnouncementCategoryFactory, AnnouncementIndexPageFactory, AnnouncementPageFactory
from home.models import SiteSettings

pytestmark = pytest.mark.django_db


def cache_state(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response.get("X-Page-Cache")


def test_the_second_anonymous_request_is_served_from_the_cache_without_queries(
    client, site_tree, django_assert_num_queries
):
    first = client.get("/tentang/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/tentang/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Last-Modified"] == first["Last-Modified"]
    assert set(second["Cache-Control"].split(", ")) == {
        "public",
        "max-age=0",
        "must-revalidate",
        "s-maxage=600",
    }
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "Cookie" in second["Vary"]


def test_a_browser_revalidating_gets_304(client, site_tree):
    first = client.get("/tentang/")
    again = client.get("/tentang/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert client.get("/tentang/", HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_signed_in_visitors_never_get_or_leave_a_cached_page(client, site_tree, django_user_model):
    assert cache_state(client, "/tentang/") == "miss"
    member = Client()
    member.force_login(django_user_model.objects.create_user("warga", "warga@example.com", "sandi-123"))
    for _ in range(2):
        response = member.get("/tentang/")
        assert "X-Page-Cache" not in response
        assert response["Cache-Control"] == "private"
        assert "Akun saya" in response.content.decode()
    anonymous = client.get("/tentang/")
    assert anonymous["X-Page-Cache"] == "hit"
    assert "Akun saya" not in anonymous.content.decode() and "Masuk" in anonymous.content.decode()


def test_a_visitor_with_a_session_or_a_message_waiting_gets_a_fresh_page(client, site_tree):
    client.get("/tentang/")
    in_a_wizard = Client()
    in_a_wizard.cookies["sessionid"] = "abc"
    assert "X-Page-Cache" not in in_a_wizard.get("/tentang/")
    with_message = Client()
    with_message.cookies["messages"] = "abc"
    assert "X-Page-Cache" not in with_message.get("/tentang/")


def test_each_language_has_its_own_entry_and_accept_language_changes_nothing(client, site_tree):
    assert cache_state(client, "/") == "miss"
    assert cache_state(client, "/en/") == "miss"
    indonesian = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    english = client.get("/en/", HTTP_ACCEPT_LANGUAGE="id")
    assert indonesian["X-Page-Cache"] == english["X-Page-Cache"] == "hit"
    assert '<html lang="id">' in indonesian.content.decode()
    assert '<html lang="en">' in english.content.decode()


def test_query_strings_are_separate_entries(client, site_tree):
    assert cache_state(client, "/tentang/") == "miss"
    assert cache_state(client, "/tentang/?utm_source=wa") == "miss"
    assert cache_state(client, "/tentang/?utm_source=wa") == "hit"


def test_pages_behind_a_password_are_not_cached_and_a_new_restriction_purges(client, site_tree):
    assert cache_state(client, "/kontak/") == "miss"
    PageViewRestriction.objects.create(
        page=site_tree.untranslated, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )
    for _ in range(2):
        response = client.get("/kontak/")
        assert "X-Page-Cache" not in response
        assert 'name="password"' in response.content.decode()


def test_errors_and_forms_are_not_cached(client, site_tree):
    assert client.get("/tidak-ada/").status_code == 404
    assert "X-Page-Cache" not in client.get("/tidak-ada/")
    # The report wizard holds a CSRF token and a session: never stored.
    wizard = client.get("/aspirasi/", follow=True)
    assert "csrfmiddlewaretoken" in wizard.content.decode()
    assert "X-Page-Cache" not in wizard


def test_previews_are_not_cached(client, site_tree, admin_client):
    page = site_tree.page
    page.title = "Judul draf"
    page.save_revision()
    preview = admin_client.post(
        f"/admin/pages/{page.pk}/edit/preview/",
        {"title": "Judul draf", "slug": "tentang", "intro": page.intro, "body-count": "0"},
    )
    assert preview.status_code == 200
    assert "X-Page-Cache" not in admin_client.get(f"/admin/pages/{page.pk}/edit/preview/")
    assert "Judul draf" not in client.get("/tentang/").content.decode()


def test_a_change_to_site_settings_or_footer_purges_every_page(client, site_tree):
    urls = ["/", "/tentang/", "/en/about/", "/kontak/"]
    for url in urls:
        client.get(url)
    site_settings = SiteSettings.for_site(site_tree.site)
    site_settings.phone = "(0754) 99999"
    site_settings.save()
    assert [cache_state(client, url) for url in urls] == ["miss"] * 4
    assert "(0754) 99999" in client.get("/kontak/").content.decode()
    site_settings.footer.opening_hours = "Senin–Jumat 08.00–15.00 WIB"
    site_settings.footer.save()
    assert [cache_state(client, url) for url in urls] == ["miss"] * 4


def test_publishing_a_menu_page_purges_every_page(client, site_tree):
    client.get("/kontak/")
    menu_page = site_tree.page
    menu_page.show_in_menus = True
    menu_page.title = "Tentang Kota"
    menu_page.save_revision().publish()
    assert cache_state(client, "/kontak/") == "miss"
    assert "Tentang Kota" in client.get("/kontak/").content.decode()


def test_editing_an_announcement_category_purges_its_announcements_and_the_list(client, site_tree):
    category = AnnouncementCategoryFactory(name="Lelang")
    index = AnnouncementIndexPageFactory(parent=site_tree.home)
    AnnouncementPageFactory(parent=index, slug="lelang-aset", category=category)
    AnnouncementPageFactory(parent=index, slug="libur")
    urls = ["/pengumuman/", "/pengumuman/lelang-aset/", "/pengumuman/libur/", "/tentang/"]
    for url in urls:
        client.get(url)
    category.name = "Lelang Barang Milik Daerah"
    category.save()
    assert {url for url in urls if cache_state(client, url) != "hit"} == {
        "/pengumuman/",
        "/pengumuman/lelang-aset/",
    }
    assert "Lelang Barang Milik Daerah" in client.get("/pengumuman/lelang-aset/").content.decode()


def test_browsers_that_accept_gzip_get_the_page_compressed(client, site_tree):
    first = client.get("/tentang/")
    compressed = client.get("/tentang/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == first.content
    assert len(compressed.content) < len(first.content) / 3
    assert "Accept-Encoding" in compressed["Vary"]
    assert compressed["ETag"] != first["ETag"]
    again = client.get("/tentang/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=compressed["ETag"])
    assert again.status_code == 304


@pytest.fixture
def purge_server():
    """A stand-in for a CDN or Varnish on the loopback: records the PURGE requests it gets."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802
            received.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", received
    server.shutdown()


def test_publishing_purges_the_same_paths_in_the_cdn(
    site_tree, settings, purge_server, django_capture_on_commit_callbacks
):
    location, received = purge_server
    settings.WAGTAILFRONTENDCACHE = {
        "http": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}
    }
    page = site_tree.page
    page.show_in_menus = False  # a menu page would purge every page
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert sorted(received) == ["/", "/cari/", "/en/", "/en/about/", "/en/cari/", "/tentang/"]
