"""Official answers: only an officer of the agency a topic concerns, or the complaints coordinator, marks
one. Staff are set up as a new city's administrator does: the role groups, agency memberships, and a
forum category linked to the agency that answers in it."""

from django.contrib.auth.models import Group

import pytest

from feedback.demo import ensure_role_groups
from feedback.models import AgencyMembership
from feedback.workflow import Role
from forums.models import Category, Post, Topic
from forums.moderation import MODERATOR_GROUP, ensure_moderator_group
from services_catalog.factories import AgencyFactory

from .conftest import make_user

pytestmark = pytest.mark.django_db

MARK = "Mark as official answer"


def staff(display_name, role, agency=None):
    """A back-office account in the role's group, linked to `agency` (Petugas perangkat daerah)."""
    user = make_user(display_name, is_staff=True)
    user.groups.add(Group.objects.get(name=role.value))
    if agency is not None:
        AgencyMembership.objects.create(user=user, agency=agency)
    return user


@pytest.fixture
def city(forum):
    ensure_role_groups()
    roads = AgencyFactory(name="Dinas Pekerjaan Umum dan Penataan Ruang", short_name="PUPR")
    health = AgencyFactory(name="Dinas Kesehatan", short_name="Dinkes")
    infrastructure = Category.objects.create(
        name="Infrastruktur", slug="infrastruktur", agency=roads, locale=forum.general.locale
    )
    return {
        "infrastructure": infrastructure,
        "roads_officer": staff("Petugas PUPR", Role.OFFICER, roads),
        "health_officer": staff("Petugas Dinkes", Role.OFFICER, health),
        "coordinator": staff("Koordinator", Role.COORDINATOR),
        "roads": roads,
    }


def topic_with_answer(client, resident, slug, officer):
    """A resident's topic started on the site, and the officer's reply to it."""
    client.force_login(resident)
    client.post(f"/forum/{slug}/baru/", {"title": "Jalan berlubang di Talawi", "body": "Kapan diperbaiki?"})
    topic = Topic.objects.get(author=resident, title="Jalan berlubang di Talawi")
    client.force_login(officer)
    client.post(f"/forum/topik/{topic.pk}/balas/", {"body": "Dijadwalkan pekan depan."})
    return topic, Post.objects.get(body="Dijadwalkan pekan depan.")


def mark(client, user, answer):
    client.force_login(user)
    return client.post(f"/en/forum/pos/{answer.pk}/jawaban-resmi/", {"resmi": "1"})


def page_for(client, user, topic):
    client.force_login(user)
    return client.get(f"/en/forum/topik/{topic.pk}/", follow=True).content.decode()


def test_an_officer_of_another_agency_cannot_mark_the_official_answer(client, city, resident):
    topic, answer = topic_with_answer(client, resident, "infrastruktur", city["roads_officer"])
    assert topic.agency == city["roads"]
    assert MARK not in page_for(client, city["health_officer"], topic)
    response = mark(client, city["health_officer"], answer)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Only officers of Dinas Pekerjaan Umum dan Penataan Ruang" in html
    topic.refresh_from_db()
    assert topic.official_answer is None and topic.status == Topic.Status.OPEN


def test_an_officer_of_the_topics_agency_marks_the_official_answer(client, city, resident):
    topic, answer = topic_with_answer(client, resident, "infrastruktur", city["roads_officer"])
    assert MARK in page_for(client, city["roads_officer"], topic)
    assert mark(client, city["roads_officer"], answer).status_code == 302
    client.logout()
    html = client.get(f"/en/forum/topik/{topic.pk}/", follow=True).content.decode()
    top = html[: html.index('id="posts-title"')]
    assert 'id="official-answer-title"' in top and "Dijadwalkan pekan depan." in top


def test_a_topic_about_no_agency_is_answered_by_the_coordinator_only(client, city, forum, resident):
    topic, answer = topic_with_answer(client, resident, "umum", city["roads_officer"])
    assert MARK not in page_for(client, city["roads_officer"], topic)
    response = mark(client, city["roads_officer"], answer)
    assert response.status_code == 403
    assert "Only the complaints coordinator can choose the official answer" in response.content.decode()
    assert MARK in page_for(client, city["coordinator"], topic)
    assert mark(client, city["coordinator"], answer).status_code == 302
    topic.refresh_from_db()
    assert topic.official_answer == answer and topic.status == Topic.Status.ANSWERED


def test_moving_a_topic_to_an_agencys_category_lets_its_officers_answer(client, city, resident):
    """A moderator routes a general topic to the agency it is about by moving it."""
    topic, answer = topic_with_answer(client, resident, "umum", city["roads_officer"])
    ensure_moderator_group()
    moderator = make_user("Moderator Kota", is_staff=True)
    moderator.groups.add(Group.objects.get(name=MODERATOR_GROUP))
    client.force_login(moderator)
    opening = topic.posts.order_by("created_at", "pk").first()
    response = client.post(
        f"/admin/forum-moderation/posts/act/{opening.pk}/",
        {"action": "move", "move-category": city["infrastructure"].pk, "move-reason": "Soal jalan"},
    )
    assert response.status_code == 302
    assert mark(client, city["roads_officer"], answer).status_code == 302
    topic.refresh_from_db()
    assert topic.official_answer == answer
