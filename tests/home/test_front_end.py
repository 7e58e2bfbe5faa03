"""What every page shares: icon, footer links, descriptions, landmarks, the home page's first screen."""

import re

from django.contrib.staticfiles import finders
from django.core.cache import cache

import pytest

from home.demo import publish_translation
from home.factories import StandardPageFactory
from home.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_favicon_ico_leads_to_the_svg_icon(client, site_tree):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/img/favicon.svg"
    assert finders.find("img/favicon.svg")
    assert (
        '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">'
        in client.get("/").content.decode()
    )


def test_footer_links_the_privacy_notice_and_accessibility_statement_in_both_languages(client, site_tree):
    home = site_tree.home
    privacy = StandardPageFactory(parent=home, title="Kebijakan Privasi", slug="kebijakan-privasi")
    statement = StandardPageFactory(
        parent=home, title="Pernyataan Aksesibilitas", slug="pernyataan-aksesibilitas"
    )
    publish_translation(
        privacy, site_tree.locale_en, {privacy.title: "Privacy policy", privacy.slug: "privacy-policy"}
    )
    site_settings = SiteSettings.for_site(site_tree.site)
    site_settings.privacy_page = privacy
    site_settings.accessibility_page = statement
    site_settings.save()
    cache.clear()

    footer = footer_html(client.get("/tentang/"))
    assert '<a href="/kebijakan-privasi/">Kebijakan Privasi</a>' in footer
    assert '<a href="/pernyataan-aksesibilitas/">Pernyataan Aksesibilitas</a>' in footer
    english = footer_html(client.get("/en/about/"))
    assert '<a href="/en/privacy-policy/">Privacy policy</a>' in english
    # Not translated yet: the Indonesian statement rather than no link.
    assert '<a href="/pernyataan-aksesibilitas/">Pernyataan Aksesibilitas</a>' in english
    assert client.get("/en/privacy-policy/").status_code == 200


def footer_html(response):
    return re.search(r"<footer.*</footer>", response.content.decode(), re.S).group(0)


def test_every_page_has_a_meta_description(client, site_tree):
    home = client.get("/").content.decode()
    assert f'<meta name="description" content="{site_tree.home.intro}">' in home
    search = client.get("/cari/").content.decode()
    assert '<meta name="description" content="Layanan publik Kota Sawahlunto: persyaratan' in search


def test_home_page_has_one_search_box_and_direct_task_buttons(client, site_tree):
    content = client.get("/").content.decode()
    assert content.count('role="search"') == 1
    tasks = re.search(r'<nav class="tasks" aria-label="Keperluan utama">(.*?)</nav>', content, re.S).group(1)
    assert '<a class="button" href="/aspirasi/">Sampaikan aspirasi/pengaduan</a>' in tasks
    assert "Lacak pengajuan" in tasks and "Isi survei" in tasks
    # Other pages keep the search box in the header.
    assert client.get("/tentang/").content.decode().count('role="search"') == 1


def test_the_menu_toggle_is_in_the_html_and_js_is_marked_before_the_page_is_drawn(client, site_tree):
    content = client.get("/tentang/").content.decode()
    head = content.split("</head>")[0]
    assert '<script src="/static/js/has-js.js"></script>' in head  # not deferred: before the first paint
    assert '<button class="main-nav__toggle" type="button" aria-expanded="false"' in content
