import datetime

from django.utils import timezone

import pytest
from defusedxml import ElementTree as ET

from home.demo import publish_translation
from home.factories import AnnouncementCategoryFactory, AnnouncementIndexPageFactory, AnnouncementPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(site_tree):
    index = AnnouncementIndexPageFactory(parent=site_tree.home)
    health = AnnouncementCategoryFactory(name="Kesehatan", slug="kesehatan")
    services = AnnouncementCategoryFactory(name="Layanan Publik", slug="layanan")
    pages = []
    for number in range(25):
        pages.append(
            AnnouncementPageFactory(
                parent=index,
                title=f"Pengumuman nomor {number:02d}",
                date=datetime.date(2025, 1, 1) + datetime.timedelta(days=20 * number),
                category=health if number % 2 else services,
            )
        )
    index_en = publish_translation(
        index, site_tree.locale_en, {"Pengumuman": "Announcements", "pengumuman": "news"}
    )
    publish_translation(
        pages[-1],
        site_tree.locale_en,
        {pages[-1].title: "Announcement 24", pages[-1].slug: "announcement-24"},
    )
    return {"index": index, "index_en": index_en, "pages": pages, "health": health}


def titles(response):
    content = response.content.decode()
    return [line.split(">")[-1] for line in content.split("</a></h2>")[:-1]]


def test_index_lists_newest_first_with_pagination(client, news):
    response = client.get("/pengumuman/")
    assert response.status_code == 200
    listed = titles(response)
    assert listed[0] == "Pengumuman nomor 24" and len(listed) == 10
    assert "25 pengumuman" in response.content.decode()
    assert titles(client.get("/pengumuman/", {"page": 3}))[-1] == "Pengumuman nomor 00"
    assert (
        titles(client.get("/pengumuman/", {"page": 99}))[-1] == "Pengumuman nomor 00"
    )  # past the end: last page


def test_dates_are_shown(client, news):
    content = client.get("/pengumuman/").content.decode()
    latest = news["pages"][-1].date
    assert f'<time datetime="{latest:%Y-%m-%d}">' in content


def test_filter_by_category_and_year(client, news):
    listed = titles(client.get("/pengumuman/", {"kategori": "kesehatan"}))
    assert listed and all(int(title[-2:]) % 2 == 1 for title in listed)
    listed = titles(client.get("/pengumuman/", {"tahun": "2025"}))
    assert listed and all(int(title[-2:]) <= 18 for title in listed)
    both = client.get("/pengumuman/", {"kategori": "kesehatan", "tahun": "2026"})
    assert all(int(t[-2:]) % 2 == 1 and int(t[-2:]) > 18 for t in titles(both))


def test_unknown_filters_are_ignored(client, news):
    response = client.get("/pengumuman/", {"kategori": "x", "tahun": "1999<script>"})
    assert response.status_code == 200
    assert len(titles(response)) == 10


def test_rss_feed_is_valid_with_the_20_latest_items(client, news):
    response = client.get("/pengumuman/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "id"
    items = channel.findall("item")
    assert len(items) == 20
    assert items[0].findtext("title") == "Pengumuman nomor 24"
    assert items[0].findtext("link") == f"http://localhost/pengumuman/{news['pages'][-1].slug}/"
    assert items[0].findtext("category") == "Layanan Publik"


def test_english_feed_has_english_items(client, news):
    response = client.get("/en/news/feed/")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "en"
    assert [item.findtext("title") for item in channel.findall("item")] == ["Announcement 24"]


def test_announcement_page(client, news):
    page = news["pages"][-1]
    content = client.get(page.url).content.decode()
    assert f"<h1>{page.title}</h1>" in content
    assert "Isi pengumuman." in content and "Ringkasan pengumuman" in content


def test_important_notice_banner_until_its_end_date(client, news):
    page = news["pages"][3]
    page.is_important = True
    page.important_until = timezone.now() + datetime.timedelta(days=2)
    page.save_revision().publish()
    content = client.get("/").content.decode()
    assert 'class="important-notice"' in content and page.title in content
    page.important_until = timezone.now() - datetime.timedelta(minutes=1)
    page.save_revision().publish()
    assert 'class="important-notice"' not in client.get("/").content.decode()


def test_announcement_index_query_budget(client, news, django_assert_max_num_queries):
    client.get("/pengumuman/")
    with django_assert_max_num_queries(10):
        assert client.get("/pengumuman/", {"kategori": "kesehatan", "page": "2"}).status_code == 200
