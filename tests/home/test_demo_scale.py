"""`load_demo --scale` (home.demo.scale) at a tiny size: the rows, a sound page tree, live pages the
site search finds, and nothing added by a second run."""

from wagtail.models import Locale, Page

import pytest

from feedback.models import Kecamatan, Kelurahan, StatusChange, Submission, SurveyResponse
from forums.models import Category, Post, Topic
from home.demo.scale import Sizes, load_scale
from home.factories import AnnouncementCategoryFactory, AnnouncementIndexPageFactory
from home.models import AnnouncementPage
from services_catalog.factories import AgencyFactory, ServiceCategoryFactory, ServiceIndexPageFactory
from services_catalog.models import ServicePage

pytestmark = pytest.mark.django_db

SIZES = Sizes(services=6, announcements=8, topics=4, posts_per_topic=3, submissions=40, survey_responses=30)


@pytest.fixture
def demo_city(site_tree):
    """What the scale data is added to: agencies, categories, the catalogue and news, forum, districts."""
    AgencyFactory.create_batch(3)
    ServiceCategoryFactory.create_batch(2)
    ServiceIndexPageFactory(parent=site_tree.home)
    AnnouncementIndexPageFactory(parent=site_tree.home)
    AnnouncementCategoryFactory(slug="layanan")
    Category.objects.create(locale=Locale.get_default(), name="Umum", slug="umum")
    Kelurahan.objects.create(kecamatan=Kecamatan.objects.create(name="Talawi"), name="Talawi Hilir")
    return site_tree


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            ServicePage,
            AnnouncementPage,
            Topic,
            Post,
            Submission,
            StatusChange,
            SurveyResponse,
        )
    }


def test_scale_data_is_added_once(demo_city, client):
    before = counts()
    changes = load_scale(SIZES)

    assert len(changes) == 5
    added = {name: count - before[name] for name, count in counts().items()}
    assert added.pop("StatusChange") >= 40  # every submission was received, some went further
    assert added == {
        "Page": 14,
        "ServicePage": 6,
        "AnnouncementPage": 8,
        "Topic": 4,
        "Post": 12,
        "Submission": 40,
        "SurveyResponse": 30,
    }
    assert not any(Page.find_problems())  # paths, depths and numchild as treebeard keeps them
    closed = Submission.objects.filter(closed_at__isnull=False)
    assert not closed.exclude(status__in=[Submission.Status.RESOLVED, Submission.Status.REJECTED]).exists()
    assert Submission.objects.filter(kind=Submission.Kind.APPLICATION, service__isnull=False).exists()

    service = ServicePage.objects.get(title__endswith=" 3")
    announcement = AnnouncementPage.objects.get(title__endswith=" 5")
    for page in (service, announcement):
        assert page.live and page.locale.language_code == "id"
        assert client.get(page.url).status_code == 200
    results = client.get("/cari/", {"q": service.title}).content.decode()
    assert service.title in results
    results = client.get("/cari/", {"q": announcement.title, "jenis": "pengumuman"}).content.decode()
    assert announcement.title in results
    topic = Topic.objects.order_by("pk").last()
    assert topic.reply_count == 2
    assert topic.title in client.get("/cari/", {"q": topic.title, "jenis": "forum"}).content.decode()

    after = counts()
    assert load_scale(SIZES) == []
    assert counts() == after
