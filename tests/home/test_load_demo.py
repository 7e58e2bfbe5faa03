from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, Site, Workflow

import pytest

from feedback.demo import REPORT_AGENCIES
from feedback.models import Submission
from forums.models import Category, ConsultationPage, Flag, Post, Profile, State, Topic
from home.demo import DemoContext, ensure_demo_user
from home.models import AnnouncementPage, HomePage, SiteSettings, StandardPage
from services_catalog.models import Agency, ServiceCategory, ServicePage

pytestmark = pytest.mark.django_db


def run_load_demo():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_builds_the_city_and_a_second_run_changes_nothing(client, django_assert_max_num_queries):
    output = run_load_demo()
    assert "home page" in output
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert SiteSettings.for_site(site).tracking_prefix == "SWL"

    titles = set(StandardPage.objects.filter(locale__language_code="id").values_list("title", flat=True))
    assert {"Tentang Kota Sawahlunto", "Kontak", "Kebijakan Privasi", "Pernyataan Aksesibilitas"} <= titles
    assert StandardPage.objects.filter(locale__language_code="en", live=True).count() == 4

    assert Agency.objects.filter(locale__language_code="id").count() >= 12
    assert ServiceCategory.objects.filter(locale__language_code="id").count() >= 8
    assert ServicePage.objects.filter(locale__language_code="id", live=True).count() >= 30
    assert ServicePage.objects.filter(locale__language_code="en", live=True).count() >= 8
    assert ServicePage.objects.filter(locale__language_code="id", cost=0).count() > 15
    assert AnnouncementPage.objects.filter(locale__language_code="id", live=True).count() == 10
    assert AnnouncementPage.objects.filter(locale__language_code="en", live=True).count() == 3
    assert Workflow.objects.get(name="Persetujuan Humas").tasks.count() == 1

    users = get_user_model().objects
    assert users.get(username="admin").is_superuser
    assert users.get(username="editor").groups.filter(name="Editor Humas").exists()
    assert users.get(username="moderator").groups.filter(name="Moderator Humas").exists()
    officer = users.get(username="petugas.dukcapil")
    assert officer.groups.filter(name="Petugas OPD").exists()
    assert officer.agency_memberships.get().agency.short_name == "Disdukcapil"
    assert users.get(username="koordinator").groups.filter(name="Koordinator Pengaduan").exists()
    assert users.get(username="pimpinan").groups.filter(name="Pimpinan").exists()
    assert users.get(username="moderator").groups.filter(name="Moderator Forum").exists()

    assert Category.objects.filter(locale__language_code="id").count() == 6
    assert Category.objects.filter(locale__language_code="en").count() == 6
    assert Topic.objects.count() == 25
    assert Topic.objects.filter(status=Topic.Status.ANSWERED).count() >= 5
    for topic in Topic.objects.exclude(category__slug="pengumuman"):
        assert 3 <= topic.posts.count() - 1 <= 16, topic  # 3–15 replies, and maybe an official answer
    assert Profile.objects.count() >= 18  # 15 residents and the officers who answer
    assert Post.objects.filter(state=State.PENDING).exists() and Flag.objects.exists()
    now = timezone.now()
    assert not Post.objects.filter(created_at__gt=now).exists(), "forum posts dated in the future"
    assert not Topic.objects.filter(last_activity_at__gt=now).exists()
    # "Kami menjawab": a forwarded report is answered by the agency it concerns.
    forwarded = Submission.objects.exclude(kind=Submission.Kind.APPLICATION).filter(agency__isnull=False)
    answered_by = {(s.subject, s.agency.short_name) for s in forwarded.select_related("agency")}
    reports = {(subject, agency) for subject, agency in answered_by if subject in REPORT_AGENCIES}
    assert reports and all(REPORT_AGENCIES[subject] == agency for subject, agency in reports)
    statuses = {page.status() for page in ConsultationPage.objects.live()}
    assert statuses == {"open", "closed"}

    for url in [
        "/",
        "/en/",
        "/layanan/",
        "/en/services/",
        "/layanan/akta-kelahiran/",
        "/pengumuman/",
        "/en/announcements/",
        "/kebijakan-privasi/",
        "/en/privacy-policy/",
        "/en/accessibility-statement/",
        "/forum/",
        "/en/forum/",
        "/forum/pelayanan-kependudukan/",
        f"/forum/topik/{Topic.objects.filter(status='answered').first().pk}/",
        "/konsultasi/",
        "/konsultasi/rencana-penataan-kawasan-kandi/",
        "/konsultasi/rancangan-perwako-pengelolaan-sampah/",
    ]:
        assert client.get(url).status_code == 200, url
    assert "Undang-Undang Nomor 27 Tahun 2022" in client.get("/kebijakan-privasi/").content.decode()
    english_home = client.get("/en/").content.decode()
    assert "Monday–Thursday 07:30–16:00 WIB" in english_home and "Most-used services" in english_home
    home = client.get("/").content.decode()
    assert "Layanan yang paling sering dicari" in home and "Pengumuman terbaru" in home
    with django_assert_max_num_queries(10):  # the home page with the full demo content
        client.get("/")

    pages, users_count = Page.objects.count(), users.count()
    output = run_load_demo()
    assert "nothing to change" in output
    assert Page.objects.count() == pages and users.count() == users_count


def test_demo_passwords_are_printed_only_in_development(settings):
    context = DemoContext(show_passwords=False)
    ensure_demo_user(context, "editor", "editor", "editor@example.org")
    assert context.accounts == [("editor", "editor", "random; set one with manage.py changepassword")]
    assert not get_user_model().objects.get(username="editor").check_password(settings.DEMO_PASSWORD)
    development = DemoContext(show_passwords=True)
    ensure_demo_user(development, "editor", "editor", "editor@example.org")
    assert development.accounts == [("editor", "editor", settings.DEMO_PASSWORD)]
