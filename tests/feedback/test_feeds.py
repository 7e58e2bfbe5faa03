"""What a feed reader shows of text people typed: the characters, never markup or a script.

RSS readers decode the XML and then render an item's title and description as HTML, so the tests do
the same: parse the XML, then read the HTML as a reader's renderer would (its text and its elements).
"""

import datetime
import uuid
from html.parser import HTMLParser

import pytest
from defusedxml import ElementTree as ET

from feedback.models import Submission
from home.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><b>Tebal</b> & <img src=x onerror=alert(1)>'


class RenderedHtml(HTMLParser):
    """What a reader's HTML renderer makes of a title or description: its elements and visible text."""

    def __init__(self, html):
        super().__init__()
        self.tags, self.parts = [], []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.parts.append({"br": "\n", "p": "\n\n"}.get(tag, ""))

    def handle_data(self, data):
        if data.strip():  # the newlines between paragraphs are layout, not text
            self.parts.append(data)

    @property
    def text(self):
        return "".join(self.parts).strip()


def only_item(response):
    assert response.status_code == 200
    items = ET.fromstring(response.content).find("channel").findall("item")
    assert len(items) == 1
    return items[0]


def test_answers_feed_shows_the_subject_and_the_answer_as_typed(client, catalogue):
    Submission.objects.create(
        kind="pengaduan",
        status="selesai",
        allow_publication=True,
        agency=catalogue.disdukcapil,
        subject=f"Antrean {HOSTILE}",
        description="-",
        public_answer=f"Petugas ditambah.\nMulai Senin {HOSTILE}\n\nTerima kasih.",
        tracking_code=f"SWL-2611-{uuid.uuid4().hex[:6].upper()}",
        submission_key=uuid.uuid4().hex,
        secret_hash="x",
    )
    item = only_item(client.get("/kami-menjawab/feed/"))

    title = RenderedHtml(item.findtext("title"))
    assert title.tags == []
    assert title.text == f"Antrean {HOSTILE}"

    answer = RenderedHtml(item.findtext("description"))
    # The officer's line breaks are kept; nothing they typed became an element.
    assert set(answer.tags) <= {"p", "br"} and answer.tags.count("p") == 2
    assert answer.text == f"Petugas ditambah.\nMulai Senin {HOSTILE}\n\nTerima kasih."


def test_announcement_feed_shows_title_and_summary_as_typed(client, site_tree):
    index = AnnouncementIndexPageFactory(parent=site_tree.home)
    AnnouncementPageFactory(
        parent=index,
        title=f"Jadwal {HOSTILE}",
        summary=f"Kantor tutup.\n{HOSTILE}",
        date=datetime.date(2026, 1, 5),
    )
    item = only_item(client.get(index.url + "feed/"))

    title = RenderedHtml(item.findtext("title"))
    assert title.tags == [] and title.text == f"Jadwal {HOSTILE}"
    summary = RenderedHtml(item.findtext("description"))
    assert set(summary.tags) <= {"p", "br"}
    assert summary.text == f"Kantor tutup.\n{HOSTILE}"
