import gzip
import re

from django.conf import settings
from django.contrib.staticfiles import finders

import pytest

pytestmark = pytest.mark.django_db


def html_lang(response):
    match = re.search(r'<html lang="([a-z-]+)"', response.content.decode())
    return match.group(1) if match else None


def test_home_page_in_indonesian(client, site_tree):
    response = client.get("/")
    assert response.status_code == 200
    assert html_lang(response) == "id"
    content = response.content.decode()
    assert "<h1" in content and site_tree.home.title in content
    assert "Lewati ke konten utama" in content  # translated skip link
    assert 'href="/en/"' in content  # language switch to the English home


def test_home_page_in_english(client, site_tree):
    response = client.get("/en/")
    assert response.status_code == 200
    assert html_lang(response) == "en"
    content = response.content.decode()
    assert "Sawahlunto City Public Service Portal" in content
    assert "Skip to main content" in content
    assert 'href="/"' in content


def test_standard_page_in_both_languages(client, site_tree):
    indonesian = client.get("/tentang/")
    english = client.get("/en/about/")
    assert indonesian.status_code == english.status_code == 200
    assert html_lang(indonesian) == "id" and html_lang(english) == "en"
    assert "Isi halaman dalam bahasa Indonesia." in indonesian.content.decode()
    assert "Page content in English." in english.content.decode()
    # Breadcrumbs lead back home and mark the current page.
    assert 'aria-label="Remah roti"' in indonesian.content.decode()
    assert 'aria-current="page">Tentang Kota Sawahlunto<' in indonesian.content.decode()


def test_language_switch_links_to_the_translation(client, site_tree):
    content = client.get("/tentang/").content.decode()
    assert 'href="/en/about/" hreflang="en"' in content
    content = client.get("/en/about/").content.decode()
    assert 'href="/tentang/" hreflang="id"' in content


def test_language_switch_falls_back_to_the_other_home_page(client, site_tree):
    content = client.get("/kontak/").content.decode()
    assert 'href="/en/" hreflang="en"' in content


def test_main_navigation_lists_menu_pages_of_the_active_language(client, site_tree):
    content = client.get("/en/").content.decode()
    nav = content[content.index('id="main-nav"') : content.index("</nav>", content.index('id="main-nav"'))]
    assert "About Sawahlunto" in nav
    assert "Kontak" not in nav  # not translated, so not in the English menu


def test_footer_shows_contact_details_and_translated_hours(client, site_tree):
    indonesian = client.get("/").content.decode()
    english = client.get("/en/").content.decode()
    assert "(0754) 61020" in indonesian and 'href="tel:075461020"' in indonesian
    assert "Senin–Jumat 07.30–16.00 WIB" in indonesian
    assert "Monday–Friday 07:30–16:00 WIB" in english


@pytest.mark.parametrize(
    ("url", "lang", "text"),
    [
        ("/tidak-ada/", "id", "Halaman tidak ditemukan"),
        ("/en/does-not-exist/", "en", "Page not found"),
    ],
)
def test_unknown_url_gives_styled_404_in_the_right_language(client, site_tree, url, lang, text):
    response = client.get(url)
    assert response.status_code == 404
    assert html_lang(response) == lang
    content = response.content.decode()
    assert text in content
    assert 'class="site-header"' in content  # the styled page, with navigation


def test_post_without_csrf_token_gives_styled_403(site_tree):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post("/cari/", {"q": "ktp"})
    assert response.status_code == 403
    assert "Formulir sudah kedaluwarsa" in response.content.decode()


def test_home_page_query_budget(client, site_tree, django_assert_max_num_queries):
    client.get("/")  # warm Wagtail's site-root cache, as any running server has
    with django_assert_max_num_queries(10):
        response = client.get("/")
    assert response.status_code == 200


def test_home_page_weight_budget(client, site_tree):
    """HTML + CSS + JS of the home page stay under 60 KB uncompressed."""
    content = client.get("/").content.decode()
    assets = re.findall(r'(?:href|src)="/static/([^"]+\.(?:css|js))"', content)
    assert assets, "the page links its stylesheet and script"
    total = len(content.encode()) + sum(len(open(finders.find(a), "rb").read()) for a in assets)  # noqa: SIM115
    assert total < 60 * 1024


def test_css_stays_small():
    """What a phone downloads is the compressed file (WhiteNoise serves it gzipped): 5 KB today."""
    css = b"".join(f.read_bytes() for f in (settings.BASE_DIR / "static" / "css").glob("*.css"))
    assert len(css) < 24 * 1024
    assert len(gzip.compress(css)) < 6 * 1024


def test_security_headers(client, site_tree):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_pages_have_no_inline_script_or_style(client, site_tree):
    for url in ("/", "/en/", "/tentang/", "/tidak-ada/"):
        content = client.get(url).content.decode()
        # Only external scripts, and JSON-LD data blocks (which browsers never execute).
        assert not re.search(r'<script(?![^>]*\b(?:src=|type="application/ld\+json"))[^>]*>', content), url
        assert "<style" not in content and " style=" not in content, url


def test_sitemap_lists_both_languages(client, site_tree):
    content = client.get("/sitemap.xml").content.decode()
    assert "http://localhost/tentang/" in content
    assert "http://localhost/en/about/" in content


def test_robots_txt_points_to_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://localhost/sitemap.xml" in response.content.decode()
