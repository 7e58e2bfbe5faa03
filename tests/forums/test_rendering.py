"""What residents type reaches the page only as safe HTML: checked on the rendered topic page."""

from html.parser import HTMLParser

from django.utils import translation

import pytest

from forums.models import Post
from forums.threads import topic_url

from .conftest import make_topic

pytestmark = pytest.mark.django_db


def posted(client, topic, author, body):
    """Post `body` as `author` through the reply form; return the post's <article> on the topic page."""
    client.force_login(author)
    response = client.post(f"/forum/topik/{topic.pk}/balas/", {"body": body})
    assert response.status_code == 302
    post = Post.objects.filter(topic=topic).latest("pk")
    with translation.override("id"):
        html = client.get(topic_url(topic)).content.decode()
    start = html.index(f'id="pos-{post.pk}"')
    return html[start : html.index("</article>", start)]


class Tags(HTMLParser):
    """The elements of an HTML fragment as (tag, {attribute: value}), as a browser would see them."""

    def __init__(self, html):
        super().__init__()
        self.found = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def body_of(article):
    start = article.index('<div class="post__body">')
    return article[start : article.index('<div class="post__actions">', start)]


def test_script_is_shown_as_text(client, topic, neighbour):
    body = body_of(posted(client, topic, neighbour, "Coba <script>alert('xss')</script> ini"))
    assert [tag for tag, _attrs in Tags(body).found] == ["div", "p"]
    assert "&lt;script&gt;alert(" in body


def test_image_with_onerror_is_shown_as_text(client, topic, neighbour):
    article = body_of(
        posted(client, topic, neighbour, '<img src="x" onerror="alert(1)"> dan <b onclick="x()">tebal</b>')
    )
    assert [tag for tag, _attrs in Tags(article).found] == ["div", "p"]
    assert "&lt;img" in article


@pytest.mark.parametrize(
    "body",
    [
        "javascript:alert(document.cookie)",
        "[klik](javascript:alert(1))",
        '<a href="javascript:alert(1)">klik</a>',
        "JaVaScRiPt:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    ],
)
def test_javascript_and_data_links_never_become_links(client, topic, neighbour, body):
    tags = Tags(body_of(posted(client, topic, neighbour, body))).found
    assert all(tag in {"div", "p"} for tag, _attrs in tags), tags  # shown as text, not as a link


def test_every_attribute_that_gets_through_is_safe(client, topic, neighbour):
    body = (
        'http://contoh.example/"onmouseover="alert(1) <svg onload=alert(1)> <a href=x>y</a> '
        "<iframe src=//evil.example></iframe> www.contoh.example/?q=<b>\n> kutipan"
    )
    for tag, attrs in Tags(body_of(posted(client, topic, neighbour, body))).found:
        assert tag in {"div", "p", "a", "br", "blockquote", "strong", "em", "ul", "ol", "li"}, tag
        assert not any(name.startswith("on") for name in attrs), attrs
        if tag == "a":
            assert attrs["href"].startswith(("http://", "https://")), attrs


def test_safe_formatting_and_links(client, topic, neighbour):
    article = body_of(
        posted(client, topic, neighbour, "**Penting**: lihat https://sawahluntokota.go.id\n\n- satu\n- dua")
    )
    assert "<strong>Penting</strong>" in article
    assert '<a href="https://sawahluntokota.go.id" rel="ugc noopener noreferrer">' in article
    assert "<ul><li>satu</li><li>dua</li></ul>" in article


def test_links_of_new_accounts_get_nofollow(client, forum, topic, newcomer):
    article = body_of(posted(client, topic, newcomer, "Kunjungi https://contoh.example"))
    assert 'rel="nofollow ugc noopener noreferrer"' in article  # the newcomer sees their pending post


def test_quoted_text_is_sanitised_too(client, forum, resident, neighbour):
    topic = make_topic(forum.general, resident, body="<script>alert(1)</script> dikutip")
    quoted = topic.posts.get()
    client.force_login(neighbour)
    response = client.post(f"/forum/topik/{topic.pk}/balas/", {"body": "Menjawab.", "quote": str(quoted.pk)})
    assert response.status_code == 302
    with translation.override("id"):
        html = client.get(topic_url(topic)).content.decode()
    quote = html[html.index("<blockquote") : html.index("</blockquote>")]
    assert "<script" not in quote and "&lt;script&gt;" in quote


def test_a_100_kb_post_is_refused(client, topic, neighbour):
    client.force_login(neighbour)
    body = "x" * 100_000
    response = client.post(f"/en/forum/topik/{topic.pk}/balas/", {"body": body})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Write at most 10000 characters (you wrote 100000)." in html
    assert 'id="id_body-error"' in html
    assert body in html  # kept for shortening
    assert not Post.objects.filter(body=body).exists()
