"""/cari/ through HTTP: grouping and order, filters, excerpts, languages, moderation, best bets, logging.

The data is a small catalogue (tests.services_catalog.conftest), an announcement and forum topics in
three moderation states; Wagtail's database backend indexes each of them when it is saved.
"""

import datetime
import re
from dataclasses import dataclass
from html import unescape

from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

import pytest

from forums.models import State
from home import page_cache
from home.factories import AnnouncementIndexPageFactory, AnnouncementPageFactory
from search.models import SynonymGroup, ZeroResultQuery
from search.query import MAX_QUERY_LENGTH
from search.views import KINDS, RESULTS_PER_PAGE
from tests.forums.conftest import build_forum, make_user, t
from tests.forums.conftest import make_topic as make_forum_topic
from tests.services_catalog.conftest import build_catalogue

URL = "/cari/"
URL_EN = "/en/cari/"


@dataclass
class Content:
    catalogue: object
    announcements: object
    announcement: object
    published: object
    pending: object
    hidden: object


@pytest.fixture
def content(site_tree) -> Content:
    catalogue = build_catalogue(site_tree)
    announcements = AnnouncementIndexPageFactory(parent=site_tree.home)
    announcement = AnnouncementPageFactory(
        parent=announcements,
        title="Pelayanan akta kelahiran keliling",
        slug="akta-keliling",
        date=datetime.date(2026, 10, 5),
        summary="Petugas <b>Disdukcapil</b> melayani akta kelahiran di kantor camat Talawi.",
    )
    forum = build_forum(site_tree)
    rina = make_user("Rina")
    published = make_forum_topic(
        forum.general, rina, "Antrean akta kelahiran di MPP", body="Berapa lama antrean akta kelahiran?"
    )
    pending = make_forum_topic(
        forum.general,
        rina,
        "Akta kelahiran titipan menunggu",
        body="Menunggu moderator.",
        state=State.PENDING,
    )
    hidden = make_forum_topic(
        forum.general, rina, "Akta kelahiran dijual murah", body="Iklan disembunyikan.", state=State.HIDDEN
    )
    return Content(catalogue, announcements, announcement, published, pending, hidden)


def text_of(response) -> str:
    """The page's main content as text: tags stripped, entities decoded, spaces collapsed."""
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", main)).split())


def section(response, key) -> str:
    """The HTML of one result group (<section aria-labelledby="kind-…">)."""
    html = response.content.decode()
    start = html.index(f'aria-labelledby="kind-{key}"')
    return html[start : html.index("</section>", start)]


def test_services_come_before_announcements_and_forum_topics_when_all_match(client, content):
    response = client.get(URL, {"q": "akta kelahiran"})

    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(f'id="kind-{key}"') for key in ("layanan", "pengumuman", "forum")]
    assert positions == sorted(positions)
    assert "Akta Kelahiran" in section(response, "layanan")
    assert "Pelayanan akta kelahiran keliling" in section(response, "pengumuman")


def test_counts_per_kind_and_in_total(client, content):
    response = client.get(URL, {"q": "akta kelahiran"})

    counts = {kind.key: count for kind, count in response.context["counts"]}
    # Services: the birth certificate page only (its English translation is in the other tree).
    assert counts == {"layanan": 1, "pengumuman": 1, "konsultasi": 0, "halaman": 0, "forum": 1}
    assert response.context["total"] == 3
    text = text_of(response)
    assert "3 hasil untuk “akta kelahiran”" in text
    assert f"{t('Services')} (1)" in text
    assert f"{t('Forum topics')} (1)" in text


def test_jenis_shows_one_kind_only(client, content):
    response = client.get(URL, {"q": "akta kelahiran", "jenis": "pengumuman"})

    assert response.status_code == 200
    titles = [result.title for result in response.context["page_obj"].object_list]
    assert titles == ["Pelayanan akta kelahiran keliling"]
    assert response.context["groups"] == []
    assert f'aria-current="page">{t("Announcements")} (1)' in response.content.decode()


def test_an_unknown_jenis_shows_every_kind(client, content):
    response = client.get(URL, {"q": "akta kelahiran", "jenis": "<script>"})

    assert response.status_code == 200
    assert [kind.key for kind, _count, _results in response.context["groups"]] == [
        "layanan",
        "pengumuman",
        "forum",
    ]


def test_jenis_paginates(client, content):
    for number in range(RESULTS_PER_PAGE + 2):
        AnnouncementPageFactory(
            parent=content.announcements, title=f"Jadwal posyandu {number}", summary="Jadwal posyandu."
        )

    first = client.get(URL, {"q": "posyandu", "jenis": "pengumuman"})
    second = client.get(URL, {"q": "posyandu", "jenis": "pengumuman", "page": 2})
    beyond = client.get(URL, {"q": "posyandu", "jenis": "pengumuman", "page": 99})

    assert len(first.context["page_obj"].object_list) == RESULTS_PER_PAGE
    assert len(second.context["page_obj"].object_list) == 2
    assert beyond.status_code == 200
    assert beyond.context["page_obj"].number == 2
    shown = {r.title for r in first.context["page_obj"].object_list + second.context["page_obj"].object_list}
    assert len(shown) == RESULTS_PER_PAGE + 2
    # In the grouped view the announcements are cut short, with a link to all of them.
    grouped = client.get(URL, {"q": "posyandu"})
    assert "jenis=pengumuman" in section(grouped, "pengumuman")


def test_excerpt_marks_the_matched_words_and_escapes_the_content(client, content):
    response = client.get(URL, {"q": "kelahiran"})

    html = section(response, "pengumuman")
    assert "&lt;b&gt;Disdukcapil&lt;/b&gt;" in html
    assert "<b>" not in html
    assert "<mark>kelahiran</mark>" in html
    assert "<mark>" in section(response, "layanan")


def test_highlighting_never_breaks_the_escaped_text(client, content):
    response = client.get(URL, {"q": "akta lt"})

    assert "&lt;b&gt;Disdukcapil&lt;/b&gt;" in section(response, "pengumuman")


def test_indonesian_and_english_content_stay_in_their_own_language(client, content):
    indonesian = client.get(URL, {"q": "akta"})
    english = client.get(URL_EN, {"q": "birth"})
    english_for_indonesian_word = client.get(URL_EN, {"q": "kelahiran"})
    indonesian_for_english_word = client.get(URL, {"q": "birth"})

    assert "Akta Kelahiran" in section(indonesian, "layanan")
    assert "Birth Certificate" not in indonesian.content.decode()
    assert "Birth Certificate" in section(english, "layanan")
    assert "/en/" in section(english, "layanan")
    assert "Akta Kelahiran" not in english_for_indonesian_word.content.decode()
    assert indonesian_for_english_word.context["total"] == 0


def test_only_published_forum_topics_are_found(client, content):
    response = client.get(URL, {"q": "akta kelahiran", "jenis": "forum"})

    titles = [result.title for result in response.context["page_obj"].object_list]
    assert titles == ["Antrean akta kelahiran di MPP"]
    html = response.content.decode()
    assert "titipan" not in html
    assert "dijual murah" not in html


def test_a_topic_hidden_after_publication_disappears(client, content):
    content.published.state = State.HIDDEN
    content.published.save()

    response = client.get(URL, {"q": "antrean"})

    assert response.context["total"] == 0


def promote(page, query="akta kelahiran"):
    return SearchPromotion.objects.create(
        query=Query.get(query), page=page, description="Syarat dan cara mengurus akta kelahiran."
    )


def best_bets(response) -> str:
    html = response.content.decode()
    start = html.index('id="best-bets"')
    return html[start : html.index("</section>", start)]


def test_best_bets_come_above_the_results(client, content):
    promote(content.catalogue.birth_certificate)

    response = client.get(URL, {"q": "  Akta   KELAHIRAN "})  # the same query once cleaned

    html = response.content.decode()
    assert html.index('id="best-bets"') < html.index('id="kind-layanan"')
    assert "Akta Kelahiran" in best_bets(response)
    assert "Syarat dan cara mengurus akta kelahiran." in best_bets(response)
    assert 'id="best-bets"' not in client.get(URL, {"q": "akta"}).content.decode()


def test_a_best_bet_links_to_its_page(client, content):
    promote(content.catalogue.birth_certificate)

    response = client.get(URL, {"q": "akta kelahiran"})

    assert f'href="{content.catalogue.birth_certificate.url}"' in best_bets(response)


def test_a_query_without_results_is_logged_once_a_day_with_its_hits(client, content):
    assert client.get(URL, {"q": "Bikin   SKCK!"}).context["total"] == 0
    for _attempt in range(2):  # served from the page cache, and still counted
        assert client.get(URL, {"q": "Bikin   SKCK!"})["X-Page-Cache"] == "hit"
    client.get(URL_EN, {"q": "bikin skck"})
    client.get(URL, {"q": "akta"})  # found: not logged

    rows = ZeroResultQuery.objects.order_by("language")
    assert [(row.query, row.language, row.day, row.hits) for row in rows] == [
        ("bikin skck", "en", timezone.localdate(), 1),
        ("bikin skck", "id", timezone.localdate(), 3),
    ]


def test_a_query_with_a_nik_phone_or_email_is_never_stored(client, content):
    for query in ["1373014101900001", "nik 1373 0141 0190 0001", "0812-3456-7890", "budi@example.org"]:
        client.get(URL, {"q": query})

    assert not Query.objects.exists() and not ZeroResultQuery.objects.exists()


def test_every_query_is_counted_for_the_popular_queries_report(client, content):
    client.get(URL, {"q": "akta"})
    client.get(URL, {"q": "AKTA"})
    client.get(URL, {"q": "tidak ada apa-apa"})
    client.get(URL, {"q": ""})  # nothing asked: not counted

    hits = {row.query.query_string: row.hits for row in QueryDailyHits.objects.select_related("query")}
    assert hits == {"akta": 2, "tidak ada apa-apa": 1}


def test_an_empty_query_shows_popular_services(client, content):
    response = client.get(URL)

    assert response.status_code == 200
    text = text_of(response)
    assert "Akta Kelahiran" in text
    assert "Surat Izin Praktik Tenaga Kesehatan" in text
    assert "counts" not in response.context


def test_a_query_without_results_suggests_popular_services(client, content):
    response = client.get(URL, {"q": "zzzqqq"})

    text = text_of(response)
    assert "Akta Kelahiran" in text  # a popular service
    assert response.context["total"] == 0


# A NUL byte never reaches the search: tests/security/test_hostile_input.py (400).
HOSTILE_QUERIES = [
    "",
    "   ",
    "a" * 5000,
    "akta " * 1000,
    "' OR 1=1 --",
    '"',
    '"akta',
    "*",
    "&",
    "|",
    "!",
    ":",
    "akta:kelahiran",
    "(akta",
    "-akta",
    "akta AND OR NOT",
    "NEAR(akta kelahiran)",
    "\\",
    "%_",
    "🎉🪪",
    "akta 🎉 kelahiran",
    "КТП akta 身份证 بطاقة",
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_give_a_page_with_the_query_escaped(client, content, query):
    for url in (URL, URL_EN):
        for jenis in ("", "forum"):
            response = client.get(url, {"q": query, "jenis": jenis})
            assert response.status_code == 200
    html = client.get(URL, {"q": query}).content.decode()
    assert "<script>alert" not in html
    shown = query[:MAX_QUERY_LENGTH].strip()
    if "<" in shown:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_query_is_shown_as_text(client, content):
    response = client.get(URL, {"q": "<script>alert('akta')</script>"})

    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;akta&#x27;)&lt;/script&gt;" in html


# The budget: at most 10 queries besides the search itself. The search queries read the
# index (wagtailsearch_indexentry and SQLite's full-text table): up to three per kind (search.query's
# strict and loose queries and a count). The others, measured warm: the locale, the best bets, the
# popular-query counter (3), the site and its root paths (2), and the forum's opening posts.
SEARCH_QUERIES = 3 * len(KINDS)
OTHER_QUERIES = 10


def queries_for(client, django_assert_max_num_queries, params) -> int:
    page_cache.purge([URL])  # factories publish without Wagtail's signals: render the page again
    client.get(URL, params)  # fills the caches emptied by the content just saved (home.cache)
    page_cache.purge([URL])
    with django_assert_max_num_queries(SEARCH_QUERIES + OTHER_QUERIES) as captured:
        response = client.get(URL, params)
    assert response.context["total"]
    others = [query for query in captured.captured_queries if "indexentry" not in query["sql"].lower()]
    assert len(others) <= OTHER_QUERIES, [query["sql"][:120] for query in others]
    return len(captured.captured_queries)


@pytest.mark.parametrize("jenis", ["", "pengumuman"])
def test_the_number_of_queries_does_not_grow_with_the_results(
    client, content, django_assert_max_num_queries, jenis
):
    params = {"q": "lelang", "jenis": jenis}
    AnnouncementPageFactory(parent=content.announcements, title="Pengumuman lelang")
    one = queries_for(client, django_assert_max_num_queries, params)
    for number in range(RESULTS_PER_PAGE + 5):
        AnnouncementPageFactory(parent=content.announcements, title=f"Pengumuman lelang {number}")
    many = queries_for(client, django_assert_max_num_queries, params)

    assert many == one


def test_the_number_of_queries_does_not_grow_with_forum_results(
    client, content, django_assert_max_num_queries
):
    params = {"q": "antrean", "jenis": "forum"}
    one = queries_for(client, django_assert_max_num_queries, params)
    for number in range(RESULTS_PER_PAGE):
        make_forum_topic(content.published.category, content.published.author, f"Antrean panjang {number}")
    many = queries_for(client, django_assert_max_num_queries, params)

    assert many == one


def test_cached_results_are_purged_when_a_topic_is_hidden_or_a_synonym_added(client, content):
    assert client.get(URL, {"q": "antrean"})["X-Page-Cache"] == "miss"
    assert client.get(URL, {"q": "antrean"})["X-Page-Cache"] == "hit"
    content.published.state = State.HIDDEN
    content.published.save()
    assert client.get(URL, {"q": "antrean"})["X-Page-Cache"] == "miss"
    SynonymGroup.objects.create(terms="antrean, antri", locale=content.catalogue.birth_certificate.locale)
    assert client.get(URL, {"q": "antrean"})["X-Page-Cache"] == "miss"
