"""SQL queries per forum page: bounded, and the same for 5 or 50 posts, topics or votes."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from forums.models import SupportVote, Topic
from forums.threads import topic_url
from services_catalog.factories import AgencyFactory

from .conftest import make_topic, make_user

pytestmark = pytest.mark.django_db

TOPIC_PAGE_BUDGET = 12
TOPIC_LIST_BUDGET = 10


def queries(client, url):
    client.get(url)  # warm the caches (menu, footer, site)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def busy_topic(forum, author, others, posts, votes):
    topic = make_topic(
        forum.general,
        author,
        replies=[(others[n % len(others)], f"Balasan {n}.") for n in range(posts - 1)],
        minutes_ago=posts + 10,
    )
    # Every other reply quotes the one before it; the last is posted as an agency.
    previous = None
    for post in topic.posts.all():
        if previous and post.pk % 2:
            post.quote = previous
            post.save(update_fields=["quote"])
        previous = post
    previous.as_agency = AgencyFactory(name=f"Dinas {topic.pk}")
    previous.save(update_fields=["as_agency"])
    for number in range(votes):
        SupportVote.objects.create(topic=topic, user=make_user(f"Pendukung {topic.pk} {number}"))
    return topic


def path_of(topic):
    with translation.override("id"):
        return topic_url(topic)


@pytest.fixture(params=["anonymous", "resident", "officer"])
def reader(request, client, forum):
    if request.param != "anonymous":
        client.force_login(request.getfixturevalue(request.param))
    return client


def test_topic_page_budget_does_not_grow_with_posts_or_votes(reader, forum, resident, neighbour, officer):
    small = busy_topic(forum, resident, [neighbour, officer], posts=5, votes=1)
    large = busy_topic(forum, resident, [neighbour, officer], posts=50, votes=12)
    large.official_answer = large.posts.last()
    large.save()
    small_last_page = queries(reader, path_of(small))
    large_first_page = queries(reader, path_of(large))
    large_last_page = queries(reader, path_of(large) + "?page=3")
    assert large_first_page <= TOPIC_PAGE_BUDGET, large_first_page
    # Both last pages hold an agency post (one query for agency names) and, for a writer, the reply form.
    assert small_last_page == large_last_page <= TOPIC_PAGE_BUDGET, (small_last_page, large_last_page)


def test_topic_list_budget_does_not_grow_with_topics(reader, forum, resident, neighbour):
    make_topic(forum.general, resident, "Satu")
    few = queries(reader, "/forum/umum/")
    for number in range(45):
        make_topic(forum.general, neighbour if number % 2 else resident, f"Topik {number}")
    many = queries(reader, "/forum/umum/")
    assert many <= TOPIC_LIST_BUDGET and many == few, (few, many)
    assert queries(reader, "/forum/umum/?urut=dukungan&page=2") <= TOPIC_LIST_BUDGET


def test_category_list_budget(reader, forum, resident):
    few = queries(reader, "/forum/")
    for number in range(10):
        make_topic(forum.elsewhere, resident, f"Topik {number}")
    assert queries(reader, "/forum/") == few <= TOPIC_LIST_BUDGET


def test_reply_form_budget(client, forum, resident, neighbour):
    topic = make_topic(forum.general, resident, replies=[(neighbour, "Setuju.")])
    client.force_login(neighbour)
    assert (
        queries(client, f"/forum/topik/{topic.pk}/balas/?kutip={topic.posts.last().pk}") <= TOPIC_LIST_BUDGET
    )


def test_topic_counts_stay_right(forum, resident):
    topic = busy_topic(forum, resident, [resident], posts=3, votes=2)
    assert Topic.objects.get(pk=topic.pk).reply_count == 2
