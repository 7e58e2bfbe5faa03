"""Forum fixtures: categories in both languages, residents with display names, topics with posts."""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest
from allauth.account.models import EmailAddress

from feedback.models import AgencyMembership
from forums.models import Category, Post, Profile, State, Topic
from services_catalog.factories import AgencyFactory

User = get_user_model()
PASSWORD = "Kopi-Tubruk-Sawahlunto-88"


def t(message, language="id"):
    """What the site shows for `message` (English source text) in `language`."""
    with translation.override(language):
        return gettext(message)


@dataclass
class Forum:
    general: Category  # "Umum", translated to English as "General"
    general_en: Category
    announcements: Category  # staff only
    elsewhere: Category  # where the established residents' earlier posts are


def build_forum(site_tree) -> Forum:
    general = Category.objects.create(
        name="Umum", slug="umum", description="Obrolan warga tentang kota.", locale=site_tree.home.locale
    )
    general_en = general.copy_for_translation(site_tree.locale_en)
    general_en.name, general_en.slug, general_en.description = "General", "general", "Residents talk."
    general_en.save()
    announcements = Category.objects.create(
        name="Pengumuman", slug="pengumuman", staff_only=True, sort_order=1, locale=site_tree.home.locale
    )
    elsewhere = Category.objects.create(
        name="Lain-lain", slug="lain-lain", sort_order=2, locale=site_tree.home.locale
    )
    return Forum(general, general_en, announcements, elsewhere)


def make_user(display_name, *, joined_days_ago=60, verified=True, **fields):
    """A resident who confirmed their email and chose a display name."""
    username = display_name.lower().replace(" ", "")
    user = User.objects.create_user(
        username=username,
        email=f"{username}@example.com",
        password=PASSWORD,
        date_joined=timezone.now() - timedelta(days=joined_days_ago),
        **fields,
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=verified, primary=True)
    Profile.objects.create(user=user, display_name=display_name)
    return user


def make_topic(
    category,
    author,
    title="Jalan berlubang di Talawi",
    *,
    body="Sudah dua minggu belum diperbaiki.",
    replies=(),
    minutes_ago=120,
    state=State.PUBLISHED,
    **fields,
):
    """A topic with its opening post and `replies` [(author, body), …], one minute apart."""
    start = timezone.now() - timedelta(minutes=minutes_ago)
    topic = Topic.objects.create(
        category=category,
        title=title,
        author=author,
        created_at=start,
        last_activity_at=start,
        state=state,
        **fields,
    )
    Post.objects.create(topic=topic, author=author, body=body, created_at=start, state=state)
    for number, (replier, text) in enumerate(replies, start=1):
        Post.objects.create(
            topic=topic, author=replier, body=text, created_at=start + timedelta(minutes=number)
        )
    topic.reply_count = len(replies)
    topic.save(update_fields=["reply_count"])
    return topic


def make_established(user, forum):
    """Give `user` the published posts that take them past pre-moderation (forums.posting)."""
    make_topic(
        forum.elsewhere,
        user,
        f"Perkenalan {user.username}",
        body="Salam kenal.",
        replies=[(user, "Terima kasih.")],
        minutes_ago=60 * 24 * 20,
    )
    return user


@pytest.fixture
def forum(site_tree):
    return build_forum(site_tree)


@pytest.fixture
def resident(forum):
    """An established resident: an old account with published posts, so not pre-moderated."""
    return make_established(make_user("Rina"), forum)


@pytest.fixture
def neighbour(forum):
    return make_established(make_user("Budi"), forum)


@pytest.fixture
def newcomer(forum):
    """Signed up an hour ago: everything they write waits for a moderator."""
    return make_user("Sari", joined_days_ago=0)


@pytest.fixture
def officer(forum):
    """Staff of Dinas Pekerjaan Umum, who may answer as the agency."""
    agency = AgencyFactory(name="Dinas Pekerjaan Umum", short_name="DPU")
    user = make_user("Petugas DPU", is_staff=True)
    AgencyMembership.objects.create(user=user, agency=agency)
    user.agency = agency
    return user


@pytest.fixture
def topic(forum, resident, neighbour):
    return make_topic(forum.general, resident, replies=[(neighbour, "Betul, di depan pasar juga.")])
