"""The site's public address comes from the SITE_URL setting, not from localhost or the request."""

import json
import re

from wagtail.models import Site

import pytest
from defusedxml import ElementTree as ET

from home.demo import DemoContext
from home.demo.loaders import load_site_address
from home.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory
from tests.services_catalog.conftest import build_catalogue

pytestmark = pytest.mark.django_db

ADDRESS = "https://portal.example.go.id"


@pytest.fixture
def public_address(settings):
    settings.SITE_URL = ADDRESS


def test_rss_links_use_the_configured_address(client, site_tree, public_address):
    index = AnnouncementIndexPageFactory(parent=site_tree.home)
    item = AnnouncementPageFactory(parent=index, title="Jadwal layanan keliling")
    channel = ET.fromstring(client.get(f"/{index.slug}/feed/").content).find("channel")
    assert channel.findtext("link") == f"{ADDRESS}/{index.slug}/"
    assert channel.find("item").findtext("link") == f"{ADDRESS}/{index.slug}/{item.slug}/"
    assert "localhost" not in client.get(f"/{index.slug}/feed/").content.decode()


def test_sitemap_and_robots_use_the_configured_address(client, site_tree, public_address):
    sitemap = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>(.*?)</loc>", sitemap)
    assert f"{ADDRESS}/tentang/" in locations
    assert f"{ADDRESS}/en/about/" in locations
    assert all(location.startswith(ADDRESS) for location in locations)
    assert f"Sitemap: {ADDRESS}/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_json_ld_canonical_and_print_checklist_use_the_configured_address(client, site_tree, public_address):
    build_catalogue(site_tree)
    content = client.get("/layanan/akta-kelahiran/").content.decode()
    json_ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S).group(1)
    data = json.loads(json_ld)
    assert data["url"] == f"{ADDRESS}/layanan/akta-kelahiran/"
    assert f'<link rel="canonical" href="{ADDRESS}/layanan/akta-kelahiran/">' in content
    printed = client.get("/layanan/akta-kelahiran/", {"cetak": "1"}).content.decode()
    assert f'<p class="print-sheet__footer">{ADDRESS}/layanan/akta-kelahiran/</p>' in printed
    assert "localhost" not in printed


def test_open_data_api_links_use_the_configured_address(client, site_tree, public_address):
    content = client.get("/data-terbuka/").content.decode()
    assert f'href="{ADDRESS}/data-terbuka/openapi.json"' in content
    assert "localhost" not in content and "testserver" not in content
    servers = client.get("/data-terbuka/openapi.json").json()["servers"]
    assert [server["url"] for server in servers] == [ADDRESS, f"{ADDRESS}/en"]


def test_load_demo_gives_the_wagtail_site_the_configured_address(settings):
    settings.SITE_URL = ADDRESS
    assert load_site_address(DemoContext(show_passwords=False)) == [f"site address {ADDRESS}"]
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("portal.example.go.id", 443, ADDRESS)
    assert load_site_address(DemoContext(show_passwords=False)) == []
    settings.SITE_URL = "http://127.0.0.1:8000"
    load_site_address(DemoContext(show_passwords=False))
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8000"
