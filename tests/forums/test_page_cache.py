"""New posts, votes and moderation purge exactly the cached forum pages that show them (forums.signals)."""

import pytest

from forums import moderation, threads
from forums.models import ConsultationComment
from forums.threads import topic_url

from .conftest import make_topic, make_user
from .test_consultations import build_consultations
from .test_moderation import make_moderator

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(forum, topic, resident):
    other = make_topic(forum.elsewhere, resident, "Taman kota butuh lampu")
    return {
        "index": "/forum/",
        "general": "/forum/umum/",
        "elsewhere": "/forum/lain-lain/",
        "topic": topic_url(topic),
        "other": topic_url(other),
        "english": "/en/forum/",
    }


def warm(client, urls):
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert all(client.get(url)["X-Page-Cache"] == "hit" for url in urls)


def purged(client, pages) -> set[str]:
    return {name for name, url in pages.items() if client.get(url).get("X-Page-Cache") != "hit"}


def test_a_reply_purges_its_topic_its_category_and_the_forum_front_page(client, topic, neighbour, pages):
    warm(client, pages.values())
    threads.add_reply(topic, neighbour, "Sudah saya laporkan lewat aplikasi juga.")
    assert purged(client, pages) == {"index", "general", "topic", "english"}
    assert "Sudah saya laporkan" in client.get(pages["topic"]).content.decode()


def test_support_and_reports_purge_the_topic(client, topic, neighbour, pages):
    warm(client, pages.values())
    threads.set_support(topic, neighbour, True)
    assert "topic" in purged(client, pages)
    warm(client, pages.values())
    threads.add_flag(topic.posts.last(), make_user("Pelapor"), "spam")
    assert purged(client, pages) == {"index", "general", "topic", "english"}


def test_moderation_purges_the_topic(client, topic, pages):
    warm(client, pages.values())
    reply = topic.posts.last()
    moderation.hide(reply, make_moderator(), "Menyebut nama pribadi.")
    assert purged(client, pages) == {"index", "general", "topic", "english"}
    assert "Betul, di depan pasar juga." not in client.get(pages["topic"]).content.decode()


def test_moving_a_topic_purges_both_categories(client, forum, topic, pages):
    warm(client, pages.values())
    moderation.move(topic, forum.elsewhere, make_moderator(), "Salah kategori.")
    assert purged(client, pages) == {"index", "general", "elsewhere", "topic", "english"}


def test_a_consultation_comment_purges_the_consultation_and_its_listings(client, site_tree, resident):
    consultations = build_consultations(site_tree.home)
    page = consultations.open
    urls = [page.url, "/konsultasi/", consultations.closed.url, "/tentang/"]
    warm(client, urls)
    ConsultationComment.objects.create(page=page, author=resident, body="Setuju dengan bank sampah.")
    assert {url for url in urls if client.get(url)["X-Page-Cache"] != "hit"} == {page.url, "/konsultasi/"}
